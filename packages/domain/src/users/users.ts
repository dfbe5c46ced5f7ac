import { z } from 'zod';
import { textSchema } from '../common/text';
import { SELF_SERVICE_ROLES, type Role } from './roles';

export * from './roles';

export const PASSWORD_MIN_LENGTH = 10;
/** Long enough for any passphrase, short enough that hashing cannot be abused. */
export const PASSWORD_MAX_LENGTH = 128;

export const emailSchema = z
  .string({ error: 'Email is required.' })
  .trim()
  .max(254, 'Email is too long.')
  .pipe(z.email('Enter a valid email address.'))
  .transform((email) => email.toLowerCase());

export const passwordSchema = z
  .string({ error: 'Password is required.' })
  .min(PASSWORD_MIN_LENGTH, `Password must be at least ${PASSWORD_MIN_LENGTH} characters.`)
  .max(PASSWORD_MAX_LENGTH, `Password must be at most ${PASSWORD_MAX_LENGTH} characters.`);

export const personNameSchema = textSchema('Name', 1, 100);

export const registerSchema = z.strictObject({
  email: emailSchema,
  password: passwordSchema,
  name: personNameSchema,
  role: z.enum(SELF_SERVICE_ROLES, { error: 'Role must be "backer" or "founder".' }),
  /**
   * Optional (clients written to the public contract do not send it): `true`
   * records that the person accepted the terms of use and the risk statement.
   */
  acceptedTerms: z.literal(true, { error: 'Accepted terms can only be true.' }).optional(),
});
export type RegisterInput = z.infer<typeof registerSchema>;

export const loginSchema = z.strictObject({
  email: emailSchema,
  password: z.string({ error: 'Password is required.' }).min(1, 'Password is required.').max(1024),
});
export type LoginInput = z.infer<typeof loginSchema>;

/** The languages mail is written in; the web sends its own. */
export const MAIL_LOCALES = ['en', 'zh-CN'] as const;
export type MailLocale = (typeof MAIL_LOCALES)[number];

/** How long a password-reset link works. */
export const PASSWORD_RESET_TTL_MINUTES = 30;

/** "Forgot your password?": always answered the same way, whether or not the address has an account. */
export const passwordResetRequestSchema = z.strictObject({
  email: emailSchema,
  locale: z.enum(MAIL_LOCALES, { error: 'Locale must be "en" or "zh-CN".' }).optional(),
});
export type PasswordResetRequestInput = z.infer<typeof passwordResetRequestSchema>;

/** The token from the emailed link, and the new password. */
export const passwordResetConfirmSchema = z.strictObject({
  token: z
    .string({ error: 'The reset token is required.' })
    .regex(/^[A-Za-z0-9_-]{20,100}$/, 'The reset link is not valid.'),
  password: passwordSchema,
});
export type PasswordResetConfirmInput = z.infer<typeof passwordResetConfirmSchema>;

/** A user as the API shows them to themselves and to staff. */
export interface UserView {
  id: string;
  email: string;
  name: string;
  /** The role the account was made with. */
  role: Role;
  /** Every role the account has: `role` first, then any added (a backer who also founds). */
  roles: Role[];
  createdAt: string;
}

/** `POST /api/me/roles`: a backer adds founding to their account, or a founder adds backing. */
export const addRoleSchema = z.strictObject({
  role: z.enum(SELF_SERVICE_ROLES, { error: 'Role must be "backer" or "founder".' }),
});
export type AddRoleInput = z.infer<typeof addRoleSchema>;

export interface LoginResult {
  accessToken: string;
  user: UserView;
}
