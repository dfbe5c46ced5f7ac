import type { EntityManager } from 'typeorm';
import { enqueueJob } from '../jobs/job-runner.service';

export const REFUND_AFTER_RELEASE_JOB = 'pledge.refund-after-release';

/** A refund after the release waits for funds or for Stripe: retried hourly for about eight days. */
export const REFUND_AFTER_RELEASE_MAX_ATTEMPTS = 200;

export type RefundAfterReleaseRequest =
  | { outcome: 'requested'; campaignId: string; amountMinor: number; currency: string }
  | { outcome: 'not_settled'; status: string }
  | { outcome: 'not_found' };

/**
 * Asks for a settled pledge to be refunded in full after its campaign's money went to the
 * founder (a staff decision: a dispute lost, an offering rescinded). Only the intent is written
 * here, on the locked pledge row, in the caller's transaction: the job row is the outbox record
 * of the Stripe calls that follow (a transfer reversal keyed `pledge:<id>:reversal`, a refund
 * keyed `pledge:<id>:refund`), and the API's job runner makes them (RefundAfterReleaseService).
 * Asking twice is one request (the dedupe key).
 */
export async function requestRefundAfterRelease(
  manager: EntityManager,
  pledgeId: string,
  reason: string,
): Promise<RefundAfterReleaseRequest> {
  const [pledge] = (await manager.query(
    `SELECT status, campaign_id, amount_minor, currency FROM pledges WHERE id = $1 FOR UPDATE`,
    [pledgeId],
  )) as { status: string; campaign_id: string; amount_minor: number | string; currency: string }[];
  if (!pledge) return { outcome: 'not_found' };
  if (pledge.status !== 'settled') return { outcome: 'not_settled', status: pledge.status };
  await enqueueJob(
    manager,
    REFUND_AFTER_RELEASE_JOB,
    { pledgeId, reason },
    { dedupeKey: `${REFUND_AFTER_RELEASE_JOB}:${pledgeId}`, maxAttempts: REFUND_AFTER_RELEASE_MAX_ATTEMPTS },
  );
  return {
    outcome: 'requested',
    campaignId: pledge.campaign_id,
    amountMinor: Number(pledge.amount_minor),
    currency: pledge.currency,
  };
}
