import { type CanActivate, type ExecutionContext, Injectable, Logger } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { ForbiddenError, UnauthenticatedError } from '../common/errors/app-error';
import { ACCESS_POLICY, type AccessPolicy } from './access.decorators';
import { AccountSuspendedError, CsrfFailedError } from './auth.errors';
import type { AuthenticatedRequest } from './request-auth';
import { CSRF_HEADER, readSessionToken } from './session-cookies';
import { SessionsService, sameSecret } from './sessions.service';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Runs before every route: identifies the caller from a bearer token or the
 * session cookie, checks CSRF for cookie sessions, and enforces the route's
 * access policy. A route without a policy is refused (deny by default).
 */
@Injectable()
export class AuthGuard implements CanActivate {
  private readonly logger = new Logger(AuthGuard.name);

  constructor(
    private readonly reflector: Reflector,
    private readonly sessions: SessionsService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (context.getType() !== 'http') return false;
    const policy = this.reflector.getAllAndOverride<AccessPolicy | undefined>(ACCESS_POLICY, [
      context.getHandler(),
      context.getClass(),
    ]);
    if (!policy) {
      this.logger.error(`${context.getClass().name}.${context.getHandler().name} has no access policy; refusing`);
      throw new ForbiddenError();
    }
    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    const isPublic = policy.kind === 'public';
    await this.identify(request, isPublic);

    if (isPublic) return true;
    if (!request.auth) throw new UnauthenticatedError();
    const { roles } = request.auth;
    if (policy.kind === 'roles' && !policy.roles.some((role) => roles.includes(role))) {
      throw new ForbiddenError(`This needs a ${policy.roles.join(' or ')} account.`);
    }
    return true;
  }

  private async identify(request: AuthenticatedRequest, isPublic: boolean): Promise<void> {
    const presented = readSessionToken(request);
    if (!presented) return;
    const session = await this.sessions.resolve(presented.token);
    if (!session) {
      // A stale cookie on a public page is simply a visitor; a bad bearer token is worth telling the client about.
      if (!isPublic && presented.via === 'bearer')
        throw new UnauthenticatedError('Your session has expired or was signed out; sign in again.');
      return;
    }
    if (session.userStatus !== 'active') {
      if (isPublic) return;
      throw new AccountSuspendedError();
    }
    if (presented.via === 'cookie' && !SAFE_METHODS.has(request.method)) {
      const header = request.headers[CSRF_HEADER];
      if (typeof header !== 'string' || !sameSecret(header, session.csrfToken)) {
        if (isPublic) return;
        throw new CsrfFailedError();
      }
    }
    request.auth = {
      userId: session.userId,
      role: session.role,
      roles: session.roles,
      name: session.name,
      email: session.email,
      sessionId: session.sessionId,
      via: presented.via,
    };
  }
}
