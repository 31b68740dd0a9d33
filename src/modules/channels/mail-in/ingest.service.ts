// One incoming mail → a ticket, a comment on a ticket, or a recorded reason to ignore it. The mail's
// record (mailbox, UIDVALIDITY, UID: unique), the ticket or comment, its files and the mailbox's
// high-water mark are written in one transaction, so a mail is handled exactly once even when the
// process dies in the middle: either all of it is committed or none, and a committed mail is never
// taken again.
import { createHash } from 'node:crypto';
import { type ParsedMail, simpleParser } from 'mailparser';
import type { Logger } from 'pino';
import { type Db, inTransaction } from '../../../db/database.ts';
import { addComment, createTicket } from '../../servicedesk/tickets.service.ts';
import { ticketIdInHeaders, ticketNumberInSubject } from '../notices.ts';
import { channelActor } from '../system-actor.ts';
import { domainOf, ignoreReason, replyText } from './classify.ts';

/** A file larger than this is not kept; the ticket says so and the sender is asked for another way. */
export const MAX_ATTACHMENT_BYTES = 25 * 1024 * 1024;
const MAX_DESCRIPTION = 20_000;

export interface MailboxRow {
  id: string;
  cooperation_id: string;
  name: string;
  address: string;
  default_member_id: string | null;
}

export interface IncomingMail {
  uid: number;
  uidValidity: number;
  source: Buffer;
  /** true when only the start of a very large mail was fetched */
  truncated?: boolean;
  size: number;
}

const mb = (n: number) => `${(n / 1024 / 1024).toLocaleString('nb-NO', { maximumFractionDigits: 1 })} MB`;
const kb = (n: number) => (n >= 1024 * 1024 ? mb(n) : `${Math.max(1, Math.round(n / 1024))} kB`);

/** The first header line of a raw mail we could not parse otherwise. */
function rawHeader(source: Buffer, name: string) {
  const head = source.subarray(0, 64 * 1024).toString('latin1');
  const m = new RegExp(`^${name}:[ \\t]*(.*)$`, 'im').exec(head);
  return m?.[1]?.trim() ?? '';
}

async function parse(source: Buffer): Promise<ParsedMail | null> {
  try {
    return await simpleParser(source, { skipImageLinks: true, skipTextLinks: true });
  } catch {
    return null;
  }
}

type Outcome = { outcome: 'ticket' | 'comment' | 'ignored' | 'failed'; reason: string; ticketId: string | null };

async function findRequester(tx: Db, cooperationId: string, address: string) {
  return tx
    .selectFrom('app_user')
    .select(['id', 'member_id'])
    .where('cooperation_id', '=', cooperationId)
    .where((eb) => eb(eb.fn('lower', ['email']), '=', address.toLowerCase()))
    .where('active', '=', true)
    .executeTakeFirst();
}

async function memberByDomain(tx: Db, cooperationId: string, address: string) {
  const domain = domainOf(address);
  const members = await tx
    .selectFrom('member')
    .select(['id', 'email_domains'])
    .where('cooperation_id', '=', cooperationId)
    .where('left_on', 'is', null)
    .execute();
  return members.find((m) =>
    m.email_domains.some((d) => domain === d.toLowerCase() || domain.endsWith(`.${d.toLowerCase()}`)),
  )?.id;
}

/** The ticket a reply belongs to: by our Message-ID in its headers, else by "[Sak #n]" in the subject. */
async function repliedTicket(tx: Db, cooperationId: string, mail: ParsedMail) {
  const byHeader = ticketIdInHeaders(mail.inReplyTo, mail.references);
  const number = ticketNumberInSubject(mail.subject ?? '');
  let q = tx
    .selectFrom('ticket')
    .select(['id', 'number', 'core_state', 'requester_email'])
    .where('cooperation_id', '=', cooperationId);
  if (byHeader) q = q.where('id', '=', byHeader);
  else if (number !== null) q = q.where('number', '=', number);
  else return undefined;
  return q.executeTakeFirst();
}

