import type { Actor } from '../../app/auth/roles.ts';
import { AppError, forbidden, notFound } from '../../app/errors.ts';
import { type Db, inTransaction } from '../../db/database.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { queueIncidentAlerts, queueTicketNotice } from '../channels/notify.service.ts';
import { findMember } from '../members/members.repository.ts';
import { findUser } from '../users/users.repository.ts';
import { findCatalogueItem, listStatuses, nextTicketNumbers } from './config.repository.ts';
import { DUE_SOON_MS } from './risk.ts';
import { loadSlaPolicy, recomputeSla } from './sla.store.ts';
import type { Channel, CoreState, FormField, Priority, TicketEventKind, TicketKind } from './tables.ts';
import { isAgent, ticketAccess, ticketScope } from './tickets.policy.ts';
import { presentEvent, presentTicket } from './tickets.presenter.ts';
import * as repo from './tickets.repository.ts';

type Tx = Db;

async function statusOf(db: Db, cooperationId: string, key: string) {
  const statuses = await listStatuses(db, cooperationId);
  const status = statuses.find((s) => s.key === key);
  if (!status) {
    throw new AppError('validation_failed', `Unknown status ${key}.`, [
      { path: 'status', message: 'unknown status', code: 'unknown_status' },
    ]);
  }
  return status;
}

async function firstStatus(db: Db, cooperationId: string, core: CoreState) {
  const statuses = await listStatuses(db, cooperationId);
  const s = statuses.find((x) => x.core_state === core);
  if (!s) throw new AppError('conflict', `The cooperation has no status for the state ${core}; configure one first.`);
  return s;
}

/** Check form answers of a catalogue order against the item's fields. Pure. */
export function formProblems(fields: FormField[], data: Record<string, unknown>) {
  const problems: { path: string; message: string; code: string }[] = [];
  for (const f of fields) {
    const v = data[f.key];
    const empty = v === undefined || v === null || v === '' || (f.type === 'checkbox' && v === false);
    if (f.required && empty)
      problems.push({ path: `formData.${f.key}`, message: `${f.label} is required`, code: 'required' });
    if (!empty && f.type === 'select' && f.options && !f.options.includes(String(v))) {
      problems.push({
        path: `formData.${f.key}`,
        message: `${f.label}: not one of the choices`,
        code: 'invalid_option',
      });
    }
    if (!empty && f.type === 'number' && !Number.isFinite(Number(v))) {
      problems.push({ path: `formData.${f.key}`, message: `${f.label} must be a number`, code: 'invalid_number' });
    }
  }
  for (const key of Object.keys(data)) {
    if (!fields.some((f) => f.key === key))
      problems.push({ path: `formData.${key}`, message: 'unknown field', code: 'unknown_field' });
  }
  return problems;
}

export interface CreateTicketInput {
  kind: TicketKind;
  subject: string;
  description?: string;
  /** agents only: otherwise the channel is the portal */
  channel?: Channel;
  priority?: Priority;
  categoryId?: string | null;
  memberId?: string | null;
  /** agents only: register on behalf of someone (an account, or a name and address) */
  requesterId?: string | null;
  requesterName?: string;
  requesterEmail?: string | null;
  catalogueItemId?: string | null;
  formData?: Record<string, unknown>;
  teamId?: string | null;
  assigneeId?: string | null;
}

interface EventDraft {
  kind: TicketEventKind;
  data: Record<string, unknown>;
}

async function writeEvents(tx: Tx, actor: Actor, ticketId: string, at: Date, drafts: EventDraft[]) {
  await repo.insertEvents(
    tx,
    drafts.map((d) => ({
      cooperation_id: actor.cooperationId,
      ticket_id: ticketId,
      at,
      actor_user_id: actor.userId,
      actor_name: actor.name,
      kind: d.kind,
      data: JSON.stringify(d.data),
    })) as never,
  );
}

/**
 * After a change: recompute the SLA from the history, store it, and return the ticket as the actor
 * may see it — reading the ticket and its history once for both.
 */
