import { LEDGER_ACCOUNT_KINDS, LEDGER_TRANSACTION_RULES, type LedgerAccountKind } from './ledger-chart';
import { validatePosting } from './ledger-posting';
import { InvalidLedgerPostingError } from './ledger.errors';
import { moneyTrailFrom } from './money-trail';

const CAMPAIGN = '6f1d3c52-8a4e-4b7e-9a51-0c2d4e6f8a10';
const OWNER: Record<'user' | 'campaign' | 'company' | 'platform', string> = {
  user: '0b7c1e2a-3d4f-4a5b-8c6d-7e8f9a0b1c2d',
  campaign: CAMPAIGN,
  company: '9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d',
  platform: 'platform',
};

describe('the chart of accounts', () => {
  it('lets escrow move only through the kinds the money trail counts', () => {
    // If a new kind moved escrow, collected = fees + released + refunded + inEscrow would break.
    const moversOfEscrow = Object.entries(LEDGER_TRANSACTION_RULES)
      .filter(([, rule]) => 'campaign_escrow' in rule)
      .map(([kind]) => kind)
      .sort();
    expect(moversOfEscrow).toEqual(
      [
        'fee_charged',
        'pledge_collected',
        'pledge_refunded',
        'refund_advanced',
        'released_to_founder',
        'transfer_reversed',
      ].sort(),
    );
  });

  it.each(Object.entries(LEDGER_TRANSACTION_RULES))('%s moves money out of one side and into another', (_, rule) => {
    const directions = Object.values(rule);
    expect(directions).toContain('in');
    expect(directions).toContain('out');
  });

  it.each(Object.entries(LEDGER_TRANSACTION_RULES))(
    'accepts a well-formed %s and nothing moved the other way',
    (kind, rule) => {
      const accounts = Object.entries(rule) as [LedgerAccountKind, 'in' | 'out'][];
      const from = accounts.find(([, d]) => d === 'out') as [LedgerAccountKind, 'out'];
      const to = accounts.find(([, d]) => d === 'in') as [LedgerAccountKind, 'in'];
      const entry = (account: LedgerAccountKind, amount: number) => ({
        account: { kind: account, ownerId: OWNER[LEDGER_ACCOUNT_KINDS[account].owner] },
        amount,
      });
      const posting = {
        reference: `test:${kind}`,
        kind: kind as keyof typeof LEDGER_TRANSACTION_RULES,
        campaignId: CAMPAIGN,
        currency: 'usd',
        entries: [entry(from[0], -250), entry(to[0], 250)],
      };
      expect(validatePosting(posting)).toMatchObject({ currency: 'USD', campaignId: CAMPAIGN });
      expect(() => validatePosting({ ...posting, entries: [entry(from[0], 250), entry(to[0], -250)] })).toThrow(
        InvalidLedgerPostingError,
      );
    },
  );
});

describe('moneyTrailFrom', () => {
  const at = new Date('2026-12-01T00:00:00.000Z');
  it('counts a reversed transfer back into escrow and out of released', () => {
    const trail = moneyTrailFrom([
      { id: 1, kind: 'pledge_collected', currency: 'USD', occurred_at: at, escrow_change: 1000, repayments_change: 0 },
      { id: 2, kind: 'fee_charged', currency: 'USD', occurred_at: at, escrow_change: -50, repayments_change: 0 },
      {
        id: 3,
        kind: 'released_to_founder',
        currency: 'USD',
        occurred_at: at,
        escrow_change: -950,
        repayments_change: 0,
      },
      { id: 4, kind: 'transfer_reversed', currency: 'USD', occurred_at: at, escrow_change: 300, repayments_change: 0 },
      { id: 5, kind: 'pledge_refunded', currency: 'USD', occurred_at: at, escrow_change: -300, repayments_change: 0 },
      {
        id: 6,
        kind: 'repayment_distributed',
        currency: 'USD',
        occurred_at: at,
        escrow_change: 0,
        repayments_change: -80,
      },
    ]);
    expect(trail).toMatchObject({ collected: 1000, fees: 50, released: 650, refunded: 300, inEscrow: 0, repaid: 80 });
    expect(trail.entries.map((e) => e.amount)).toEqual([1000, 50, 950, 300, 300, 80]);
  });

  it('counts a refund the platform advanced back into escrow and out of released, like a reversal', () => {
    const row = (id: number, kind: Parameters<typeof moneyTrailFrom>[0][number]['kind'], escrow_change: number) => ({
      id,
      kind,
      currency: 'USD',
      occurred_at: at,
      escrow_change,
      repayments_change: 0,
    });
    const trail = moneyTrailFrom([
      row(1, 'pledge_collected', 1000),
      row(2, 'fee_charged', -50),
      row(3, 'released_to_founder', -950),
      row(4, 'refund_advanced', 400),
      row(5, 'pledge_refunded', -400),
    ]);
    expect(trail).toMatchObject({ collected: 1000, fees: 50, released: 550, refunded: 400, inEscrow: 0 });
    expect(trail.collected).toBe(trail.fees + trail.released + trail.refunded + trail.inEscrow);
  });

  it('refuses to mix currencies in one trail', () => {
    const row = { id: 1, kind: 'pledge_collected' as const, occurred_at: at, escrow_change: 1, repayments_change: 0 };
    expect(() =>
      moneyTrailFrom([
        { ...row, currency: 'USD' },
        { ...row, id: 2, currency: 'EUR' },
      ]),
    ).toThrow(/mixes/);
  });
});
