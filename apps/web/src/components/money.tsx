import type { CurrencyCode } from '@crowdstake/domain/core';
import { useTranslation } from 'react-i18next';
import { formatAmount } from './formatting';

/** Amounts arrive as integer minor units; formatAmount turns them into text without float division or needless cents. */
export function useFormatMoney(): (amountMinor: number, currency: CurrencyCode) => string {
  const { i18n } = useTranslation();
  const locale = i18n.resolvedLanguage ?? 'en';
  return (amountMinor, currency) => formatAmount(amountMinor, currency, locale);
}

/** An amount for people, in their language's format, with tabular digits so columns line up. */
export function Money({ amountMinor, currency }: { amountMinor: number; currency: CurrencyCode }) {
  const format = useFormatMoney();
  return <span style={{ fontVariantNumeric: 'tabular-nums' }}>{format(amountMinor, currency)}</span>;
}