async function refreshedView(tx: Tx, actor: Actor, id: string, now: Date) {
  const ticket = await repo.findTicket(tx, actor.cooperationId, id);
  if (!ticket) throw notFound('The ticket');
  const events = await repo.listEvents(tx, actor.cooperationId, id);
  const columns = recomputeSla(await loadSlaPolicy(tx, actor.cooperationId), ticket, events, now);
  if (columns) {
    await repo.updateTicket(tx, actor.cooperationId, id, columns);
    Object.assign(ticket, columns);
  }
  return present(actor, ticket, events);
}

interface Change {
  patch: Record<string, unknown>;
  drafts: EventDraft[];
  summary: string;
  before?: Record<string, unknown>;
  after?: Record<string, unknown>;
}

/**
 * Every change to a ticket ends the same way: store the columns, append the events, recompute the
 * SLA from the history, write the audit entry, and return the ticket as the actor may see it.
 */
async function commitChange(tx: Tx, actor: Actor, id: string, change: Change, now: Date, requestId?: string) {
  await repo.updateTicket(tx, actor.cooperationId, id, { ...change.patch, updated_at: now });
  await writeEvents(tx, actor, id, now, change.drafts);
  await recordAudit(
    tx,
    actor,
    {
      cooperationId: actor.cooperationId,
      action: 'update',
      entityType: 'ticket',
      entityId: id,
      summary: change.summary,
      before: change.before,
      after: change.after,
    },
    requestId,
  );
  return refreshedView(tx, actor, id, now);
}

/**
 * Open a ticket. Employees report from the portal for themselves; agents register phone, walk-in,
 * e-mail and API tickets on behalf of a requester with the channel set.
 */
export async function createTicket(
  db: Db,
  actor: Actor,
  input: CreateTicketInput,
  now: Date,
  requestId?: string,
  /** set by channels (security alerts): where the ticket came from, for de-duplication */
  external?: { source: string; id: string },
) {
  const agent = isAgent(actor);
  const onBehalf =
    input.channel !== undefined || input.requesterId || input.requesterName || input.teamId || input.assigneeId;
  if (onBehalf && !agent) throw forbidden('Only service-desk agents register tickets for others or set the channel.');
  if (input.kind === 'security_alert' && !agent)
    throw forbidden('Security alerts come from the SOC service or an agent.');
  return inTransaction(db, async (tx) => {
    const coop = actor.cooperationId;
    // Agents register for others; without a named requester they report for themselves, like anyone.
    const requesterId =
      agent && (input.requesterId || input.requesterName) ? (input.requesterId ?? null) : actor.userId;
    let requesterName = input.requesterName ?? '';
    let requesterEmail = input.requesterEmail ?? null;
    let memberId = input.memberId ?? null;
    if (requesterId) {
      const requester = await findUser(tx, coop, requesterId);
      if (!requester)
        throw new AppError('validation_failed', 'requesterId: unknown user.', [
          { path: 'requesterId', message: 'unknown user', code: 'unknown_user' },
        ]);
      requesterName = requester.name;
      requesterEmail = requester.email;
      memberId ??= requester.member_id;
    }
    if (!agent) {
      // An employee reports for their own member; they cannot file tickets on another's account.
      memberId = actor.memberId ?? actor.roles.find((g) => g.role === 'employee')?.memberId ?? null;
    }
    if (!requesterId && !requesterName.trim()) {
      throw new AppError('validation_failed', 'requesterName: name the requester or choose a user.', [
        { path: 'requesterName', message: 'required', code: 'required' },
      ]);
    }
    if (memberId && !(await findMember(tx, coop, memberId))) {
      throw new AppError('validation_failed', 'memberId: unknown member.', [
        { path: 'memberId', message: 'unknown member', code: 'unknown_member' },
      ]);
    }
    let categoryId = input.categoryId ?? null;
    let formData: Record<string, unknown> | null = null;
    if (input.catalogueItemId) {
      const item = await findCatalogueItem(tx, coop, input.catalogueItemId);
      if (!item?.active) {
        throw new AppError('validation_failed', 'catalogueItemId: unknown or retired catalogue entry.', [
          { path: 'catalogueItemId', message: 'unknown catalogue entry', code: 'unknown_catalogue_item' },
        ]);
      }
      const problems = formProblems(item.form_fields, input.formData ?? {});
      if (problems.length)
        throw new AppError('validation_failed', `${problems[0]?.path}: ${problems[0]?.message}.`, problems);
      categoryId ??= item.category_id;
      formData = input.formData ?? {};
    } else if (input.kind === 'service_request' && !agent) {
      throw new AppError('validation_failed', 'catalogueItemId: choose what to order from the service catalogue.', [
        { path: 'catalogueItemId', message: 'required', code: 'required' },
      ]);
    }
    const initial = await firstStatus(tx, coop, 'new');
    const priority = input.priority ?? (input.kind === 'service_request' ? 'low' : 'medium');
    const id = crypto.randomUUID();
    const number = await nextTicketNumbers(tx, coop);
    await repo.insertTicket(tx, {
      id,
      cooperation_id: coop,
      number,
      kind: input.kind,
      channel: input.channel ?? 'portal',
      priority,
      category_id: categoryId,
      member_id: memberId,
      requester_id: requesterId,
      requester_name: requesterName,
      requester_email: requesterEmail,
      team_id: input.teamId ?? null,
      assignee_id: input.assigneeId ?? null,
      status_key: initial.key,
      core_state: initial.core_state,
      subject: input.subject,
      description: input.description ?? '',
      catalogue_item_id: input.catalogueItemId ?? null,
      form_data: formData ? JSON.stringify(formData) : null,
      external_source: external?.source ?? null,
      external_id: external?.id ?? null,
      created_at: now,
      updated_at: now,
    });
    await writeEvents(tx, actor, id, now, [
      {
        kind: 'created',
        data: {
          priority,
          status: initial.key,
          coreState: initial.core_state,
          channel: input.channel ?? 'portal',
          kind: input.kind,
        },
      },
    ]);
    await recordAudit(
      tx,
      actor,
      {
        cooperationId: coop,
        action: 'create',
        entityType: 'ticket',
        entityId: id,
        summary: `Opened ticket #${number}`,
        after: { number, kind: input.kind, priority, memberId },
      },
      requestId,
    );
    await queueTicketNotice(tx, coop, id, 'created', now);
    if (input.kind === 'incident' && (priority === 'critical' || priority === 'high'))
      await queueIncidentAlerts(tx, coop, id, now);
    return refreshedView(tx, actor, id, now);
  });
}

