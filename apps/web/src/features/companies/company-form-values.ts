import {
  companyCreateSchema,
  companyPatchSchema,
  currencyExponent,
  DEFAULT_COMPANY_CURRENCY,
  checkCompanyDates,
  type CompanyCreateInput,
  type CompanyPatchInput,
  type CompanyView,
  type CurrencyCode,
  type Industry,
} from '@crowdstake/domain';
import { minorToMajorText, parseMajorAmount, parseWholeNumber } from '../../components/forms/amount-text';
import { conversionProblem, problemsFromZod, type FieldKind, type Problem } from '../../components/forms/problems';

/** The profile as typed: amounts in major units, counts and dates as text. */
export interface CompanyFormValues {
  legalName: string;
  registrationNumber: string;
  jurisdiction: string;
  foundedOn: string;
  industry: Industry | '';
  website: string;
  employees: string;
  currency: CurrencyCode;
  annualRevenue: string;
  totalDebt: string;
  founderIdentity: { fullName: string; dateOfBirth: string; nationality: string; idDocumentNumber: string };
  /** The people behind the company, public on its campaign pages. */
  team: { name: string; role: string; bio: string }[];
}

export const EMPTY_COMPANY_FORM: CompanyFormValues = {
  legalName: '',
  registrationNumber: '',
  jurisdiction: '',
  foundedOn: '',
  industry: '',
  website: '',
  employees: '',
  currency: DEFAULT_COMPANY_CURRENCY,
  annualRevenue: '',
  totalDebt: '',
  founderIdentity: { fullName: '', dateOfBirth: '', nationality: '', idDocumentNumber: '' },
  team: [],
};

export function companyToForm(company: CompanyView): CompanyFormValues {
  return {
    legalName: company.legalName,
    registrationNumber: company.registrationNumber,
    jurisdiction: company.jurisdiction,
    foundedOn: company.foundedOn,
    industry: company.industry,
    website: company.website ?? '',
    employees: String(company.employees),
    currency: company.currency,
    annualRevenue: minorToMajorText(company.annualRevenue, company.currency),
    totalDebt: minorToMajorText(company.totalDebt, company.currency),
    founderIdentity: company.founderIdentity ?? EMPTY_COMPANY_FORM.founderIdentity,
    team: (company.team ?? []).map((member) => ({ ...member })),
  };
}

export const COMPANY_FIELDS = [
  'legalName',
  'registrationNumber',
  'jurisdiction',
  'foundedOn',
  'industry',
  'website',
  'employees',
  'currency',
  'annualRevenue',
  'totalDebt',
  'founderIdentity.fullName',
  'founderIdentity.dateOfBirth',
  'founderIdentity.nationality',
  'founderIdentity.idDocumentNumber',
] as const;

const KINDS: Partial<Record<string, FieldKind>> = {
  foundedOn: 'date',
  industry: 'choice',
  currency: 'choice',
  website: 'website',
  employees: 'count',
  annualRevenue: 'amount',
  totalDebt: 'amount',
  'founderIdentity.dateOfBirth': 'date',
  'founderIdentity.nationality': 'nationality',
};

export function companyFieldKind(path: string): FieldKind {
  return KINDS[path] ?? 'text';
}

type Mode = 'create' | 'edit';

/**
 * The typed profile as the API's body, with the problems of converting it. The identity section is
 * all or nothing: left empty it is left out (to be filled in later); started, it must be complete.
 */
export function companyFormToBody(
  values: CompanyFormValues,
  mode: Mode,
): { body: Record<string, unknown>; problems: Problem[] } {
  const problems: Problem[] = [];
  const amount = (path: 'annualRevenue' | 'totalDebt') => {
    const parsed = parseMajorAmount(values[path], values.currency);
    if (parsed.ok) return parsed.value;
    problems.push(conversionProblem(path, parsed));
    return undefined;
  };
  const employees = parseWholeNumber(values.employees);
  if (!employees.ok) problems.push(conversionProblem('employees', employees));
  const identity = values.founderIdentity;
  const identityStarted = Object.values(identity).some((value) => value.trim() !== '');
  const website = values.website.trim();

  const body: Record<string, unknown> = {
    legalName: values.legalName,
    registrationNumber: values.registrationNumber,
    jurisdiction: values.jurisdiction,
    foundedOn: values.foundedOn || undefined,
    industry: values.industry === '' ? undefined : values.industry,
    website: website === '' ? (mode === 'edit' ? null : undefined) : website,
    employees: employees.ok ? employees.value : undefined,
    currency: values.currency,
    annualRevenue: amount('annualRevenue'),
    totalDebt: amount('totalDebt'),
    founderIdentity: identityStarted
      ? { ...identity, nationality: identity.nationality.trim().toUpperCase() }
      : undefined,
    // The whole list replaces the stored one; a new company with nobody listed sends none.
    team: values.team.length > 0 || mode === 'edit' ? values.team : undefined,
  };
  return { body, problems };
}

/** Every problem of the typed profile, by the same schema the API applies (and its clock rule, founding date). */
export function checkCompanyForm(values: CompanyFormValues, mode: Mode, today: Date): Problem[] {
  const { body, problems } = companyFormToBody(values, mode);
  const parsed = (mode === 'create' ? companyCreateSchema : companyPatchSchema).safeParse(body, { reportInput: true });
  if (!parsed.success) problems.push(...problemsFromZod(parsed.error));
  // The dates that need the clock, by the same rule the API applies with its own.
  problems.push(...checkCompanyDates(body, today));
  return problems;
}

export function parseCompanyCreate(values: CompanyFormValues): CompanyCreateInput {
  return companyCreateSchema.parse(companyFormToBody(values, 'create').body);
}

export function parseCompanyPatch(values: CompanyFormValues): CompanyPatchInput {
  return companyPatchSchema.parse(companyFormToBody(values, 'edit').body);
}

export function decimalsOf(currency: CurrencyCode): number {
  return currencyExponent(currency);
}
