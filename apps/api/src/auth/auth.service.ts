import { Inject, Injectable } from '@nestjs/common';
import type { LoginInput, RegisterInput } from '@crowdstake/domain';
import { AttemptLimiter } from '../rate-limit/attempt-limiter';
import { LOGIN_ACCOUNT_LIMITER, LOGIN_IP_LIMITER, REGISTER_IP_LIMITER } from '../rate-limit/rate-limit.module';
import type { User } from '../users/user.entity';
import { UsersService } from '../users/users.service';
import { verifyAgainstDecoy, verifyPassword } from '../users/password-hasher';
import { AccountSuspendedError, InvalidCredentialsError, TooManyAttemptsError } from './auth.errors';
import { SessionsService, type IssuedSession } from './sessions.service';

@Injectable()
export class AuthService {
  constructor(
    private readonly users: UsersService,
    private readonly sessions: SessionsService,
    @Inject(LOGIN_ACCOUNT_LIMITER) private readonly loginPerAccount: AttemptLimiter,
    @Inject(LOGIN_IP_LIMITER) private readonly loginPerIp: AttemptLimiter,
    @Inject(REGISTER_IP_LIMITER) private readonly registerPerIp: AttemptLimiter,
  ) {}

  async register(input: RegisterInput, ip: string): Promise<User> {
    const wait = await this.registerPerIp.consume(`ip:${ip}`);
    if (wait > 0) throw new TooManyAttemptsError(wait);
    return this.users.create(input, { actorId: null, actorRole: 'self' });
  }

  /**
   * Signs in. Failed attempts count per account and per IP address; past the
   * limit every attempt, right or wrong, is refused until the window passes.
   */
  async login(input: LoginInput, ip: string): Promise<{ user: User; issued: IssuedSession }> {
    const accountKey = `account:${input.email}`;
    const ipKey = `ip:${ip}`;
    const wait = Math.max(
      await this.loginPerAccount.blockedForSeconds(accountKey),
      await this.loginPerIp.blockedForSeconds(ipKey),
    );
    if (wait > 0) throw new TooManyAttemptsError(wait);

    const user = await this.users.findByEmailWithPassword(input.email);
    const valid = user
      ? await verifyPassword(user.passwordHash, input.password)
      : (await verifyAgainstDecoy(input.password), false);
    if (!user || !valid) {
      await Promise.all([this.loginPerAccount.record(accountKey), this.loginPerIp.record(ipKey)]);
      throw new InvalidCredentialsError();
    }
    if (user.status !== 'active') throw new AccountSuspendedError();
    await this.loginPerAccount.reset(accountKey);
    return { user, issued: await this.sessions.issue(user.id) };
  }

  logout(sessionId: string): Promise<void> {
    return this.sessions.revoke(sessionId);
  }

  logoutEverywhere(userId: string): Promise<number> {
    return this.sessions.revokeAllForUser(userId);
  }
}
