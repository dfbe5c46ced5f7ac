import { checkSubmissionRules, MIN_DISCLOSURE_TO_SUBMIT } from './submission-rules';

const RISKS = 'Demand may fall; the oven may arrive late; we may not repay on time, and you could lose all of it.';
const USE = 'Oven 70%, installation 20%, training the second shift 10%, as quoted by the supplier.';
const BOND = {
  annualRateBps: 650,
  termMonths: 24,
  repayment: 'amortizing',
  denomination: 10_000,
  minUnits: 1,
  secured: false,
  earlyRepayment: 'allowed',
  latePayment: 'Late instalments carry 2% a year extra interest; after 60 days the bond is in default.',
};
const SHARES = {
  shareClass: 'Common',
  pricePerShare: 500,
  preMoneyValuation: 200_000_000,
  sharesOffered: 40_000,
  minShares: 10,
  votingRights: 'none',
  holding: 'nominee',
  nominee: 'Crowdstake Nominees Ltd',
};
const codes = (errors: ReturnType<typeof checkSubmissionRules>) => errors.map(({ path, code }) => `${path}:${code}`);

describe('checkSubmissionRules', () => {
  it('a complete bond and a complete share offering may be submitted', () => {
    expect(checkSubmissionRules({ type: 'bond', risks: RISKS, useOfFunds: USE, terms: BOND })).toEqual([]);
    expect(checkSubmissionRules({ type: 'shareholding', risks: RISKS, useOfFunds: USE, terms: SHARES })).toEqual([]);
  });

  it('a bond with neither risks nor use of funds cannot be submitted', () => {
    expect(codes(checkSubmissionRules({ type: 'bond', risks: null, useOfFunds: '   ', terms: BOND }))).toEqual([
      'risks:required_to_submit',
      'useOfFunds:required_to_submit',
    ]);
  });

  it('a token answer is too short to count', () => {
    const errors = checkSubmissionRules({ type: 'shareholding', risks: 'None.', useOfFunds: USE, terms: SHARES });
    expect(errors).toEqual([
      expect.objectContaining({
        path: 'risks',
        code: 'too_short_to_submit',
        params: { minimum: MIN_DISCLOSURE_TO_SUBMIT, length: 5 },
      }),
    ]);
  });

  it('a bond must say whether it is secured (and by what), early repayment, late payment and default', () => {
    const bare = { ...BOND, secured: undefined, earlyRepayment: undefined, latePayment: undefined };
    expect(codes(checkSubmissionRules({ type: 'bond', risks: RISKS, useOfFunds: USE, terms: bare }))).toEqual([
      'terms.secured:required_to_submit',
      'terms.earlyRepayment:required_to_submit',
      'terms.latePayment:required_to_submit',
    ]);
    expect(
      codes(checkSubmissionRules({ type: 'bond', risks: RISKS, useOfFunds: USE, terms: { ...BOND, secured: true } })),
    ).toEqual(['terms.security:required_to_submit']);
  });

  it('shares must state voting rights and how they are held, naming any nominee', () => {
    const bare = { ...SHARES, votingRights: undefined, holding: undefined, nominee: undefined };
    expect(codes(checkSubmissionRules({ type: 'shareholding', risks: RISKS, useOfFunds: USE, terms: bare }))).toEqual([
      'terms.votingRights:required_to_submit',
      'terms.holding:required_to_submit',
    ]);
    const unnamed = { ...SHARES, nominee: '' };
    expect(
      codes(checkSubmissionRules({ type: 'shareholding', risks: RISKS, useOfFunds: USE, terms: unnamed })),
    ).toEqual(['terms.nominee:required_to_submit']);
    const direct = { ...SHARES, holding: 'direct', nominee: undefined };
    expect(checkSubmissionRules({ type: 'shareholding', risks: RISKS, useOfFunds: USE, terms: direct })).toEqual([]);
  });

  it('a reward campaign needs neither (its risks still count in the grade)', () => {
    expect(checkSubmissionRules({ type: 'reward', risks: null, useOfFunds: null, terms: {} })).toEqual([]);
  });
});
