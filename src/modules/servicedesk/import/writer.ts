// Writing checked tickets in batches: each batch looks up the tickets it already has (by Pureservice
// id), sorts rows into created / updated / unchanged, gives numbers, builds the history and the SLA
// columns, and writes with one upsert of unnest() arrays and one bulk insert of events. A dry run
// does the same reads and counting without writing.
import { type RawBuilder, sql } from 'kysely';
import type { Db } from '../../../db/database.ts';
import { uuidv7 } from '../../../shared/ids.ts';
import { nextTicketNumbers } from '../config.repository.ts';
import { computeSla, type SlaPolicy, type TicketEvent } from '../sla/sla.ts';
import { slaColumns } from '../sla.store.ts';
import type { CoreState, TicketEventKind } from '../tables.ts';
import type { Lookups } from './mapping.ts';
import type { ImportIssue, NormalizedTicket } from './normalize.ts';

export const EXTERNAL_SOURCE = 'pureservice';
/** The name on history events written by the import: they record what happened in Pureservice. */
export const EVENT_ACTOR = 'Pureservice';

export interface PlannedRow {
  t: NormalizedTicket;
  line: number | null;
  record: number;
}

interface EventDraft {
  at: number;
  kind: TicketEventKind;
  data: Record<string, unknown>;
}

interface ExistingRow {
  id: string;
  number: number;
  external_id: string;
  kind: string;
  channel: string;
  priority: string;
  category_id: string | null;
  member_id: string | null;
  requester_id: string | null;
  requester_name: string;
  requester_email: string | null;
  team_id: string | null;
  assignee_id: string | null;
  status_key: string;
  core_state: CoreState;
  subject: string;
  description: string;
  solution: string | null;
  form_data: Record<string, unknown> | null;
  created_at: Date;
  updated_at: Date;
  resolved_at: Date | null;
  closed_at: Date | null;
  reopen_count: number;
  sla_response_due: Date | null;
  sla_resolution_due: Date | null;
  sla_response_breached: boolean | null;
  sla_resolution_breached: boolean | null;
  sla_business_minutes: number | null;
  sla_paused: boolean;
  sla_frozen: boolean;
}

type SlaCols = {
  sla_response_due: Date | null;
  sla_resolution_due: Date | null;
  sla_response_breached: boolean | null;
  sla_resolution_breached: boolean | null;
  sla_business_minutes: number | null;
  sla_paused: boolean;
  sla_frozen: boolean;
};

const isDone = (s: CoreState) => s === 'resolved' || s === 'closed';

/** One element of an array literal: NULL, or the value double-quoted with \\ and " escaped. */
function arrayElement(v: string | number | boolean | null): string {
  if (v === null) return 'NULL';
  if (typeof v !== 'string') return String(v);
  return `"${v.replace(/[\\"]/g, '\\$&')}"`;
}
const ms = (d: Date | null) => (d === null ? null : d.getTime());
const iso = (t: number | null) => (t === null ? null : new Date(t).toISOString());

/** JSON with sorted keys, so jsonb's key order does not make equal data differ. */
function canonical(v: unknown): string {
  if (v === null || typeof v !== 'object') return JSON.stringify(v ?? null);
  if (Array.isArray(v)) return `[${v.map(canonical).join(',')}]`;
  const o = v as Record<string, unknown>;
  return `{${Object.keys(o)
    .sort()
    .map((k) => `${JSON.stringify(k)}:${canonical(o[k])}`)
    .join(',')}}`;
}

