/**
 * Stable machine words for what is wrong with one field (`details[].code`).
 * Clients word each one in the reader's language from the code and its
 * `params`, never by matching the English `message`; so a code never changes
 * meaning, and a new problem gets a new code.
 */
export const FIELD_ERROR_CODES = [
  // Shape of the value (zod's own issues).
  'required',
  'invalid_type',
  'unknown_field',
  'invalid_format',
  'invalid_value',
  'invalid_date',
  'too_short',
  'too_long',
  'too_small',
  'too_large',
  'too_many',
  'not_integer',
  'control_characters',
  // Dates outside what the business can mean.
  'too_early',
  'too_late',
  'in_future',
  // The campaign's rules across fields (checkCampaignRules and the terms schemas).
  'deadline_before_start',
  'duration_out_of_range',
  'deadline_in_past',
  'milestone_before_deadline',
  'milestone_order',
  'milestones_total',
  'max_below_goal',
  'delivery_before_deadline',
  'not_whole_units',
  'min_purchase_too_large',
  'goal_below_min_purchase',
  'offering_too_large',
  'max_not_offering',
  'goal_above_offering',
  'tiers_or_donations',
  'min_shares_above_offering',
  // What submission needs that a draft may still lack (checkSubmissionRules).
  'required_to_submit',
  'too_short_to_submit',
  // Other rules of the API.
  'identity_never_public',
  'no_account',
  'email_taken',
  'weak_password',
  /** A password-reset link that was used, expired or never existed. */
  'link_expired',
  'not_confirmed',
  'file_required',
  'file_type',
  // A new currency needs the amounts stated again in it (they are never converted).
  'restate_in_new_currency',
] as const;

export type FieldErrorCode = (typeof FIELD_ERROR_CODES)[number];

/** Numbers, dates and amounts a message is built from, so a client can say it in its own words. */
export type FieldErrorParams = Record<string, string | number | boolean>;

export interface FieldError {
  path: string;
  message: string;
  code: FieldErrorCode;
  params?: FieldErrorParams;
}

export function isFieldErrorCode(value: unknown): value is FieldErrorCode {
  return typeof value === 'string' && (FIELD_ERROR_CODES as readonly string[]).includes(value);
}

/**
 * The `params` of a custom zod issue: its field-error code, and the numbers
 * the client words it with. The API's filter reads them back (`params.code`).
 */
export function issueParams(
  code: FieldErrorCode,
  params: FieldErrorParams = {},
): { code: FieldErrorCode } & FieldErrorParams {
  return { ...params, code };
}
