import type { PledgeView } from '@crowdstake/domain';
import type { Pledge } from './entities/pledge.entity';

export function pledgeView(pledge: Pledge, nextAction?: { clientSecret: string }): PledgeView {
  return {
    id: pledge.id,
    campaignId: pledge.campaignId,
    status: pledge.status,
    amount: pledge.amountMinor,
    currency: pledge.currency,
    ...(pledge.tierId ? { tierId: pledge.tierId } : {}),
    ...(pledge.units !== null ? { units: pledge.units } : {}),
    ...(pledge.shares !== null ? { shares: pledge.shares } : {}),
    createdAt: pledge.createdAt.toISOString(),
    cancellableUntil: pledge.cancellableUntil.toISOString(),
    ...(nextAction ? { nextAction } : {}),
  };
}
