import { z } from 'zod';
import { currencySchema } from '../money/currency-schema';
import { minorAmountSchema } from '../money/money-schemas';
import type { InvestmentLimitStatus } from '../limits/investment-limit';

/** `PUT /api/me/investor-profile`: what the investment limit is computed from. */
export const investorProfileSchema = z.strictObject({
  annualIncome: minorAmountSchema,
  netWorth: minorAmountSchema,
  currency: currencySchema,
  accredited: z.boolean({ error: 'Accredited must be true or false.' }),
});
export type InvestorProfileInput = z.infer<typeof investorProfileSchema>;

export interface InvestorProfileView extends InvestorProfileInput {
  limit: InvestmentLimitStatus;
  updatedAt: string;
}
