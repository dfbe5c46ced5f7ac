/**
 * What the app and its libraries import as `react`: Preact's React compatibility layer
 * (vite.config.ts points `react` here; docs/decisions/0010-preact-in-the-browser.md says why),
 * plus the one React 19 export it lacks that our libraries import.
 */
import { createElement, type ComponentChildren } from 'preact';

// @ts-expect-error -- preact/compat's types say `export =`; the module itself is ESM with named exports.
export * from 'preact/compat';
export { default } from 'preact/compat';

interface ActivityProps {
  mode?: 'visible' | 'hidden';
  children?: ComponentChildren;
}

/**
 * React 19.2's <Activity>, as Mantine 9 uses it: content kept mounted, hidden while `mode` is
 * "hidden" (a collapsed accordion panel, a closed collapse). React hides the children's own
 * elements; here a wrapper does, laid out as if absent (`display: contents`) while visible. What
 * React adds on top (effects paused while hidden, rendering at low priority) Mantine does not
 * rely on.
 */
export function Activity({ mode = 'visible', children }: ActivityProps) {
  return createElement('div', { style: { display: mode === 'hidden' ? 'none' : 'contents' } }, children);
}
