// The service desk's words in Norwegian, as the UI and the council's reports use them.
import type { Priority, Severity } from './tables.ts';

export const PRIORITY_LABEL: Record<Priority, string> = {
  low: 'Lav',
  medium: 'Medium',
  high: 'Høy',
  critical: 'Kritisk',
};

export const SEVERITY_LABEL: Record<Severity, string> = {
  info: 'Informasjon',
  minor: 'Mindre',
  major: 'Alvorlig',
  critical: 'Kritisk',
};