function unchanged(ex: ExistingRow, t: NormalizedTicket): boolean {
  return (
    ex.kind === t.kind &&
    ex.channel === t.channel &&
    ex.priority === t.priority &&
    ex.status_key === t.statusKey &&
    ex.core_state === t.coreState &&
    ex.category_id === t.categoryId &&
    ex.member_id === t.memberId &&
    ex.requester_id === t.requesterId &&
    ex.requester_name === t.requesterName &&
    ex.requester_email === t.requesterEmail &&
    ex.team_id === t.teamId &&
    ex.assignee_id === t.assigneeId &&
    ex.subject === t.subject &&
    ex.description === t.description &&
    ex.solution === t.solution &&
    ms(ex.created_at) === t.createdAt &&
    ms(ex.updated_at) === t.updatedAt &&
    ms(ex.resolved_at) === t.resolvedAt &&
    ms(ex.closed_at) === t.closedAt &&
    canonical(ex.form_data) === canonical(t.formData)
  );
}

interface Write {
  row: PlannedRow;
  id: string;
  /** 0 until a new number is given */
  number: number;
  reopen: number;
  sla: SlaCols;
  /** a new ticket (inserted with its history), or a changed one (updated, its changes appended) */
  isNew: boolean;
}

export interface BatchPlan {
  rows: PlannedRow[];
  /** false: the database must be asked first (existing tickets, numbers in use) */
  ready: boolean;
  writes: Write[];
  /** events of changed tickets (new tickets' history is derived from their rows by the database) */
  events: { ticketId: string; e: EventDraft }[];
  /** new tickets whose Pureservice number is taken (or missing) */
  renumber: Write[];
  /**
   * The new tickets' rows, encoded already (when every number is known at planning): encoding them
   * while the previous batch is being written keeps the database busy instead of waiting for us.
   */
  newRows?: RawBuilder<unknown>;
}

export interface WriterOptions {
  db: Db;
  /**
   * The cooperation had no Pureservice tickets before and no ticket numbered in the file's range, and
   * the file's keys and numbers are unique: every row is new and keeps its number, no look-ups needed.
   */
  fresh: boolean;
  cooperationId: string;
  lookups: Lookups;
  policy: SlaPolicy;
  nowMs: number;
  dryRun: boolean;
  warn(issue: ImportIssue): void;
}

export class TicketWriter {
  created = 0;
  updated = 0;
  unchanged = 0;
  renumbered = 0;
  /** the highest number a written ticket kept from Pureservice */
  maxKeptNumber = 0;

  constructor(private readonly o: WriterOptions) {}

  /** The history of a ticket as Pureservice has it now (no changes are known, only the outcome). */
  history(t: NormalizedTicket): EventDraft[] {
    const lk = this.o.lookups;
    const initial = lk.initialStatus;
    const initialCore = lk.statusInfo.get(initial)!.core;
    const ev: EventDraft[] = [
      {
        at: t.createdAt,
        kind: 'created',
        data: { priority: t.priority, status: initial, coreState: initialCore, channel: t.channel, kind: t.kind },
      },
    ];
    if (t.statusKey === initial) return ev;
    // Resolution is the change that counts (SLA, statistics): a done ticket's one status event is at its
    // resolution; when it was closed after is on the ticket (closed_at), and so is its solution. Two
    // events per ticket keep a million-ticket history lean.
    const at = isDone(t.coreState) && t.resolvedAt !== null ? t.resolvedAt : t.updatedAt;
    ev.push({ at, kind: 'status', data: { from: initial, to: t.statusKey, coreState: t.coreState } });
    return ev;
  }

  /** Events for the changes a re-import brings to a ticket we have. */
  private changes(ex: ExistingRow, t: NormalizedTicket): { events: EventDraft[]; reopened: boolean } {
    const ev: EventDraft[] = [];
    const at = t.updatedAt;
    if (ex.priority !== t.priority) ev.push({ at, kind: 'priority', data: { from: ex.priority, to: t.priority } });
    let reopened = false;
    if (ex.status_key !== t.statusKey) {
      const nowDone = isDone(t.coreState);
      const wasDone = isDone(ex.core_state);
      const when = nowDone && !wasDone && t.resolvedAt !== null ? t.resolvedAt : at;
      ev.push({ at: when, kind: 'status', data: { from: ex.status_key, to: t.statusKey, coreState: t.coreState } });
      reopened = wasDone && !nowDone;
    }
    if (ex.category_id !== t.categoryId)
      ev.push({ at, kind: 'category', data: { from: ex.category_id, to: t.categoryId } });
    if (ex.member_id !== t.memberId) ev.push({ at, kind: 'member', data: { from: ex.member_id, to: t.memberId } });
    if (ex.team_id !== t.teamId) ev.push({ at, kind: 'team', data: { from: ex.team_id, to: t.teamId } });
    if (ex.assignee_id !== t.assigneeId)
      ev.push({ at, kind: 'assign', data: { from: ex.assignee_id, to: t.assigneeId } });
    return { events: ev, reopened };
  }

