import type { Db } from '../../db/database.ts';
import { findSlaPolicy, listStatuses } from './config.repository.ts';
import {
  computeSla,
  DEFAULT_POLICY,
  type SlaInput,
  type SlaOutcome,
  type SlaPolicy,
  type TicketEvent,
} from './sla/sla.ts';
import type { CoreState, Priority, TicketTable } from './tables.ts';

/**
 * The cooperation's SLA policy: its stored targets and calendars (or the defaults), with the
 * statuses that pause the clock taken from its status table, so there is one source for each.
 */
export async function loadSlaPolicy(db: Db, cooperationId: string): Promise<SlaPolicy> {
  const [stored, statuses] = await Promise.all([findSlaPolicy(db, cooperationId), listStatuses(db, cooperationId)]);
  const base = (stored?.policy as unknown as SlaPolicy | undefined) ?? DEFAULT_POLICY;
  const pausing = statuses.filter((s) => s.pauses_sla).map((s) => s.key);
  return { ...base, pauseStatuses: pausing.length ? pausing : base.pauseStatuses };
}

type EventRow = { at: Date; kind: string; data: Record<string, unknown> };

/** Translate a ticket's stored history into the SLA engine's timeline. Pure. */
export function slaInputFromHistory(openedAt: Date, initialPriority: Priority, events: EventRow[]): SlaInput {
  const timeline: TicketEvent[] = [];
  for (const e of events) {
    const at = e.at.getTime();
    if (e.kind === 'status') {
      timeline.push({ at, kind: 'status', status: String(e.data.to), coreState: e.data.coreState as CoreState });
    } else if (e.kind === 'priority') {
      timeline.push({ at, kind: 'priority', priority: e.data.to as Priority });
    } else if (e.kind === 'response') {
      timeline.push({ at, kind: 'response' });
    }
  }
  return { openedAt: openedAt.getTime(), priority: initialPriority, events: timeline };
}

/** The SLA columns of a ticket row for an outcome. */
export function slaColumns(outcome: SlaOutcome, coreState: CoreState) {
  return {
    sla_response_due: outcome.responseDue === null ? null : new Date(outcome.responseDue),
    sla_resolution_due: new Date(outcome.resolutionDue),
    sla_response_breached: outcome.responseBreached,
    sla_resolution_breached: outcome.resolutionBreached,
    sla_business_minutes: Math.round(outcome.businessMinutesUsed),
    sla_paused: outcome.state === 'paused',
    // The outcome of a closed ticket is kept as it is: later calendar edits do not rewrite history.
    sla_frozen: coreState === 'closed',
  } satisfies Partial<Record<keyof TicketTable, unknown>>;
}

/**
 * The SLA columns of a ticket recomputed from its history, or undefined when the outcome is frozen
 * (a closed ticket keeps the outcome it closed with). Pure: the caller loads ticket and events.
 */
export function recomputeSla(
  policy: SlaPolicy,
  ticket: { created_at: Date; core_state: CoreState; sla_frozen: boolean },
  events: EventRow[],
  now: Date,
) {
  if (ticket.sla_frozen && ticket.core_state === 'closed') return undefined;
  const created = events.find((e) => e.kind === 'created');
  const initial = (created?.data.priority as Priority | undefined) ?? 'medium';
  const outcome = computeSla(policy, slaInputFromHistory(ticket.created_at, initial, events), now.getTime());
  return slaColumns(outcome, ticket.core_state);
}
