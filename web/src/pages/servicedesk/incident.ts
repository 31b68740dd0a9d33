import type { TFunction } from 'i18next';
import { ApiError } from '../../api/client.ts';
import { serviceDeskApi } from '../../api/endpoints.ts';
import type { Ticket } from '../../api/types.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export type IncidentLookup = { ok: true; ticket: Ticket | null } | { ok: false; error: string };

/**
 * The incident ticket an operational message is worked in, from what the agent typed: a ticket
 * number ('1234' or '#1234') or a ticket id; empty is none. Says why when it is not an incident.
 */
export async function findIncident(t: TFunction, text: string): Promise<IncidentLookup> {
  const s = text.trim();
  if (!s) return { ok: true, ticket: null };
  let ticket: Ticket | undefined;
  if (UUID.test(s)) {
    try {
      ticket = await serviceDeskApi.ticket(s);
    } catch (err) {
      if (err instanceof ApiError && err.status === 404) return { ok: false, error: t('messages.incidentNotFound') };
      throw err;
    }
  } else {
    const n = Number(s.replace(/^#/, ''));
    if (!Number.isInteger(n) || n <= 0) return { ok: false, error: t('messages.incidentInvalid') };
    const list = await serviceDeskApi.tickets({ scope: 'queue', search: `#${n}`, limit: 10 });
    ticket = list.items.find((x) => x.number === n);
    if (!ticket) return { ok: false, error: t('messages.incidentNumberNotFound', { number: n }) };
  }
  if (ticket.kind !== 'incident')
    return { ok: false, error: t('messages.incidentNotIncident', { number: ticket.number }) };
  return { ok: true, ticket };
}
