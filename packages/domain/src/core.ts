/**
 * The domain's pure helpers and constants, without zod: money and its formatting, currencies,
 * calendar days, campaign and pledge types and their state machines, bond schedules, share
 * maths, risk grades and reasons, investment limits, field-error codes. `@crowdstake/domain/core`
 * is for code that must load fast (the web's landing page) and validates nothing; the schemas
 * are in the main entry, `@crowdstake/domain`, which re-exports all of this too.
 *
 * Nothing here may import a module that builds a zod schema when it loads (core.spec.ts checks).
 */
export * from './campaigns/bond-schedule';
export * from './campaigns/campaign-rules';
export * from './campaigns/campaign-types';
export * from './campaigns/campaign-views';
export * from './campaigns/shareholding';
export * from './campaigns/state-machine';
export * from './common/calendar';
export * from './common/errors';
export * from './common/field-errors';
export * from './companies/company-constants';
export * from './limits';
export * from './money/currency';
export * from './money/currency-change';
export * from './money/money';
export * from './pledges/cancellation-window';
export * from './pledges/pledge-pricing';
export * from './pledges/pledge-state-machine';
export * from './pledges/pledge-types';
export * from './risk';
export * from './users/roles';