function fileNotes(mail: ParsedMail) {
  const kept: ParsedMail['attachments'] = [];
  const notes: string[] = [];
  for (const a of mail.attachments) {
    const name = a.filename ?? 'vedlegg';
    if (a.size > MAX_ATTACHMENT_BYTES) {
      notes.push(
        `Vedlegget «${name}» (${mb(a.size)}) er større enn grensen på ${mb(MAX_ATTACHMENT_BYTES)} og ble ikke lagret. Be avsenderen dele filen på en annen måte.`,
      );
    } else kept.push(a);
  }
  return { kept, notes };
}

async function keepFiles(
  tx: Db,
  cooperationId: string,
  ticketId: string,
  files: { fileName: string; mediaType: string; content: Buffer }[],
  now: Date,
) {
  for (const f of files) {
    await tx
      .insertInto('ticket_attachment')
      .values({
        id: crypto.randomUUID(),
        cooperation_id: cooperationId,
        ticket_id: ticketId,
        file_name: f.fileName.slice(0, 200),
        media_type: f.mediaType.slice(0, 200),
        size_bytes: f.content.length,
        sha256: createHash('sha256').update(f.content).digest('hex'),
        content: f.content,
        source: 'email',
        created_at: now,
      })
      .execute();
  }
}

/**
 * Handle one mail of a mailbox; returns what it became. Already handled (same UID) → null. The
 * caller's progress (last UID) moves in the same transaction.
 */
