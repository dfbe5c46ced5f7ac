import { Group, Text } from '@mantine/core';

/** The logo mark: a stake rising in two steps under a coin; also the favicon. Decorative, the name says it. */
export function LogoMark({ size = 28 }: { size?: number }) {
  return (
    <svg width={size} height={size} viewBox="0 0 32 32" aria-hidden focusable="false">
      <rect width="32" height="32" rx="8" fill="var(--mantine-color-pine-7)" />
      <path
        d="M9 19.5 16 13l7 6.5"
        fill="none"
        stroke="#fff"
        strokeWidth="3"
        strokeLinecap="round"
        strokeLinejoin="round"
      />
      <path
        d="M9 25 16 18.5l7 6.5"
        fill="none"
        stroke="var(--mantine-color-pine-2)"
        strokeWidth="3"
        strokeLinecap="round"
        strokeLinejoin="round"
      />
      <circle cx="16" cy="8" r="2.2" fill="var(--mantine-color-amber-3)" />
    </svg>
  );
}

export function Wordmark() {
  return (
    <Group gap={10} wrap="nowrap">
      <LogoMark />
      <Text component="span" fw={750} fz={20} lts="-0.02em" c="var(--mantine-color-text)">
        Crowdstake
      </Text>
    </Group>
  );
}
