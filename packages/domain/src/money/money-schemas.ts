import { z } from 'zod';
import { MAX_MINOR } from './money';

// The zod schemas for amounts, apart from money.ts so its pure helpers load without zod (the web's
// light entry point, @crowdstake/domain/core).

/** A non-negative integer of minor units, as every money field of the API takes it. */
export const minorAmountSchema = z
  .number({ error: 'Must be a number of minor units (an integer).' })
  .int('Must be a whole number of minor units.')
  .nonnegative('Must not be negative.')
  .max(MAX_MINOR, 'Is too large.');

/** A positive amount; one message per mistake (a negative amount is not also "not greater than zero"). */
export const positiveMinorAmountSchema = z
  .number({ error: 'Must be a number of minor units (an integer).' })
  .int('Must be a whole number of minor units.')
  .positive('Must be greater than zero.')
  .max(MAX_MINOR, 'Is too large.');
