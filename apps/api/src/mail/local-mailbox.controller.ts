import { Controller, Get, Header, Query, Req, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Request, Response } from 'express';
import { DataSource } from 'typeorm';
import { z } from 'zod';
import { Public } from '../auth/access.decorators';
import { ValidationFailedError } from '../common/errors/app-error';

export interface MailboxMessage {
  id: string;
  to: string;
  subject: string;
  text: string;
  receivedAt: string;
}

const mailboxQuery = z.strictObject({ to: z.string().trim().toLowerCase().max(254).optional() });

/**
 * The offline default's mailbox, for a person trying the platform and for the browser tests: what
 * was sent, newest first. Only mounted outside production and without SMTP settings (it shows
 * everyone's reset links, which is what a local mailbox is for and what production must never do).
 */
@ApiExcludeController()
@Controller('dev/mailbox')
export class LocalMailboxController {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  @Get()
  @Public()
  @Header('Cache-Control', 'no-store')
  async list(
    @Query() query: Record<string, unknown>,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
  ): Promise<{ items: MailboxMessage[] } | string> {
    const parsed = mailboxQuery.safeParse(query);
    if (!parsed.success) throw new ValidationFailedError('Only `to` (an email address) filters the mailbox.');
    const rows = (await this.dataSource.query(
      `SELECT id, recipient, subject, body_text, received_at FROM local_mailbox
        WHERE $1::text IS NULL OR recipient = $1 ORDER BY received_at DESC, id LIMIT 100`,
      [parsed.data.to ?? null],
    )) as Array<{ id: string; recipient: string; subject: string; body_text: string; received_at: Date }>;
    const items = rows.map((row) => ({
      id: row.id,
      to: row.recipient,
      subject: row.subject,
      text: row.body_text,
      receivedAt: row.received_at.toISOString(),
    }));
    if (request.accepts(['json', 'html']) !== 'html') return { items };
    response.type('html');
    return renderMailbox(items);
  }
}

function renderMailbox(items: MailboxMessage[]): string {
  const escape = (text: string) =>
    text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
  const linkify = (text: string) => escape(text).replace(/(https?:\/\/[^\s<]+)/g, '<a href="$1">$1</a>');
  const messages = items.length
    ? items
        .map(
          (m) => `<article><h2>${escape(m.subject)}</h2><p class="meta">To ${escape(m.to)} · ${escape(m.receivedAt)}</p>
<pre>${linkify(m.text)}</pre></article>`,
        )
        .join('\n')
    : '<p>No mail yet. Ask for a password reset from the sign-in page and it arrives here.</p>';
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<title>Local mailbox · Crowdstake</title>
<style>body{font:16px/1.5 system-ui,sans-serif;max-width:48rem;margin:2rem auto;padding:0 1rem;color:#1a1b1e}
article{border:1px solid #ccc;border-radius:8px;padding:0 1rem 1rem;margin:1rem 0}.meta{color:#555}
pre{white-space:pre-wrap;font:inherit}</style></head><body>
<h1>Local mailbox</h1><p>Mail the platform sent while no SMTP server is configured (newest first).</p>
${messages}</body></html>`;
}
