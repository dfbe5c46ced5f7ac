import { types } from 'pg';

const INT8_OID = 20;
const DATE_OID = 1082;

/**
 * Money is bigint in the database and a JSON number in the API, so int8
 * values come back as numbers, refused loudly if they ever leave the range
 * where a number is exact. Calendar dates stay 'YYYY-MM-DD' strings rather
 * than becoming a Date at local midnight.
 */
export function installPgTypeParsers(): void {
  types.setTypeParser(INT8_OID, (text: string) => {
    const value = Number(text);
    if (!Number.isSafeInteger(value)) throw new RangeError(`int8 value ${text} is outside the safe integer range`);
    return value;
  });
  types.setTypeParser(DATE_OID, (text: string) => text);
}
