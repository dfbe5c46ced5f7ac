import { createHash } from 'node:crypto';

/** How a test card behaves; Stripe documents each of these test PaymentMethod ids. */
export interface CardProfile {
  testId: string;
  brand: 'visa';
  last4: string;
  /** Declined at SetupIntent confirmation as well as on charges. */
  declinesSetup?: boolean;
  /** Charges decline with this code and decline_code. */
  decline?: { code: 'card_declined'; declineCode: string; message: string };
  /** 3-D Secure on every payment, including off-session ones (which then fail with authentication_required). */
  alwaysAuthenticate?: boolean;
  /** 3-D Secure until the card is set up for off-session use by a SetupIntent the customer authenticated. */
  authenticateUntilSetUp?: boolean;
}

const declined = (declineCode: string, message: string) => ({ code: 'card_declined' as const, declineCode, message });

const profiles: CardProfile[] = [
  { testId: 'pm_card_visa', brand: 'visa', last4: '4242' },
  {
    testId: 'pm_card_chargeDeclined',
    brand: 'visa',
    last4: '0002',
    declinesSetup: true,
    decline: declined('generic_decline', 'Your card was declined.'),
  },
  {
    testId: 'pm_card_visa_chargeDeclined',
    brand: 'visa',
    last4: '0002',
    declinesSetup: true,
    decline: declined('generic_decline', 'Your card was declined.'),
  },
  {
    testId: 'pm_card_visa_chargeDeclinedInsufficientFunds',
    brand: 'visa',
    last4: '9995',
    declinesSetup: true,
    decline: declined('insufficient_funds', 'Your card has insufficient funds.'),
  },
  {
    // 4000000000000341: "attaching this card to a Customer succeeds, but attempts to charge it fail".
    testId: 'pm_card_chargeCustomerFail',
    brand: 'visa',
    last4: '0341',
    decline: declined('generic_decline', 'Your card was declined.'),
  },
  {
    testId: 'pm_card_authenticationRequiredSetupForOffSession',
    brand: 'visa',
    last4: '3155',
    authenticateUntilSetUp: true,
  },
  { testId: 'pm_card_authenticationRequired', brand: 'visa', last4: '3184', alwaysAuthenticate: true },
];

const byTestId = new Map(profiles.map((profile) => [profile.testId, profile]));

export function testCard(id: string): CardProfile | undefined {
  return byTestId.get(id);
}

export const testCardIds: readonly string[] = profiles.map((profile) => profile.testId);

/**
 * Stable per test card, like Stripe's: the same test id always has the same fingerprint (the
 * card-testing defence keys on it). Stripe gives two ids for one number (pm_card_chargeDeclined,
 * pm_card_visa_chargeDeclined) one fingerprint; here each id has its own, so trying one declining
 * test card does not use up the other's allowance.
 */
export function cardFingerprint(profile: CardProfile): string {
  return createHash('sha256')
    .update(`emulator-card:${profile.testId}`)
    .digest('base64url')
    .replace(/[-_]/g, '')
    .slice(0, 16);
}
