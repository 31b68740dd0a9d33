// Delivers the mail queue over SMTP: due mails are leased in one short statement, sent one by one,
// and marked sent, or retried with back-off and finally marked failed. No transaction is held while
// talking to the SMTP server (PGlite has one connection that requests share). The queue lives in the database,
// so a stopped process loses nothing; a mail may at worst be sent twice if the process dies between
// the SMTP server's acceptance and the commit (SMTP gives no way to ask).
import nodemailer, { type Transporter } from 'nodemailer';
import type { AppContext } from '../../app/context.ts';
import {
  leaseDueMails,
  markMailAttemptFailed,
  markMailSent,
  recordAttempt,
  withPublicUrl,
} from './outbox.repository.ts';
import { nextAttemptAt } from './retry.ts';

export function smtpTransport(url: string): Transporter {
  return nodemailer.createTransport(url);
}

/** A leased mail not marked within this time is taken up again (the sender died). */
const LEASE_MINUTES = 10;

/** Send every due mail once; returns how many were sent and how many failed this round. */
export async function deliverDueMails(ctx: AppContext, transport: Transporter, limit = 50) {
  let sent = 0;
  let failed = 0;
  const tx = ctx.db;
  const now = ctx.now();
  const due = await leaseDueMails(tx, now, new Date(now.getTime() + LEASE_MINUTES * 60_000), limit);
  for (const mail of due) {
    try {
      const attachments = await Promise.all(
        mail.attachments.map(async (a) => {
          if (!a.documentId) throw new Error(`Attachment ${a.fileName} has no source.`);
          const doc = await tx
            .selectFrom('gov_document')
            .select('pdf')
            .where('id', '=', a.documentId)
            .where('cooperation_id', '=', mail.cooperation_id)
            .executeTakeFirst();
          if (!doc) throw new Error(`Attachment ${a.fileName} no longer exists.`);
          return { filename: a.fileName, contentType: a.mediaType, content: Buffer.from(doc.pdf) };
        }),
      );
      const url = ctx.config.publicUrl;
      const info = await transport.sendMail({
        from: ctx.config.mailFrom,
        to: mail.to_name ? { name: mail.to_name, address: mail.to_address } : mail.to_address,
        subject: mail.subject,
        text: withPublicUrl(mail.text_body, url),
        ...(mail.html_body ? { html: withPublicUrl(mail.html_body, url) } : {}),
        attachments,
        ...(mail.headers['Message-ID'] ? { messageId: mail.headers['Message-ID'] } : {}),
        ...(mail.headers['In-Reply-To'] ? { inReplyTo: mail.headers['In-Reply-To'] } : {}),
        ...(mail.headers.References ? { references: mail.headers.References } : {}),
        headers: {
          ...Object.fromEntries(
            Object.entries(mail.headers).filter(([k]) => !['Message-ID', 'In-Reply-To', 'References'].includes(k)),
          ),
          'X-Samdrift-Mail-Id': mail.id,
        },
      });
      const at = ctx.now();
      await markMailSent(tx, mail.id, at);
      await recordAttempt(tx, {
        cooperationId: mail.cooperation_id,
        channel: 'email',
        deliveryId: mail.id,
        attempt: mail.attempts + 1,
        at,
        ok: true,
        detail: String(info.response ?? 'accepted').slice(0, 200),
      });
      sent++;
    } catch (err) {
      const message = err instanceof Error ? err.message : String(err);
      const at = ctx.now();
      const retryAt = nextAttemptAt(mail.attempts + 1, at);
      await markMailAttemptFailed(tx, mail.id, message, retryAt);
      await recordAttempt(tx, {
        cooperationId: mail.cooperation_id,
        channel: 'email',
        deliveryId: mail.id,
        attempt: mail.attempts + 1,
        at,
        ok: false,
        detail: retryAt ? message : `${message} (gitt opp)`,
      });
      failed++;
      ctx.logger.warn({ mailId: mail.id, attempt: mail.attempts + 1, final: !retryAt }, 'mail delivery failed');
    }
  }
  return { sent, failed };
}
