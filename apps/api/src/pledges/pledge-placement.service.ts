import { createHash } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  cancellationDeadline,
  type CampaignType,
  idempotencyKeySchema,
  isInvestmentType,
  isPublicStatus,
  type PledgeInput,
  pledgeSchemas,
  type PricingResult,
  priceBondPledge,
  priceRewardPledge,
  priceSharePledge,
  type BondTerms,
  type ShareholdingTerms,
} from '@crowdstake/domain';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { RequestAuth } from '../auth/request-auth';
import { ClockService } from '../clock/clock.service';
import { NotFoundError, ValidationFailedError } from '../common/errors/app-error';
import { APP_CONFIG } from '../config/app-config';
import type { AppConfig } from '../config/config.schema';
import { CampaignCapacityService } from '../campaigns/campaign-capacity.service';
import { CompaniesService } from '../companies/companies.service';
import { CampaignNotLiveError } from '../campaigns/capacity.errors';
import type { Campaign } from '../campaigns/entities/campaign.entity';
import type { RewardTier } from '../campaigns/entities/reward-tier.entity';
import { Pledge } from './entities/pledge.entity';
import { InvestorProfilesService } from './investor-profiles.service';
import { PledgeAttemptGuard, type PledgeAttempt } from './pledge-attempt-guard';
import {
  IdempotencyKeyReusedError,
  InvestmentLimitExceededError,
  InvestorProfileRequiredError,
  RiskNotAcknowledgedError,
  OwnCampaignPledgeError,
} from './pledges.errors';
import { canonicalJson } from '../common/canonical-json';

export interface PlacedPledge {
  pledge: Pledge;
  /** True when this answer replays an earlier request with the same Idempotency-Key. */
  replayed: boolean;
  /** The counted attempt of a new pledge from a client, to be told how its payment ended. */
  attempt?: PledgeAttempt;
}

/** Who is asking, for the card-testing limits; absent for the platform's own pledges (demo data). */
export interface PledgeClient {
  ip: string;
}

/**
 * Records a pledge and reserves its room in the campaign, in one short
 * transaction; the payment is taken afterwards, outside any lock, by
 * PledgePaymentsService. The same Idempotency-Key from the same backer
 * always finds the first pledge.
 */
@Injectable()
export class PledgePlacementService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly clock: ClockService,
    private readonly capacity: CampaignCapacityService,
    private readonly profiles: InvestorProfilesService,
    private readonly audit: AuditService,
    private readonly attempts: PledgeAttemptGuard,
    private readonly companies: CompaniesService,
  ) {}

  async place(
    campaignId: string,
    body: unknown,
    rawKey: unknown,
    auth: RequestAuth,
    client?: PledgeClient,
  ): Promise<PlacedPledge> {
    const key = idempotencyKeySchema.safeParse(rawKey);
    if (!key.success)
      throw new ValidationFailedError(key.error.issues[0]?.message ?? 'Idempotency-Key is invalid.', [
        { path: 'Idempotency-Key', message: key.error.issues[0]?.message ?? 'Invalid.' },
      ]);
    const requestHash = hashRequest(campaignId, body);
    const earlier = await this.replay(auth.userId, key.data, requestHash);
    if (earlier) return { pledge: earlier, replayed: true };

    const found = await this.capacity.pledgeable(campaignId);
    // A campaign the public cannot see does not exist for a backer either.
    if (!found || !isPublicStatus(found.campaign.status)) throw new NotFoundError('The campaign');
    const { campaign, tiers } = found;
    if (campaign.status !== 'live') throw new CampaignNotLiveError();
    // One account may found and back; never its own company's campaign (it would buy its own success).
    if ((await this.companies.membershipOf(auth.userId, [campaign.companyId])).size > 0)
      throw new OwnCampaignPledgeError();

    const input = pledgeSchemas[campaign.type].parse(body) as PledgeInput;
    const priced = price(campaign, tiers, input);
    if (!priced.ok)
      throw new ValidationFailedError(priced.problem.message, [
        { path: priced.problem.path, message: priced.problem.message },
      ]);
    if (isInvestmentType(campaign.type) && !(input as { acknowledgedRisk?: boolean }).acknowledgedRisk)
      throw new RiskNotAcknowledgedError();

    // Counted last, once the request is one that would reach the card (a replay never does again).
    const attempt = client ? await this.attempts.admit(auth.userId, client.ip, input.paymentMethodId) : undefined;
    const now = this.clock.now();
    const claim = {
      campaignId,
      backerId: auth.userId,
      amountMinor: priced.pledge.amount,
      tierId: priced.pledge.tierId ?? null,
    };
    return this.dataSource
      .transaction(async (manager): Promise<PlacedPledge> => {
        if (isInvestmentType(campaign.type))
          await this.checkInvestmentLimit(manager, auth.userId, campaign, claim.amountMinor);
        const [row] = (await manager.query(
          `INSERT INTO pledges (campaign_id, backer_id, status, holding, amount_minor, currency, tier_id, units, shares,
                              payment_method_id, idempotency_key, request_hash, cancellable_until, created_at)
         VALUES ($1, $2, 'pending', $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)
         ON CONFLICT (backer_id, idempotency_key) DO NOTHING RETURNING *`,
          [
            campaignId,
            auth.userId,
            holdingFor(campaign.type),
            claim.amountMinor,
            campaign.currency,
            claim.tierId,
            priced.pledge.units ?? null,
            priced.pledge.shares ?? null,
            input.paymentMethodId,
            key.data,
            requestHash,
            cancellationDeadline(campaign.endsAt, this.config.pledgeCancellationWindowHours),
            now,
          ],
        )) as Record<string, unknown>[];
        // Another request with the same key won the race: this one answers with that one.
        if (!row) throw new SameKeyRace();
        const pledge = manager.create(Pledge, pledgeFromRow(row));
        await this.audit.record(manager, {
          actorId: auth.userId,
          actorRole: auth.role,
          action: 'pledge.created',
          subjectType: 'pledge',
          subjectId: pledge.id,
          toStatus: 'pending',
          data: { campaignId, amount: claim.amountMinor, currency: campaign.currency },
        });
        // Last, so the campaign's hot row stays locked only for this statement and the commit:
        // on launch day every pledge of the campaign queues on it.
        await this.capacity.reserve(manager, claim, now);
        return { pledge, replayed: false, attempt };
      })
      .catch(async (error: unknown): Promise<PlacedPledge> => {
        await attempt?.release();
        if (!(error instanceof SameKeyRace)) throw error;
        const winner = await this.replay(auth.userId, key.data, requestHash);
        if (!winner) throw new IdempotencyKeyReusedError();
        return { pledge: winner, replayed: true };
      });
  }

  /** The pledge an earlier request with this key made, if the body is the same; 409 if it is not. */
  private async replay(backerId: string, key: string, requestHash: string): Promise<Pledge | null> {
    const earlier = await this.dataSource.getRepository(Pledge).findOne({ where: { backerId, idempotencyKey: key } });
    if (!earlier) return null;
    if (earlier.requestHash !== requestHash) throw new IdempotencyKeyReusedError();
    return earlier;
  }

  /**
   * Bond and share pledges need a profile and stay within the 12-month limit.
   * The profile row is locked, so one backer's concurrent pledges are judged
   * one after the other and cannot pass the limit together.
   */
  private async checkInvestmentLimit(
    manager: EntityManager,
    backerId: string,
    campaign: Campaign,
    amountMinor: number,
  ): Promise<void> {
    const [locked] = (await manager.query(`SELECT user_id FROM investor_profiles WHERE user_id = $1 FOR UPDATE`, [
      backerId,
    ])) as unknown[];
    const profile = locked ? await this.profiles.find(manager, backerId) : null;
    if (!profile) throw new InvestorProfileRequiredError();
    if (profile.currency !== campaign.currency)
      throw new InvestorProfileRequiredError(
        `Your investor profile is in ${profile.currency}; state your means in ${campaign.currency} to invest in this campaign.`,
      );
    const limit = await this.profiles.limitOf(manager, profile);
    if (limit.remaining !== null && amountMinor > limit.remaining)
      throw new InvestmentLimitExceededError(limit.remaining);
  }
}

