// Any module that loads zod fails this file: core is the entry point the web's landing page
// imports, and it must not bring the schemas (and zod's ~25 kB gzipped) along.
jest.mock('zod', () => {
  throw new Error('@crowdstake/domain/core loaded zod');
});

describe('@crowdstake/domain/core', () => {
  it('loads without zod', () => {
    const core = jest.requireActual<typeof import('./core')>('./core');
    expect(core.formatMoney(123_45, 'USD')).toBe('$123.45');
    expect(core.isIsoDate('2024-02-29')).toBe(true);
  });
});