  private sla(t: NormalizedTicket, history: EventDraft[], row: PlannedRow): SlaCols {
    const events: TicketEvent[] = [];
    for (const e of history)
      if (e.kind === 'status')
        events.push({ at: e.at, kind: 'status', status: String(e.data.to), coreState: e.data.coreState as CoreState });
    try {
      const outcome = computeSla(this.o.policy, { openedAt: t.createdAt, priority: t.priority, events }, this.o.nowMs);
      return slaColumns(outcome, t.coreState);
    } catch (err) {
      this.o.warn({
        line: row.line,
        record: row.record,
        id: t.externalId,
        field: null,
        code: 'sla_failed',
        message: `The SLA could not be computed (${(err as Error).message}); the ticket is imported without SLA figures.`,
      });
      return {
        sla_response_due: null,
        sla_resolution_due: null,
        sla_response_breached: null,
        sla_resolution_breached: null,
        sla_business_minutes: null,
        sla_paused: false,
        sla_frozen: t.coreState === 'closed',
      };
    }
  }

  /**
   * Sort a batch into created / updated / unchanged and build its rows and history. With
   * `existing` and `taken` unknown (undefined) the batch needs the database first: {@link execute}
   * looks them up and plans then. Pure JavaScript otherwise, so it can run while the previous batch
   * is being written.
   */
  plan(rows: PlannedRow[], existing?: Map<string, ExistingRow>, taken?: Set<number>): BatchPlan {
    // the last occurrence of a key within the batch wins (earlier batches were written already)
    const byKey = new Map<string, PlannedRow>();
    for (const r of rows) {
      byKey.delete(r.t.externalId);
      byKey.set(r.t.externalId, r);
    }
    if (!this.o.fresh && existing === undefined) return { rows, ready: false, writes: [], events: [], renumber: [] };
    const writes: Write[] = [];
    const events: { ticketId: string; e: EventDraft }[] = [];
    const fresh: PlannedRow[] = [];
    for (const row of byKey.values()) {
      const ex = existing?.get(row.t.externalId);
      if (!ex) fresh.push(row);
      else if (unchanged(ex, row.t)) this.unchanged++;
      else {
        this.updated++;
        const t = row.t;
        const { events: evs, reopened } = this.changes(ex, t);
        const keepFrozen =
          ex.sla_frozen &&
          ex.core_state === 'closed' &&
          t.coreState === 'closed' &&
          ms(ex.created_at) === t.createdAt &&
          ms(ex.resolved_at) === t.resolvedAt &&
          ex.priority === t.priority;
        const sla: SlaCols = keepFrozen
          ? {
              sla_response_due: ex.sla_response_due,
              sla_resolution_due: ex.sla_resolution_due,
              sla_response_breached: ex.sla_response_breached,
              sla_resolution_breached: ex.sla_resolution_breached,
              sla_business_minutes: ex.sla_business_minutes,
              sla_paused: ex.sla_paused,
              sla_frozen: true,
            }
          : this.sla(t, this.history(t), row);
        writes.push({
          row,
          id: ex.id,
          number: ex.number,
          reopen: ex.reopen_count + (reopened ? 1 : 0),
          sla,
          isNew: false,
        });
        for (const e of evs) events.push({ ticketId: ex.id, e });
      }
    }
    // keep Pureservice's request number when no other ticket has it
    const used = taken ?? new Set<number>();
    const renumber: Write[] = [];
    for (const row of fresh) {
      const n = row.t.requestNumber;
      let number = 0;
      if (n !== null && !used.has(n)) {
        used.add(n);
        number = n;
        if (n > this.maxKeptNumber) this.maxKeptNumber = n;
      }
      const id = uuidv7();
      const history = this.history(row.t);
      const w: Write = { row, id, number, reopen: 0, sla: this.sla(row.t, history, row), isNew: true };
      writes.push(w);
      if (number === 0) renumber.push(w);
      this.created++;
    }
    const plan: BatchPlan = { rows, ready: true, writes, events, renumber };
    if (!this.o.dryRun && renumber.length === 0 && writes.length > 0 && writes.every((w) => w.isNew))
      plan.newRows = this.rows(writes);
    return plan;
  }

