import type { Insertable, Updateable } from 'kysely';
import type { Db } from '../../db/database.ts';
import type { CoreState, Priority, TicketEventTable, TicketKind, TicketTable } from './tables.ts';

export const ticketColumns = [
  'ticket.id',
  'ticket.number',
  'ticket.kind',
  'ticket.channel',
  'ticket.priority',
  'ticket.category_id',
  'ticket.member_id',
  'ticket.requester_id',
  'ticket.requester_name',
  'ticket.requester_email',
  'ticket.team_id',
  'ticket.assignee_id',
  'ticket.status_key',
  'ticket.core_state',
  'ticket.subject',
  'ticket.description',
  'ticket.solution',
  'ticket.catalogue_item_id',
  'ticket.form_data',
  'ticket.duplicate_of_id',
  'ticket.parent_id',
  'ticket.external_source',
  'ticket.external_id',
  'ticket.created_at',
  'ticket.updated_at',
  'ticket.first_response_at',
  'ticket.resolved_at',
  'ticket.closed_at',
  'ticket.reopen_count',
  'ticket.sla_response_due',
  'ticket.sla_resolution_due',
  'ticket.sla_response_breached',
  'ticket.sla_resolution_breached',
  'ticket.sla_business_minutes',
  'ticket.sla_paused',
  'ticket.sla_frozen',
] as const;

export function insertTicket(db: Db, row: Insertable<TicketTable>) {
  return db.insertInto('ticket').values(row).execute();
}

/** Ticket columns with the assignee's name, for views. */
function withAssignee(db: Db) {
  return db
    .selectFrom('ticket')
    .leftJoin('app_user as assignee', 'assignee.id', 'ticket.assignee_id')
    .select([...ticketColumns, 'assignee.name as assignee_name']);
}

export function findTicket(db: Db, cooperationId: string, id: string) {
  return withAssignee(db)
    .where('ticket.cooperation_id', '=', cooperationId)
    .where('ticket.id', '=', id)
    .executeTakeFirst();
}

/** The row locked for the rest of the transaction, so concurrent changes to one ticket queue up. */
export function findTicketForUpdate(db: Db, cooperationId: string, id: string) {
  return db
    .selectFrom('ticket')
    .select(ticketColumns)
    .where('ticket.cooperation_id', '=', cooperationId)
    .where('ticket.id', '=', id)
    .forUpdate()
    .executeTakeFirst();
}

export function findTicketByNumber(db: Db, cooperationId: string, number: number) {
  return db
    .selectFrom('ticket')
    .select(['ticket.id'])
    .where('ticket.cooperation_id', '=', cooperationId)
    .where('ticket.number', '=', number)
    .executeTakeFirst();
}

export function updateTicket(db: Db, cooperationId: string, id: string, patch: Updateable<TicketTable>) {
  return db.updateTable('ticket').set(patch).where('cooperation_id', '=', cooperationId).where('id', '=', id).execute();
}

export function insertEvents(db: Db, rows: Insertable<TicketEventTable>[]) {
  if (rows.length === 0) return Promise.resolve();
  return db.insertInto('ticket_event').values(rows).execute();
}

export function listEvents(db: Db, cooperationId: string, ticketId: string) {
  return db
    .selectFrom('ticket_event')
    .select(['id', 'at', 'actor_user_id', 'actor_name', 'kind', 'data'])
    .where('cooperation_id', '=', cooperationId)
    .where('ticket_id', '=', ticketId)
    .orderBy('at')
    .orderBy('id')
    .execute();
}

export interface TicketListQuery {
  cooperationId: string;
  memberIds?: string[];
  requesterId?: string;
  kind?: TicketKind;
  priority?: Priority[];
  categoryId?: string;
  teamId?: string;
  assigneeId?: string | 'none';
  statusKey?: string;
  coreStates?: CoreState[];
  /** due_soon: open, not paused, due before `dueBefore`; breached: open and past due */
  risk?: 'due_soon' | 'breached';
  now: Date;
  dueBefore?: Date;
  search?: string;
  /** keyset: tickets older than this (created_at, id) */
  before?: { createdAt: Date; id: string };
  limit: number;
}

export function listTickets(db: Db, q: TicketListQuery) {
  let query = withAssignee(db).where('ticket.cooperation_id', '=', q.cooperationId);
  if (q.memberIds)
    query = query.where(
      'ticket.member_id',
      'in',
      q.memberIds.length ? q.memberIds : ['00000000-0000-0000-0000-000000000000'],
    );
  if (q.requesterId) query = query.where('ticket.requester_id', '=', q.requesterId);
  if (q.kind) query = query.where('ticket.kind', '=', q.kind);
  if (q.priority?.length) query = query.where('ticket.priority', 'in', q.priority);
  if (q.categoryId) query = query.where('ticket.category_id', '=', q.categoryId);
  if (q.teamId) query = query.where('ticket.team_id', '=', q.teamId);
  if (q.assigneeId === 'none') query = query.where('ticket.assignee_id', 'is', null);
  else if (q.assigneeId) query = query.where('ticket.assignee_id', '=', q.assigneeId);
  if (q.statusKey) query = query.where('ticket.status_key', '=', q.statusKey);
  if (q.coreStates?.length) query = query.where('ticket.core_state', 'in', q.coreStates);
  // Unresolved states imply no resolution instant; saying so lets the planner use the small
  // partial index of open tickets instead of walking all of a cooperation's tickets.
  if (q.coreStates?.length && q.coreStates.every((c) => c === 'new' || c === 'open' || c === 'waiting')) {
    query = query.where('ticket.resolved_at', 'is', null);
  }
  if (q.risk) {
    query = query.where('ticket.resolved_at', 'is', null).where('ticket.sla_paused', '=', false);
    query =
      q.risk === 'breached'
        ? query.where('ticket.sla_resolution_due', '<', q.now)
        : query
            .where('ticket.sla_resolution_due', '>=', q.now)
            .where('ticket.sla_resolution_due', '<', q.dueBefore ?? q.now);
  }
  if (q.search) {
    const n = /^#?(\d{1,12})$/.exec(q.search.trim());
    if (n) query = query.where('ticket.number', '=', Number(n[1]));
    else {
      const pattern = `%${q.search.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
      query = query.where((eb) =>
        eb.or([eb('ticket.subject', 'ilike', pattern), eb('ticket.requester_name', 'ilike', pattern)]),
      );
    }
  }
  if (q.before) {
    const { createdAt, id } = q.before;
    query = query.where((eb) =>
      eb.or([
        eb('ticket.created_at', '<', createdAt),
        eb.and([eb('ticket.created_at', '=', createdAt), eb('ticket.id', '<', id)]),
      ]),
    );
  }
  return query.orderBy('ticket.created_at', 'desc').orderBy('ticket.id', 'desc').limit(q.limit).execute();
}

export type TicketRow = NonNullable<Awaited<ReturnType<typeof findTicket>>>;
