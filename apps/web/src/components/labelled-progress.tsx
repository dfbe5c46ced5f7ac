import { Progress, type ProgressRootProps } from '@mantine/core';

interface LabelledProgressProps extends Omit<ProgressRootProps, 'children'> {
  /** 0 to 100. */
  value: number;
  label: string;
  /** What a screen reader says for the value ("45% funded"); the percentage if absent. */
  valueText?: string;
  color?: string;
}

/**
 * A progress bar whose name and spoken value sit on the element with role="progressbar":
 * Mantine's `<Progress>` puts extra ARIA attributes on its root, a plain div where they are not
 * allowed (axe: aria-allowed-attr).
 */
export function LabelledProgress({ value, label, valueText, color, ...root }: LabelledProgressProps) {
  return (
    <Progress.Root {...root}>
      <Progress.Section
        value={value}
        color={color}
        withAria={false}
        role="progressbar"
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={Math.round(value)}
        aria-valuetext={valueText ?? `${Math.round(value)}%`}
      />
    </Progress.Root>
  );
}