  /** Write a planned batch (looking up what it needs first, when it was not planned yet). */
  async execute(batch: BatchPlan): Promise<void> {
    const { db, cooperationId } = this.o;
    let plan = batch;
    if (!plan.ready) {
      const keys = [...new Set(batch.rows.map((r) => r.t.externalId))];
      const found = await sql<ExistingRow>`
        select id, number, external_id, kind, channel, priority, category_id, member_id, requester_id, requester_name,
          requester_email, team_id, assignee_id, status_key, core_state, subject, description, solution, form_data,
          created_at, updated_at, resolved_at, closed_at, reopen_count, sla_response_due, sla_resolution_due,
          sla_response_breached, sla_resolution_breached, sla_business_minutes, sla_paused, sla_frozen
        from ticket
        where cooperation_id = ${cooperationId} and external_source = ${EXTERNAL_SOURCE}
          and external_id = any(${keys}::text[])`.execute(db);
      const existing = new Map(found.rows.map((r) => [r.external_id, r]));
      const wanted = batch.rows
        .filter((r) => !existing.has(r.t.externalId) && r.t.requestNumber !== null)
        .map((r) => r.t.requestNumber!);
      const taken = new Set<number>();
      if (wanted.length) {
        const t = await sql<{ number: number }>`
          select number from ticket where cooperation_id = ${cooperationId} and number = any(${wanted}::bigint[])`.execute(
          db,
        );
        for (const r of t.rows) taken.add(Number(r.number));
      }
      plan = this.plan(batch.rows, existing, taken);
    }
    if (plan.renumber.length) {
      let next = this.o.dryRun ? 0 : await nextTicketNumbers(db, cooperationId, plan.renumber.length);
      for (const w of plan.renumber) {
        w.number = next++;
        if (w.row.t.requestNumber === null) continue;
        this.renumbered++;
        this.o.warn({
          line: w.row.line,
          record: w.row.record,
          id: w.row.t.externalId,
          field: 'requestNumber',
          code: 'number_taken',
          message: this.o.dryRun
            ? `Another ticket has the number ${w.row.t.requestNumber}; this one would get a new number.`
            : `Another ticket has the number ${w.row.t.requestNumber}; this one is imported as number ${w.number}.`,
        });
      }
    }
    if (this.o.dryRun || plan.writes.length === 0) return;
    const created = plan.writes.filter((w) => w.isNew);
    const changed = created.length === plan.writes.length ? [] : plan.writes.filter((w) => !w.isNew);
    if (created.length) await this.insertNew(plan.newRows ?? this.rows(created));
    if (changed.length) await this.upsertChanged(changed);
    await this.insertEvents(plan.events);
  }

