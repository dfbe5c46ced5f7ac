import {
  CAMPAIGN_DURATION_DAYS,
  CAMPAIGN_STATUSES,
  CAMPAIGN_TYPES,
  DEFAULT_LISTED_STATUSES,
  isEditableStatus,
  isInvestmentType,
  isListedStatus,
  isPublicStatus,
} from './campaign-types';

describe('campaign statuses', () => {
  // status → [public, listed on request, listed by default, editable], from docs/lifecycle-and-review.md
  const table = {
    draft: [false, false, false, true],
    submitted: [false, false, false, false],
    in_review: [false, false, false, false],
    changes_requested: [false, false, false, true],
    rejected: [false, false, false, false],
    approved: [true, false, false, false], // its "coming soon" page, not the listing
    live: [true, true, true, false],
    succeeded: [true, true, true, false],
    failed: [true, true, true, false],
    cancelled: [true, true, false, false],
  } as const;

  it('has a row for every status', () => {
    expect(Object.keys(table).sort()).toEqual([...CAMPAIGN_STATUSES].sort());
  });

  it.each(CAMPAIGN_STATUSES)('%s', (status) => {
    const [isPublic, listed, listedByDefault, editable] = table[status];
    expect(isPublicStatus(status)).toBe(isPublic);
    expect(isListedStatus(status)).toBe(listed);
    expect((DEFAULT_LISTED_STATUSES as readonly string[]).includes(status)).toBe(listedByDefault);
    expect(isEditableStatus(status)).toBe(editable);
  });

  it('only ever lists public statuses', () => {
    for (const status of CAMPAIGN_STATUSES) if (isListedStatus(status)) expect(isPublicStatus(status)).toBe(true);
  });
});

describe('campaign types', () => {
  it('bound durations: rewards 7–90 days, investments 21–120 (Reg CF)', () => {
    expect(CAMPAIGN_DURATION_DAYS).toEqual({
      reward: { minDays: 7, maxDays: 90 },
      bond: { minDays: 21, maxDays: 120 },
      shareholding: { minDays: 21, maxDays: 120 },
    });
  });

  it('treats bonds and shares as investments', () => {
    expect(CAMPAIGN_TYPES.filter(isInvestmentType)).toEqual(['bond', 'shareholding']);
  });
});
