// DUE_SOON_MS: the same window as the API's risk=due_soon filter.
import { DUE_SOON_MS } from '../../../../src/modules/servicedesk/risk.ts';
import { serviceDeskApi } from '../../api/endpoints.ts';
import type { Category, ServiceDeskConfig, Ticket, TicketStatus } from '../../api/types.ts';
import { useAsync } from '../../lib/useAsync.ts';
import { useSession } from '../../session/SessionContext.tsx';

let cached: { userId: string; promise: Promise<ServiceDeskConfig> } | undefined;

function load(userId: string): Promise<ServiceDeskConfig> {
  if (cached?.userId !== userId) {
    const promise = serviceDeskApi.config();
    cached = { userId, promise };
    // A failed load is not kept: the next page (or "Try again") asks again.
    promise.catch(() => {
      if (cached?.promise === promise) cached = undefined;
    });
  }
  return cached.promise;
}

/** The service desk's statuses, categories, teams and catalogue, loaded once per signed-in user. */
export function useServiceDeskConfig() {
  const { user } = useSession();
  const userId = user?.id ?? '';
  const state = useAsync(() => load(userId), userId, !!user);
  return {
    ...state,
    reload: () => {
      cached = undefined;
      state.reload();
    },
  };
}

export interface CategoryOption {
  id: string;
  /** 'Infrastruktur › Nettverk' */
  label: string;
  depth: number;
  active: boolean;
}

/** The category tree flattened in reading order, each with its full path as the label. */
export function categoryOptions(categories: Category[]): CategoryOption[] {
  const children = new Map<string | null, Category[]>();
  const ids = new Set(categories.map((c) => c.id));
  for (const c of categories) {
    const parent = c.parentId && ids.has(c.parentId) ? c.parentId : null;
    children.set(parent, [...(children.get(parent) ?? []), c]);
  }
  const out: CategoryOption[] = [];
  const walk = (parent: string | null, path: string[], depth: number, seen: Set<string>) => {
    for (const c of children.get(parent) ?? []) {
      if (seen.has(c.id)) continue;
      const label = [...path, c.name];
      out.push({ id: c.id, label: label.join(' › '), depth, active: c.active });
      walk(c.id, label, depth + 1, new Set([...seen, c.id]));
    }
  };
  walk(null, [], 0, new Set());
  return out;
}

/** id → 'Parent › Child' */
export function categoryLabels(categories: Category[]): Map<string, string> {
  return new Map(categoryOptions(categories).map((c) => [c.id, c.label]));
}

export function statusOf(config: ServiceDeskConfig | undefined, key: string): TicketStatus | undefined {
  return config?.statuses.find((s) => s.key === key);
}

export const isDone = (t: Pick<Ticket, 'coreState'>) => t.coreState === 'resolved' || t.coreState === 'closed';

export type SlaState = 'breached' | 'dueSoon' | 'paused' | 'ok' | 'met' | 'none';

/** Where a ticket stands against its SLA now, and the deadline that matters. */
export function slaState(
  ticket: Ticket,
  now: number,
): { state: SlaState; due: string | null; which: 'response' | 'resolution' } {
  const { sla } = ticket;
  const breached = sla.responseBreached === true || sla.resolutionBreached === true;
  const awaitingResponse = !ticket.firstResponseAt && !!sla.responseDue;
  const which = awaitingResponse ? 'response' : 'resolution';
  const due = awaitingResponse ? sla.responseDue : sla.resolutionDue;
  if (isDone(ticket)) {
    if (breached) return { state: 'breached', due: sla.resolutionDue, which: 'resolution' };
    return { state: sla.resolutionBreached === false ? 'met' : 'none', due: sla.resolutionDue, which: 'resolution' };
  }
  if (breached) return { state: 'breached', due, which };
  if (sla.paused) return { state: 'paused', due, which };
  if (!due) return { state: 'none', due, which };
  const left = new Date(due).getTime() - now;
  if (left < 0) return { state: 'breached', due, which };
  if (left <= DUE_SOON_MS) return { state: 'dueSoon', due, which };
  return { state: 'ok', due, which };
}
