import { Inject, Injectable } from '@nestjs/common';
import type { LoginInput, RegisterInput } from '@crowdstake/domain';
import { AttemptLimiter } from '../rate-limit/attempt-limiter';
import {
  KNOWN_SIGN_IN_ADDRESSES,
  LOGIN_ACCOUNT_ADDRESS_LIMITER,
  LOGIN_ACCOUNT_LIMITER,
  LOGIN_DEVICE_LIMITER,
  LOGIN_IP_LIMITER,
  REGISTER_IP_LIMITER,
} from '../rate-limit/rate-limit.module';
import type { User } from '../users/user.entity';
import { UsersService } from '../users/users.service';
import { verifyAgainstDecoy, verifyPassword } from '../users/password-hasher';
import { AccountSuspendedError, InvalidCredentialsError, TooManyAttemptsError } from './auth.errors';
import { DeviceTrustService } from './device-trust.service';
import { SessionsService, type IssuedSession } from './sessions.service';

type LimitName = 'ip' | 'pair' | 'device' | 'account';

/** Where a sign-in attempt comes from. */
export interface SignInClient {
  ip: string;
  /** The device token the client presented (cookie or X-Device-Token), if any. */
  deviceToken?: string;
}

export interface SignedIn {
  user: User;
  issued: IssuedSession;
  /** A fresh device token for this account on this client. */
  deviceToken: string;
}

@Injectable()
export class AuthService {
  private readonly loginLimits: Record<LimitName, AttemptLimiter>;

  constructor(
    private readonly users: UsersService,
    private readonly sessions: SessionsService,
    private readonly devices: DeviceTrustService,
    @Inject(LOGIN_ACCOUNT_LIMITER) loginPerAccount: AttemptLimiter,
    @Inject(LOGIN_IP_LIMITER) loginPerIp: AttemptLimiter,
    @Inject(LOGIN_ACCOUNT_ADDRESS_LIMITER) loginPerAccountAddress: AttemptLimiter,
    @Inject(LOGIN_DEVICE_LIMITER) loginPerDevice: AttemptLimiter,
    @Inject(KNOWN_SIGN_IN_ADDRESSES) private readonly knownAddresses: AttemptLimiter,
    @Inject(REGISTER_IP_LIMITER) private readonly registerPerIp: AttemptLimiter,
  ) {
    this.loginLimits = {
      ip: loginPerIp,
      pair: loginPerAccountAddress,
      device: loginPerDevice,
      account: loginPerAccount,
    };
  }

  async register(input: RegisterInput, ip: string): Promise<User> {
    const wait = await this.registerPerIp.consume(`ip:${ip}`);
    if (wait > 0) throw new TooManyAttemptsError(wait);
    return this.users.create(input, { actorId: null, actorRole: 'self' });
  }

  /**
   * Signs in. Every attempt is counted before the password is checked (so
   * parallel guesses cannot all be evaluated) and given back when it succeeds:
   * - per address, always;
   * - a client with a valid device token for this account: per device only;
   * - a client at an address that signed in to this account before: per (account, address);
   * - any other client: per (account, address) and for the account as a whole.
   * So a stranger's failures can lock out untrusted clients of an account,
   * never the owner's own devices or usual address.
   */
  async login(input: LoginInput, client: SignInClient): Promise<SignedIn> {
    const deviceId = this.devices.verify(client.deviceToken, input.email);
    const keys = await this.keysFor(input.email, client.ip, deviceId);
    await this.consumeAll(keys);

    const user = await this.users.findByEmailWithPassword(input.email);
    const valid = user
      ? await verifyPassword(user.passwordHash, input.password)
      : (await verifyAgainstDecoy(input.password), false);
    // A failure keeps its counts; the right password gives them back, the right answer to "is it you" being known.
    if (!user || !valid) throw new InvalidCredentialsError();
    await Promise.all(
      Object.entries(keys).map(([name, key]) =>
        name === 'ip' ? this.loginLimits.ip.refund(key) : this.loginLimits[name as LimitName].reset(key),
      ),
    );
    if (user.status !== 'active') throw new AccountSuspendedError();
    await this.knownAddresses.remember(pairKey(input.email, client.ip));
    return {
      user,
      issued: await this.sessions.issue(user.id),
      deviceToken: this.devices.issue(input.email, deviceId),
    };
  }

  logout(sessionId: string): Promise<void> {
    return this.sessions.revoke(sessionId);
  }

  logoutEverywhere(userId: string): Promise<number> {
    return this.sessions.revokeAllForUser(userId);
  }

  private async keysFor(
    email: string,
    ip: string,
    deviceId: string | null,
  ): Promise<Partial<Record<LimitName, string>>> {
    const ipKey = `ip:${ip}`;
    if (deviceId) return { ip: ipKey, device: `device:${email}:${deviceId}` };
    const pair = pairKey(email, ip);
    if (await this.knownAddresses.recalls(pair)) return { ip: ipKey, pair };
    return { ip: ipKey, pair, account: `account:${email}` };
  }

  /** Counts the attempt everywhere it applies; when one refuses, the others give theirs back. */
  private async consumeAll(keys: Partial<Record<LimitName, string>>): Promise<void> {
    const entries = Object.entries(keys) as [LimitName, string][];
    const waits = await Promise.all(entries.map(([name, key]) => this.loginLimits[name].consume(key)));
    const wait = Math.max(...waits);
    if (wait === 0) return;
    // An attempt refused by one limit was never evaluated, so it must not use up another.
    await Promise.all(entries.map(([name, key], i) => (waits[i] === 0 ? this.loginLimits[name].refund(key) : null)));
    throw new TooManyAttemptsError(wait);
  }
}

function pairKey(email: string, ip: string): string {
  return `account-ip:${email}|${ip}`;
}
