import { useLocation } from 'react-router';

/** What the queue puts in the history entry of a review it opens: its own filters. */
export interface FromQueueState {
  queueSearch: string;
}

function isFromQueueState(state: unknown): state is FromQueueState {
  return (
    typeof state === 'object' && state !== null && typeof (state as Record<string, unknown>).queueSearch === 'string'
  );
}

/**
 * The queue as the reviewer left it ("grade E bonds, page 2"), to go back to after a decision;
 * the whole queue when the review was opened from a link or a bookmark.
 */
export function useQueuePath(): string {
  const { state } = useLocation();
  const search = isFromQueueState(state) ? state.queueSearch : '';
  return search.startsWith('?') ? `/review${search}` : '/review';
}
