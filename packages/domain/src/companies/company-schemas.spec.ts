import type { z } from 'zod';
import {
  companyCreateSchema,
  companyPatchSchema,
  documentUploadFieldsSchema,
  INDUSTRIES,
  checkCompanyDates,
  isFoundedOnValid,
  REQUIRED_DOCUMENT_KINDS,
} from './index';

const validCompany = {
  legalName: 'Blue Door Bakery LLC',
  registrationNumber: ' 7788-123 ',
  jurisdiction: 'US-DE',
  foundedOn: '2019-04-01',
  industry: 'food_and_beverage',
  employees: 12,
  annualRevenue: 48_000_000,
  totalDebt: 5_000_000,
};

function errorsOf(schema: z.ZodType, input: unknown): Record<string, string> {
  const result = schema.safeParse(input);
  if (result.success) return {};
  return Object.fromEntries(result.error.issues.map((issue) => [issue.path.join('.'), issue.message]));
}

describe('companyCreateSchema', () => {
  it('accepts a valid company, trims text and defaults the currency to USD', () => {
    const company = companyCreateSchema.parse(validCompany);
    expect(company.registrationNumber).toBe('7788-123');
    expect(company.currency).toBe('USD');
    expect(company.website).toBeUndefined();
    expect(company.founderIdentity).toBeUndefined();
  });

  it('accepts every optional field', () => {
    const company = companyCreateSchema.parse({
      ...validCompany,
      website: 'https://bluedoor.example.com/about',
      currency: 'eur',
      founderIdentity: { fullName: 'Ada Park', dateOfBirth: '1988-02-29', nationality: 'US', idDocumentNumber: 'X123' },
    });
    expect(company.currency).toBe('EUR');
    expect(company.founderIdentity?.nationality).toBe('US');
  });

  it('lists the fifteen industries, other included', () => {
    expect(INDUSTRIES).toHaveLength(15);
    expect(INDUSTRIES).toContain('other');
  });

  it.each([
    ['legalName', 'A', 'legalName'],
    ['legalName', 'x'.repeat(201), 'legalName'],
    ['registrationNumber', '   ', 'registrationNumber'],
    ['registrationNumber', 'x'.repeat(65), 'registrationNumber'],
    ['jurisdiction', 'U', 'jurisdiction'],
    ['foundedOn', '2019-02-29', 'foundedOn'],
    ['foundedOn', '2019-4-1', 'foundedOn'],
    ['foundedOn', '0000-01-01', 'foundedOn'],
    ['foundedOn', '1799-12-31', 'foundedOn'],
    ['legalName', 'Blue\u0000Door', 'legalName'],
    ['legalName', 'Blue\nDoor', 'legalName'],
    ['legalName', '\u200B\u200C\u200D\u2060\uFEFF', 'legalName'],
    ['registrationNumber', '\u200B \u00AD', 'registrationNumber'],
    ['registrationNumber', '77\u000188', 'registrationNumber'],
    ['industry', 'mining', 'industry'],
    ['website', 'ftp://bluedoor.example.com', 'website'],
    ['website', 'javascript:alert(1)', 'website'],
    ['website', `https://example.com/${'x'.repeat(290)}`, 'website'],
    ['employees', -1, 'employees'],
    ['employees', 1.5, 'employees'],
    ['employees', 1_000_001, 'employees'],
    ['annualRevenue', -1, 'annualRevenue'],
    ['annualRevenue', 10.5, 'annualRevenue'],
    ['totalDebt', 2 ** 53, 'totalDebt'],
    ['currency', 'XYZ', 'currency'],
  ])('refuses %s = %j with an error on %s', (field, value, path) => {
    expect(Object.keys(errorsOf(companyCreateSchema, { ...validCompany, [field]: value }))).toEqual([path]);
  });

  it('accepts the boundaries of each range', () => {
    for (const [field, value] of [
      ['legalName', 'AB'],
      ['legalName', 'x'.repeat(200)],
      ['registrationNumber', 'x'.repeat(64)],
      ['jurisdiction', 'Delaware, US'],
      ['employees', 0],
      ['employees', 1_000_000],
      ['annualRevenue', 0],
      ['totalDebt', Number.MAX_SAFE_INTEGER],
      ['website', 'http://example.com'],
    ] as const) {
      expect(companyCreateSchema.safeParse({ ...validCompany, [field]: value }).success).toBe(true);
    }
  });

  it('requires the mandatory fields and refuses unknown ones', () => {
    const { legalName: _omitted, ...withoutName } = validCompany;
    expect(Object.keys(errorsOf(companyCreateSchema, withoutName))).toEqual(['legalName']);
    expect(companyCreateSchema.safeParse({ ...validCompany, ownerId: 'u1' }).success).toBe(false);
  });

  it('checks the founder identity strictly', () => {
    const identity = { fullName: 'Ada Park', dateOfBirth: '1988-01-01', nationality: 'US', idDocumentNumber: 'X1' };
    const errors = (patch: object) =>
      Object.keys(errorsOf(companyCreateSchema, { ...validCompany, founderIdentity: { ...identity, ...patch } }));
    expect(errors({ nationality: 'us' })).toEqual(['founderIdentity.nationality']);
    expect(errors({ nationality: 'USA' })).toEqual(['founderIdentity.nationality']);
    expect(errors({ dateOfBirth: '1988-13-01' })).toEqual(['founderIdentity.dateOfBirth']);
    expect(errors({ dateOfBirth: '1899-12-31' })).toEqual(['founderIdentity.dateOfBirth']);
    expect(errors({ fullName: 'Ada\u0000Park' })).toEqual(['founderIdentity.fullName']);
    expect(errors({ fullName: '\u200B\u3164' })).toEqual(['founderIdentity.fullName']);
    expect(errors({ fullName: '' })).toEqual(['founderIdentity.fullName']);
    expect(errors({ idDocumentNumber: 'x'.repeat(65) })).toEqual(['founderIdentity.idDocumentNumber']);
    expect(errors({ passport: 'yes' })).toEqual(['founderIdentity']);
  });
});