  /** The rows of `writes` as a relation u(…) of ticket columns, from one unnest() of column arrays. */
  private rows(writes: Write[]): RawBuilder<unknown> {
    const n = writes.length;
    // each column as a PostgreSQL array literal, built here rather than by the driver when it sends
    const col = (f: (w: Write) => string | number | boolean | null): string => {
      const a = new Array<string>(n);
      for (let i = 0; i < n; i++) a[i] = arrayElement(f(writes[i]!));
      return `{${a.join(',')}}`;
    };
    const d = (x: Date | null) => (x === null ? null : x.toISOString());
    return sql`unnest(
        ${col((w) => w.id)}::uuid[], ${col((w) => w.number)}::int8[], ${col((w) => w.row.t.kind)}::text[],
        ${col((w) => w.row.t.channel)}::text[], ${col((w) => w.row.t.priority)}::text[],
        ${col((w) => w.row.t.categoryId)}::uuid[], ${col((w) => w.row.t.memberId)}::uuid[],
        ${col((w) => w.row.t.requesterId)}::uuid[], ${col((w) => w.row.t.requesterName)}::text[],
        ${col((w) => w.row.t.requesterEmail)}::text[], ${col((w) => w.row.t.teamId)}::uuid[],
        ${col((w) => w.row.t.assigneeId)}::uuid[], ${col((w) => w.row.t.statusKey)}::text[],
        ${col((w) => w.row.t.coreState)}::text[], ${col((w) => w.row.t.subject)}::text[],
        ${col((w) => w.row.t.description)}::text[], ${col((w) => w.row.t.solution)}::text[],
        ${col((w) => (w.row.t.formData ? JSON.stringify(w.row.t.formData) : null))}::jsonb[],
        ${col((w) => w.row.t.externalId)}::text[], ${col((w) => iso(w.row.t.createdAt))}::timestamptz[],
        ${col((w) => iso(w.row.t.updatedAt))}::timestamptz[], ${col((w) => iso(w.row.t.resolvedAt))}::timestamptz[],
        ${col((w) => iso(w.row.t.closedAt))}::timestamptz[], ${col((w) => w.reopen)}::int4[],
        ${col((w) => d(w.sla.sla_response_due))}::timestamptz[], ${col((w) => d(w.sla.sla_resolution_due))}::timestamptz[],
        ${col((w) => w.sla.sla_response_breached)}::bool[], ${col((w) => w.sla.sla_resolution_breached)}::bool[],
        ${col((w) => w.sla.sla_business_minutes)}::int4[], ${col((w) => w.sla.sla_paused)}::bool[],
        ${col((w) => w.sla.sla_frozen)}::bool[]
      ) as u(id, number, kind, channel, priority, category_id, member_id, requester_id, requester_name,
        requester_email, team_id, assignee_id, status_key, core_state, subject, description, solution, form_data,
        external_id, created_at, updated_at, resolved_at, closed_at, reopen_count, sla_response_due,
        sla_resolution_due, sla_response_breached, sla_resolution_breached, sla_business_minutes, sla_paused,
        sla_frozen)`;
  }

  /**
   * New tickets and their history in one statement: the rows go in, and the database derives each
   * ticket's events from its row exactly as {@link history} does (created; a status change to the
   * current status, at the resolution or last change) — no event data travels.
   */
  private async insertNew(rows: RawBuilder<unknown>) {
    const coop = this.o.cooperationId;
    const initial = this.o.lookups.initialStatus;
    const initialCore = this.o.lookups.statusInfo.get(initial)!.core;
    await sql`
      with t as (
        insert into ticket (cooperation_id, external_source, id, number, kind, channel, priority, category_id,
          member_id, requester_id, requester_name, requester_email, team_id, assignee_id, status_key, core_state,
          subject, description, solution, form_data, external_id, created_at, updated_at, resolved_at, closed_at,
          reopen_count, sla_response_due, sla_resolution_due, sla_response_breached, sla_resolution_breached,
          sla_business_minutes, sla_paused, sla_frozen)
        select ${coop}::uuid, ${EXTERNAL_SOURCE}, u.* from ${rows}
        returning id, created_at, updated_at, resolved_at, priority, channel, kind, status_key, core_state
      )
      insert into ticket_event (cooperation_id, ticket_id, at, actor_user_id, actor_name, kind, data)
      select ${coop}::uuid, t.id, e.at, null, ${EVENT_ACTOR}, e.kind, e.data
      from t cross join lateral (values
        (1, t.created_at, 'created', jsonb_build_object('priority', t.priority, 'status', ${initial}::text,
          'coreState', ${initialCore}::text, 'channel', t.channel, 'kind', t.kind)),
        (2, case when t.core_state in ('resolved', 'closed') then coalesce(t.resolved_at, t.updated_at)
          else t.updated_at end, 'status',
          jsonb_build_object('from', ${initial}::text, 'to', t.status_key, 'coreState', t.core_state))
      ) as e(ord, at, kind, data)
      where e.ord = 1 or (e.ord = 2 and t.status_key <> ${initial}::text)
      order by t.created_at, t.id, e.ord`.execute(this.o.db);
  }

