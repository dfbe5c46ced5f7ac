import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Role } from '@crowdstake/domain';
import { DataSource, IsNull } from 'typeorm';
import { APP_CONFIG } from '../config/app-config';
import type { AppConfig } from '../config/config.schema';
import { Session } from './session.entity';

const LAST_USED_RESOLUTION_MS = 5 * 60_000;

export interface IssuedSession {
  session: Session;
  /** Given to the client once; only its hash is kept. */
  token: string;
}

export interface ResolvedSession {
  sessionId: string;
  csrfToken: string;
  userId: string;
  role: Role;
  roles: Role[];
  name: string;
  email: string;
  userStatus: 'active' | 'suspended';
}

/** Sessions expire on real time, never on the platform's (test) clock. */
@Injectable()
export class SessionsService {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  async issue(userId: string): Promise<IssuedSession> {
    const token = randomBytes(32).toString('base64url');
    const session = await this.dataSource.getRepository(Session).save({
      userId,
      tokenHash: hashToken(token),
      csrfToken: randomBytes(24).toString('base64url'),
      expiresAt: new Date(Date.now() + this.config.sessionTtlHours * 3_600_000),
    });
    return { session, token };
  }

  /** The live session a token belongs to, with its user, or null. */
  async resolve(token: string): Promise<ResolvedSession | null> {
    if (token.length < 20 || token.length > 200) return null;
    const [row] = (await this.dataSource.query(
      `SELECT s.id AS session_id, s.csrf_token, s.last_used_at, u.id AS user_id, u.role, u.extra_roles, u.name, u.email, u.status
         FROM sessions s JOIN users u ON u.id = s.user_id
        WHERE s.token_hash = $1 AND s.revoked_at IS NULL AND s.expires_at > now()`,
      [hashToken(token)],
    )) as Array<{
      session_id: string;
      csrf_token: string;
      last_used_at: Date;
      user_id: string;
      role: Role;
      extra_roles: Role[] | string;
      name: string;
      email: string;
      status: 'active' | 'suspended';
    }>;
    if (!row) return null;
    // Recording use is for "your sessions" views; once every few minutes is plenty and spares a write per request.
    if (Date.now() - row.last_used_at.getTime() > LAST_USED_RESOLUTION_MS) {
      await this.dataSource.query('UPDATE sessions SET last_used_at = now() WHERE id = $1', [row.session_id]);
    }
    return {
      sessionId: row.session_id,
      csrfToken: row.csrf_token,
      userId: row.user_id,
      role: row.role,
      roles: [row.role, ...parseRoles(row.extra_roles)],
      name: row.name,
      email: row.email,
      userStatus: row.status,
    };
  }

  async revoke(sessionId: string): Promise<void> {
    await this.dataSource
      .getRepository(Session)
      .update({ id: sessionId, revokedAt: IsNull() }, { revokedAt: new Date() });
  }

  /** "Sign out everywhere": every session of the user stops working. */
  async revokeAllForUser(userId: string): Promise<number> {
    const result = await this.dataSource
      .getRepository(Session)
      .update({ userId, revokedAt: IsNull() }, { revokedAt: new Date() });
    return result.affected ?? 0;
  }
}

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export function sameSecret(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}

/** A text[] arrives as an array from the server, and as its literal (`{founder}`) from some drivers. */
function parseRoles(value: Role[] | string | null): Role[] {
  if (Array.isArray(value)) return value;
  if (!value) return [];
  return value
    .replace(/^\{|\}$/g, '')
    .split(',')
    .filter(Boolean) as Role[];
}
