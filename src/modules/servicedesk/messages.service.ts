import { type Actor, hasRole } from '../../app/auth/roles.ts';
import { AppError, forbidden, notFound } from '../../app/errors.ts';
import { type Db, inTransaction } from '../../db/database.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { queueMessageAlerts } from '../channels/notify.service.ts';
import { channelActor } from '../channels/system-actor.ts';
import { listCategories } from './config.repository.ts';
import { matchMessages } from './messages.ts';
import type { Severity } from './tables.ts';
import { createTicket, getTicket, resolveTicket } from './tickets.service.ts';

const columns = [
  'id',
  'title',
  'body',
  'severity',
  'category_ids',
  'member_ids',
  'keywords',
  'starts_at',
  'expected_end_at',
  'closed_at',
  'incident_ticket_id',
  'created_at',
  'updated_at',
] as const;

type Row = {
  id: string;
  title: string;
  body: string;
  severity: Severity;
  category_ids: string[];
  member_ids: string[];
  keywords: string[];
  starts_at: Date;
  expected_end_at: Date | null;
  closed_at: Date | null;
  incident_ticket_id: string | null;
  created_at: Date;
  updated_at: Date;
};

export function presentMessage(m: Row) {
  return {
    id: m.id,
    title: m.title,
    body: m.body,
    severity: m.severity,
    categoryIds: m.category_ids,
    memberIds: m.member_ids,
    keywords: m.keywords,
    startsAt: m.starts_at.toISOString(),
    expectedEndAt: m.expected_end_at?.toISOString() ?? null,
    closedAt: m.closed_at?.toISOString() ?? null,
    incidentTicketId: m.incident_ticket_id,
  };
}

function openMessages(db: Db, cooperationId: string) {
  return db
    .selectFrom('operational_message')
    .select(columns)
    .where('cooperation_id', '=', cooperationId)
    .where('closed_at', 'is', null)
    .execute();
}

/**
 * Current messages the actor may see (staff: all; others: those for everyone or for their own
 * member). With a category or text, only those that match what the user is reporting, best first.
 */
export async function currentMessages(db: Db, actor: Actor, q: { categoryId?: string; text?: string }, now: Date) {
  const rows = (await openMessages(db, actor.cooperationId)).filter((m) => m.starts_at <= now);
  const staff = hasRole(actor, 'admin', 'agent', 'leader');
  const memberId = actor.memberId ?? actor.roles.find((g) => g.memberId)?.memberId ?? null;
  const visible = staff
    ? rows
    : rows.filter((m) => m.member_ids.length === 0 || (memberId !== null && m.member_ids.includes(memberId)));
  if (!q.categoryId && !q.text) {
    return visible.sort((a, b) => b.starts_at.getTime() - a.starts_at.getTime()).map(presentMessage);
  }
  let categoryIds: string[] = [];
  if (q.categoryId) {
    const cat = (await listCategories(db, actor.cooperationId)).find((c) => c.id === q.categoryId);
    categoryIds = cat ? [cat.id, ...(cat.parent_id ? [cat.parent_id] : [])] : [];
  }
  return matchMessages(visible, { now, memberId: staff ? null : memberId, categoryIds, text: q.text ?? '' }).map(
    presentMessage,
  );
}

export interface MessageInput {
  title: string;
  body?: string;
  severity: Severity;
  categoryIds?: string[];
  memberIds?: string[];
  keywords?: string[];
  startsAt?: string;
  expectedEndAt?: string | null;
  incidentTicketId?: string | null;
}

async function checkIncident(db: Db, cooperationId: string, id: string | null | undefined) {
  if (!id) return;
  const t = await db
    .selectFrom('ticket')
    .select('kind')
    .where('cooperation_id', '=', cooperationId)
    .where('id', '=', id)
    .executeTakeFirst();
  if (t?.kind !== 'incident')
    throw new AppError('validation_failed', 'incidentTicketId: not an incident of this cooperation.', [
      { path: 'incidentTicketId', message: 'unknown incident', code: 'unknown_incident' },
    ]);
}