/** One ticket with its history; internal notes only for those who may read them. */
export async function getTicket(db: Db, actor: Actor, id: string) {
  const ticket = await readableTicket(db, actor, id);
  return present(actor, ticket, await repo.listEvents(db, actor.cooperationId, id));
}

/** The ticket row if the actor may read it (what is attached to a ticket follows the same rule). */
export async function readableTicket(db: Db, actor: Actor, id: string) {
  const ticket = await repo.findTicket(db, actor.cooperationId, id);
  // A ticket the actor may not see is reported as missing: its existence is not revealed.
  if (!ticket || !ticketAccess(actor, ticket).read) throw notFound('The ticket');
  return ticket;
}

/** The ticket view with the history the actor may read (requesters see no internal notes). */
function present(actor: Actor, ticket: repo.TicketRow, events: Awaited<ReturnType<typeof repo.listEvents>>) {
  const access = ticketAccess(actor, ticket);
  if (!access.read) throw notFound('The ticket');
  const visible = access.readInternal ? events : events.filter((e) => e.kind !== 'comment' || e.data.public === true);
  return { ...presentTicket(ticket), access, history: visible.map(presentEvent) };
}

export interface UpdateTicketInput {
  priority?: Priority;
  categoryId?: string | null;
  memberId?: string | null;
  teamId?: string | null;
  assigneeId?: string | null;
  status?: string;
  subject?: string;
}

