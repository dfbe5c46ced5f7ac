import { ClockService } from '../src/clock/clock.service';
import {
  aCampaign,
  aCampaignBody,
  aCompany,
  aCompleteFile,
  decide,
  FULL_CHECKLIST,
  statusOf,
  submit,
} from './support/campaign-factories';
import { aUser, count, type SignedInUser } from './support/factories';
import { aPayoutAccount } from './support/pledge-factories';
import { startTestApp, type TestApp } from './support/test-app';

const DAY = 86_400_000;

describe('review and lifecycle', () => {
  let t: TestApp;
  let founder: SignedInUser;
  let otherFounder: SignedInUser;
  let backer: SignedInUser;
  let reviewer: SignedInUser;
  let secondReviewer: SignedInUser;
  let admin: SignedInUser;
  let strongCompanyId: string;
  let weakCompanyId: string;

  beforeAll(async () => {
    t = await startTestApp({ TEST_CLOCK: 'on', SCHEDULER_INTERVAL_MS: '600000' });
    [founder, otherFounder, backer, reviewer, secondReviewer, admin] = await Promise.all([
      aUser(t, 'founder'),
      aUser(t, 'founder'),
      aUser(t, 'backer'),
      aUser(t, 'reviewer', 'Rita Reviewer'),
      aUser(t, 'reviewer', 'Sam Second'),
      aUser(t, 'admin'),
    ]);
    strongCompanyId = (await aCompany(t, founder)).id;
    await aCompleteFile(t, founder, strongCompanyId);
    // Founded last month, no revenue, no documents: grade E.
    const lastMonth = new Date(Date.now() - 30 * DAY).toISOString().slice(0, 10);
    weakCompanyId = (
      await aCompany(t, founder, { foundedOn: lastMonth, annualRevenue: 0, totalDebt: 2_000_000, website: undefined })
    ).id;
    // The payout-account gate: campaigns of these companies may go live.
    await aPayoutAccount(t, founder, strongCompanyId);
    await aPayoutAccount(t, founder, weakCompanyId);
  });
  afterAll(async () => {
    await t?.close();
  });

  const now = () => t.app.get(ClockService).now().getTime();
  const campaign = (companyId = strongCompanyId, overrides: Record<string, unknown> = {}) =>
    aCampaign(t, founder, companyId, 'reward', { ...aCampaignBodyAt(companyId), ...overrides });
  const aCampaignBodyAt = (companyId: string) => {
    const body = aCampaignBody(companyId, 'reward', {}, now());
    return { startsAt: body.startsAt, endsAt: body.endsAt, terms: body.terms };
  };
  const moveClock = (to: number) =>
    t
      .http()
      .post('/api/test-clock')
      .set('Authorization', admin.auth)
      .send({ now: new Date(to).toISOString() })
      .expect(200);

  describe('submission', () => {
    it('draft → submitted, with a risk assessment of this version', async () => {
      const draft = await campaign();
      const submitted = await submit(t, founder, draft.id);
      expect(submitted.status).toBe('submitted');
      expect(submitted.risk).toMatchObject({ score: expect.any(Number), grade: expect.stringMatching(/^[A-E]$/) });
      expect(submitted.risk.factors.map((f) => f.key)).toEqual(
        expect.arrayContaining([
          'identity_verified',
          'company_age',
          'revenue',
          'debt_ratio',
          'goal_to_revenue',
          'documents',
          'track_record',
        ]),
      );
      const [record] = await t.dataSource.query(
        'SELECT campaign_version, grade FROM risk_assessments WHERE campaign_id = $1',
        [draft.id],
      );
      expect(record).toEqual({ campaign_version: 1, grade: submitted.risk.grade });
    });

    it('refuses to submit twice, and refuses anyone but the founder', async () => {
      const draft = await campaign();
      await t.http().post(`/api/campaigns/${draft.id}/submit`).set('Authorization', otherFounder.auth).expect(404);
      await t.http().post(`/api/campaigns/${draft.id}/submit`).set('Authorization', reviewer.auth).expect(403);
      await t.http().post(`/api/campaigns/${draft.id}/submit`).set('Authorization', backer.auth).expect(403);
      await t.http().post(`/api/campaigns/${draft.id}/submit`).expect(401);
      await submit(t, founder, draft.id);
      const again = await t
        .http()
        .post(`/api/campaigns/${draft.id}/submit`)
        .set('Authorization', founder.auth)
        .expect(409);
      expect(again.body.code).toBe('invalid_transition');
      expect(await count(t, `risk_assessments WHERE campaign_id = '${draft.id}'`)).toBe(1);
    });

    it('an edit racing the submission lands before it or is refused after it, never in between', async () => {
      for (let round = 0; round < 3; round += 1) {
        const draft = await campaign();
        const [edit, submission] = await Promise.all([
          t
            .http()
            .patch(`/api/campaigns/${draft.id}`)
            .set('Authorization', founder.auth)
            .send({ title: `Renamed ${round}` }),
          t.http().post(`/api/campaigns/${draft.id}/submit`).set('Authorization', founder.auth),
        ]);
        expect(submission.status).toBe(200);
        expect([200, 409]).toContain(edit.status);
        const [row] = await t.dataSource.query('SELECT title, version, status FROM campaigns WHERE id = $1', [
          draft.id,
        ]);
        const [record] = await t.dataSource.query(
          'SELECT campaign_version FROM risk_assessments WHERE campaign_id = $1',
          [draft.id],
        );
        // The submission judged (and assessed) exactly the version that stands submitted.
        expect(row.status).toBe('submitted');
        expect(record.campaign_version).toBe(row.version);
        expect(row.title).toBe(edit.status === 200 ? `Renamed ${round}` : draft.title);
        if (edit.status === 409) expect(edit.body.code).toBe('invalid_transition');
      }
    });
  });

  describe('decisions', () => {
    it('two reviewers deciding at once are taken one after the other', async () => {
      const draft = await campaign();
      const submitted = await submit(t, founder, draft.id);
      expect(submitted.risk.grade).toMatch(/^[ABC]$/);
      const answers = await Promise.all([
        decide(t, reviewer, draft.id, 'approve'),
        decide(t, secondReviewer, draft.id, 'reject'),
      ]);
      expect(answers.map((a) => a.status).sort()).toEqual([201, 409]);
      const winner = answers.find((a) => a.status === 201)!;
      expect(await statusOf(t, draft.id)).not.toBe('submitted');
      expect(await count(t, `reviews WHERE campaign_id = '${draft.id}'`)).toBe(1);
      expect(answers.find((a) => a.status === 409)!.body.code).toBe('invalid_transition');
      expect(winner.body.reviewerName).toBe(winner.body.decision === 'approve' ? 'Rita Reviewer' : 'Sam Second');
    });

    it('request changes → the founder sees the reasons, edits and resubmits → approved', async () => {
      const draft = await campaign();
      await submit(t, founder, draft.id);
      const sentBack = await t
        .http()
        .post(`/api/campaigns/${draft.id}/reviews`)
        .set('Authorization', reviewer.auth)
        .send({
          decision: 'request_changes',
          reasons: 'Say when the oven arrives.',
          checklist: { ...FULL_CHECKLIST, terms: false },
        })
        .expect(201);
      expect(sentBack.body).toMatchObject({
        decision: 'request_changes',
        fromStatus: 'submitted',
        toStatus: 'changes_requested',
        reviewerName: 'Rita Reviewer',
        campaignVersion: 1,
      });

      const reasons = await t
        .http()
        .get(`/api/campaigns/${draft.id}/reviews`)
        .set('Authorization', founder.auth)
        .expect(200);
      expect(reasons.body.items).toEqual([
        expect.objectContaining({ reasons: 'Say when the oven arrives.', decision: 'request_changes' }),
      ]);

      await t
        .http()
        .patch(`/api/campaigns/${draft.id}`)
        .set('Authorization', founder.auth)
        .send({ summary: 'A second oven, delivered in March, bakes bread all day.' })
        .expect(200);
      const resubmitted = await submit(t, founder, draft.id);
      expect(resubmitted.status).toBe('submitted');
      const approval = await decide(t, reviewer, draft.id, 'approve').expect(201);
      expect(approval.body).toMatchObject({ toStatus: 'approved', campaignVersion: 2, campaignStatus: 'approved' });
      const history = await t
        .http()
        .get(`/api/campaigns/${draft.id}/reviews`)
        .set('Authorization', reviewer.auth)
        .expect(200);
      expect(history.body.items.map((r: { decision: string }) => r.decision)).toEqual(['approve', 'request_changes']);
      expect(history.body.conflictOfInterest).toBe(false);
    });

    it('reject → rejected, and the campaign disappears from the public', async () => {
      const draft = await campaign();
      await submit(t, founder, draft.id);
      await decide(t, reviewer, draft.id, 'reject', { ...FULL_CHECKLIST, financials: false }).expect(201);
      expect(await statusOf(t, draft.id)).toBe('rejected');
      await t.http().get(`/api/campaigns/${draft.id}`).expect(404);
      await t.http().get(`/api/campaigns/${draft.id}`).set('Authorization', founder.auth).expect(200);
      const resubmit = await t
        .http()
        .post(`/api/campaigns/${draft.id}/submit`)
        .set('Authorization', founder.auth)
        .expect(409);
      expect(resubmit.body.code).toBe('invalid_transition');
    });

    it('an approval needs every checklist item (422 checklist_incomplete) and reasons (400)', async () => {
      const draft = await campaign();
      await submit(t, founder, draft.id);
      const incomplete = await decide(t, reviewer, draft.id, 'approve', { ...FULL_CHECKLIST, documents: false }).expect(
        422,
      );
      expect(incomplete.body).toMatchObject({ code: 'checklist_incomplete' });
      expect(incomplete.body.message).toMatch(/documents/);
      await t
        .http()
        .post(`/api/campaigns/${draft.id}/reviews`)
        .set('Authorization', reviewer.auth)
        .send({ decision: 'approve', reasons: '  ', checklist: FULL_CHECKLIST })
        .expect(400);
      await t
        .http()
        .post(`/api/campaigns/${draft.id}/reviews`)
        .set('Authorization', reviewer.auth)
        .send({ decision: 'approve', reasons: 'ok', checklist: { identity: true } })
        .expect(400);
      await t
        .http()
        .post(`/api/campaigns/${draft.id}/reviews`)
        .set('Authorization', reviewer.auth)
        .send({ decision: 'maybe', reasons: 'ok', checklist: FULL_CHECKLIST })
        .expect(400);
      expect(await statusOf(t, draft.id)).toBe('submitted');
      expect(await count(t, `reviews WHERE campaign_id = '${draft.id}'`)).toBe(0);
    });

    it('grade D/E needs two different reviewers: in_review, then second_reviewer_required for the same one', async () => {
      const draft = await campaign(weakCompanyId);
      const submitted = await submit(t, founder, draft.id);
      expect(['D', 'E']).toContain(submitted.risk.grade);
      const first = await decide(t, reviewer, draft.id, 'approve').expect(201);
      expect(first.body.toStatus).toBe('in_review');
      const queue = await t
        .http()
        .get('/api/review/queue?pageSize=100')
        .set('Authorization', secondReviewer.auth)
        .expect(200);
      expect(queue.body.items.find((item: { id: string }) => item.id === draft.id)).toMatchObject({
        status: 'in_review',
        approvals: [expect.objectContaining({ reviewerId: reviewer.user.id })],
      });
      const same = await decide(t, reviewer, draft.id, 'approve').expect(409);
      expect(same.body.code).toBe('second_reviewer_required');
      expect(await statusOf(t, draft.id)).toBe('in_review');
      const second = await decide(t, secondReviewer, draft.id, 'approve').expect(201);
      expect(second.body.toStatus).toBe('approved');
    });

    it('in_review can still be sent back or rejected, by either reviewer', async () => {
      const draft = await campaign(weakCompanyId);
      await submit(t, founder, draft.id);
      await decide(t, reviewer, draft.id, 'approve').expect(201);
      await decide(t, reviewer, draft.id, 'request_changes').expect(201);
      expect(await statusOf(t, draft.id)).toBe('changes_requested');
    });

    it('nobody reviews a campaign of a company they belong to (409 conflict_of_interest)', async () => {
      const colleague = await aUser(t, 'reviewer');
      const draft = await campaign();
      await submit(t, founder, draft.id);
      // Invited is not yet a member: the owner cannot make a reviewer conflicted on their own.
      const invited = await t
        .http()
        .post(`/api/companies/${strongCompanyId}/members`)
        .set('Authorization', founder.auth)
        .send({ email: colleague.email })
        .expect(201);
      const queueOf = async () =>
        (await t.http().get('/api/review/queue?pageSize=100').set('Authorization', colleague.auth).expect(200)).body
          .items as { id: string; conflictOfInterest: boolean }[];
      // The review page reads the same flag from the campaign's decisions, not from the member list.
      const historyConflict = async () =>
        (await t.http().get(`/api/campaigns/${draft.id}/reviews`).set('Authorization', colleague.auth).expect(200)).body
          .conflictOfInterest as boolean;
      expect((await queueOf()).find((item) => item.id === draft.id)?.conflictOfInterest).toBe(false);
      expect(await historyConflict()).toBe(false);

      await t
        .http()
        .post(`/api/invitations/${invited.body.id}/accept`)
        .set('Authorization', colleague.auth)
        .expect(200);
      const refused = await decide(t, colleague, draft.id, 'approve').expect(409);
      expect(refused.body.code).toBe('conflict_of_interest');
      expect((await queueOf()).find((item) => item.id === draft.id)?.conflictOfInterest).toBe(true);
      expect(await historyConflict()).toBe(true);

      // Leaving does not clear the conflict: otherwise join, shape, leave, approve.
      await t
        .http()
        .delete(`/api/companies/${strongCompanyId}/members/${colleague.user.id}`)
        .set('Authorization', colleague.auth)
        .expect(200);
      expect((await decide(t, colleague, draft.id, 'approve').expect(409)).body.code).toBe('conflict_of_interest');
      expect((await queueOf()).find((item) => item.id === draft.id)?.conflictOfInterest).toBe(true);
      expect(await historyConflict()).toBe(true);
      expect(await statusOf(t, draft.id)).toBe('submitted');

      // Nor may a (former) member cancel the company's campaign as a reviewer.
      await decide(t, reviewer, draft.id, 'approve').expect(201);
      const cancel = await t
        .http()
        .post(`/api/campaigns/${draft.id}/cancel`)
        .set('Authorization', colleague.auth)
        .send({ reasons: 'I know this company too well.' })
        .expect(409);
      expect(cancel.body.code).toBe('conflict_of_interest');
      expect(await statusOf(t, draft.id)).not.toBe('cancelled');
    });

    it.each([
      ['a draft', async () => (await campaign()).id],
      [
        'an approved campaign',
        async () => {
          const c = await campaign();
          await submit(t, founder, c.id);
          await decide(t, reviewer, c.id, 'approve').expect(201);
          return c.id;
        },
      ],
    ])('refuses decisions on %s with 409 invalid_transition and changes nothing', async (_what, make) => {
      const id = await make();
      const before = await statusOf(t, id);
      for (const decision of ['approve', 'request_changes', 'reject']) {
        const response = await decide(t, reviewer, id, decision).expect(409);
        expect(response.body.code).toBe('invalid_transition');
      }
      expect(await statusOf(t, id)).toBe(before);
    });

    it('only reviewers decide; founders, backers and admins may not', async () => {
      const draft = await campaign();
      await submit(t, founder, draft.id);
      await decide(t, founder, draft.id, 'approve').expect(403);
      await decide(t, backer, draft.id, 'approve').expect(403);
      await decide(t, admin, draft.id, 'approve').expect(403);
      await t.http().post(`/api/campaigns/${draft.id}/reviews`).send({}).expect(401);
      await t.http().get('/api/review/queue').set('Authorization', founder.auth).expect(403);
      await t.http().get(`/api/campaigns/${draft.id}/reviews`).set('Authorization', otherFounder.auth).expect(404);
      // Backers never see review decisions: refused by role, whether or not the campaign exists.
      await t.http().get(`/api/campaigns/${draft.id}/reviews`).set('Authorization', backer.auth).expect(403);
      expect(await statusOf(t, draft.id)).toBe('submitted');
    });
  });

  describe('review queue', () => {
    it('lists submitted and in_review campaigns oldest first, with their risk, filterable by grade and type', async () => {
      const response = await t
        .http()
        .get('/api/review/queue?pageSize=100')
        .set('Authorization', reviewer.auth)
        .expect(200);
      const items = response.body.items as Array<{
        status: string;
        submittedAt: string;
        risk: { grade: string; factors: unknown[] };
        type: string;
      }>;
      expect(items.length).toBeGreaterThan(0);
      expect(items.every((item) => ['submitted', 'in_review'].includes(item.status))).toBe(true);
      expect(items.map((item) => item.submittedAt)).toEqual([...items.map((item) => item.submittedAt)].sort());
      expect(items[0]!.risk.factors.length).toBeGreaterThan(0);
      const gradeE = await t.http().get('/api/review/queue?grade=E').set('Authorization', reviewer.auth).expect(200);
      expect(gradeE.body.items.every((item: { risk: { grade: string } }) => item.risk.grade === 'E')).toBe(true);
      const bonds = await t.http().get('/api/review/queue?type=bond').set('Authorization', reviewer.auth).expect(200);
      expect(bonds.body.items).toEqual([]);
      await t.http().get('/api/review/queue?grade=Z').set('Authorization', reviewer.auth).expect(400);
      await t.http().get('/api/review/queue?pageSize=101').set('Authorization', reviewer.auth).expect(400);
    });
  });

  describe('on the platform clock', () => {
    it('approved → live at the start time; then → failed at the deadline without enough money', async () => {
      const draft = await campaign();
      await submit(t, founder, draft.id);
      await decide(t, reviewer, draft.id, 'approve').expect(201);
      expect(await statusOf(t, draft.id)).toBe('approved');
      const detail = await t.http().get(`/api/campaigns/${draft.id}`).expect(200);
      await moveClock(Date.parse(detail.body.startsAt) + 1000);
      expect(await statusOf(t, draft.id)).toBe('live');
      const live = await t.http().get(`/api/campaigns/${draft.id}`).expect(200);
      expect(live.body.liveAt).toEqual(expect.any(String));
      await moveClock(Date.parse(detail.body.endsAt) + 1000);
      expect(await statusOf(t, draft.id)).toBe('failed');
    });

    it('goes live at once when approved after its start time', async () => {
      const startsSoon = now() + 60_000;
      const draft = await campaign(strongCompanyId, {
        startsAt: new Date(startsSoon).toISOString(),
        endsAt: new Date(startsSoon + 10 * DAY).toISOString(),
      });
      await submit(t, founder, draft.id);
      await moveClock(startsSoon + 1000);
      await decide(t, reviewer, draft.id, 'approve').expect(201);
      expect(await statusOf(t, draft.id)).toBe('live');
    });

    it('an approved campaign waits for its company’s payout account, and goes live once it is connected', async () => {
      const gatedCompanyId = (await aCompany(t, founder)).id;
      await aCompleteFile(t, founder, gatedCompanyId);
      const draft = await campaign(gatedCompanyId, {
        startsAt: new Date(now() + 60_000).toISOString(),
        endsAt: new Date(now() + 10 * DAY).toISOString(),
      });
      await submit(t, founder, draft.id);
      await moveClock(now() + 120_000);
      await decide(t, reviewer, draft.id, 'approve').expect(201);
      expect(await statusOf(t, draft.id)).toBe('approved');
      await moveClock(now() + 60_000);
      expect(await statusOf(t, draft.id)).toBe('approved');
      const company = await t.http().get(`/api/companies/${gatedCompanyId}`).set('Authorization', founder.auth);
      expect(company.body.payoutReady).toBe(false);

      await aPayoutAccount(t, founder, gatedCompanyId);
      // Connecting it opens the gate at once, without waiting for the scheduler's next sweep.
      expect(await statusOf(t, draft.id)).toBe('live');
    });

    it('an approved campaign whose deadline passes before it goes live is cancelled', async () => {
      const draft = await campaign();
      await submit(t, founder, draft.id);
      await decide(t, reviewer, draft.id, 'approve').expect(201);
      // Stand-in for a start the scheduler never reached (in production: a missing payout account).
      await t.dataSource.query(`UPDATE campaigns SET starts_at = ends_at - interval '1 second' WHERE id = $1`, [
        draft.id,
      ]);
      const [{ ends_at: endsAt }] = await t.dataSource.query('SELECT ends_at FROM campaigns WHERE id = $1', [draft.id]);
      await moveClock(endsAt.getTime() + 1000);
      expect(await statusOf(t, draft.id)).toBe('cancelled');
      const [line] = await t.dataSource.query(
        `SELECT action, actor_role, reasons FROM audit_log WHERE subject_id = $1 ORDER BY id DESC LIMIT 1`,
        [draft.id],
      );
      expect(line).toEqual({
        action: 'campaign.expire_unstarted',
        actor_role: 'system',
        reasons: expect.stringMatching(/deadline/),
      });
    });

    it('the test clock moves forward only, and only for admins', async () => {
      await t
        .http()
        .post('/api/test-clock')
        .set('Authorization', admin.auth)
        .send({ now: '2001-01-01T00:00:00Z' })
        .expect(400);
      await t
        .http()
        .post('/api/test-clock')
        .set('Authorization', reviewer.auth)
        .send({ now: new Date(now() + DAY).toISOString() })
        .expect(403);
      const read = await t.http().get('/api/test-clock').set('Authorization', admin.auth).expect(200);
      expect(Math.abs(Date.parse(read.body.now) - now())).toBeLessThan(5000);
    });
  });

  describe('cancellation', () => {
    it('the founder cancels an approved campaign with reasons; a reviewer cancels a live one', async () => {
      const approved = await campaign();
      await submit(t, founder, approved.id);
      await decide(t, reviewer, approved.id, 'approve').expect(201);
      await t
        .http()
        .post(`/api/campaigns/${approved.id}/cancel`)
        .set('Authorization', founder.auth)
        .send({})
        .expect(400);
      const cancelled = await t
        .http()
        .post(`/api/campaigns/${approved.id}/cancel`)
        .set('Authorization', founder.auth)
        .send({ reasons: 'Our landlord sold the building.' })
        .expect(200);
      expect(cancelled.body.status).toBe('cancelled');

      const live = await campaign(strongCompanyId, {
        startsAt: new Date(now() - 1000).toISOString(),
        endsAt: new Date(now() + 10 * DAY).toISOString(),
      });
      await submit(t, founder, live.id);
      await decide(t, reviewer, live.id, 'approve').expect(201);
      expect(await statusOf(t, live.id)).toBe('live');
      await t
        .http()
        .post(`/api/campaigns/${live.id}/cancel`)
        .set('Authorization', otherFounder.auth)
        .send({ reasons: 'Not mine' })
        .expect(403);
      await t
        .http()
        .post(`/api/campaigns/${live.id}/cancel`)
        .set('Authorization', backer.auth)
        .send({ reasons: 'Nope' })
        .expect(403);
      await t
        .http()
        .post(`/api/campaigns/${live.id}/cancel`)
        .set('Authorization', reviewer.auth)
        .send({ reasons: 'Misleading claims about permits.' })
        .expect(200);
      expect(await statusOf(t, live.id)).toBe('cancelled');
    });

    it('refuses to cancel a draft, a submitted or a cancelled campaign (409)', async () => {
      const draft = await campaign();
      await t
        .http()
        .post(`/api/campaigns/${draft.id}/cancel`)
        .set('Authorization', founder.auth)
        .send({ reasons: 'Changed my mind' })
        .expect(409);
      await submit(t, founder, draft.id);
      await t
        .http()
        .post(`/api/campaigns/${draft.id}/cancel`)
        .set('Authorization', reviewer.auth)
        .send({ reasons: 'Early' })
        .expect(409);
      expect(await statusOf(t, draft.id)).toBe('submitted');
    });
  });

  describe('audit log', () => {
    it('records every transition with actor, time, from, to and reasons, in order', async () => {
      const draft = await campaign();
      await submit(t, founder, draft.id);
      await t
        .http()
        .post(`/api/campaigns/${draft.id}/reviews`)
        .set('Authorization', reviewer.auth)
        .send({ decision: 'request_changes', reasons: 'Add a photo of the bakery.', checklist: FULL_CHECKLIST })
        .expect(201);
      await submit(t, founder, draft.id);
      await decide(t, secondReviewer, draft.id, 'approve').expect(201);
      const lines = await t.dataSource.query(
        `SELECT action, actor_id, actor_role, from_status, to_status, reasons, business_time FROM audit_log WHERE subject_type = 'campaign' AND subject_id = $1 ORDER BY id`,
        [draft.id],
      );
      expect(
        lines.map((l: { action: string; from_status: string; to_status: string }) => [
          l.action,
          l.from_status,
          l.to_status,
        ]),
      ).toEqual([
        ['campaign.created', null, 'draft'],
        ['campaign.submit', 'draft', 'submitted'],
        ['campaign.request_changes', 'submitted', 'changes_requested'],
        ['campaign.submit', 'changes_requested', 'submitted'],
        ['campaign.approve', 'submitted', 'approved'],
      ]);
      expect(lines[2]).toMatchObject({
        actor_id: reviewer.user.id,
        actor_role: 'reviewer',
        reasons: 'Add a photo of the bakery.',
      });
      expect(lines.every((l: { business_time: Date }) => l.business_time instanceof Date)).toBe(true);
    });
  });
});