function checkPeriod(startsAt: Date, expected: Date | null) {
  if (expected && expected < startsAt) {
    throw new AppError('validation_failed', 'expectedEndAt: the expected end is before the start.', [
      { path: 'expectedEndAt', message: 'before startsAt', code: 'end_before_start' },
    ]);
  }
}

function requireAgent(actor: Actor) {
  if (!hasRole(actor, 'admin', 'agent')) throw forbidden('Only the service desk publishes operational messages.');
}

export async function publishMessage(db: Db, actor: Actor, input: MessageInput, now: Date, requestId?: string) {
  requireAgent(actor);
  const startsAt = input.startsAt ? new Date(input.startsAt) : now;
  const expected = input.expectedEndAt ? new Date(input.expectedEndAt) : null;
  checkPeriod(startsAt, expected);
  await checkIncident(db, actor.cooperationId, input.incidentTicketId);
  return inTransaction(db, async (tx) => {
    const id = crypto.randomUUID();
    await tx
      .insertInto('operational_message')
      .values({
        id,
        cooperation_id: actor.cooperationId,
        title: input.title,
        body: input.body ?? '',
        severity: input.severity,
        category_ids: input.categoryIds ?? [],
        member_ids: input.memberIds ?? [],
        keywords: input.keywords ?? [],
        starts_at: startsAt,
        expected_end_at: expected,
        incident_ticket_id: input.incidentTicketId ?? null,
        created_by: actor.userId,
        created_at: now,
        updated_at: now,
      })
      .execute();
    const row = await tx
      .selectFrom('operational_message')
      .select(columns)
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    const view = presentMessage(row);
    await recordAudit(
      tx,
      actor,
      {
        cooperationId: actor.cooperationId,
        action: 'create',
        entityType: 'operational_message',
        entityId: id,
        summary: `Published "${input.title}"`,
        after: view,
      },
      requestId,
    );
    await queueMessageAlerts(tx, actor.cooperationId, id, now);
    return view;
  });
}

export async function closeMessage(db: Db, actor: Actor, id: string, now: Date, requestId?: string) {
  requireAgent(actor);
  return inTransaction(db, async (tx) => {
    const before = await tx
      .selectFrom('operational_message')
      .select(columns)
      .where('cooperation_id', '=', actor.cooperationId)
      .where('id', '=', id)
      .executeTakeFirst();
    if (!before) throw notFound('The message');
    if (before.closed_at) throw new AppError('conflict', 'The message is closed already.');
    await tx
      .updateTable('operational_message')
      .set({ closed_at: now, updated_at: now })
      .where('cooperation_id', '=', actor.cooperationId)
      .where('id', '=', id)
      .execute();
    const view = presentMessage({ ...before, closed_at: now });
    await recordAudit(
      tx,
      actor,
      {
        cooperationId: actor.cooperationId,
        action: 'update',
        entityType: 'operational_message',
        entityId: id,
        summary: `Closed "${before.title}"`,
        before: presentMessage(before),
        after: view,
      },
      requestId,
    );
    if (before.incident_ticket_id) await resolveAttached(tx, actor.cooperationId, before, now);
    return view;
  });
}

async function findMessage(db: Db, cooperationId: string, id: string) {
  const row = await db
    .selectFrom('operational_message')
    .select(columns)
    .where('cooperation_id', '=', cooperationId)
    .where('id', '=', id)
    .executeTakeFirst();
  if (!row) throw notFound('The message');
  return row;
}

