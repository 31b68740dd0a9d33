import type { Db } from '../../db/database.ts';
import { insertStatuses } from './config.repository.ts';
import type { CoreState } from './tables.ts';

/** The statuses every cooperation starts with; each maps to a core state, two pause the SLA clock. */
export const DEFAULT_STATUSES: { key: string; name: string; core_state: CoreState; pauses_sla: boolean }[] = [
  { key: 'new', name: 'Ny', core_state: 'new', pauses_sla: false },
  { key: 'in_progress', name: 'Under arbeid', core_state: 'open', pauses_sla: false },
  { key: 'waiting_user', name: 'Venter på bruker', core_state: 'waiting', pauses_sla: true },
  { key: 'waiting_supplier', name: 'Venter på leverandør', core_state: 'waiting', pauses_sla: true },
  { key: 'resolved', name: 'Løst', core_state: 'resolved', pauses_sla: false },
  { key: 'closed', name: 'Lukket', core_state: 'closed', pauses_sla: false },
];

/** Give a cooperation the statuses the service desk needs (idempotent). */
export async function ensureServiceDeskDefaults(db: Db, cooperationId: string) {
  await insertStatuses(
    db,
    DEFAULT_STATUSES.map((s, i) => ({ ...s, cooperation_id: cooperationId, sort: i })),
  );
}