/** Agents' changes to a ticket: each one is an event in the history, and the SLA follows. */
export async function updateTicket(
  db: Db,
  actor: Actor,
  id: string,
  input: UpdateTicketInput,
  now: Date,
  requestId?: string,
) {
  return inTransaction(db, async (tx) => {
    const before = await repo.findTicketForUpdate(tx, actor.cooperationId, id);
    if (!before || !ticketAccess(actor, before).read) throw notFound('The ticket');
    if (!ticketAccess(actor, before).work) throw forbidden('Only service-desk agents change tickets.');
    const drafts: EventDraft[] = [];
    const patch: Record<string, unknown> = {};
    if (input.priority && input.priority !== before.priority) {
      drafts.push({ kind: 'priority', data: { from: before.priority, to: input.priority } });
      patch.priority = input.priority;
    }
    if (input.categoryId !== undefined && input.categoryId !== before.category_id) {
      drafts.push({ kind: 'category', data: { from: before.category_id, to: input.categoryId } });
      patch.category_id = input.categoryId;
    }
    if (input.memberId !== undefined && input.memberId !== before.member_id) {
      if (input.memberId && !(await findMember(tx, actor.cooperationId, input.memberId))) {
        throw new AppError('validation_failed', 'memberId: unknown member.', [
          { path: 'memberId', message: 'unknown member', code: 'unknown_member' },
        ]);
      }
      drafts.push({ kind: 'member', data: { from: before.member_id, to: input.memberId } });
      patch.member_id = input.memberId;
    }
    if (input.teamId !== undefined && input.teamId !== before.team_id) {
      drafts.push({ kind: 'team', data: { from: before.team_id, to: input.teamId } });
      patch.team_id = input.teamId;
    }
    if (input.assigneeId !== undefined && input.assigneeId !== before.assignee_id) {
      if (input.assigneeId) {
        const assignee = await findUser(tx, actor.cooperationId, input.assigneeId);
        if (!assignee)
          throw new AppError('validation_failed', 'assigneeId: unknown user.', [
            { path: 'assigneeId', message: 'unknown user', code: 'unknown_user' },
          ]);
        drafts.push({
          kind: 'assign',
          data: { from: before.assignee_id, to: input.assigneeId, toName: assignee.name },
        });
      } else {
        drafts.push({ kind: 'assign', data: { from: before.assignee_id, to: null } });
      }
      patch.assignee_id = input.assigneeId;
    }
    if (input.subject !== undefined && input.subject !== before.subject) patch.subject = input.subject;
    if (input.status && input.status !== before.status_key) {
      const status = await statusOf(tx, actor.cooperationId, input.status);
      // Resolving needs a solution text (its own use case); closing is for resolved tickets.
      const closingResolved = status.core_state === 'closed' && before.core_state === 'resolved';
      if ((status.core_state === 'resolved' || status.core_state === 'closed') && !closingResolved) {
        throw new AppError('validation_failed', 'status: resolve the ticket with a solution instead.', [
          { path: 'status', message: 'use resolve', code: 'use_resolve' },
        ]);
      }
      drafts.push(...statusChange(before, status));
      Object.assign(patch, statusColumns(before, status, now));
    }
    // The first move of a new ticket by an agent counts as the response.
    if (!before.first_response_at && drafts.some((d) => d.kind === 'assign' || d.kind === 'status')) {
      drafts.push({ kind: 'response', data: {} });
      patch.first_response_at = now;
    }
    if (drafts.length === 0 && Object.keys(patch).length === 0) return getTicket(tx, actor, id);
    const change = {
      patch,
      drafts,
      summary: `Changed ticket #${before.number}`,
      before: pick(before, Object.keys(patch)),
      after: patch,
    };
    const view = await commitChange(tx, actor, id, change, now, requestId);
    // an incident raised to critical or high alerts the system owners as if it had opened so
    const severe = (p: string) => p === 'critical' || p === 'high';
    if (patch.priority && severe(patch.priority as string) && !severe(before.priority))
      await queueIncidentAlerts(tx, actor.cooperationId, id, now);
    return view;
  });
}

function pick(row: Record<string, unknown>, keys: string[]) {
  return Object.fromEntries(keys.filter((k) => k in row).map((k) => [k, row[k]]));
}

function statusChange(before: { status_key: string }, to: { key: string; core_state: CoreState }): EventDraft[] {
  return [{ kind: 'status', data: { from: before.status_key, to: to.key, coreState: to.core_state } }];
}

