import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { LedgerService } from '../ledger/ledger.service';
import { PAYMENT_GATEWAY, type PaymentGateway } from '../payments/payment-gateway';
import { transferGroupOf } from '../pledges/pledge-payments.service';

/** One figure on which the ledger and Stripe disagree, in the campaign's minor units. */
export interface ReconciliationDifference {
  campaignId: string;
  /** `collected`: charges received less refunds vs the ledger's collected − refunded; `released`: transfers less reversals vs released. */
  figure: 'collected' | 'released';
  ledger: number;
  stripe: number;
}

export interface ReconciliationReport {
  /** Where the figures were read: Stripe itself or the emulator inside the running API. */
  mode: 'stripe' | 'emulator';
  campaigns: number;
  differences: ReconciliationDifference[];
}

/**
 * Compares the ledger with Stripe, campaign by campaign (docs/decisions/0009):
 * what Stripe received for the campaign's pledges less what it refunded, and
 * what it transferred to the founder less reversals, against the ledger's own
 * figures. A difference means money moved without its ledger line (or the
 * reverse) and needs an operator. Used by `pnpm cli reconcile`, the admin
 * endpoint and the settlement tests.
 */
@Injectable()
export class ReconciliationService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(PAYMENT_GATEWAY) private readonly gateway: PaymentGateway,
    private readonly ledger: LedgerService,
  ) {}

  async reconcile(campaignIds?: string[]): Promise<ReconciliationReport> {
    const campaigns = (await this.dataSource.query(
      `SELECT DISTINCT campaign_id AS id FROM pledges
        WHERE ($1::uuid[] IS NULL OR campaign_id = ANY($1::uuid[])) ORDER BY campaign_id`,
      [campaignIds ?? null],
    )) as { id: string }[];
    const differences: ReconciliationDifference[] = [];
    for (const { id } of campaigns) differences.push(...(await this.reconcileCampaign(id)));
    return { mode: this.gateway.mode, campaigns: campaigns.length, differences };
  }

  private async reconcileCampaign(campaignId: string): Promise<ReconciliationDifference[]> {
    const trail = await this.ledger.campaignMoneyTrail(campaignId);
    const pledges = (await this.dataSource.query(`SELECT id FROM pledges WHERE campaign_id = $1`, [campaignId])) as {
      id: string;
    }[];
    let received = 0;
    for (const pledge of pledges)
      for (const payment of await this.gateway.findPaymentsByReference(pledge.id))
        received += payment.receivedMinor - payment.refundedMinor;
    let transferred = 0;
    for (const transfer of await this.gateway.listTransfers(transferGroupOf(campaignId)))
      transferred += transfer.amount.amountMinor - transfer.reversedMinor;

    const differences: ReconciliationDifference[] = [];
    const collected = trail.collected - trail.refunded;
    if (collected !== received)
      differences.push({ campaignId, figure: 'collected', ledger: collected, stripe: received });
    // A refund after the release that the founder's account could not give back was advanced by the
    // platform: out of `released` in the ledger, still with the founder at Stripe (and owed by them).
    const advanced = trail.entries
      .filter((entry) => entry.kind === 'refund_advanced')
      .reduce((sum, entry) => sum + entry.amount, 0);
    if (trail.released + advanced !== transferred)
      differences.push({ campaignId, figure: 'released', ledger: trail.released + advanced, stripe: transferred });
    return differences;
  }
}
