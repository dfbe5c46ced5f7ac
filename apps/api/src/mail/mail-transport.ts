import { createTransport } from 'nodemailer';
import type { DataSource } from 'typeorm';
import type { AppConfig } from '../config/config.schema';

export interface OutgoingMail {
  /** Stable per message, so a resend after a crash is recognisable (and deduplicated by the local mailbox). */
  messageId: string;
  to: string;
  subject: string;
  text: string;
}

/** Where mail goes: an SMTP server, or the local mailbox of the offline default. */
export interface MailTransport {
  readonly kind: 'smtp' | 'local';
  send(mail: OutgoingMail): Promise<void>;
  close(): void;
}

export const MAIL_TRANSPORT = Symbol('MAIL_TRANSPORT');

/** nodemailer over SMTP (SMTP_URL): pooled connections, TLS as the URL says. */
export function smtpTransport(config: AppConfig): MailTransport {
  const transport = createTransport(config.mail.smtpUrl);
  return {
    kind: 'smtp',
    async send(mail) {
      await transport.sendMail({ from: config.mail.from, ...mail });
    },
    close: () => transport.close(),
  };
}

/**
 * The offline default: nodemailer builds the real message (headers, encoding) and, instead of an
 * SMTP server, it lands in the `local_mailbox` table, where `GET /api/dev/mailbox` shows it. In the
 * database rather than in memory, so every replica and a restarted process see the same mailbox.
 */
export function localMailboxTransport(config: AppConfig, dataSource: DataSource): MailTransport {
  const transport = createTransport({ streamTransport: true, buffer: true, newline: 'unix' });
  return {
    kind: 'local',
    async send(mail) {
      const info = await transport.sendMail({ from: config.mail.from, ...mail });
      const raw = Buffer.isBuffer(info.message) ? info.message.toString('utf8') : String(info.message);
      await dataSource.query(
        `INSERT INTO local_mailbox (message_id, recipient, subject, body_text, raw)
         VALUES ($1, $2, $3, $4, $5) ON CONFLICT (message_id) DO NOTHING`,
        [mail.messageId, mail.to, mail.subject, mail.text, raw],
      );
    },
    close: () => transport.close(),
  };
}