/** The columns that follow a status change: core state and the resolution and closing instants. */
export function statusColumns(
  before: { core_state: CoreState; resolved_at: Date | null; closed_at: Date | null; reopen_count: number },
  to: { key: string; core_state: CoreState },
  now: Date,
) {
  const wasDone = before.core_state === 'resolved' || before.core_state === 'closed';
  const isDone = to.core_state === 'resolved' || to.core_state === 'closed';
  return {
    status_key: to.key,
    core_state: to.core_state,
    resolved_at: isDone ? (wasDone ? before.resolved_at : now) : null,
    closed_at: to.core_state === 'closed' ? (before.closed_at ?? now) : null,
    reopen_count: wasDone && !isDone ? before.reopen_count + 1 : before.reopen_count,
  };
}

export async function addComment(
  db: Db,
  actor: Actor,
  id: string,
  input: { body: string; public: boolean },
  now: Date,
  requestId?: string,
  /** e-mail in: the requester wrote this (by mail), so it is no response and no notice goes back */
  via?: { requesterMail: true },
) {
  return inTransaction(db, async (tx) => {
    const ticket = await repo.findTicketForUpdate(tx, actor.cooperationId, id);
    if (!ticket) throw notFound('The ticket');
    const access = ticketAccess(actor, ticket);
    if (!access.read) throw notFound('The ticket');
    if (input.public ? !access.commentPublic : !access.commentInternal) {
      throw forbidden(
        input.public ? 'You cannot comment on this ticket.' : 'Only the service desk writes internal notes.',
      );
    }
    const byRequester = via?.requesterMail === true || ticket.requester_id === actor.userId;
    const drafts: EventDraft[] = [
      { kind: 'comment', data: { body: input.body, public: input.public, ...(via ? { via: 'email' } : {}) } },
    ];
    const patch: Record<string, unknown> = { updated_at: now };
    // An agent's first public reply is the response; a requester's reply while we wait on them resumes work.
    if (input.public && access.work && !via && !ticket.first_response_at) {
      drafts.push({ kind: 'response', data: {} });
      patch.first_response_at = now;
    }
    if (input.public && byRequester && ticket.core_state === 'waiting') {
      const open = await firstStatus(tx, actor.cooperationId, 'open');
      drafts.push(...statusChange(ticket, open));
      Object.assign(patch, statusColumns(ticket, open, now));
    }
    const summary = `${input.public ? 'Commented on' : 'Added an internal note to'} ticket #${ticket.number}`;
    const view = await commitChange(tx, actor, id, { patch, drafts, summary }, now, requestId);
    if (input.public && !via)
      await queueTicketNotice(tx, actor.cooperationId, id, 'comment', now, {
        text: input.body,
        author: actor.name,
        authorUserId: actor.userId,
      });
    return view;
  });
}

/** Resolve with a solution text; the requester sees it and may reopen. */
export async function resolveTicket(db: Db, actor: Actor, id: string, solution: string, now: Date, requestId?: string) {
  return inTransaction(db, async (tx) => {
    const ticket = await repo.findTicketForUpdate(tx, actor.cooperationId, id);
    if (!ticket || !ticketAccess(actor, ticket).read) throw notFound('The ticket');
    if (!ticketAccess(actor, ticket).work) throw forbidden('Only service-desk agents resolve tickets.');
    if (ticket.core_state === 'resolved' || ticket.core_state === 'closed') {
      throw new AppError('conflict', `Ticket #${ticket.number} is already resolved.`);
    }
    const resolved = await firstStatus(tx, actor.cooperationId, 'resolved');
    const drafts: EventDraft[] = [...statusChange(ticket, resolved), { kind: 'resolved', data: { solution } }];
    const patch: Record<string, unknown> = { ...statusColumns(ticket, resolved, now), solution, updated_at: now };
    if (!ticket.first_response_at) {
      drafts.push({ kind: 'response', data: {} });
      patch.first_response_at = now;
    }
    const change = {
      patch,
      drafts,
      summary: `Resolved ticket #${ticket.number}`,
      before: { status: ticket.status_key },
      after: { status: resolved.key, solution },
    };
    const view = await commitChange(tx, actor, id, change, now, requestId);
    await queueTicketNotice(tx, actor.cooperationId, id, 'resolved', now, { text: solution });
    return view;
  });
}

