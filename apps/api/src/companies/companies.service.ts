import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  companyCurrencyChangeProblems,
  type CompanyCreateInput,
  type CompanyMemberView,
  type CompanyPatchInput,
  checkCompanyDates,
  isStaff,
  PUBLIC_STATUSES,
} from '@crowdstake/domain';
import { DataSource, type EntityManager, IsNull } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { RequestAuth } from '../auth/request-auth';
import { ClockService } from '../clock/clock.service';
import { ForbiddenError, NotFoundError, ValidationFailedError } from '../common/errors/app-error';
import { CompanyDatesError } from './companies.errors';
import { Company, CompanyMember } from './company.entity';
import { identityKey, registrationKey } from './company-keys';

/** How the caller stands to a company: it decides what they may see and do. */
export type CompanyRelation = 'owner' | 'member' | 'staff' | 'public' | 'none';

export type MemberView = CompanyMemberView;

@Injectable()
export class CompaniesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly clock: ClockService,
  ) {}

  async create(input: CompanyCreateInput, auth: RequestAuth): Promise<Company> {
    const dateErrors = checkCompanyDates(input, this.clock.now());
    if (dateErrors.length > 0) throw new CompanyDatesError(dateErrors);
    return this.dataSource.transaction(async (manager) => {
      const company = await manager.save(
        manager.create(Company, {
          ...input,
          website: input.website ?? null,
          founderIdentity: input.founderIdentity ?? null,
          team: input.team ?? [],
          ownerId: auth.userId,
          registrationKey: registrationKey(input.registrationNumber),
          identityKey: identityKey(input.founderIdentity),
        }),
      );
      await manager.insert(CompanyMember, { companyId: company.id, userId: auth.userId, role: 'owner' });
      await this.audit.record(manager, {
        actorId: auth.userId,
        actorRole: auth.role,
        action: 'company.created',
        subjectType: 'company',
        subjectId: company.id,
      });
      return company;
    });
  }

  async update(companyId: string, patch: CompanyPatchInput, auth: RequestAuth): Promise<Company> {
    const { company, relation } = await this.withRelation(companyId, auth);
    if (relation !== 'owner') throw new ForbiddenError('Only the company’s owner can change its profile.');
    const dateErrors = checkCompanyDates(patch, this.clock.now());
    if (dateErrors.length > 0) throw new CompanyDatesError(dateErrors);
    const changes: Partial<Company> = { ...patch } as Partial<Company>;
    if (patch.registrationNumber !== undefined) changes.registrationKey = registrationKey(patch.registrationNumber);
    if (patch.founderIdentity !== undefined) changes.identityKey = identityKey(patch.founderIdentity);
    return this.dataSource.transaction(async (manager) => {
      // The currency is judged on the locked row, so a change racing this one cannot slip past the check.
      const locked = await manager.findOneOrFail(Company, {
        where: { id: company.id },
        lock: { mode: 'pessimistic_write' },
      });
      const currencyProblems = companyCurrencyChangeProblems(locked.currency, patch);
      if (currencyProblems.length > 0)
        throw new ValidationFailedError(
          'A new currency needs the annual revenue and total debt stated in it; amounts are not converted.',
          currencyProblems,
        );
      await manager.update(Company, { id: company.id }, changes);
      await this.audit.record(manager, {
        actorId: auth.userId,
        actorRole: auth.role,
        action: 'company.updated',
        subjectType: 'company',
        subjectId: company.id,
        // Which fields changed, not their values: the log outlives corrections of personal data.
        data: { fields: Object.keys(patch).sort() },
      });
      return manager.findOneOrFail(Company, { where: { id: company.id } });
    });
  }

  /**
   * The company and how the caller stands to it. A stranger sees a company
   * only once it has a public campaign; otherwise it does not exist for them.
   */
  async withRelation(
    companyId: string,
    auth: RequestAuth | null,
  ): Promise<{ company: Company; relation: CompanyRelation }> {
    const company = await this.dataSource.getRepository(Company).findOne({ where: { id: companyId } });
    if (!company) throw new NotFoundError('The company');
    const relation = await this.relationOf(company, auth);
    if (relation === 'none') throw new NotFoundError('The company');
    return { company, relation };
  }

  async relationOf(company: Company, auth: RequestAuth | null): Promise<CompanyRelation> {
    if (auth && company.ownerId === auth.userId) return 'owner';
    if (auth && (await this.belongsTo(company.id, auth.userId))) return 'member';
    if (auth && isStaff(auth.role)) return 'staff';
    return (await this.hasPublicCampaign(company.id)) ? 'public' : 'none';
  }

  /** Owner or current member: people who may see the company's drafts. */
  async belongsTo(
    companyId: string,
    userId: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<boolean> {
    return manager.getRepository(CompanyMember).exists({ where: { companyId, userId, leftAt: IsNull() } });
  }

  /**
   * Owner or member, now or before: people who may not review or cancel the
   * company's campaigns. Leaving does not clear a conflict of interest, or a
   * reviewer could join, shape a campaign, leave and then approve it.
   */
  async wasEverMember(
    companyId: string,
    userId: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<boolean> {
    return manager.getRepository(CompanyMember).exists({ where: { companyId, userId } });
  }

  async hasCurrentMemberWithEmail(companyId: string, email: string): Promise<boolean> {
    const [row] = (await this.dataSource.query(
      `SELECT EXISTS (SELECT 1 FROM company_members m JOIN users u ON u.id = m.user_id
                       WHERE m.company_id = $1 AND u.email = $2 AND m.left_at IS NULL) AS found`,
      [companyId, email],
    )) as { found: boolean }[];
    return row?.found ?? false;
  }

  async listForUser(userId: string): Promise<Company[]> {
    return this.dataSource
      .getRepository(Company)
      .createQueryBuilder('c')
      .innerJoin(CompanyMember, 'm', 'm.company_id = c.id AND m.user_id = :userId AND m.left_at IS NULL', {
        userId,
      })
      .orderBy('c.created_at', 'DESC')
      .getMany();
  }

  async listMembers(companyId: string, auth: RequestAuth): Promise<MemberView[]> {
    const { company, relation } = await this.withRelation(companyId, auth);
    if (relation === 'public') throw new ForbiddenError('Only the company’s people and staff can see its members.');
    const rows = (await this.dataSource.query(
      `SELECT m.user_id, u.name, u.email, m.role, m.added_at
         FROM company_members m JOIN users u ON u.id = m.user_id
        WHERE m.company_id = $1 AND m.left_at IS NULL ORDER BY m.role DESC, m.added_at`,
      [company.id],
    )) as { user_id: string; name: string; email: string; role: 'owner' | 'member'; added_at: Date }[];
    return rows.map((row) => ({
      userId: row.user_id,
      name: row.name,
      email: row.email,
      role: row.role,
      addedAt: row.added_at.toISOString(),
    }));
  }

  /** The owner removes a member; a member may leave (for instance one listed by mistake). */
  async removeMember(companyId: string, userId: string, auth: RequestAuth): Promise<void> {
    const { company, relation } = await this.withRelation(companyId, auth);
    const leaving = auth.userId === userId && relation === 'member';
    if (relation !== 'owner' && !leaving) throw new ForbiddenError('Only the company’s owner can remove members.');
    if (userId === company.ownerId) throw new ForbiddenError('The owner cannot be removed from the company.');
    await this.dataSource.transaction(async (manager) => {
      // Kept with left_at, not deleted: a former member stays conflicted for the company's reviews.
      const result = await manager.update(
        CompanyMember,
        { companyId: company.id, userId, role: 'member', leftAt: IsNull() },
        { leftAt: () => 'now()' },
      );
      if (!result.affected) throw new NotFoundError('The member');
      await this.audit.record(manager, {
        actorId: auth.userId,
        actorRole: auth.role,
        action: 'company.member_removed',
        subjectType: 'company',
        subjectId: company.id,
        data: { userId },
      });
    });
  }

  /** Read straight from campaigns: the campaigns module depends on this one, not the other way round. */
  private async hasPublicCampaign(companyId: string): Promise<boolean> {
    const [row] = (await this.dataSource.query(
      `SELECT EXISTS (SELECT 1 FROM campaigns WHERE company_id = $1 AND status = ANY($2)) AS found`,
      [companyId, [...PUBLIC_STATUSES]],
    )) as { found: boolean }[];
    return row?.found ?? false;
  }
}