export async function ingestMail(
  db: Db,
  mailbox: MailboxRow,
  mail: IncomingMail,
  now: Date,
  logger: Logger,
): Promise<Outcome | null> {
  const parsed = await parse(mail.source);
  return inTransaction(db, async (tx) => {
    const coop = mailbox.cooperation_id;
    const seen = await tx
      .selectFrom('inbound_mail')
      .select('id')
      .where('mailbox_id', '=', mailbox.id)
      .where('uid_validity', '=', mail.uidValidity)
      .where('uid', '=', mail.uid)
      .executeTakeFirst();
    if (seen) return null;
    const from = parsed?.from?.value[0]?.address?.toLowerCase() ?? rawHeader(mail.source, 'from');
    const fromName = parsed?.from?.value[0]?.name ?? '';
    const subject = (parsed?.subject ?? rawHeader(mail.source, 'subject')).trim();
    const messageId = parsed?.messageId ?? (rawHeader(mail.source, 'message-id') || null);
    const actor = channelActor(coop, `E-post: ${mailbox.name}`);
    let result: Outcome;
    let raw: Buffer | null = null;

    const duplicate =
      messageId &&
      (await tx
        .selectFrom('inbound_mail')
        .select(['ticket_id'])
        .where('cooperation_id', '=', coop)
        .where('message_id', '=', messageId)
        .where('outcome', 'in', ['ticket', 'comment'])
        .executeTakeFirst());
    const ignore = parsed ? ignoreReason(parsed.headers, { from, subject }, { addresses: [mailbox.address] }) : null;
    if (duplicate) {
      result = {
        outcome: 'ignored',
        reason: 'the same message (Message-ID) was handled before',
        ticketId: duplicate.ticket_id,
      };
    } else if (ignore) {
      result = { outcome: 'ignored', reason: ignore, ticketId: null };
    } else if (!parsed) {
      // Unreadable: still a ticket, with the raw mail attached, so nothing a user sent is lost.
      raw = mail.source;
      const ticket = await createTicket(
        tx,
        actor,
        {
          kind: 'incident',
          channel: 'email',
          subject: (subject || '(e-post som ikke kunne leses)').slice(0, 200),
          description:
            'E-posten kunne ikke tolkes (ugyldig MIME). Den opprinnelige meldingen ligger ved som melding.eml.',
          requesterName: from || 'Ukjent avsender',
          requesterEmail: from.includes('@') ? from : null,
          memberId: mailbox.default_member_id,
        },
        now,
      );
      if (mail.source.length <= MAX_ATTACHMENT_BYTES)
        await keepFiles(
          tx,
          coop,
          ticket.id,
          [{ fileName: 'melding.eml', mediaType: 'message/rfc822', content: mail.source }],
          now,
        );
      result = { outcome: 'ticket', reason: 'unreadable MIME: raw message attached', ticketId: ticket.id };
    } else {
      const { kept, notes } = fileNotes(parsed);
      if (mail.truncated)
        notes.push(
          `E-posten var ${mb(mail.size)}, for stor til å hentes i sin helhet; bare starten er lest og vedleggene mangler.`,
        );
      const files = kept.map((a) => ({
        fileName: a.filename ?? `vedlegg-${a.checksum.slice(0, 8)}`,
        mediaType: a.contentType,
        content: a.content,
      }));
      const fileList = files.length
        ? [`Vedlegg: ${files.map((f) => `${f.fileName} (${kb(f.content.length)})`).join(', ')}`]
        : [];
      const body = (parsed.text ?? '').trim();
      const target = await repliedTicket(tx, coop, parsed);
      if (target && target.core_state !== 'closed') {
        const byRequester = target.requester_email?.toLowerCase() === from;
        const text = [
          byRequester ? '' : `Fra ${fromName ? `${fromName} <${from}>` : from}:`,
          replyText(body) || '(tom e-post)',
          ...fileList,
          ...notes,
        ]
          .filter(Boolean)
          .join('\n\n')
          .slice(0, MAX_DESCRIPTION);
        await addComment(tx, actor, target.id, { body: text, public: true }, now, undefined, { requesterMail: true });
        await keepFiles(tx, coop, target.id, files, now);
        result = { outcome: 'comment', reason: `reply to #${target.number}`, ticketId: target.id };
      } else {
        const requester = from ? await findRequester(tx, coop, from) : undefined;
        const memberId =
          requester?.member_id ?? (await memberByDomain(tx, coop, from)) ?? mailbox.default_member_id ?? null;
        const description = [
          body || '(tom e-post)',
          ...(target ? [`Svar på lukket sak #${target.number}.`] : []),
          ...fileList,
          ...notes,
        ]
          .join('\n\n')
          .slice(0, MAX_DESCRIPTION);
        const ticket = await createTicket(
          tx,
          actor,
          {
            kind: 'incident',
            channel: 'email',
            subject: (subject || '(uten emne)').slice(0, 200),
            description,
            ...(requester
              ? { requesterId: requester.id }
              : { requesterName: fromName || from, requesterEmail: from || null }),
            memberId,
          },
          now,
        );
        await keepFiles(tx, coop, ticket.id, files, now);
        result = { outcome: 'ticket', reason: notes.length ? notes.join(' ') : '', ticketId: ticket.id };
      }
      if (notes.length)
        logger.warn({ mailboxId: mailbox.id, uid: mail.uid, ticketId: result.ticketId }, notes.join(' '));
    }
    if (!parsed)
      logger.warn(
        { mailboxId: mailbox.id, uid: mail.uid, ticketId: result.ticketId },
        'unreadable mail kept as a ticket',
      );
    if (result.outcome === 'ignored')
      logger.info({ mailboxId: mailbox.id, uid: mail.uid, reason: result.reason }, 'mail ignored');
    await tx
      .insertInto('inbound_mail')
      .values({
        id: crypto.randomUUID(),
        cooperation_id: coop,
        mailbox_id: mailbox.id,
        uid_validity: mail.uidValidity,
        uid: mail.uid,
        message_id: messageId?.slice(0, 500) ?? null,
        from_address: from.slice(0, 320),
        subject: subject.slice(0, 300),
        size_bytes: mail.size,
        outcome: result.outcome,
        reason: result.reason.slice(0, 1000),
        ticket_id: result.ticketId,
        raw,
        received_at: now,
      })
      .execute();
    await tx
      .updateTable('mailbox')
      .set({ last_uid: mail.uid, uid_validity: mail.uidValidity })
      .where('id', '=', mailbox.id)
      .where('last_uid', '<', mail.uid)
      .execute();
    return result;
  });
}
