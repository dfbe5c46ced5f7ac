import { Inject, Injectable, Logger, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { returnedRows } from '../database/returned-rows';
import { JobRunnerService, type JobContext } from '../jobs/job-runner.service';
import { MAIL_TRANSPORT, type MailTransport } from './mail-transport';

export const SEND_MAIL_JOB = 'mail.send';

export interface QueuedMail {
  /** What the mail is for (`password_reset`), for operators; never its content. */
  kind: string;
  to: string;
  subject: string;
  text: string;
}

/**
 * Mail goes out through an outbox: the message is a row written in the same transaction as the
 * change that causes it (a reset token, say), and a job hands it to the transport after commit,
 * with the job runner's retries. So a crash never sends mail for a change that rolled back, nor
 * loses mail for one that committed. Delivery is at least once; the message id is stable, so a
 * repeat is recognisable. Once sent, the body is cleared: a reset link lives in the mail, not here.
 */
@Injectable()
export class MailOutboxService implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger(MailOutboxService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly jobs: JobRunnerService,
    @Inject(MAIL_TRANSPORT) private readonly transport: MailTransport,
  ) {}

  onModuleInit(): void {
    this.jobs.register(SEND_MAIL_JOB, (job) => this.send(job));
  }

  onModuleDestroy(): void {
    this.transport.close();
  }

  async enqueue(manager: EntityManager, mail: QueuedMail): Promise<string> {
    const [row] = returnedRows<{ id: string }>(
      await manager.query(
        `INSERT INTO mail_outbox (kind, recipient, subject, body_text) VALUES ($1, $2, $3, $4) RETURNING id`,
        [mail.kind, mail.to, mail.subject, mail.text],
      ),
    );
    if (!row) throw new Error('the mail outbox returned no id');
    await this.jobs.enqueue(manager, SEND_MAIL_JOB, { mailId: row.id }, { dedupeKey: `mail:${row.id}` });
    return row.id;
  }

  private async send(job: JobContext): Promise<void> {
    const mailId = String(job.payload.mailId);
    const rows = (await this.dataSource.query(
      `SELECT id, kind, recipient, subject, body_text FROM mail_outbox WHERE id = $1 AND status = 'queued'`,
      [mailId],
    )) as Array<{ id: string; kind: string; recipient: string; subject: string; body_text: string }>;
    const mail = rows[0];
    if (!mail) return; // sent already: a job that ran twice
    await this.transport.send({
      messageId: `<${mail.id}@crowdstake.mail>`,
      to: mail.recipient,
      subject: mail.subject,
      text: mail.body_text,
    });
    await this.dataSource.query(
      `UPDATE mail_outbox SET status = 'sent', sent_at = now(), body_text = NULL WHERE id = $1 AND status = 'queued'`,
      [mail.id],
    );
    this.logger.log({ mailId: mail.id, kind: mail.kind, transport: this.transport.kind }, 'Mail sent');
  }
}
