import { z } from 'zod';
import { isIsoDate, latestCalendarDateAt, type IsoDate } from '../common/calendar';
import { isoDateSchema } from '../common/calendar-schemas';
import type { CurrencyCode } from '../money/currency';
import { currencySchema } from '../money/currency-schema';
import { minorAmountSchema } from '../money/money-schemas';
import { textSchema } from '../common/text';
import { whenFieldsValid } from '../common/refinements';
import { issueParams, type FieldError } from '../common/field-errors';
import {
  EARLIEST_BIRTH_DATE,
  EARLIEST_FOUNDING_DATE,
  DEFAULT_COMPANY_CURRENCY,
  DOCUMENT_KINDS,
  INDUSTRIES,
  PRIVATE_DOCUMENT_KINDS,
  type DocumentKind,
  type Industry,
} from './company-constants';

export const founderIdentitySchema = z.strictObject({
  fullName: textSchema('Full name', 1, 200),
  dateOfBirth: isoDateSchema('Date of birth', { min: EARLIEST_BIRTH_DATE }),
  nationality: z
    .string({ error: 'Nationality is required.' })
    .regex(/^[A-Z]{2}$/, 'Nationality must be a two-letter country code like US or DE.'),
  idDocumentNumber: textSchema('ID document number', 1, 64),
});
export type FounderIdentity = z.infer<typeof founderIdentitySchema>;

const websiteSchema = z
  .string()
  .trim()
  .max(300, 'Website must be at most 300 characters.')
  .pipe(
    z.url({
      protocol: /^https?$/,
      hostname: z.regexes.domain,
      error: 'Website must be a web address starting with http:// or https://.',
    }),
  );

export const MAX_TEAM_MEMBERS = 20;

/** One of the people behind the company, as backers see them on the campaign page. */
export const teamMemberSchema = z.strictObject({
  name: textSchema('Name', 1, 120),
  role: textSchema('Role', 1, 120),
  /** A short account of what they have done and do here. */
  bio: textSchema('Bio', 0, 600, { multiline: true }),
});
export type TeamMember = z.infer<typeof teamMemberSchema>;

export const teamSchema = z
  .array(teamMemberSchema, { error: 'Team must be a list.' })
  .max(MAX_TEAM_MEMBERS, `A team can list at most ${MAX_TEAM_MEMBERS} people.`);

/** Every company field without defaults, so the patch schema can reuse it without inventing values. */
const companyFields = {
  legalName: textSchema('Legal name', 2, 200),
  registrationNumber: textSchema('Registration number', 1, 64),
  jurisdiction: textSchema('Jurisdiction', 2, 64),
  foundedOn: isoDateSchema('Founding date', { min: EARLIEST_FOUNDING_DATE }),
  industry: z.enum(INDUSTRIES, { error: `Industry must be one of ${INDUSTRIES.join(', ')}.` }),
  website: websiteSchema,
  employees: z
    .number({ error: 'Employees must be a whole number.' })
    .int('Employees must be a whole number.')
    .min(0, 'Employees must not be negative.')
    .max(1_000_000, 'Employees must be at most 1,000,000.'),
  annualRevenue: minorAmountSchema,
  totalDebt: minorAmountSchema,
  currency: currencySchema,
  founderIdentity: founderIdentitySchema,
  team: teamSchema,
};

export const companyCreateSchema = z.strictObject({
  ...companyFields,
  website: companyFields.website.optional(),
  currency: companyFields.currency.default(DEFAULT_COMPANY_CURRENCY),
  founderIdentity: companyFields.founderIdentity.optional(),
  team: companyFields.team.optional(),
});
export type CompanyCreateInput = z.infer<typeof companyCreateSchema>;

/**
 * Any subset of the company's fields; absent means unchanged (no defaults are
 * applied here). `website: null` removes the website.
 */
export const companyPatchSchema = z.strictObject({
  legalName: companyFields.legalName.optional(),
  registrationNumber: companyFields.registrationNumber.optional(),
  jurisdiction: companyFields.jurisdiction.optional(),
  foundedOn: companyFields.foundedOn.optional(),
  industry: companyFields.industry.optional(),
  website: companyFields.website.nullable().optional(),
  employees: companyFields.employees.optional(),
  annualRevenue: companyFields.annualRevenue.optional(),
  totalDebt: companyFields.totalDebt.optional(),
  currency: companyFields.currency.optional(),
  founderIdentity: companyFields.founderIdentity.optional(),
  /** Replaces the whole list; `[]` empties it. */
  team: companyFields.team.optional(),
});
export type CompanyPatchInput = z.infer<typeof companyPatchSchema>;

