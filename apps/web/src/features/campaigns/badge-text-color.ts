/**
 * The text colour of a light badge. The `.9` shade passes WCAG AA on its light background for
 * most colours, but amber, yellow and orange stay below 4.5:1 (2.8–3.9:1), so those are
 * darkened with black (5.2–7:1) rather than replaced by a colour from outside the theme.
 */
const TOO_LIGHT_AT_NINE = new Set(['amber', 'yellow', 'orange']);

export function badgeTextColor(color: string): string {
  // Light badges' backgrounds come from the theme's light variant, which can be brighter than the
  // `.9` shade was measured against (teal.9 on its light background is 4.3:1): every colour is
  // darkened a little, and the weakest ones more.
  const black = TOO_LIGHT_AT_NINE.has(color) ? 30 : 15;
  return `color-mix(in srgb, var(--mantine-color-${color}-9) ${100 - black}%, black)`;
}