/** Change a published message (the text, what it concerns, the expected end); closed ones stay as they were. */
export async function updateMessage(
  db: Db,
  actor: Actor,
  id: string,
  input: Partial<MessageInput>,
  now: Date,
  requestId?: string,
) {
  requireAgent(actor);
  await checkIncident(db, actor.cooperationId, input.incidentTicketId);
  return inTransaction(db, async (tx) => {
    const before = await findMessage(tx, actor.cooperationId, id);
    if (before.closed_at) throw new AppError('conflict', 'The message is closed; publish a new one.');
    const startsAt = input.startsAt ? new Date(input.startsAt) : before.starts_at;
    const expected =
      input.expectedEndAt === undefined
        ? before.expected_end_at
        : input.expectedEndAt
          ? new Date(input.expectedEndAt)
          : null;
    checkPeriod(startsAt, expected);
    await tx
      .updateTable('operational_message')
      .set({
        ...(input.title !== undefined && { title: input.title }),
        ...(input.body !== undefined && { body: input.body }),
        ...(input.severity !== undefined && { severity: input.severity }),
        ...(input.categoryIds !== undefined && { category_ids: input.categoryIds }),
        ...(input.memberIds !== undefined && { member_ids: input.memberIds }),
        ...(input.keywords !== undefined && { keywords: input.keywords }),
        ...(input.incidentTicketId !== undefined && { incident_ticket_id: input.incidentTicketId }),
        starts_at: startsAt,
        expected_end_at: expected,
        updated_at: now,
      })
      .where('cooperation_id', '=', actor.cooperationId)
      .where('id', '=', id)
      .execute();
    const view = presentMessage(await findMessage(tx, actor.cooperationId, id));
    await recordAudit(
      tx,
      actor,
      {
        cooperationId: actor.cooperationId,
        action: 'update',
        entityType: 'operational_message',
        entityId: id,
        summary: `Updated "${view.title}"`,
        before: presentMessage(before),
        after: view,
      },
      requestId,
    );
    return view;
  });
}

/**
 * "I have this fault too": the user's own incident, attached to the message's incident ticket, so
 * the service desk sees how many are affected and the user hears when it is fixed.
 */
export async function attachFault(
  db: Db,
  actor: Actor,
  id: string,
  input: { description?: string },
  now: Date,
  requestId?: string,
) {
  return inTransaction(db, async (tx) => {
    const message = (await currentMessages(tx, actor, {}, now)).find((m) => m.id === id);
    if (!message) throw notFound('The message');
    const ticket = await createTicket(
      tx,
      actor,
      {
        kind: 'incident',
        subject: `Berørt av driftsmelding: ${message.title}`.slice(0, 200),
        description: [input.description?.trim() ?? '', '', `Driftsmelding: ${message.title}`].join('\n').trim(),
        categoryId: message.categoryIds[0] ?? null,
      },
      now,
      requestId,
    );
    if (!message.incidentTicketId) return ticket;
    const incident = await tx
      .selectFrom('ticket')
      .select('number')
      .where('cooperation_id', '=', actor.cooperationId)
      .where('id', '=', message.incidentTicketId)
      .executeTakeFirst();
    await tx
      .updateTable('ticket')
      .set({ parent_id: message.incidentTicketId })
      .where('cooperation_id', '=', actor.cooperationId)
      .where('id', '=', ticket.id)
      .execute();
    await tx
      .insertInto('ticket_event')
      .values(
        [ticket.id, message.incidentTicketId].map((ticketId) => ({
          cooperation_id: actor.cooperationId,
          ticket_id: ticketId,
          at: now,
          actor_user_id: actor.userId,
          actor_name: actor.name,
          kind: 'link' as const,
          data: JSON.stringify(
            ticketId === ticket.id
              ? { attachedTo: message.incidentTicketId, attachedToNumber: incident?.number, message: message.id }
              : { attached: ticket.id, number: ticket.number },
          ),
        })) as never,
      )
      .execute();
    return getTicket(tx, actor, ticket.id);
  });
}

/** Closing a message resolves the faults users attached to its incident; each requester is told. */
async function resolveAttached(
  tx: Db,
  cooperationId: string,
  m: { title: string; incident_ticket_id: string | null },
  now: Date,
) {
  const open = await tx
    .selectFrom('ticket')
    .select('id')
    .where('cooperation_id', '=', cooperationId)
    .where('parent_id', '=', m.incident_ticket_id)
    .where('core_state', 'not in', ['resolved', 'closed'])
    .execute();
  const system = channelActor(cooperationId, 'Driftsmelding');
  for (const t of open) {
    await resolveTicket(tx, system, t.id, `Feilen er rettet: ${m.title}`, now);
  }
}
