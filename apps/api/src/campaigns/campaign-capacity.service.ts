import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { returnedRows } from '../database/returned-rows';
import { CampaignNotLiveError, CapReachedError, TierSoldOutError } from './capacity.errors';
import { Campaign } from './entities/campaign.entity';
import { RewardTier } from './entities/reward-tier.entity';

export interface CapacityClaim {
  campaignId: string;
  backerId: string;
  amountMinor: number;
  tierId: string | null;
}

/**
 * A campaign's capacity: its hard cap and its tiers' quantities, guarded by
 * the database. Every change is one conditional UPDATE on the row it
 * concerns (and CHECK constraints back them), so hundreds of backers
 * pledging at once can never oversubscribe; the hot campaign row is locked
 * only for the statement and the short transaction around it.
 */
@Injectable()
export class CampaignCapacityService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The campaign as a pledge sees it: read without a lock, before the reserving transaction. */
  async pledgeable(campaignId: string): Promise<{ campaign: Campaign; tiers: RewardTier[] } | null> {
    const campaign = await this.dataSource.getRepository(Campaign).findOne({ where: { id: campaignId } });
    if (!campaign) return null;
    const tiers =
      campaign.type === 'reward'
        ? await this.dataSource.getRepository(RewardTier).find({ where: { campaignId }, order: { position: 'ASC' } })
        : [];
    return { campaign, tiers };
  }

  /** Holds room for a pledge whose payment is not yet confirmed; refuses when the campaign is not live at `now`. */
  async reserve(manager: EntityManager, claim: CapacityClaim, now: Date): Promise<void> {
    const reserved: unknown = await manager.query(
      `UPDATE campaigns SET reserved_minor = reserved_minor + $2, reserved_count = reserved_count + 1
        WHERE id = $1 AND status = 'live' AND starts_at <= $3 AND ends_at > $3
          AND (max_amount_minor IS NULL OR raised_minor + reserved_minor + $2 <= max_amount_minor)
        RETURNING id`,
      [claim.campaignId, claim.amountMinor, now],
    );
    if (returnedRows(reserved).length === 0) {
      const [row] = (await manager.query(`SELECT status, starts_at, ends_at FROM campaigns WHERE id = $1`, [
        claim.campaignId,
      ])) as { status: string; starts_at: Date; ends_at: Date }[];
      const live = row && row.status === 'live' && row.starts_at <= now && row.ends_at > now;
      throw live ? new CapReachedError() : new CampaignNotLiveError();
    }
    if (claim.tierId) {
      const sold: unknown = await manager.query(
        `UPDATE reward_tiers SET sold = sold + 1
          WHERE id = $1 AND campaign_id = $2 AND (quantity IS NULL OR sold + 1 <= quantity) RETURNING id`,
        [claim.tierId, claim.campaignId],
      );
      if (returnedRows(sold).length === 0) throw new TierSoldOutError();
    }
  }

  /** The payment is confirmed: the reserved amount becomes raised, and a first pledge makes a new backer. */
  async commit(manager: EntityManager, claim: CapacityClaim, now: Date): Promise<void> {
    const [backer] = (await manager.query(
      `INSERT INTO campaign_backers (campaign_id, backer_id, committed_pledges, first_committed_at)
       VALUES ($1, $2, 1, $3)
       ON CONFLICT (campaign_id, backer_id) DO UPDATE SET committed_pledges = campaign_backers.committed_pledges + 1
       RETURNING committed_pledges`,
      [claim.campaignId, claim.backerId, now],
    )) as { committed_pledges: number }[];
    await manager.query(
      `UPDATE campaigns SET reserved_minor = reserved_minor - $2, reserved_count = reserved_count - 1,
              raised_minor = raised_minor + $2, backers_count = backers_count + $3
        WHERE id = $1`,
      [claim.campaignId, claim.amountMinor, backer?.committed_pledges === 1 ? 1 : 0],
    );
  }

  /** Gives back the room of a pledge: a reservation whose payment failed, or a committed pledge cancelled or refunded. */
  async release(manager: EntityManager, claim: CapacityClaim, wasCommitted: boolean): Promise<void> {
    if (wasCommitted) {
      const backer: unknown = await manager.query(
        `UPDATE campaign_backers SET committed_pledges = committed_pledges - 1
          WHERE campaign_id = $1 AND backer_id = $2 RETURNING committed_pledges`,
        [claim.campaignId, claim.backerId],
      );
      const left = returnedRows<{ committed_pledges: number }>(backer)[0];
      await manager.query(
        `UPDATE campaigns SET raised_minor = raised_minor - $2, backers_count = backers_count - $3 WHERE id = $1`,
        [claim.campaignId, claim.amountMinor, left?.committed_pledges === 0 ? 1 : 0],
      );
    } else {
      await manager.query(
        `UPDATE campaigns SET reserved_minor = reserved_minor - $2, reserved_count = reserved_count - 1 WHERE id = $1`,
        [claim.campaignId, claim.amountMinor],
      );
    }
    if (claim.tierId) await manager.query(`UPDATE reward_tiers SET sold = sold - 1 WHERE id = $1`, [claim.tierId]);
  }
}
