import { applyDecorators, createParamDecorator, type ExecutionContext, SetMetadata } from '@nestjs/common';
import type { Role } from '@crowdstake/domain';
import { ApiAccess } from '../openapi/api-doc';
import type { AuthenticatedRequest, RequestAuth } from './request-auth';

export const ACCESS_POLICY = 'crowdstake:access';

/**
 * Who may call a route. Every route states one; the AuthGuard refuses routes
 * that do not (deny by default), and a test walks every route to prove it.
 */
export type AccessPolicy = { kind: 'public' } | { kind: 'signed_in' } | { kind: 'roles'; roles: Role[] };

/** The policy for the AuthGuard, and the same policy in the OpenAPI document (security, 401/403 answers). */
const access = (policy: AccessPolicy) => applyDecorators(SetMetadata(ACCESS_POLICY, policy), ApiAccess(policy));

/** Anyone, signed in or not (the caller is still identified when a session is presented). */
export const Public = () => access({ kind: 'public' });

/** Any signed-in user, whatever the role. */
export const SignedIn = () => access({ kind: 'signed_in' });

/** Signed-in users with one of these roles. */
export const Roles = (...roles: Role[]) => access({ kind: 'roles', roles });

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
