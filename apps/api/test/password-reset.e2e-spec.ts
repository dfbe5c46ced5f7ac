import { createHash } from 'node:crypto';
import { SMTPServer } from 'smtp-server';
import { JobRunnerService } from '../src/jobs/job-runner.service';
import { aUser, count, signIn, TEST_PASSWORD, uniqueEmail } from './support/factories';
import { startTestApp, type TestApp } from './support/test-app';

const NEW_PASSWORD = 'a brand new passphrase';

describe('password reset by email (outbox, local mailbox)', () => {
  let t: TestApp;
  beforeAll(async () => {
    // Jobs run when the test drains them, so "not sent before the outbox job runs" is observable.
    t = await startTestApp({ PASSWORD_RESETS_PER_HOUR: '3', TRUST_PROXY: 'loopback', JOBS_INTERVAL_MS: '3600000' });
  });
  afterAll(async () => {
    await t?.close();
  });

  let address = 0;
  /** Each request from an address of its own, so the per-address limit is only met where a test means it. */
  const ask = (body: object, ip = `10.9.0.${(address += 1)}`) =>
    t.http().post('/api/auth/password-reset').set('X-Forwarded-For', ip).send(body);
  const deliver = () => t.app.get(JobRunnerService).drain();
  const mailbox = async (to: string) =>
    (await t.http().get('/api/dev/mailbox').query({ to }).expect(200)).body.items as Array<{
      to: string;
      subject: string;
      text: string;
    }>;
  const tokenIn = (text: string) => /\/reset-password\?token=([A-Za-z0-9_-]+)/.exec(text)?.[1];

  it('mails a one-time link that sets a new password and signs the account out everywhere', async () => {
    const user = await aUser(t, 'backer', 'Reset Person');
    const other = await signIn(t, user.email, TEST_PASSWORD);
    await ask({ email: user.email.toUpperCase() }).expect(200, { requested: true });
    expect(await mailbox(user.email)).toEqual([]); // not sent until the outbox job runs
    await deliver();
    const [mail] = await mailbox(user.email);
    expect(mail).toMatchObject({ to: user.email, subject: 'Reset your Crowdstake password' });
    expect(mail!.text).toContain('Hello Reset Person');
    const token = tokenIn(mail!.text)!;
    expect(token).toBeDefined();
    // The outbox keeps no copy of the link once the mail is out, and the token is stored hashed.
    const [outbox] = await t.dataSource.query(`SELECT status, body_text FROM mail_outbox WHERE recipient = $1`, [
      user.email,
    ]);
    expect(outbox).toEqual({ status: 'sent', body_text: null });
    const stored = await t.dataSource.query(`SELECT token_hash FROM password_reset_tokens WHERE user_id = $1`, [
      user.user.id,
    ]);
    expect(stored).toEqual([{ token_hash: createHash('sha256').update(token).digest('hex') }]);

    await t.http().post('/api/auth/password-reset/confirm').send({ token, password: NEW_PASSWORD }).expect(200, {
      reset: true,
    });
    await t.http().get('/api/me').set('Authorization', user.auth).expect(401);
    await t.http().get('/api/me').set('Authorization', other.auth).expect(401);
    await t.http().post('/api/auth/login').send({ email: user.email, password: TEST_PASSWORD }).expect(401);
    await signIn(t, user.email, NEW_PASSWORD);

    // Used once: the same link again is refused, with a field error the web can word.
    const again = await t
      .http()
      .post('/api/auth/password-reset/confirm')
      .send({ token, password: 'yet another passphrase' })
      .expect(400);
    expect(again.body).toMatchObject({
      code: 'validation_failed',
      details: [expect.objectContaining({ path: 'token', code: 'link_expired' })],
    });
    await signIn(t, user.email, NEW_PASSWORD);
  });

  it('answers an unknown address exactly as a known one, and sends nothing', async () => {
    const email = uniqueEmail('nobody');
    const before = await count(t, 'mail_outbox');
    const response = await ask({ email }).expect(200);
    expect(response.body).toEqual({ requested: true });
    await deliver();
    expect(await count(t, 'mail_outbox')).toBe(before);
    expect(await mailbox(email)).toEqual([]);
  });

  it('writes the mail in Chinese when asked in Chinese', async () => {
    const user = await aUser(t, 'founder', '王小明');
    await ask({ email: user.email, locale: 'zh-CN' }).expect(200);
    await t
      .http()
      .post('/api/auth/password-reset')
      .set('X-Forwarded-For', '10.9.9.9')
      .set('Accept-Language', 'zh-CN,zh;q=0.9')
      .send({ email: user.email })
      .expect(200);
    await deliver();
    const mails = await mailbox(user.email);
    expect(mails).toHaveLength(2);
    for (const mail of mails) {
      expect(mail.subject).toBe('重置您的 Crowdstake 密码');
      expect(mail.text).toContain('王小明，您好');
    }
  });

  it('refuses a weak new password and keeps the link usable', async () => {
    const user = await aUser(t, 'backer');
    await ask({ email: user.email }).expect(200);
    await deliver();
    const token = tokenIn((await mailbox(user.email))[0]!.text)!;
    const weak = await t.http().post('/api/auth/password-reset/confirm').send({ token, password: 'password123' });
    expect(weak.status).toBe(400);
    expect(weak.body.details[0]).toMatchObject({ path: 'password', code: 'weak_password' });
    await t.http().post('/api/auth/password-reset/confirm').send({ token, password: NEW_PASSWORD }).expect(200);
  });

  it('refuses an expired link', async () => {
    const user = await aUser(t, 'backer');
    await ask({ email: user.email }).expect(200);
    await deliver();
    const token = tokenIn((await mailbox(user.email))[0]!.text)!;
    await t.dataSource.query(`UPDATE password_reset_tokens SET expires_at = now() - interval '1 second'`);
    const expired = await t.http().post('/api/auth/password-reset/confirm').send({ token, password: NEW_PASSWORD });
    expect(expired.status).toBe(400);
    expect(expired.body.details[0]).toMatchObject({ path: 'token', code: 'link_expired' });
    await t.http().post('/api/auth/login').send({ email: user.email, password: TEST_PASSWORD }).expect(200);
  });

  it('spends a link once when two uses race', async () => {
    const user = await aUser(t, 'backer');
    await ask({ email: user.email }).expect(200);
    await deliver();
    const token = tokenIn((await mailbox(user.email))[0]!.text)!;
    const answers = await Promise.all(
      ['first racing passphrase', 'second racing passphrase', 'third racing passphrase'].map((password) =>
        t.http().post('/api/auth/password-reset/confirm').send({ token, password }),
      ),
    );
    expect(answers.map((answer) => answer.status).sort()).toEqual([200, 400, 400]);
    const winner = ['first racing passphrase', 'second racing passphrase', 'third racing passphrase'][
      answers.findIndex((answer) => answer.status === 200)
    ]!;
    await signIn(t, user.email, winner);
  });

  it('limits requests per email and per address with 429, whether or not the account exists', async () => {
    const email = uniqueEmail('flood');
    for (let i = 0; i < 3; i += 1) await ask({ email }).expect(200);
    const limited = await ask({ email }).expect(429);
    expect(limited.body.code).toBe('too_many_requests');
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
    // Per address: 4 × the per-email figure.
    for (let i = 0; i < 12; i += 1) await ask({ email: uniqueEmail('spread') }, '10.8.0.1').expect(200);
    await ask({ email: uniqueEmail('spread') }, '10.8.0.1').expect(429);
  });

  it('refuses bad input with 400 and writes nothing', async () => {
    const before = await count(t, 'password_reset_tokens');
    for (const body of [
      {},
      { email: 'not an email' },
      { email: 'a@b.test', extra: 1 },
      { email: 'a@b.test', locale: 'fr' },
    ])
      expect((await ask(body)).status).toBe(400);
    for (const body of [
      { token: 'short', password: NEW_PASSWORD },
      { token: 'x'.repeat(43) },
      { password: NEW_PASSWORD },
    ])
      expect((await t.http().post('/api/auth/password-reset/confirm').send(body)).status).toBe(400);
    expect(await count(t, 'password_reset_tokens')).toBe(before);
    await t.http().get('/api/dev/mailbox').query({ page: 2 }).expect(400);
  });
});

