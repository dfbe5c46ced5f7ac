import { amountsFormatter, formatFileSize, formatInstant } from './formatting';

describe('formatInstant', () => {
  const deadline = '2026-11-30T10:00:00Z';

  it('names the time zone, so a deadline is never ambiguous', () => {
    expect(formatInstant(deadline, 'en-GB', 'Asia/Shanghai')).toBe('30 Nov 2026, 18:00 GMT+8');
    expect(formatInstant(deadline, 'en', 'Asia/Shanghai')).toBe('Nov 30, 2026, 6:00 PM GMT+8');
    expect(formatInstant(deadline, 'zh-CN', 'Asia/Shanghai')).toBe('2026年11月30日 GMT+8 18:00');
    expect(formatInstant(deadline, 'en', 'UTC')).toBe('Nov 30, 2026, 10:00 AM UTC');
  });
});

describe('amountsFormatter', () => {
  it('writes every amount of a column with cents when one has cents', () => {
    const money = amountsFormatter([400, 394, 10_000], 'USD', 'en');
    expect([400, 394, 10_000].map(money)).toEqual(['$4.00', '$3.94', '$100.00']);
  });

  it('leaves cents out when no amount has any, and never invents them for a currency without', () => {
    expect([400, 10_000].map(amountsFormatter([400, 10_000], 'USD', 'en'))).toEqual(['$4', '$100']);
    expect([1500].map(amountsFormatter([1500], 'JPY', 'en'))).toEqual(['¥1,500']);
  });
});

describe('formatFileSize', () => {
  it.each([
    [820, 'en', '820 B'],
    [240 * 1024, 'en', '240 kB'],
    [Math.round(3.4 * 1024 * 1024), 'en', '3.4 MB'],
    [10 * 1024 * 1024, 'en', '10 MB'],
    [10 * 1024 * 1024, 'zh-CN', '10 MB'],
    [1536, 'de', '1,5 kB'],
  ])('%d bytes in %s is %s', (bytes, locale, expected) => {
    expect(formatFileSize(bytes, locale)).toBe(expected);
  });
});
