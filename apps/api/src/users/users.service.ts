import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Role, SelfServiceRole, UserView } from '@crowdstake/domain';
import { returnedRows } from '../database/returned-rows';
import { DataSource, type EntityManager, In } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { User } from './user.entity';
import { EmailTakenError, WeakPasswordError } from './users.errors';
import { hashPassword } from './password-hasher';
import { passwordWeakness } from './password-policy';

const UNIQUE_VIOLATION = '23505';

export interface NewUser {
  email: string;
  password: string;
  name: string;
  role: Role;
  /** Sign-up only: the person accepted the terms of use and the risk statement. */
  acceptedTerms?: boolean;
}

@Injectable()
export class UsersService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  /**
   * Creates an account. The email is unique in the database, so two
   * registrations racing for one address end with one account and one
   * `email_taken`, never two accounts.
   */
  async create(input: NewUser, createdBy: { actorId: string | null; actorRole: string }): Promise<User> {
    const weakness = passwordWeakness(input.password, input);
    if (weakness) throw new WeakPasswordError(weakness);
    const email = input.email.trim().toLowerCase();
    if (await this.dataSource.getRepository(User).exists({ where: { email } })) throw new EmailTakenError();
    const passwordHash = await hashPassword(input.password);
    try {
      return await this.dataSource.transaction(async (manager) => {
        const user = await manager.save(
          manager.create(User, {
            email,
            name: input.name.trim(),
            role: input.role,
            passwordHash,
            termsAcceptedAt: input.acceptedTerms === true ? new Date() : null,
          }),
        );
        await this.audit.record(manager, {
          ...createdBy,
          action: 'user.created',
          subjectType: 'user',
          subjectId: user.id,
          data: { role: user.role, acceptedTerms: input.acceptedTerms === true },
        });
        return user;
      });
    } catch (error) {
      if ((error as { driverError?: { code?: string } }).driverError?.code === UNIQUE_VIOLATION)
        throw new EmailTakenError();
      throw error;
    }
  }

  findById(id: string): Promise<User | null> {
    return this.dataSource.getRepository(User).findOne({ where: { id } });
  }

  findByEmail(email: string): Promise<User | null> {
    return this.dataSource.getRepository(User).findOne({ where: { email: email.trim().toLowerCase() } });
  }

  /** A new password (already hashed), in the caller's transaction. */
  async setPasswordHash(manager: EntityManager, userId: string, passwordHash: string): Promise<void> {
    await manager.getRepository(User).update({ id: userId }, { passwordHash });
  }

  /** With the password hash, for signing in only. */
  findByEmailWithPassword(email: string): Promise<User | null> {
    return this.dataSource
      .getRepository(User)
      .createQueryBuilder('u')
      .addSelect('u.passwordHash')
      .where('u.email = :email', { email: email.trim().toLowerCase() })
      .getOne();
  }

  /** Display names by user id, for lists that name people (reviewers, inviters). */
  async namesOf(ids: readonly string[]): Promise<Map<string, string>> {
    return new Map([...(await this.contactsOf(ids))].map(([id, contact]) => [id, contact.name]));
  }

  /** Names and emails by user id: for people who may see them (a company's members, to its own people and staff). */
  async contactsOf(ids: readonly string[]): Promise<Map<string, { name: string; email: string }>> {
    const unique = [...new Set(ids)];
    if (unique.length === 0) return new Map();
    const users = await this.dataSource
      .getRepository(User)
      .find({ select: { id: true, name: true, email: true }, where: { id: In(unique) } });
    return new Map(users.map((user) => [user.id, { name: user.name, email: user.email }]));
  }

  /** The account with exactly this (stored, lower-case) email, if any. */
  async idByEmail(email: string): Promise<string | null> {
    const user = await this.dataSource.getRepository(User).findOne({ select: { id: true }, where: { email } });
    return user?.id ?? null;
  }

  /** Whether any of these accounts is suspended (the risk assessment's blacklist). */
  async anySuspended(ids: readonly string[], manager: EntityManager = this.dataSource.manager): Promise<boolean> {
    const unique = [...new Set(ids)];
    if (unique.length === 0) return false;
    return manager.getRepository(User).exists({ where: { id: In(unique), status: 'suspended' } });
  }

  /**
   * Adds a self-service role to a backer or founder account, in one statement (adding it twice is
   * a no-op, two racing adds leave it once). Staff accounts are refused: null.
   */
  async addRole(userId: string, role: SelfServiceRole): Promise<User | null> {
    return this.dataSource.transaction(async (manager) => {
      const added = returnedRows<{ id: string }>(
        await manager.query(
          `UPDATE users SET extra_roles = array_append(extra_roles, $2), updated_at = now()
            WHERE id = $1 AND role IN ('backer', 'founder') AND role <> $2 AND NOT ($2 = ANY (extra_roles))
            RETURNING id`,
          [userId, role],
        ),
      );
      if (added.length > 0)
        await this.audit.record(manager, {
          actorId: userId,
          actorRole: 'self',
          action: 'user.role_added',
          subjectType: 'user',
          subjectId: userId,
          data: { role },
        });
      const user = await manager.getRepository(User).findOne({ where: { id: userId } });
      return user && (user.role === 'backer' || user.role === 'founder') ? user : null;
    });
  }

  static toView(user: Pick<User, 'id' | 'email' | 'name' | 'role' | 'createdAt'> & { extraRoles?: Role[] }): UserView {
    return {
      id: user.id,
      email: user.email,
      name: user.name,
      role: user.role,
      roles: [user.role, ...(user.extraRoles ?? [])],
      createdAt: user.createdAt.toISOString(),
    };
  }
}
