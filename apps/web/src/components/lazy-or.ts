import { type ComponentType, lazy } from 'react';

/**
 * React.lazy for code loaded on first use outside any page's error screen (the header's menus,
 * the notifications): if the module cannot be fetched, because the device is offline or a new
 * release has replaced the old files, `fallback` renders instead of the failure taking the whole
 * page down. The pages themselves need none: a page that cannot load shows the route's error page.
 */
export function lazyOr<P extends object>(
  load: () => Promise<{ default: ComponentType<P> }>,
  fallback: ComponentType<P>,
): ComponentType<P> {
  return lazy(() => load().catch(() => ({ default: fallback })));
}

/** Starts fetching a module early, ignoring a failure: the real load reports it (lazyOr). */
export function preload(load: () => Promise<unknown>): () => void {
  return () => void load().catch(() => undefined);
}

/** After a failed load, the way to the new release: reloading the page fetches its files. */
export function reloadPage(): void {
  window.location.reload();
}
