import * as m0001 from './2026_11_21_0001_foundation.ts';
import * as m0002 from './2026_11_21_0002_servicedesk.ts';
import * as m0003 from './2026_11_21_0003_ticket_integrity.ts';
import * as m0004 from './2026_11_21_0004_economy.ts';
import * as m0005 from './2026_11_21_0005_governance.ts';
import * as m0006 from './2026_11_21_0006_devices.ts';
import * as m0007 from './2026_11_21_0007_reports.ts';
import * as m0008 from './2026_11_21_0008_channels.ts';
import * as m0009 from './2026_11_21_0009_mailbox_oauth.ts';
import * as m0010 from './2026_11_21_0010_knowledge.ts';
import * as m0011 from './2026_11_21_0011_knowledge_postings.ts';

/** Every migration, by name; names sort in the order they run. Append only. */
export const migrations = {
  '2026_11_21_0001_foundation': m0001,
  '2026_11_21_0002_servicedesk': m0002,
  '2026_11_21_0003_ticket_integrity': m0003,
  '2026_11_21_0004_economy': m0004,
  '2026_11_21_0005_governance': m0005,
  '2026_11_21_0006_devices': m0006,
  '2026_11_21_0007_reports': m0007,
  '2026_11_21_0008_channels': m0008,
  '2026_11_21_0009_mailbox_oauth': m0009,
  '2026_11_21_0010_knowledge': m0010,
  '2026_11_21_0011_knowledge_postings': m0011,
};