  /** Changed tickets: the bulk upsert on the import key (their new events are inserted separately). */
  private async upsertChanged(writes: Write[]) {
    await sql`
      insert into ticket (cooperation_id, external_source, id, number, kind, channel, priority, category_id, member_id,
        requester_id, requester_name, requester_email, team_id, assignee_id, status_key, core_state, subject,
        description, solution, form_data, external_id, created_at, updated_at, resolved_at, closed_at, reopen_count,
        sla_response_due, sla_resolution_due, sla_response_breached, sla_resolution_breached, sla_business_minutes,
        sla_paused, sla_frozen)
      select ${this.o.cooperationId}::uuid, ${EXTERNAL_SOURCE}, u.* from ${this.rows(writes)}
      on conflict (cooperation_id, external_source, external_id) where external_id is not null do update set
        kind = excluded.kind, channel = excluded.channel, priority = excluded.priority,
        category_id = excluded.category_id, member_id = excluded.member_id, requester_id = excluded.requester_id,
        requester_name = excluded.requester_name, requester_email = excluded.requester_email,
        team_id = excluded.team_id, assignee_id = excluded.assignee_id, status_key = excluded.status_key,
        core_state = excluded.core_state, subject = excluded.subject, description = excluded.description,
        solution = excluded.solution, form_data = excluded.form_data, created_at = excluded.created_at,
        updated_at = excluded.updated_at, resolved_at = excluded.resolved_at, closed_at = excluded.closed_at,
        reopen_count = excluded.reopen_count, sla_response_due = excluded.sla_response_due,
        sla_resolution_due = excluded.sla_resolution_due, sla_response_breached = excluded.sla_response_breached,
        sla_resolution_breached = excluded.sla_resolution_breached,
        sla_business_minutes = excluded.sla_business_minutes, sla_paused = excluded.sla_paused,
        sla_frozen = excluded.sla_frozen`.execute(this.o.db);
  }

  private async insertEvents(events: { ticketId: string; e: EventDraft }[]) {
    if (events.length === 0) return;
    const n = events.length;
    const ids = new Array<string>(n);
    const at = new Array<string>(n);
    const kinds = new Array<string>(n);
    const data = new Array<string>(n);
    for (let i = 0; i < n; i++) {
      const x = events[i]!;
      ids[i] = x.ticketId;
      at[i] = new Date(x.e.at).toISOString();
      kinds[i] = x.e.kind;
      data[i] = JSON.stringify(x.e.data);
    }
    await sql`
      insert into ticket_event (cooperation_id, ticket_id, at, actor_user_id, actor_name, kind, data)
      select ${this.o.cooperationId}::uuid, u.ticket_id, u.at, null, ${EVENT_ACTOR}, u.kind, u.data
      from unnest(${ids}::uuid[], ${at}::timestamptz[], ${kinds}::text[], ${data}::jsonb[])
        with ordinality as u(ticket_id, at, kind, data, ord)
      order by u.ord`.execute(this.o.db);
  }
}
