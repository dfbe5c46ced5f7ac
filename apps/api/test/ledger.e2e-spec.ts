import { randomUUID } from 'node:crypto';
import { allocate, percentageFee } from '@crowdstake/domain';
import { ledgerAccount as acct } from '../src/ledger/ledger-chart';
import { LedgerService } from '../src/ledger/ledger.service';
import type { LedgerPosting } from '../src/ledger/ledger-posting';
import {
  InvalidLedgerPostingError,
  LedgerOverdrawnError,
  LedgerReferenceConflictError,
} from '../src/ledger/ledger.errors';
import { startTestApp, type TestApp } from './support/test-app';

const onServer = process.env.DATABASE_URL ? it : it.skip;

describe('ledger', () => {
  let t: TestApp;
  let ledger: LedgerService;
  const post = (posting: LedgerPosting) => t.dataSource.transaction((manager) => ledger.post(manager, posting));
  const escrowOf = (campaignId: string) => ledger.balance({ ...acct.escrow(campaignId), currency: 'USD' });

  beforeAll(async () => {
    t = await startTestApp();
    ledger = t.app.get(LedgerService);
  });
  afterAll(async () => {
    await t?.close();
  });

  it('posts a balanced transaction and moves both accounts', async () => {
    const [campaignId, backerId] = [randomUUID(), randomUUID()];
    const posted = await post(collected(campaignId, backerId, 5000, 'p1'));
    expect(posted).toMatchObject({ kind: 'pledge_collected', campaignId, currency: 'USD', replayed: false });
    expect(await escrowOf(campaignId)).toBe(5000);
    expect(await ledger.balance({ ...acct.backerFunding(backerId), currency: 'USD' })).toBe(-5000);
    expect(await ledger.balance({ ...acct.escrow(campaignId), currency: 'EUR' })).toBe(0);
  });

  it('posts the same reference once: a repeat returns the first, a different movement under it is refused', async () => {
    const [campaignId, backerId] = [randomUUID(), randomUUID()];
    const first = await post(collected(campaignId, backerId, 700, 'p2'));
    const again = await post(collected(campaignId, backerId, 700, 'p2'));
    expect(again).toMatchObject({ id: first.id, replayed: true, occurredAt: first.occurredAt });
    await expect(post(collected(campaignId, backerId, 701, 'p2'))).rejects.toThrow(LedgerReferenceConflictError);
    expect(await escrowOf(campaignId)).toBe(700);
  });

  it.each<[string, (c: string, b: string) => LedgerPosting]>([
    [
      'unbalanced',
      (c, b) => ({ ...collected(c, b, 100, 'x'), entries: [e(acct.backerFunding(b), -100), e(acct.escrow(c), 99)] }),
    ],
    ['a single entry', (c, b) => ({ ...collected(c, b, 100, 'x'), entries: [e(acct.escrow(c), 100)] })],
    [
      'a zero amount',
      (c, b) => ({ ...collected(c, b, 100, 'x'), entries: [e(acct.backerFunding(b), 0), e(acct.escrow(c), 0)] }),
    ],
    [
      'a fractional amount',
      (c, b) => ({ ...collected(c, b, 100, 'x'), entries: [e(acct.backerFunding(b), -1.5), e(acct.escrow(c), 1.5)] }),
    ],
    [
      'money moved the wrong way',
      (c, b) => ({ ...collected(c, b, 100, 'x'), entries: [e(acct.backerFunding(b), 100), e(acct.escrow(c), -100)] }),
    ],
    [
      'an account its kind may not move',
      (c, b) => ({
        ...collected(c, b, 100, 'x'),
        entries: [e(acct.backerFunding(b), -100), e(acct.platformFees(), 100)],
      }),
    ],
    [
      'another campaign’s escrow',
      (c, b) => ({
        ...collected(c, b, 100, 'x'),
        entries: [e(acct.backerFunding(b), -100), e(acct.escrow(randomUUID()), 100)],
      }),
    ],
    ['a campaign account without its campaign', (c, b) => ({ ...collected(c, b, 100, 'x'), campaignId: null })],
    ['an unknown currency', (c, b) => ({ ...collected(c, b, 100, 'x'), currency: 'XYZ' })],
    ['an empty reference', (c, b) => ({ ...collected(c, b, 100, 'x'), reference: ' ' })],
  ])('refuses a posting with %s and writes nothing', async (_, make) => {
    const [campaignId, backerId] = [randomUUID(), randomUUID()];
    await expect(post(make(campaignId, backerId))).rejects.toThrow(InvalidLedgerPostingError);
    expect(await escrowOf(campaignId)).toBe(0);
  });

  it('never lets a campaign’s escrow go below zero', async () => {
    const [campaignId, backerId] = [randomUUID(), randomUUID()];
    await post(collected(campaignId, backerId, 1000, 'p3'));
    await expect(post(refunded(campaignId, backerId, 1001, 'p3'))).rejects.toThrow(LedgerOverdrawnError);
    await post(refunded(campaignId, backerId, 1000, 'p3'));
    expect(await escrowOf(campaignId)).toBe(0);
  });

  it('refuses an unbalanced transaction in the database itself, even written by hand', async () => {
    const campaignId = randomUUID();
    await post(collected(campaignId, randomUUID(), 100, 'p4'));
    const [escrow] = await t.dataSource.query(`SELECT id FROM ledger_accounts WHERE owner_id = $1`, [campaignId]);
    const byHand = async (amounts: number[]) => {
      const runner = t.dataSource.createQueryRunner();
      await runner.connect();
      try {
        await runner.startTransaction();
        const [tx] = await runner.query(
          `INSERT INTO ledger_transactions (reference, kind, campaign_id, currency, occurred_at, chain_key, chain_seq, prev_hash, hash)
           VALUES ($1, 'pledge_collected', $2, 'USD', now(), $1, 1, 'x', 'y') RETURNING id`,
          [`by-hand:${randomUUID()}`, campaignId],
        );
        for (const amount of amounts) {
          await runner.query(
            `INSERT INTO ledger_entries (transaction_id, account_id, currency, amount) VALUES ($1, $2, 'USD', $3)`,
            [tx.id, escrow.id, amount],
          );
        }
        await runner.commitTransaction();
      } finally {
        if (runner.isTransactionActive) await runner.rollbackTransaction();
        await runner.release();
      }
    };
    await expect(byHand([100, -99])).rejects.toThrow(/does not balance: USD 1/);
    await expect(byHand([100])).rejects.toThrow(/needs at least two/);
    await expect(byHand([])).rejects.toThrow(/needs at least two/);
    // Nor can a committed transaction be unbalanced by adding to it afterwards.
    const [old] = await t.dataSource.query(
      `SELECT id FROM ledger_transactions WHERE reference = 'pledge:p4:collected'`,
    );
    await expect(
      t.dataSource.query(
        `INSERT INTO ledger_entries (transaction_id, account_id, currency, amount) VALUES ($1, $2, 'USD', 5)`,
        [old.id, escrow.id],
      ),
    ).rejects.toThrow(/does not balance/);
    expect(await escrowOf(campaignId)).toBe(100);
  });

  it.each(['ledger_entries', 'ledger_transactions', 'ledger_accounts'])(
    'refuses to update, delete or truncate %s in the database',
    async (table) => {
      await post(collected(randomUUID(), randomUUID(), 100, randomUUID()));
      await expect(t.dataSource.query(`UPDATE ${table} SET currency = 'EUR'`)).rejects.toThrow(/append-only/);
      await expect(t.dataSource.query(`DELETE FROM ${table}`)).rejects.toThrow(/append-only/);
      await expect(t.dataSource.query(`TRUNCATE ${table} CASCADE`)).rejects.toThrow(/append-only/);
    },
  );

  it('keeps balances exact under 50 concurrent postings to one campaign, repeats included', async () => {
    const campaignId = randomUUID();
    const backers = Array.from({ length: 25 }, () => randomUUID());
    // 25 pledges, each posted twice at once: the repeat must return the first, never post again.
    const results = await Promise.all(
      [...backers, ...backers].map((backerId, i) => post(collected(campaignId, backerId, 100 + (i % 25), backerId))),
    );
    expect(new Set(results.map((r) => r.id)).size).toBe(25);
    expect(results.filter((r) => r.replayed)).toHaveLength(25);
    const expected = backers.reduce((sum, _, i) => sum + 100 + i, 0);
    expect(await escrowOf(campaignId)).toBe(expected);
    const seqs = await t.dataSource.query(
      `SELECT chain_seq FROM ledger_transactions WHERE chain_key = $1 ORDER BY chain_seq`,
      [campaignId],
    );
    expect(seqs.map((r: { chain_seq: number }) => r.chain_seq)).toEqual(backers.map((_, i) => i + 1));
  });

  onServer(
    'lets another campaign post while one campaign’s posting is held open (PostgreSQL server only: PGlite runs one session at a time)',
    async () => {
      const [hot, other] = [randomUUID(), randomUUID()];
      await post(collected(hot, randomUUID(), 100, randomUUID()));
      await post(collected(other, randomUUID(), 100, randomUUID()));
      const holder = t.dataSource.createQueryRunner();
      await holder.connect();
      try {
        await holder.startTransaction();
        await ledger.post(holder.manager, collected(hot, randomUUID(), 100, randomUUID()));
        await t.dataSource.transaction(async (manager) => {
          await manager.query(`SET LOCAL lock_timeout = '2s'`);
          await ledger.post(manager, collected(other, randomUUID(), 100, randomUUID()));
        });
        await holder.commitTransaction();
      } finally {
        if (holder.isTransactionActive) await holder.rollbackTransaction();
        await holder.release();
      }
      expect(await escrowOf(other)).toBe(200);
      expect(await escrowOf(hot)).toBe(200);
    },
  );

  it('tells where a campaign’s money went: collected = fees + released + refunded + in escrow', async () => {
    const [campaignId, companyId] = [randomUUID(), randomUUID()];
    const [ann, bob, cai] = [randomUUID(), randomUUID(), randomUUID()];
    const trail = () => ledger.campaignMoneyTrail(campaignId);
    const identityHolds = async () => {
      const { collected: c, fees, released, refunded: r, inEscrow } = await trail();
      expect(c).toBe(fees + released + r + inEscrow);
      expect(inEscrow).toBe(await escrowOf(campaignId));
    };
    expect(await trail()).toEqual({
      currency: null,
      collected: 0,
      fees: 0,
      released: 0,
      refunded: 0,
      repaid: 0,
      inEscrow: 0,
      entries: [],
    });

    await post(collected(campaignId, ann, 10_000, 'ann'));
    await post(collected(campaignId, bob, 20_000, 'bob'));
    await post(collected(campaignId, cai, 30_001, 'cai'));
    await post({
      reference: 'charge:ann:stripe_fee',
      kind: 'processing_fee',
      campaignId,
      currency: 'USD',
      entries: [e(acct.platformFees(), -320), e(acct.processingFees(), 320)],
    });
    await identityHolds();
    // Bob cancels inside the window: the refund is asked of Stripe, then confirmed.
    await post({
      reference: 'pledge:bob:refunded',
      kind: 'pledge_refunded',
      campaignId,
      currency: 'USD',
      entries: [e(acct.escrow(campaignId), -20_000), e(acct.refundsPayable(campaignId), 20_000)],
    });
    await post({
      reference: 'refund:bob:paid',
      kind: 'refund_paid',
      campaignId,
      currency: 'USD',
      entries: [e(acct.refundsPayable(campaignId), -20_000), e(acct.backerFunding(bob), 20_000)],
    });
    await identityHolds();
    // Success: the fee on the campaign's total, the rest released, then part of a transfer reversed.
    const fee = percentageFee(40_001, 500);
    expect(fee).toBe(2000);
    await post({
      reference: `campaign:${campaignId}:fee`,
      kind: 'fee_charged',
      campaignId,
      currency: 'USD',
      entries: [e(acct.escrow(campaignId), -fee), e(acct.platformFees(), fee)],
    });
    await post({
      reference: `campaign:${campaignId}:released`,
      kind: 'released_to_founder',
      campaignId,
      currency: 'USD',
      entries: [e(acct.escrow(campaignId), -(40_001 - fee)), e(acct.founderPayable(campaignId), 40_001 - fee)],
    });
    await post({
      reference: `campaign:${campaignId}:transferred`,
      kind: 'payout_transferred',
      campaignId,
      currency: 'USD',
      entries: [e(acct.founderPayable(campaignId), -(40_001 - fee)), e(acct.founderPayout(companyId), 40_001 - fee)],
    });
    await post({
      reference: `campaign:${campaignId}:reversed`,
      kind: 'transfer_reversed',
      campaignId,
      currency: 'USD',
      entries: [e(acct.founderPayout(companyId), -5000), e(acct.escrow(campaignId), 5000)],
    });
    await identityHolds();
    // A bond instalment paid by the founder and distributed to two holders: repaid, not part of escrow.
    await post({
      reference: `instalment:1:paid`,
      kind: 'repayment_collected',
      campaignId,
      currency: 'USD',
      entries: [e(acct.founderFunding(companyId), -1500), e(acct.repaymentsPayable(campaignId), 1500)],
    });
    await post({
      reference: `instalment:1:distributed`,
      kind: 'repayment_distributed',
      campaignId,
      currency: 'USD',
      entries: [
        e(acct.repaymentsPayable(campaignId), -1500),
        e(acct.backerFunding(ann), 250),
        e(acct.backerFunding(cai), 1250),
      ],
    });
    await identityHolds();

    const result = await trail();
    expect(result).toMatchObject({
      currency: 'USD',
      collected: 60_001,
      fees: 2000,
      released: 40_001 - fee - 5000,
      refunded: 20_000,
      repaid: 1500,
      inEscrow: 5000,
    });
    expect(result.entries.map((entry) => [entry.kind, entry.amount])).toEqual([
      ['pledge_collected', 10_000],
      ['pledge_collected', 20_000],
      ['pledge_collected', 30_001],
      ['pledge_refunded', 20_000],
      ['fee_charged', 2000],
      ['released_to_founder', 38_001],
      ['transfer_reversed', 5000],
      ['repayment_distributed', 1500],
    ]);
    for (const entry of result.entries) {
      expect(entry.transactionId).toMatch(/^\d+$/);
      expect(new Date(entry.at).toISOString()).toBe(entry.at);
    }
  });

  it('refunds what is left in escrow pro rata in one transaction, to the last cent', async () => {
    const campaignId = randomUUID();
    const backers = [randomUUID(), randomUUID(), randomUUID()];
    const pledged = [1000, 1000, 1000];
    for (const [i, backerId] of backers.entries())
      await post(collected(campaignId, backerId, pledged[i] as number, backerId));
    await post({
      reference: `campaign:${campaignId}:fee`,
      kind: 'fee_charged',
      campaignId,
      currency: 'USD',
      entries: [e(acct.escrow(campaignId), -1), e(acct.platformFees(), 1)],
    });
    // 2999 left over three equal pledges: 1000, 1000, 999 — the odd cent goes to the earliest.
    const left = await escrowOf(campaignId);
    const parts = allocate(left, pledged);
    expect(parts).toEqual([1000, 1000, 999]);
    await post({
      reference: `campaign:${campaignId}:wound-down`,
      kind: 'pledge_refunded',
      campaignId,
      currency: 'USD',
      entries: [
        e(acct.escrow(campaignId), -left),
        ...backers.map((b, i) => e(acct.backerFunding(b), parts[i] as number)),
      ],
    });
    expect(await escrowOf(campaignId)).toBe(0);
    expect(await ledger.campaignMoneyTrail(campaignId)).toMatchObject({
      collected: 3000,
      fees: 1,
      refunded: 2999,
      inEscrow: 0,
    });
  });

  it('chains each campaign’s transactions, so verification finds an altered one', async () => {
    expect(await ledger.verifyChain()).toMatchObject({ firstBrokenId: null });
    const campaignId = randomUUID();
    const [ann, bob] = [randomUUID(), randomUUID()];
    await post(collected(campaignId, ann, 300, 'chain-ann'));
    const second = await post(collected(campaignId, bob, 400, 'chain-bob'));
    const { transactions } = await ledger.verifyChain();

    // Someone with database access moves money between two entries of one transaction (still balanced).
    await t.dataSource.query(`ALTER TABLE ledger_entries DISABLE TRIGGER ledger_entries_append_only`);
    await t.dataSource.query(`UPDATE ledger_entries SET amount = amount * 2 WHERE transaction_id = $1`, [second.id]);
    await t.dataSource.query(`ALTER TABLE ledger_entries ENABLE TRIGGER ledger_entries_append_only`);
    expect(await ledger.verifyChain()).toEqual({ transactions: transactions - 1, firstBrokenId: second.id });
  });
});

function e(account: ReturnType<typeof acct.escrow>, amount: number) {
  return { account, amount };
}

function collected(campaignId: string, backerId: string, amount: number, pledge: string): LedgerPosting {
  return {
    reference: `pledge:${pledge}:collected`,
    kind: 'pledge_collected',
    campaignId,
    currency: 'USD',
    entries: [e(acct.backerFunding(backerId), -amount), e(acct.escrow(campaignId), amount)],
  };
}

function refunded(campaignId: string, backerId: string, amount: number, pledge: string): LedgerPosting {
  return {
    reference: `pledge:${pledge}:refunded`,
    kind: 'pledge_refunded',
    campaignId,
    currency: 'USD',
    entries: [e(acct.escrow(campaignId), -amount), e(acct.backerFunding(backerId), amount)],
  };
}
