import { createHash, randomBytes } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  PASSWORD_RESET_TTL_MINUTES,
  type MailLocale,
  type PasswordResetConfirmInput,
  type PasswordResetRequestInput,
} from '@crowdstake/domain';
import { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { ValidationFailedError } from '../common/errors/app-error';
import { returnedRows } from '../database/returned-rows';
import { MailOutboxService } from '../mail/mail-outbox.service';
import { passwordResetMail } from '../mail/mail-templates';
import { PublicUrl } from '../mail/public-url';
import { AttemptLimiter } from '../rate-limit/attempt-limiter';
import { PASSWORD_RESET_EMAIL_LIMITER, PASSWORD_RESET_IP_LIMITER } from '../rate-limit/rate-limit.module';
import { hashPassword } from '../users/password-hasher';
import { passwordWeakness } from '../users/password-policy';
import { WeakPasswordError } from '../users/users.errors';
import { UsersService } from '../users/users.service';
import { TooManyAttemptsError } from './auth.errors';

class ResetLinkInvalidError extends ValidationFailedError {
  constructor() {
    const message = 'This reset link is invalid, used or expired. Ask for a new one.';
    super(message, [{ path: 'token', code: 'link_expired', message }]);
  }
}

function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/**
 * Password reset by email. Asking answers the same whether or not the address has an account
 * (no way to learn who is registered) and is rate limited per address and per email. The token
 * is 256 random bits; only its hash is stored; it works once, for PASSWORD_RESET_TTL_MINUTES of
 * real time. Using it sets the password and signs the account out everywhere, in one transaction.
 */
@Injectable()
export class PasswordResetService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly users: UsersService,
    private readonly mail: MailOutboxService,
    private readonly publicUrl: PublicUrl,
    private readonly audit: AuditService,
    @Inject(PASSWORD_RESET_IP_LIMITER) private readonly perIp: AttemptLimiter,
    @Inject(PASSWORD_RESET_EMAIL_LIMITER) private readonly perEmail: AttemptLimiter,
  ) {}

  async request(input: PasswordResetRequestInput, client: { ip: string; locale: MailLocale }): Promise<void> {
    const waits = await Promise.all([
      this.perIp.consume(`ip:${client.ip}`),
      this.perEmail.consume(`email:${input.email}`),
    ]);
    const wait = Math.max(...waits);
    if (wait > 0) throw new TooManyAttemptsError(wait);

    const user = await this.users.findByEmail(input.email);
    if (!user || user.status !== 'active') return;
    const token = randomBytes(32).toString('base64url');
    const link = `${this.publicUrl.origin()}/reset-password?token=${token}`;
    const content = passwordResetMail(input.locale ?? client.locale, { name: user.name, link });
    await this.dataSource.transaction(async (manager) => {
      await manager.query(
        `INSERT INTO password_reset_tokens (user_id, token_hash, expires_at)
         VALUES ($1, $2, now() + make_interval(mins => $3))`,
        [user.id, hashToken(token), PASSWORD_RESET_TTL_MINUTES],
      );
      await this.mail.enqueue(manager, { kind: 'password_reset', to: user.email, ...content });
    });
  }

  async confirm(input: PasswordResetConfirmInput): Promise<void> {
    const tokenHash = hashToken(input.token);
    const [pending] = (await this.dataSource.query(
      `SELECT user_id FROM password_reset_tokens WHERE token_hash = $1 AND used_at IS NULL AND expires_at > now()`,
      [tokenHash],
    )) as Array<{ user_id: string }>;
    const user = pending ? await this.users.findById(pending.user_id) : null;
    if (!user || user.status !== 'active') throw new ResetLinkInvalidError();
    const weakness = passwordWeakness(input.password, user);
    if (weakness) throw new WeakPasswordError(weakness);
    const passwordHash = await hashPassword(input.password);

    await this.dataSource.transaction(async (manager) => {
      // The token is spent by one conditional update: of two uses racing, one wins and one is refused.
      const spent = returnedRows<{ user_id: string }>(
        await manager.query(
          `UPDATE password_reset_tokens SET used_at = now()
            WHERE token_hash = $1 AND used_at IS NULL AND expires_at > now() RETURNING user_id`,
          [tokenHash],
        ),
      );
      const userId = spent[0]?.user_id;
      if (!userId) throw new ResetLinkInvalidError();
      await this.users.setPasswordHash(manager, userId, passwordHash);
      // Every other link for this account stops working, and every session ends: whoever knew the old
      // password is out.
      await manager.query(`UPDATE password_reset_tokens SET used_at = now() WHERE user_id = $1 AND used_at IS NULL`, [
        userId,
      ]);
      await manager.query(`UPDATE sessions SET revoked_at = now() WHERE user_id = $1 AND revoked_at IS NULL`, [userId]);
      await this.audit.record(manager, {
        actorId: userId,
        actorRole: 'self',
        action: 'user.password_reset',
        subjectType: 'user',
        subjectId: userId,
        data: {},
      });
    });
  }
}
