import {
  campaignCreateSchema,
  campaignCurrencyChangeProblems,
  campaignPatchSchemaFor,
  checkCampaignRules,
  type CampaignType,
} from '@crowdstake/domain';
import { checkSteps, sliceOf, stepFingerprints } from './wizard-checks';
import { stepOfPath, wizardFieldKind } from './wizard-steps';
import { emptyWizardValues, withStartingValues, wizardToBody, type WizardValues } from './wizard-values';

const NOW = new Date('2026-03-02T10:00:00Z');
const OUTLINE = '## Who we are\n\nTell backers about your business.';

function draftOf(type: CampaignType, change: (values: WizardValues) => void = () => undefined): WizardValues {
  const values = withStartingValues(
    {
      ...emptyWizardValues('6f1c2a3b-4d5e-4f60-8a7b-9c0d1e2f3a4b', 'USD'),
      type,
      title: 'A second oven',
      summary: 'Bread for the whole street.',
    },
    NOW,
    { outline: OUTLINE, shareClass: 'Common' },
  );
  change(values);
  return values;
}

describe('the draft made on leaving the first step', () => {
  it.each(['reward', 'bond', 'shareholding'] as const)('is a complete %s campaign the API accepts', (type) => {
    const parsed = campaignCreateSchema.safeParse(wizardToBody(draftOf(type)).body);
    expect(parsed.success).toBe(true);
    if (parsed.success) expect(checkCampaignRules(parsed.data, NOW)).toEqual([]);
  });

  it('keeps what the founder already typed', () => {
    const values = draftOf('bond', (draft) => {
      draft.terms.annualRateBps = '7.25';
    });
    expect(wizardToBody(values).body.terms).toMatchObject({ annualRateBps: 725, denomination: 10_000 });
  });
});

describe('checking a step', () => {
  it('says a typed amount with too many decimals at its own field, in place of the schema’s complaint', () => {
    const problems = checkSteps(
      draftOf('reward', (draft) => void (draft.goal = '12.345')),
      ['funding'],
      NOW,
      OUTLINE,
    );
    expect(problems).toEqual([expect.objectContaining({ path: 'goal', code: 'text_precision' })]);
  });

  it('puts a rule’s problem in the step of its field, whichever step caused it', () => {
    const values = draftOf('bond', (draft) => void (draft.terms.denomination = '300'));
    expect(checkSteps(values, ['terms'], NOW, OUTLINE)).toEqual([]);
    expect(checkSteps(values, ['funding', 'terms'], NOW, OUTLINE)).toEqual([
      expect.objectContaining({ path: 'goal', code: 'not_whole_units' }),
    ]);
  });

  it('finds the reward tiers’ problems at the API’s paths', () => {
    const values = draftOf('reward', (draft) => {
      draft.terms.tiers = [{ title: '', description: '', price: 'ten', quantity: '', estimatedDelivery: '2026-01' }];
      draft.terms.allowDonations = false;
    });
    const paths = checkSteps(values, ['terms'], NOW, OUTLINE).map((problem) => problem.path);
    expect(paths).toEqual(expect.arrayContaining(['terms.tiers.0.title', 'terms.tiers.0.price']));
    expect(paths.every((path) => stepOfPath(path) === 'terms')).toBe(true);
  });

  it('asks for the outline to be replaced by a story', () => {
    const problems = checkSteps(draftOf('reward'), ['story'], NOW, OUTLINE);
    expect(problems).toEqual([expect.objectContaining({ path: 'description', code: 'outline_unchanged' })]);
  });

  it('requires company and type before anything else', () => {
    const paths = checkSteps(emptyWizardValues('', 'USD'), ['basics'], NOW, OUTLINE).map((problem) => problem.path);
    expect(paths).toEqual(expect.arrayContaining(['companyId', 'type', 'title', 'summary']));
  });
});

describe('the patch of a step', () => {
  it('says "no cap" and "no milestones" as null, and leaves a share offering’s cap to its terms', () => {
    const reward = wizardToBody(draftOf('reward')).body;
    expect(sliceOf(reward, 'reward', ['funding', 'story'])).toMatchObject({ maxAmount: null, milestones: null });
    const shares = wizardToBody(draftOf('shareholding')).body;
    expect(sliceOf(shares, 'shareholding', ['funding'])).not.toHaveProperty('maxAmount');
  });

  it('changes fingerprint only in the step that changed', () => {
    const before = stepFingerprints(draftOf('reward'), ['basics', 'funding', 'terms', 'story']);
    const after = stepFingerprints(
      draftOf('reward', (draft) => void (draft.goal = '12000')),
      ['basics', 'funding', 'terms', 'story'],
    );
    expect(after.funding).not.toBe(before.funding);
    expect({ ...after, funding: '' }).toEqual({ ...before, funding: '' });
  });

  it('saves the terms again with a new currency, so every amount is restated in it', () => {
    const steps = ['basics', 'funding', 'terms', 'story'] as const;
    const before = stepFingerprints(draftOf('reward'), steps);
    const euros = draftOf('reward', (draft) => void (draft.currency = 'EUR'));
    const after = stepFingerprints(euros, steps);
    const changed = steps.filter((step) => after[step] !== before[step]);
    expect(changed).toEqual(['funding', 'terms']);
    const patch = sliceOf(wizardToBody(euros).body, 'reward', changed);
    const stored = campaignCreateSchema.parse(wizardToBody(draftOf('reward')).body);
    expect(campaignCurrencyChangeProblems(stored, campaignPatchSchemaFor('reward').parse(patch))).toEqual([]);
  });
});

describe('field kinds', () => {
  it('words problems by what the field holds', () => {
    expect(wizardFieldKind('terms.tiers.3.price')).toBe('amount');
    expect(wizardFieldKind('terms.annualRateBps')).toBe('rate');
    expect(wizardFieldKind('milestones.0.shareBps')).toBe('share');
    expect(wizardFieldKind('summary')).toBe('text');
  });
});
