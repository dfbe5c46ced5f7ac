/**
 * The refund of a charged pledge in full (`pledge:<id>:refund`): enqueued by settlement when a
 * campaign fails, and by a backer's cancellation before it asks Stripe (its outbox record).
 */
export const REFUND_PLEDGE_JOB = 'pledge.refund';
