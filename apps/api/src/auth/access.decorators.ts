import { createParamDecorator, type ExecutionContext, SetMetadata } from '@nestjs/common';
import type { Role } from '@crowdstake/domain';
import type { AuthenticatedRequest, RequestAuth } from './request-auth';

export const ACCESS_POLICY = 'crowdstake:access';

/**
 * Who may call a route. Every route states one; the AuthGuard refuses routes
 * that do not (deny by default), and a test walks every route to prove it.
 */
export type AccessPolicy = { kind: 'public' } | { kind: 'signed_in' } | { kind: 'roles'; roles: Role[] };

/** Anyone, signed in or not (the caller is still identified when a session is presented). */
export const Public = () => SetMetadata(ACCESS_POLICY, { kind: 'public' } satisfies AccessPolicy);

/** Any signed-in user, whatever the role. */
export const SignedIn = () => SetMetadata(ACCESS_POLICY, { kind: 'signed_in' } satisfies AccessPolicy);

/** Signed-in users with one of these roles. */
export const Roles = (...roles: Role[]) => SetMetadata(ACCESS_POLICY, { kind: 'roles', roles } satisfies AccessPolicy);

/** The signed-in caller; only on routes that require signing in. */
export const CurrentAuth = createParamDecorator((_: unknown, context: ExecutionContext): RequestAuth => {
  const auth = context.switchToHttp().getRequest<AuthenticatedRequest>().auth;
  if (!auth) throw new Error('CurrentAuth used on a route that does not require signing in');
  return auth;
});

/** The caller if signed in, else null; for public routes whose answer depends on who asks. */
export const OptionalAuth = createParamDecorator(
  (_: unknown, context: ExecutionContext): RequestAuth | null =>
    context.switchToHttp().getRequest<AuthenticatedRequest>().auth ?? null,
);
