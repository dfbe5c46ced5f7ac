import type { CurrencyCode } from '@crowdstake/domain/core';
import { Text, TextInput, type TextInputProps } from '@mantine/core';
import { forwardRef } from 'react';

interface MoneyFieldProps extends Omit<TextInputProps, 'rightSection'> {
  currency: CurrencyCode;
}

/**
 * An amount typed in major units ("1250.50"). Plain text rather than a number input: a number
 * input would hand us a float and drop what the person typed when it does not parse, while the
 * text lets us convert exactly and say what is wrong. The currency code sits inside the field.
 */
export const MoneyField = forwardRef<HTMLInputElement, MoneyFieldProps>(function MoneyField(
  { currency, ...props },
  ref,
) {
  return (
    <TextInput
      ref={ref}
      inputMode="decimal"
      autoComplete="off"
      size="md"
      rightSectionWidth={56}
      rightSection={
        <Text size="sm" c="dimmed" fw={600} aria-hidden>
          {currency}
        </Text>
      }
      styles={{ input: { fontVariantNumeric: 'tabular-nums' } }}
      {...props}
    />
  );
});
