/**
 * Stripe's test payment methods, which the payment emulator understands too. Offered only in
 * emulator mode, in place of a card form, so a demo or a test can walk every outcome.
 */
export const TEST_CARDS = [
  { id: 'pm_card_visa', outcome: 'succeeds' },
  { id: 'pm_card_visa_chargeDeclined', outcome: 'declines' },
  { id: 'pm_card_visa_chargeDeclinedInsufficientFunds', outcome: 'insufficientFunds' },
  { id: 'pm_card_authenticationRequired', outcome: 'authentication' },
] as const;

export type TestCardOutcome = (typeof TEST_CARDS)[number]['outcome'];