class SameKeyRace extends Error {}

function holdingFor(type: CampaignType): 'saved_card' | 'charged' {
  return type === 'reward' ? 'saved_card' : 'charged';
}

function price(campaign: Campaign, tiers: RewardTier[], input: PledgeInput): PricingResult {
  switch (campaign.type) {
    case 'reward':
      return priceRewardPledge(
        {
          allowDonations: campaign.terms.allowDonations === true,
          tiers: tiers.map((tier) => ({ id: tier.id, price: tier.priceMinor })),
        },
        campaign.currency,
        input as { tierId?: string; amount?: number },
      );
    case 'bond':
      return priceBondPledge(campaign.terms as unknown as BondTerms, input as { units: number });
    case 'shareholding':
      return priceSharePledge(campaign.terms as unknown as ShareholdingTerms, input as { shares: number });
  }
}

/** The request as the idempotency check compares it: the campaign and the body, keys sorted. */
function hashRequest(campaignId: string, body: unknown): string {
  return createHash('sha256')
    .update(`${campaignId}\n${canonicalJson(body)}`)
    .digest('hex');
}

/** A pledges row as `INSERT … RETURNING *` gives it (snake_case) in the entity's terms. */
function pledgeFromRow(row: Record<string, unknown>): Partial<Pledge> {
  const toNumber = (value: unknown) => (value === null || value === undefined ? null : Number(value));
  return {
    id: row.id as string,
    campaignId: row.campaign_id as string,
    backerId: row.backer_id as string,
    status: row.status as Pledge['status'],
    holding: row.holding as Pledge['holding'],
    amountMinor: Number(row.amount_minor),
    currency: row.currency as Pledge['currency'],
    tierId: (row.tier_id as string | null) ?? null,
    units: toNumber(row.units),
    shares: toNumber(row.shares),
    paymentMethodId: row.payment_method_id as string,
    savedPaymentMethodId: (row.saved_payment_method_id as string | null) ?? null,
    idempotencyKey: row.idempotency_key as string,
    requestHash: row.request_hash as string,
    failureCode: (row.failure_code as string | null) ?? null,
    cancellableUntil: new Date(row.cancellable_until as string),
    createdAt: new Date(row.created_at as string),
    updatedAt: new Date(row.updated_at as string),
  };
}
