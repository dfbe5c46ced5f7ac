import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  annualInvestmentLimit,
  type CurrencyCode,
  type InvestmentLimitStatus,
  investmentLimitStatus,
  type InvestorProfileInput,
  type InvestorProfileView,
} from '@crowdstake/domain';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { RequestAuth } from '../auth/request-auth';
import { ClockService } from '../clock/clock.service';
import { NotFoundError } from '../common/errors/app-error';
import { InvestorProfile } from './entities/investor-profile.entity';

/** Pledges that count against the limit: anything not failed, cancelled or refunded. */
const COUNTED_STATUSES = ['pending', 'held', 'settled', 'action_required'];

/**
 * The backer's declared means and the 12-month investment limit they imply
 * (Regulation Crowdfunding's figures by default), across all bond and share
 * campaigns of the platform.
 */
@Injectable()
export class InvestorProfilesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: ClockService,
    private readonly audit: AuditService,
  ) {}

  async get(userId: string): Promise<InvestorProfileView> {
    const profile = await this.dataSource.getRepository(InvestorProfile).findOne({ where: { userId } });
    if (!profile) throw new NotFoundError('Your investor profile');
    return this.viewOf(profile, await this.limitOf(this.dataSource.manager, profile));
  }

  async put(input: InvestorProfileInput, auth: RequestAuth): Promise<InvestorProfileView> {
    return this.dataSource.transaction(async (manager) => {
      await manager.query(
        `INSERT INTO investor_profiles (user_id, annual_income_minor, net_worth_minor, currency, accredited, updated_at)
         VALUES ($1, $2, $3, $4, $5, now())
         ON CONFLICT (user_id) DO UPDATE SET annual_income_minor = EXCLUDED.annual_income_minor,
           net_worth_minor = EXCLUDED.net_worth_minor, currency = EXCLUDED.currency,
           accredited = EXCLUDED.accredited, updated_at = now()`,
        [auth.userId, input.annualIncome, input.netWorth, input.currency, input.accredited],
      );
      await this.audit.record(manager, {
        actorId: auth.userId,
        actorRole: auth.role,
        action: 'investor_profile.updated',
        subjectType: 'user',
        subjectId: auth.userId,
        // The figures are personal: the log says that they changed, not what they are.
        data: { accredited: input.accredited, currency: input.currency },
      });
      const profile = await manager.findOneByOrFail(InvestorProfile, { userId: auth.userId });
      return this.viewOf(profile, await this.limitOf(manager, profile));
    });
  }

  /** The profile, or null; inside the pledge's transaction so the limit check sees the same rows. */
  find(manager: EntityManager, userId: string): Promise<InvestorProfile | null> {
    return manager.findOne(InvestorProfile, { where: { userId } });
  }

  async limitOf(manager: EntityManager, profile: InvestorProfile): Promise<InvestmentLimitStatus> {
    const total = annualInvestmentLimit({
      annualIncome: profile.annualIncomeMinor,
      netWorth: profile.netWorthMinor,
      accredited: profile.accredited,
    });
    return investmentLimitStatus(total, await this.usedInLast12Months(manager, profile.userId, profile.currency));
  }

  /** Bond and share pledges of the last 12 months (platform clock), in the profile's currency. */
  private async usedInLast12Months(manager: EntityManager, userId: string, currency: CurrencyCode): Promise<number> {
    const since = new Date(this.clock.now());
    since.setUTCFullYear(since.getUTCFullYear() - 1);
    const [row] = (await manager.query(
      `SELECT COALESCE(sum(p.amount_minor), 0)::bigint AS used
         FROM pledges p JOIN campaigns c ON c.id = p.campaign_id
        WHERE p.backer_id = $1 AND c.type IN ('bond', 'shareholding') AND p.currency = $2
          AND p.status = ANY($3) AND p.created_at > $4`,
      [userId, currency, COUNTED_STATUSES, since],
    )) as { used: number | string }[];
    return Number(row?.used ?? 0);
  }

  private viewOf(profile: InvestorProfile, limit: InvestmentLimitStatus): InvestorProfileView {
    return {
      annualIncome: profile.annualIncomeMinor,
      netWorth: profile.netWorthMinor,
      currency: profile.currency,
      accredited: profile.accredited,
      limit,
      updatedAt: profile.updatedAt.toISOString(),
    };
  }
}