describe('companyPatchSchema', () => {
  it('accepts an empty patch and adds nothing to it (no default currency)', () => {
    expect(companyPatchSchema.parse({})).toEqual({});
  });

  it('validates the fields it is given and removes the website with null', () => {
    expect(companyPatchSchema.parse({ employees: 3, website: null })).toEqual({ employees: 3, website: null });
    expect(Object.keys(errorsOf(companyPatchSchema, { employees: -3 }))).toEqual(['employees']);
    expect(companyPatchSchema.safeParse({ ownerId: 'someone-else' }).success).toBe(false);
  });
});

describe('isFoundedOnValid', () => {
  const noonUtc = new Date('2025-06-15T12:00:00Z');

  it('accepts past days and today', () => {
    expect(isFoundedOnValid('2025-06-14', noonUtc)).toBe(true);
    expect(isFoundedOnValid('2025-06-15', noonUtc)).toBe(true);
    expect(isFoundedOnValid('1900-01-01', '2025-06-15')).toBe(true);
  });

  it('accepts the day that has already begun in the easternmost time zone, and nothing later', () => {
    // 12:00 UTC is 02:00 the next day in UTC+14.
    expect(isFoundedOnValid('2025-06-16', noonUtc)).toBe(true);
    expect(isFoundedOnValid('2025-06-17', noonUtc)).toBe(false);
    expect(isFoundedOnValid('2025-06-16', new Date('2025-06-15T09:59:59Z'))).toBe(false);
  });

  it('compares with a calendar day given as text exactly', () => {
    expect(isFoundedOnValid('2025-06-16', '2025-06-15')).toBe(false);
  });

  it('refuses text that is not a calendar day', () => {
    expect(isFoundedOnValid('2025-02-30', noonUtc)).toBe(false);
    expect(isFoundedOnValid('yesterday', noonUtc)).toBe(false);
  });
});

describe('documentUploadFieldsSchema', () => {
  it('reads public from multipart text or a boolean, default false', () => {
    expect(documentUploadFieldsSchema.parse({ kind: 'business_licence' })).toEqual({
      kind: 'business_licence',
      public: false,
    });
    expect(documentUploadFieldsSchema.parse({ kind: 'other', public: 'true' })).toEqual({
      kind: 'other',
      public: true,
    });
    expect(documentUploadFieldsSchema.parse({ kind: 'other', public: 'false' })).toEqual({
      kind: 'other',
      public: false,
    });
    expect(documentUploadFieldsSchema.parse({ kind: 'other', public: true })).toEqual({ kind: 'other', public: true });
  });

  it('refuses other spellings of public and unknown kinds', () => {
    expect(Object.keys(errorsOf(documentUploadFieldsSchema, { kind: 'other', public: 'yes' }))).toEqual(['public']);
    expect(Object.keys(errorsOf(documentUploadFieldsSchema, { kind: 'other', public: 'TRUE' }))).toEqual(['public']);
    expect(Object.keys(errorsOf(documentUploadFieldsSchema, { kind: 'passport' }))).toEqual(['kind']);
    expect(documentUploadFieldsSchema.safeParse({ kind: 'other', name: 'x' }).success).toBe(false);
  });

  it('never lets an identity document be public', () => {
    expect(errorsOf(documentUploadFieldsSchema, { kind: 'identity', public: 'true' })).toEqual({
      public: 'An identity document can never be public.',
    });
    expect(documentUploadFieldsSchema.parse({ kind: 'identity', public: 'false' })).toEqual({
      kind: 'identity',
      public: false,
    });
  });

  it('requires the three documents a complete file holds', () => {
    expect([...REQUIRED_DOCUMENT_KINDS].sort()).toEqual(['business_licence', 'financial_statements', 'identity']);
  });
});

describe('checkCompanyDates', () => {
  it('refuses a founding date or a birth date in the future, with a code', () => {
    expect(checkCompanyDates({ foundedOn: '2025-06-15' }, '2025-06-15')).toEqual([]);
    expect(
      checkCompanyDates({ foundedOn: '9999-12-31', founderIdentity: { dateOfBirth: '9999-12-31' } }, '2025-06-15').map(
        ({ path, code }) => [path, code],
      ),
    ).toEqual([
      ['foundedOn', 'in_future'],
      ['founderIdentity.dateOfBirth', 'in_future'],
    ]);
  });
});
