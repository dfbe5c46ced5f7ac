import {
  Anchor,
  Badge,
  Button,
  Card,
  type CSSVariablesResolver,
  Container,
  createTheme,
  type MantineColorsTuple,
  PasswordInput,
  TextInput,
  Title,
} from '@mantine/core';

/**
 * Crowdstake's visual design. Calm and trustworthy: a deep pine green that reads as "money kept
 * safe", warm off-white surfaces, generous whitespace and one typeface (Inter). Every shade used
 * for text passes WCAG AA (4.5:1) on white; see DESIGN-SYSTEM.md before adding colours.
 */
const pine: MantineColorsTuple = [
  '#e7f5f0',
  '#cde9df',
  '#9cd3c0',
  '#67bb9e',
  '#3fa783',
  '#269a74',
  '#16906a',
  '#0b7a59', // primary in light mode: 5.3:1 against white text
  '#066b4e',
  '#005c42',
];

/** A warm accent for highlights that must not look like an action (featured, new). */
const amber: MantineColorsTuple = [
  '#fff8e1',
  '#ffefcc',
  '#ffdd9b',
  '#ffca64',
  '#ffba38',
  '#ffb01b',
  '#ffab09',
  '#e39500',
  '#ca8500',
  '#af7100',
];

export const theme = createTheme({
  primaryColor: 'pine',
  primaryShade: { light: 7, dark: 5 },
  colors: { pine, amber },
  // Inter has no Chinese glyphs: each platform's own CJK face follows it (macOS, Windows, Linux).
  fontFamily:
    "'Inter Variable', Inter, system-ui, -apple-system, 'Segoe UI', 'PingFang SC', 'Hiragino Sans GB', 'Microsoft YaHei', 'Noto Sans SC', 'Noto Sans CJK SC', 'Source Han Sans SC', sans-serif",
  fontFamilyMonospace: "ui-monospace, 'SF Mono', Menlo, Consolas, monospace",
  defaultRadius: 'md',
  radius: { xs: '4px', sm: '6px', md: '10px', lg: '14px', xl: '20px' },
  spacing: { xs: '0.5rem', sm: '0.75rem', md: '1rem', lg: '1.5rem', xl: '2rem' },
  cursorType: 'pointer',
  focusRing: 'auto',
  respectReducedMotion: true,
  autoContrast: true,
  headings: {
    fontWeight: '700',
    textWrap: 'balance',
    sizes: {
      h1: { fontSize: '2.75rem', lineHeight: '1.12' },
      h2: { fontSize: '1.875rem', lineHeight: '1.2' },
      h3: { fontSize: '1.375rem', lineHeight: '1.3' },
      h4: { fontSize: '1.125rem', lineHeight: '1.4' },
    },
  },
  shadows: {
    xs: '0 1px 2px rgba(16, 24, 40, 0.05)',
    sm: '0 1px 3px rgba(16, 24, 40, 0.08), 0 1px 2px rgba(16, 24, 40, 0.04)',
    md: '0 6px 16px -4px rgba(16, 24, 40, 0.10), 0 2px 4px -2px rgba(16, 24, 40, 0.05)',
    lg: '0 16px 32px -8px rgba(16, 24, 40, 0.14)',
  },
  components: {
    // Full width up to its size even inside a flex column (the main area), where auto margins would shrink it.
    Container: Container.extend({ defaultProps: { size: 'lg' }, styles: { root: { width: '100%' } } }),
    Button: Button.extend({ defaultProps: { radius: 'md' } }),
    Card: Card.extend({ defaultProps: { radius: 'lg', withBorder: true, padding: 'lg' } }),
    Badge: Badge.extend({ defaultProps: { radius: 'sm', variant: 'light' } }),
    Title: Title.extend({ styles: { root: { letterSpacing: '-0.015em' } } }),
    Anchor: Anchor.extend({ defaultProps: { underline: 'hover' } }),
    // Labels above fields and a little more room: forms are where people hesitate, so keep them airy.
    TextInput: TextInput.extend({ defaultProps: { size: 'md' } }),
    PasswordInput: PasswordInput.extend({ defaultProps: { size: 'md' } }),
  },
});

/** Text colours that pass WCAG AA on white where Mantine's defaults do not (dimmed 3.3:1 → 5.9:1). */
export const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  light: {
    '--mantine-color-text': '#17202a',
    '--mantine-color-dimmed': '#5b6570',
    // Field errors are small text: red 9 is 5.5:1 on white where Mantine's red 6 is 3.3:1.
    '--mantine-color-error': 'var(--mantine-color-red-9)',
    // Placeholders are text too: 5.0:1 on white (Mantine's is 3.9:1).
    '--mantine-color-placeholder': '#687079',
    '--mantine-color-anchor': 'var(--mantine-color-pine-7)',
    '--mantine-color-body': '#ffffff',
  },
  dark: {},
});
