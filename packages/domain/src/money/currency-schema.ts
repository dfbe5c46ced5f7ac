import { z } from 'zod';
import { isCurrencyCode, SUPPORTED_CURRENCIES, type CurrencyCode } from './currency';

// Apart from currency.ts so the currency helpers load without zod (@crowdstake/domain/core).

/** Accepts any letter case ("usd") and yields the canonical upper-case code. */
export const currencySchema = z
  .string()
  .trim()
  .transform((value) => value.toUpperCase())
  .refine(isCurrencyCode, {
    message: `Currency must be one of ${SUPPORTED_CURRENCIES.join(', ')}.`,
  })
  .transform((value) => value as CurrencyCode);