export async function reopenTicket(db: Db, actor: Actor, id: string, reason: string, now: Date, requestId?: string) {
  return inTransaction(db, async (tx) => {
    const ticket = await repo.findTicketForUpdate(tx, actor.cooperationId, id);
    if (!ticket || !ticketAccess(actor, ticket).read) throw notFound('The ticket');
    if (!ticketAccess(actor, ticket).reopen) throw forbidden('You cannot reopen this ticket.');
    if (ticket.core_state !== 'resolved' && ticket.core_state !== 'closed') {
      throw new AppError('conflict', `Ticket #${ticket.number} is not resolved.`);
    }
    const open = await firstStatus(tx, actor.cooperationId, 'open');
    const change = {
      patch: { ...statusColumns(ticket, open, now), sla_frozen: false },
      drafts: [...statusChange(ticket, open), { kind: 'reopened' as const, data: { reason } }],
      summary: `Reopened ticket #${ticket.number}`,
      after: { reason },
    };
    return commitChange(tx, actor, id, change, now, requestId);
  });
}

/** Mark a ticket as a duplicate of another and close it, keeping a link both ways in the history. */
export async function linkDuplicate(
  db: Db,
  actor: Actor,
  id: string,
  duplicateOfId: string,
  now: Date,
  requestId?: string,
) {
  if (id === duplicateOfId) throw new AppError('validation_failed', 'duplicateOfId: a ticket cannot duplicate itself.');
  return inTransaction(db, async (tx) => {
    const ticket = await repo.findTicketForUpdate(tx, actor.cooperationId, id);
    const original = await repo.findTicket(tx, actor.cooperationId, duplicateOfId);
    if (!ticket || !ticketAccess(actor, ticket).read) throw notFound('The ticket');
    if (!original) throw notFound('The original ticket');
    if (!ticketAccess(actor, ticket).work) throw forbidden('Only service-desk agents link duplicates.');
    if (original.duplicate_of_id === id)
      throw new AppError('conflict', 'The other ticket is already a duplicate of this one.');
    const closed = await firstStatus(tx, actor.cooperationId, 'closed');
    await writeEvents(tx, actor, duplicateOfId, now, [
      { kind: 'link', data: { duplicate: id, number: ticket.number } },
    ]);
    const change = {
      patch: {
        ...statusColumns(ticket, closed, now),
        duplicate_of_id: duplicateOfId,
        solution: `Duplikat av #${original.number}`,
      },
      drafts: [
        ...statusChange(ticket, closed),
        { kind: 'link' as const, data: { duplicateOf: duplicateOfId, number: original.number } },
      ],
      summary: `Linked ticket #${ticket.number} as a duplicate of #${original.number}`,
    };
    return commitChange(tx, actor, id, change, now, requestId);
  });
}

export interface ListTicketsInput
  extends Omit<repo.TicketListQuery, 'cooperationId' | 'now' | 'memberIds' | 'requesterId'> {
  memberId?: string;
  /** 'mine': tickets the actor reported; 'queue': what the actor's role may see */
  scope: 'mine' | 'queue';
}

export async function listTickets(db: Db, actor: Actor, input: ListTicketsInput, now: Date) {
  const scope = ticketScope(actor);
  const q: repo.TicketListQuery = { ...input, cooperationId: actor.cooperationId, now };
  if (input.scope === 'mine') q.requesterId = actor.userId ?? undefined;
  else if (!scope.all) {
    if (scope.memberIds.length === 0) throw forbidden('Only the service desk and system owners see ticket queues.');
    q.memberIds = input.memberId ? scope.memberIds.filter((m) => m === input.memberId) : scope.memberIds;
  } else if (input.memberId) q.memberIds = [input.memberId];
  if (input.memberId && input.scope === 'mine') q.memberIds = [input.memberId];
  if (input.risk === 'due_soon') q.dueBefore ??= new Date(now.getTime() + DUE_SOON_MS);
  const rows = await repo.listTickets(db, { ...q, limit: input.limit + 1 });
  const page = rows.slice(0, input.limit);
  const last = rows.length > input.limit ? page.at(-1) : undefined;
  return {
    items: page.map(presentTicket),
    nextCursor: last ? `${last.created_at.toISOString()}_${last.id}` : null,
  };
}

export type TicketView = Awaited<ReturnType<typeof getTicket>>;
