// Queues what goes out when something happens: the requester's mails about their ticket, and the
// alerts to system owners (e-mail and Teams). Everything is queued in the caller's transaction, so
// a change and its notices are committed together or not at all; the workers deliver them.
import type { Db } from '../../db/database.ts';
import { osloDateTime } from '../../shared/dates.ts';
import { esc } from '../../shared/html.ts';
import { insertMails, PUBLIC_URL_TOKEN } from '../mail/outbox.repository.ts';
import { PRIORITY_LABEL, SEVERITY_LABEL } from '../servicedesk/labels.ts';
import { type AlertText, firingRules, teamsCard } from './alerts.ts';
import { type TicketNoticeKind, ticketMessageId, ticketNotice, ticketThreadId } from './notices.ts';

/** The right-hand side of the Message-IDs we make. */
export const MESSAGE_ID_DOMAIN = 'samdrift.mail';

/** Headers that keep out-of-office replies and mail loops away (RFC 3834; Exchange's own header). */
const AUTOMATED = { 'Auto-Submitted': 'auto-generated', 'X-Auto-Response-Suppress': 'All' };

async function cooperationName(db: Db, cooperationId: string) {
  const row = await db.selectFrom('cooperation').select('name').where('id', '=', cooperationId).executeTakeFirst();
  return row?.name ?? 'Samdrift';
}

/**
 * Queue the requester's mail about their ticket. Nothing when the ticket has no address, is a
 * security alert, or the requester wrote the comment themselves.
 */
export async function queueTicketNotice(
  tx: Db,
  cooperationId: string,
  ticketId: string,
  kind: TicketNoticeKind,
  now: Date,
  extra: { text?: string; author?: string; authorUserId?: string | null } = {},
) {
  const t = await tx
    .selectFrom('ticket')
    .select(['id', 'number', 'subject', 'kind', 'requester_id', 'requester_name', 'requester_email'])
    .where('cooperation_id', '=', cooperationId)
    .where('id', '=', ticketId)
    .executeTakeFirst();
  if (!t?.requester_email || t.kind === 'security_alert') return;
  if (kind === 'comment' && extra.authorUserId && extra.authorUserId === t.requester_id) return;
  const mail = ticketNotice({
    kind,
    cooperationName: await cooperationName(tx, cooperationId),
    ticket: { id: t.id, number: t.number, subject: t.subject, requesterName: t.requester_name },
    text: extra.text,
    author: extra.author,
  });
  const id = crypto.randomUUID();
  const thread = ticketThreadId(t.id, MESSAGE_ID_DOMAIN);
  await insertMails(tx, [
    {
      id,
      cooperation_id: cooperationId,
      topic: `ticket.${kind}`,
      to_address: t.requester_email,
      to_name: t.requester_name,
      subject: mail.subject,
      text_body: mail.text,
      html_body: mail.html,
      ref_id: t.id,
      headers: {
        'Message-ID': ticketMessageId(id, t.id, MESSAGE_ID_DOMAIN),
        References: thread,
        ...(kind === 'created' ? {} : { 'In-Reply-To': thread }),
        ...AUTOMATED,
      },
      next_attempt_at: now,
      created_at: now,
    },
  ]);
}

