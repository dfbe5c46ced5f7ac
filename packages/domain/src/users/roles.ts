/** Roles, without zod: the web's header and gates read them on every page. */

export const ROLES = ['backer', 'founder', 'reviewer', 'admin'] as const;
export type Role = (typeof ROLES)[number];

/** Roles a person may give themselves; reviewers and admins are made with `pnpm cli user:create`. */
export const SELF_SERVICE_ROLES = ['backer', 'founder'] as const;
export type SelfServiceRole = (typeof SELF_SERVICE_ROLES)[number];

/** Reviewers and admins: the platform's own people. */
export const STAFF_ROLES = ['reviewer', 'admin'] as const satisfies readonly Role[];

export function isStaff(role: Role): boolean {
  return (STAFF_ROLES as readonly Role[]).includes(role);
}

/** Whether an account (a UserView, or anything with `role` and perhaps `roles`) may act as `role`. */
export function hasRole(user: { role: Role; roles?: readonly Role[] }, role: Role): boolean {
  return user.role === role || (user.roles?.includes(role) ?? false);
}
