import { z } from 'zod';
import { describeZodError, MAX_ERROR_DETAILS } from './all-exceptions.filter';

describe('describeZodError', () => {
  it('lists at most 50 problems but counts every one in the message', () => {
    const body = Object.fromEntries(Array.from({ length: 25_000 }, (_, i) => [`unknown${i}`, i]));
    const result = z.strictObject({}).safeParse(body);
    if (result.success) throw new Error('expected the unknown keys to be refused');

    const described = describeZodError(result.error);

    expect(described.details).toHaveLength(MAX_ERROR_DETAILS);
    expect(MAX_ERROR_DETAILS).toBe(50);
    expect(described.details[0]).toMatchObject({ path: 'unknown0', message: 'Unknown field.' });
    expect(described.message).toBe('unknown0: Unknown field. (and 24999 more problems)');
    expect(JSON.stringify(described).length).toBeLessThan(5_000);
  });

  it('lists every problem when there are few', () => {
    const result = z.strictObject({ a: z.string(), b: z.number() }).safeParse({ a: 1 });
    if (result.success) throw new Error('expected a failure');
    expect(describeZodError(result.error).details).toHaveLength(2);
  });
});