/** Active system owners of the members, with an address, once each. */
async function systemOwners(tx: Db, cooperationId: string, memberIds: string[]) {
  if (memberIds.length === 0) return [];
  const rows = await tx
    .selectFrom('user_role')
    .innerJoin('app_user', 'app_user.id', 'user_role.user_id')
    .select(['app_user.email', 'app_user.name'])
    .where('user_role.cooperation_id', '=', cooperationId)
    .where('user_role.role', '=', 'system_owner')
    .where('user_role.member_id', 'in', memberIds)
    .where('app_user.active', '=', true)
    .orderBy('app_user.email')
    .execute();
  const seen = new Set<string>();
  return rows.filter((r) => {
    const key = r.email.toLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

async function fanOut(
  tx: Db,
  cooperationId: string,
  e: { event: 'incident_opened' | 'message_published'; priority?: string; memberIds: string[]; refId: string },
  text: AlertText,
  now: Date,
) {
  const rules = await tx
    .selectFrom('notify_rule')
    .selectAll()
    .where('cooperation_id', '=', cooperationId)
    .where('event', '=', e.event)
    .where('active', '=', true)
    .execute();
  if (rules.length === 0) return 0;
  const members = await tx
    .selectFrom('member')
    .select('id')
    .where('cooperation_id', '=', cooperationId)
    .where('left_on', 'is', null)
    .execute();
  let queued = 0;
  const mailed = new Set<string>();
  const coopName = await cooperationName(tx, cooperationId);
  for (const { rule, memberIds } of firingRules(
    rules,
    e,
    members.map((m) => m.id),
  )) {
    if (rule.email) {
      const owners = (await systemOwners(tx, cooperationId, memberIds)).filter((o) => !mailed.has(o.email));
      for (const o of owners) mailed.add(o.email);
      const plain = [
        text.title,
        '',
        text.summary,
        '',
        ...text.facts.map((f) => `${f.title}: ${f.value}`),
        '',
        `Se: ${PUBLIC_URL_TOKEN}${text.link}`,
        '',
        `Du får dette varselet som systemeier. Hilsen ${coopName}`,
      ].join('\n');
      const html = `<!doctype html><html lang="nb"><head><meta charset="utf-8"><title>${esc(text.title)}</title></head><body><h1>${esc(
        text.title,
      )}</h1><p>${esc(text.summary)}</p><table role="presentation">${text.facts
        .map((f) => `<tr><th scope="row" style="text-align:left">${esc(f.title)}</th><td>${esc(f.value)}</td></tr>`)
        .join(
          '',
        )}</table><p><a href="${PUBLIC_URL_TOKEN}${esc(text.link)}">Åpne i Samdrift</a></p><p>Du får dette varselet som systemeier. Hilsen ${esc(
        coopName,
      )}</p></body></html>`;
      await insertMails(
        tx,
        owners.map((o) => ({
          id: crypto.randomUUID(),
          cooperation_id: cooperationId,
          topic: `alert.${e.event}`,
          to_address: o.email,
          to_name: o.name,
          subject: `[Varsel] ${text.title}`,
          text_body: plain,
          html_body: html,
          ref_id: e.refId,
          headers: AUTOMATED,
          next_attempt_at: now,
          created_at: now,
        })),
      );
      queued += owners.length;
    }
    if (rule.teams_webhook_url) {
      await tx
        .insertInto('webhook_outbox')
        .values({
          id: crypto.randomUUID(),
          cooperation_id: cooperationId,
          topic: `alert.${e.event}`,
          url: rule.teams_webhook_url,
          payload: JSON.stringify(teamsCard(text)),
          ref_id: e.refId,
          rule_id: rule.id,
          next_attempt_at: now,
          created_at: now,
        })
        .execute();
      queued++;
    }
  }
  return queued;
}

async function memberNames(tx: Db, cooperationId: string, ids: string[]) {
  if (ids.length === 0) return 'Alle medlemmer';
  const rows = await tx
    .selectFrom('member')
    .select('name')
    .where('cooperation_id', '=', cooperationId)
    .where('id', 'in', ids)
    .execute();
  return rows
    .map((r) => r.name)
    .sort(new Intl.Collator('nb').compare)
    .join(', ');
}

/** A critical or high incident was opened (or raised to that priority): alert by the rules. */
export async function queueIncidentAlerts(tx: Db, cooperationId: string, ticketId: string, now: Date) {
  const t = await tx
    .selectFrom('ticket')
    .select(['id', 'number', 'subject', 'kind', 'priority', 'member_id', 'description'])
    .where('cooperation_id', '=', cooperationId)
    .where('id', '=', ticketId)
    .executeTakeFirst();
  if (t?.kind !== 'incident') return 0;
  const memberIds = t.member_id ? [t.member_id] : [];
  return fanOut(
    tx,
    cooperationId,
    { event: 'incident_opened', priority: t.priority, memberIds, refId: t.id },
    {
      title: `${PRIORITY_LABEL[t.priority]} hendelse: ${t.subject}`,
      summary: t.description.slice(0, 500) || t.subject,
      facts: [
        { title: 'Sak', value: `#${t.number}` },
        { title: 'Prioritet', value: PRIORITY_LABEL[t.priority] },
        { title: 'Gjelder', value: await memberNames(tx, cooperationId, memberIds) },
      ],
      link: `/servicedesk/tickets/${t.id}`,
      severe: t.priority === 'critical',
    },
    now,
  );
}

/** An operational message was published: alert by the rules. */
export async function queueMessageAlerts(tx: Db, cooperationId: string, messageId: string, now: Date) {
  const m = await tx
    .selectFrom('operational_message')
    .select(['id', 'title', 'body', 'severity', 'member_ids', 'expected_end_at'])
    .where('cooperation_id', '=', cooperationId)
    .where('id', '=', messageId)
    .executeTakeFirst();
  if (!m) return 0;
  const end = m.expected_end_at ? osloDateTime(m.expected_end_at) : 'Ikke kjent';
  return fanOut(
    tx,
    cooperationId,
    { event: 'message_published', memberIds: m.member_ids, refId: m.id },
    {
      title: `Driftsmelding: ${m.title}`,
      summary: m.body.slice(0, 500) || m.title,
      facts: [
        { title: 'Alvorlighet', value: SEVERITY_LABEL[m.severity] },
        { title: 'Gjelder', value: await memberNames(tx, cooperationId, m.member_ids) },
        { title: 'Forventet løst', value: end },
      ],
      link: '/portal',
      severe: m.severity === 'critical' || m.severity === 'major',
    },
    now,
  );
}