/**
 * A founding date is valid when it is a real day that has already begun
 * somewhere on Earth at `today`, so a founder in UTC+14 may enter the company
 * founded today. Pass a `YYYY-MM-DD` string to compare with a calendar day
 * the caller already chose.
 */
export function isFoundedOnValid(foundedOn: IsoDate, today: Date | IsoDate): boolean {
  if (!isIsoDate(foundedOn)) return false;
  const latestToday = typeof today === 'string' ? today : latestCalendarDateAt(today);
  return foundedOn <= latestToday;
}

/**
 * The company's dates that need the clock: neither the founding date nor the
 * founder's birth date may be in the future (see `isFoundedOnValid` for what
 * "today" means across time zones). An empty list means they are fine.
 */
export function checkCompanyDates(
  input: { foundedOn?: unknown; founderIdentity?: { dateOfBirth?: unknown } | null },
  today: Date | IsoDate,
): FieldError[] {
  const errors: FieldError[] = [];
  // A day that is not a date at all is the schema's to report, not a date in the future.
  const inFuture = (date: unknown) => typeof date === 'string' && isIsoDate(date) && !isFoundedOnValid(date, today);
  if (inFuture(input.foundedOn)) {
    errors.push({ path: 'foundedOn', code: 'in_future', message: 'The founding date cannot be in the future.' });
  }
  if (inFuture(input.founderIdentity?.dateOfBirth)) {
    errors.push({
      path: 'founderIdentity.dateOfBirth',
      code: 'in_future',
      message: 'The date of birth cannot be in the future.',
    });
  }
  return errors;
}

/** Multipart form fields arrive as text, so `public` accepts "true"/"false" as well as booleans. */
export const documentUploadFieldsSchema = z
  .strictObject({
    kind: z.enum(DOCUMENT_KINDS, { error: `Kind must be one of ${DOCUMENT_KINDS.join(', ')}.` }),
    public: z
      .union([z.boolean(), z.enum(['true', 'false']).transform((text) => text === 'true')], {
        error: 'Public must be true or false.',
      })
      .default(false),
  })
  .superRefine((fields, ctx) => {
    if (fields.public && (PRIVATE_DOCUMENT_KINDS as readonly DocumentKind[]).includes(fields.kind)) {
      ctx.addIssue({
        code: 'custom',
        path: ['public'],
        message: 'An identity document can never be public.',
        params: issueParams('identity_never_public'),
      });
    }
  }, whenFieldsValid);
export type DocumentUploadFields = z.infer<typeof documentUploadFieldsSchema>;

/** What anyone may see of a company. */
export interface CompanyPublicView {
  id: string;
  legalName: string;
  jurisdiction: string;
  industry: Industry;
  foundedOn: IsoDate;
  website: string | null;
  employees: number;
  /** The people behind the company, as the founder lists them (public: they are named to backers). */
  team: TeamMember[];
}

/** What the owner and staff see. */
export interface CompanyView extends CompanyPublicView {
  ownerId: string;
  registrationNumber: string;
  annualRevenue: number;
  totalDebt: number;
  currency: CurrencyCode;
  founderIdentity: FounderIdentity | null;
  /** The company's Stripe payout account is connected and can receive payouts (the go-live gate). */
  payoutReady: boolean;
  createdAt: string;
}

export interface DocumentView {
  id: string;
  companyId: string;
  kind: DocumentKind;
  filename: string;
  contentType: string;
  /** Bytes. */
  size: number;
  /** Hex digest of the stored file, so anyone holding a copy can prove it is the one uploaded. */
  sha256: string;
  public: boolean;
  createdAt: string;
  /** Where to download it (`/api/documents/:id`). */
  url: string;
}

/** A person who belongs to a company (`/api/companies/:id/members`): they may see its drafts and may not review it. */
export interface CompanyMemberView {
  userId: string;
  name: string;
  email: string;
  role: 'owner' | 'member';
  addedAt: string;
}