describe('with SMTP_URL, mail goes out over SMTP', () => {
  it('delivers the reset mail to the SMTP server, and the local mailbox is not served', async () => {
    const received: Array<{ from: string; to: string[]; data: string }> = [];
    const smtp = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      onData(stream, session, callback) {
        const chunks: Buffer[] = [];
        stream.on('data', (chunk: Buffer) => chunks.push(chunk));
        stream.on('end', () => {
          received.push({
            from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
            to: session.envelope.rcptTo.map((rcpt) => rcpt.address),
            data: Buffer.concat(chunks).toString('utf8'),
          });
          callback();
        });
      },
    });
    await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
    const { port } = smtp.server.address() as { port: number };
    const t = await startTestApp({
      SMTP_URL: `smtp://127.0.0.1:${port}`,
      MAIL_FROM: 'Crowdstake <hello@crowdstake.test>',
      PUBLIC_URL: 'https://crowdstake.example/',
      JOBS_INTERVAL_MS: '3600000',
    });
    try {
      await t.http().get('/api/dev/mailbox').expect(404);
      const user = await aUser(t, 'backer', 'Smtp Person');
      await t.http().post('/api/auth/password-reset').send({ email: user.email }).expect(200);
      await t.app.get(JobRunnerService).drain();
      expect(received).toHaveLength(1);
      expect(received[0]).toMatchObject({ from: 'hello@crowdstake.test', to: [user.email] });
      expect(received[0]!.data).toContain('Subject: Reset your Crowdstake password');
      // Links use PUBLIC_URL, never the request's Host header.
      expect(received[0]!.data.replace(/=\r?\n/g, '')).toMatch(/https:\/\/crowdstake\.example\/reset-password\?token=/);
      const [outbox] = await t.dataSource.query(`SELECT status FROM mail_outbox`);
      expect(outbox).toEqual({ status: 'sent' });
    } finally {
      await t.close();
      await new Promise<void>((resolve) => smtp.close(() => resolve()));
    }
  });
});
