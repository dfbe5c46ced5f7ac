import type { CurrencyCode } from '../money/currency';

// The company file's fixed lists, apart from company-schemas.ts so they load without zod
// (@crowdstake/domain/core).

/** No registry records companies founded earlier; an earlier date is a typo (0000-01-01, 0201-…). */
export const EARLIEST_FOUNDING_DATE = '1800-01-01';
/** No living founder was born earlier. */
export const EARLIEST_BIRTH_DATE = '1900-01-01';

export const INDUSTRIES = [
  'retail',
  'food_and_beverage',
  'manufacturing',
  'technology',
  'health',
  'education',
  'agriculture',
  'hospitality',
  'creative',
  'construction',
  'transport',
  'energy',
  'finance',
  'services',
  'other',
] as const;
export type Industry = (typeof INDUSTRIES)[number];

export const DOCUMENT_KINDS = ['business_licence', 'financial_statements', 'identity', 'other'] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

/** What a complete company file holds; the risk assessment counts them. */
export const REQUIRED_DOCUMENT_KINDS = [
  'business_licence',
  'financial_statements',
  'identity',
] as const satisfies readonly DocumentKind[];

/** Document kinds that must never be shown to the public: they identify a person. */
export const PRIVATE_DOCUMENT_KINDS = ['identity'] as const satisfies readonly DocumentKind[];

export const DEFAULT_COMPANY_CURRENCY: CurrencyCode = 'USD';
