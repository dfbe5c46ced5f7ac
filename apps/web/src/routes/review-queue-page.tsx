import { NotFoundPage } from './not-found-page';

/** Placeholder while this page is being built; replaced by its feature. */
export function ReviewQueuePage() {
  return <NotFoundPage />;
}
