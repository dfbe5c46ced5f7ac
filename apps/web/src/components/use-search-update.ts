import { useCallback, useEffect, useRef } from 'react';
import { useLocation, useSearchParams, type NavigateOptions } from 'react-router';

/**
 * The address's query, and a way to change it that builds on the latest change asked for.
 *
 * React Router's `setSearchParams(fn)` hands `fn` the query of the last render. A change is an
 * asynchronous navigation, so two changes made before the page re-renders (a filter chosen, then a
 * search sent by its debounce a moment later) both start from the same old query, and the second
 * undoes the first. Here each change starts from the one before it, whether or not it has been
 * rendered yet; a navigation made elsewhere (back, forward, a link) becomes the new starting point.
 */
export function useSearchUpdate() {
  const [search, setSearch] = useSearchParams();
  // Every navigation has a key of its own, even one back to the query already shown.
  const { key: navigation } = useLocation();
  const rendered = search.toString();
  const latest = useRef(rendered);
  /** What was asked for and has not been rendered yet, oldest first. */
  const pending = useRef<string[]>([]);

  useEffect(() => {
    const arrived = pending.current.indexOf(rendered);
    if (arrived >= 0) {
      pending.current.splice(0, arrived + 1);
      return;
    }
    pending.current = [];
    latest.current = rendered;
  }, [navigation, rendered]);

  const update = useCallback(
    (change: (current: URLSearchParams) => URLSearchParams, options?: NavigateOptions) => {
      const next = change(new URLSearchParams(latest.current));
      const query = next.toString();
      if (query === latest.current) return;
      latest.current = query;
      pending.current.push(query);
      setSearch(next, options);
    },
    [setSearch],
  );

  return [search, update] as const;
}
