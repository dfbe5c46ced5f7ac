import { type CampaignDraft } from '../campaigns/campaign-rules';
import { campaignCreateSchema } from '../campaigns/campaign-schemas';
import { aBondCampaignBody, aRewardCampaignBody, aShareholdingCampaignBody } from '../test-support/campaign-factories';
import { campaignCurrencyChangeProblems, companyCurrencyChangeProblems } from './currency-change';

const draftOf = (body: unknown): CampaignDraft => campaignCreateSchema.parse(body);
const pathsOf = (problems: { path: string }[]) => problems.map((problem) => problem.path);

describe('companyCurrencyChangeProblems', () => {
  it('lets a patch without a new currency through', () => {
    expect(companyCurrencyChangeProblems('USD', { annualRevenue: 5 })).toEqual([]);
    expect(companyCurrencyChangeProblems('USD', { currency: 'USD' })).toEqual([]);
  });

  it('asks for revenue and debt again in the new currency', () => {
    const problems = companyCurrencyChangeProblems('USD', { currency: 'JPY' });
    expect(pathsOf(problems)).toEqual(['annualRevenue', 'totalDebt']);
    expect(problems[0]?.message).toMatch(/JPY/);
    expect(pathsOf(companyCurrencyChangeProblems('USD', { currency: 'JPY', totalDebt: 0 }))).toEqual(['annualRevenue']);
    expect(companyCurrencyChangeProblems('USD', { currency: 'JPY', annualRevenue: 1, totalDebt: 0 })).toEqual([]);
  });
});

describe('campaignCurrencyChangeProblems', () => {
  const reward = draftOf(aRewardCampaignBody());

  it('lets a patch that keeps the currency through', () => {
    expect(campaignCurrencyChangeProblems(reward, {})).toEqual([]);
    expect(campaignCurrencyChangeProblems(reward, { currency: 'USD' })).toEqual([]);
  });

  it('asks a reward campaign for its goal, cap and tier prices', () => {
    expect(pathsOf(campaignCurrencyChangeProblems(reward, { currency: 'EUR' }))).toEqual([
      'goal',
      'maxAmount',
      'terms',
    ]);
    expect(campaignCurrencyChangeProblems(reward, { currency: 'EUR', goal: 1, maxAmount: null, terms: {} })).toEqual(
      [],
    );
  });

  it('does not ask for a cap the campaign does not have, nor terms without money', () => {
    const donationsOnly = draftOf(
      aRewardCampaignBody({ maxAmount: undefined, terms: { tiers: [], allowDonations: true } }),
    );
    expect(pathsOf(campaignCurrencyChangeProblems(donationsOnly, { currency: 'JPY' }))).toEqual(['goal']);
  });

  it('asks a bond for its denomination and a share offering for its price (its cap follows from them)', () => {
    expect(pathsOf(campaignCurrencyChangeProblems(draftOf(aBondCampaignBody()), { currency: 'GBP', goal: 1 }))).toEqual(
      ['maxAmount', 'terms'],
    );
    expect(
      pathsOf(campaignCurrencyChangeProblems(draftOf(aShareholdingCampaignBody()), { currency: 'GBP', goal: 1 })),
    ).toEqual(['terms']);
  });
});
