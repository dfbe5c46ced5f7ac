import { SetMetadata } from '@nestjs/common';

export const NO_REPLAY = 'crowdstake:no-replay';

/**
 * A write the generic Idempotency-Key replay leaves alone (idempotency.interceptor.ts):
 * - the pledge, which keeps stronger semantics of its own: it is found by its key in the very
 *   transaction that would create it (pledge-placement.service.ts);
 * - sign-in, whose answer carries a session token that must never be stored (a repeat is simply
 *   another sign-in).
 */
export const NoReplay = () => SetMetadata(NO_REPLAY, true);
