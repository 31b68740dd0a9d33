import { type Actor, hasRole } from '../../app/auth/roles.ts';
import { AppError, forbidden, notFound } from '../../app/errors.ts';
import { type Db, inTransaction } from '../../db/database.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { listCategories } from './config.repository.ts';
import { matchMessages } from './messages.ts';
import type { Severity } from './tables.ts';

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
}

function requireAgent(actor: Actor) {
  if (!hasRole(actor, 'admin', 'agent')) throw forbidden('Only the service desk publishes operational messages.');
}

export async function publishMessage(db: Db, actor: Actor, input: MessageInput, now: Date, requestId?: string) {
  requireAgent(actor);
  const startsAt = input.startsAt ? new Date(input.startsAt) : now;
  const expected = input.expectedEndAt ? new Date(input.expectedEndAt) : null;
  if (expected && expected < startsAt) {
    throw new AppError('validation_failed', 'expectedEndAt: the expected end is before the start.', [
      { path: 'expectedEndAt', message: 'before startsAt', code: 'end_before_start' },
    ]);
  }
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
    return view;
  });
}
