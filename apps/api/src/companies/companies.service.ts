import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  companyCurrencyChangeProblems,
  type CompanyCreateInput,
  type CompanyMemberView,
  type CompanyPatchInput,
  type CompanyPublicView,
  checkCompanyDates,
  type DocumentKind,
  isStaff,
} from '@crowdstake/domain';
import { DataSource, type EntityManager, In, IsNull } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { RequestAuth } from '../auth/request-auth';
import { ClockService } from '../clock/clock.service';
import { ForbiddenError, NotFoundError, ValidationFailedError } from '../common/errors/app-error';
import { returnedRows } from '../database/returned-rows';
import { UsersService } from '../users/users.service';
import { CompanyDatesError } from './companies.errors';
import { Company, CompanyMember } from './company.entity';
import { identityKey, registrationKey } from './company-keys';
import { companyPublicView } from './company-views';
import { CompanyDocument } from './company-document.entity';

/** How the caller stands to a company: it decides what they may see and do. */
export type CompanyRelation = 'owner' | 'member' | 'staff' | 'public' | 'none';

export type MemberView = CompanyMemberView;

/**
 * What this module asks of campaigns. The campaigns module depends on this
 * one, so it answers by registering itself at start-up
 * (`CompaniesService.answerCampaignQuestionsWith`) instead of this module
 * reading the campaigns table.
 */
export interface CampaignFactsForCompanies {
  hasPublicCampaign(companyId: string): Promise<boolean>;
}

/** What the risk assessment needs to know of a campaign's company (see `riskFacts`). */
export interface CompanyRiskFacts {
  company: Pick<Company, 'id' | 'founderIdentity' | 'foundedOn' | 'annualRevenue' | 'totalDebt' | 'currency'>;
  documentKinds: DocumentKind[];
  /** Another owner's company has the same registration number / the same founder identity. */
  duplicateRegistrationNumber: boolean;
  duplicateIdentity: boolean;
  /** The owners of those matching companies (their accounts' standing is the users module's to tell). */
  matchingOwnerIds: string[];
}

@Injectable()
export class CompaniesService {
  private campaignFacts?: CampaignFactsForCompanies;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly clock: ClockService,
    private readonly users: UsersService,
  ) {}

  /** The campaigns module registers how it answers this module's questions about campaigns (once, at start-up). */
  answerCampaignQuestionsWith(facts: CampaignFactsForCompanies): void {
    this.campaignFacts = facts;
  }

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
    const userId = await this.users.idByEmail(email);
    return userId !== null && (await this.belongsTo(companyId, userId));
  }

  /**
   * Of these companies, the ones the user belongs or belonged to (a conflict
   * of interest outlives the membership): one query for a whole page.
   */
  async membershipOf(userId: string, companyIds: readonly string[]): Promise<Set<string>> {
    const unique = [...new Set(companyIds)];
    if (unique.length === 0) return new Set();
    const rows = await this.dataSource
      .getRepository(CompanyMember)
      .find({ select: { companyId: true }, where: { userId, companyId: In(unique) } });
    return new Set(rows.map((row) => row.companyId));
  }

  /** The public face of each company (what a campaign page shows), by id; one query for a whole page. */
  async publicViews(companyIds: readonly string[]): Promise<Map<string, CompanyPublicView>> {
    const unique = [...new Set(companyIds)];
    if (unique.length === 0) return new Map();
    const companies = await this.dataSource.getRepository(Company).find({ where: { id: In(unique) } });
    return new Map(companies.map((company) => [company.id, companyPublicView(company)]));
  }

  /**
   * What the risk assessment judges of a campaign's company, read in the
   * caller's transaction: its figures, the kinds of documents on file, and
   * whether another owner's company shares its registration number or its
   * founder's identity.
   */
  async riskFacts(manager: EntityManager, companyId: string, ownerId: string): Promise<CompanyRiskFacts> {
    const company = await manager.findOneOrFail(Company, { where: { id: companyId } });
    const documents = await manager
      .getRepository(CompanyDocument)
      .createQueryBuilder('d')
      .select('DISTINCT d.kind', 'kind')
      .where('d.company_id = :companyId', { companyId })
      .getRawMany<{ kind: DocumentKind }>();
    const matches = (await manager.query(
      `SELECT DISTINCT owner_id, registration_key = $2 AS registration,
              ($3::text IS NOT NULL AND identity_key = $3) AS identity
         FROM companies
        WHERE owner_id <> $1 AND (registration_key = $2 OR ($3::text IS NOT NULL AND identity_key = $3))`,
      [ownerId, company.registrationKey, company.identityKey],
    )) as { owner_id: string; registration: boolean; identity: boolean }[];
    return {
      company,
      documentKinds: documents.map((row) => row.kind),
      duplicateRegistrationNumber: matches.some((row) => row.registration),
      duplicateIdentity: matches.some((row) => row.identity),
      matchingOwnerIds: [...new Set(matches.map((row) => row.owner_id))],
    };
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
    const members = await this.dataSource.getRepository(CompanyMember).find({
      where: { companyId: company.id, leftAt: IsNull() },
      order: { role: 'DESC', addedAt: 'ASC' },
    });
    const contacts = await this.users.contactsOf(members.map((member) => member.userId));
    return members.map((member) => ({
      userId: member.userId,
      name: contacts.get(member.userId)?.name ?? '',
      email: contacts.get(member.userId)?.email ?? '',
      role: member.role,
      addedAt: member.addedAt.toISOString(),
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

  /**
   * Stores the company's payout account unless it has one: the first writer's
   * account stays. Returns whether this call stored it.
   */
  async attachPayoutAccount(companyId: string, accountId: string): Promise<boolean> {
    const stored = (await this.dataSource.query(
      `UPDATE companies SET payout_account_id = $2 WHERE id = $1 AND payout_account_id IS NULL RETURNING id`,
      [companyId, accountId],
    )) as unknown[];
    return returnedRows(stored).length > 0;
  }

  /** Whether one of our companies holds this payout account. */
  async hasPayoutAccount(accountId: string): Promise<boolean> {
    return this.dataSource.getRepository(Company).exists({ where: { payoutAccountId: accountId } });
  }

  /** Records whether the account can be paid; returns whether that changed anything (one conditional update). */
  async recordPayoutReadiness(accountId: string, ready: boolean): Promise<boolean> {
    const changed = (await this.dataSource.query(
      `UPDATE companies SET payout_ready = $2 WHERE payout_account_id = $1 AND payout_ready <> $2 RETURNING id`,
      [accountId, ready],
    )) as unknown[];
    return returnedRows(changed).length > 0;
  }

  /**
   * Whether the company's payout account is ready, read under a share lock in
   * the caller's transaction: it cannot be marked not ready until that commits
   * (a campaign goes live only while its company can be paid).
   */
  async payoutReadyLocked(manager: EntityManager, companyId: string): Promise<boolean> {
    const [row] = (await manager.query(`SELECT payout_ready FROM companies WHERE id = $1 FOR SHARE`, [companyId])) as {
      payout_ready: boolean;
    }[];
    return row?.payout_ready === true;
  }

  /** Asked of the campaigns module, which registers its answer at start-up. */
  private hasPublicCampaign(companyId: string): Promise<boolean> {
    if (!this.campaignFacts) throw new Error('The campaigns module has not registered its answers to CompaniesService');
    return this.campaignFacts.hasPublicCampaign(companyId);
  }
}
