/**
 * The text colour of a light badge. The `.9` shade passes WCAG AA on its light background for
 * most colours, but amber, yellow and orange stay below 4.5:1 (2.8–3.9:1), so those are
 * darkened with black (5.2–7:1) rather than replaced by a colour from outside the theme.
 */
const TOO_LIGHT_AT_NINE = new Set(['amber', 'yellow', 'orange']);

export function badgeTextColor(color: string): string {
  return TOO_LIGHT_AT_NINE.has(color) ? `color-mix(in srgb, var(--mantine-color-${color}-9) 70%, black)` : `${color}.9`;
}
