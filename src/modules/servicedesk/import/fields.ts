// The fields of a Pureservice ticket that the import reads, and the column headers (Norwegian display
// labels and API names) that name them. README.md in this folder has the same table for people.

/** Canonical field names: Pureservice's API names, plus the names a list export shows instead of ids. */
export const FIELDS = [
  'id',
  'requestNumber',
  'subject',
  'description',
  'solution',
  'emailAddress',
  'userName',
  'userId',
  'agent',
  'assignedAgentId',
  'team',
  'assignedTeamId',
  'priority',
  'priorityId',
  'status',
  'statusId',
  'coreStatus',
  'source',
  'sourceId',
  'ticketType',
  'ticketTypeId',
  'requestType',
  'requestTypeId',
  'category1',
  'category2',
  'category3',
  'category1Id',
  'category2Id',
  'category3Id',
  'company',
  'companyId',
  'department',
  'companyDepartmentId',
  'location',
  'companyLocationId',
  'created',
  'modified',
  'resolved',
  'closed',
] as const;
export type Field = (typeof FIELDS)[number];

/**
 * Header aliases per field, compared after {@link normalizeHeader} (case, spacing, a trailing ':' or
 * '*', and æ/ø/å spelt ae/o/a do not matter). The API name of each field is always accepted too.
 */
export const HEADER_ALIASES: Record<Field, readonly string[]> = {
  id: ['ID', 'Sak-ID', 'Saks-ID', 'Sak ID', 'Intern ID', 'Ticket ID', 'ticketId'],
  requestNumber: [
    'Saksnummer',
    'Saksnr',
    'Saksnr.',
    'Nr',
    'Nr.',
    'Sak nr',
    'Sak nr.',
    'Henvendelsesnummer',
    'Referanse',
    'Request number',
    'Ticket number',
    'Number',
  ],
  subject: ['Emne', 'Tittel', 'Overskrift', 'Subject', 'Title'],
  description: ['Beskrivelse', 'Detaljer', 'Innhold', 'Description'],
  solution: ['Løsning', 'Løsningsbeskrivelse', 'Solution'],
  emailAddress: [
    'E-post',
    'Epost',
    'E-postadresse',
    'Innmelders e-post',
    'Brukers e-post',
    'Sluttbrukers e-post',
    'Email',
    'E-mail',
    'Email address',
  ],
  userName: ['Bruker', 'Sluttbruker', 'Innmelder', 'Meldt av', 'Kontakt', 'Navn', 'Requester', 'User', 'userFullName'],
  userId: ['Bruker-ID', 'Bruker ID', 'Sluttbruker-ID', 'User ID'],
  agent: ['Saksbehandler', 'Tildelt', 'Tildelt til', 'Ansvarlig', 'Agent', 'Assigned agent', 'assignedAgent'],
  assignedAgentId: ['Saksbehandler-ID', 'Agent ID'],
  team: ['Team', 'Tildelt team', 'Ansvarlig team', 'Gruppe', 'Ressursgruppe', 'Assigned team', 'assignedTeam'],
  assignedTeamId: ['Team-ID', 'Team ID'],
  priority: ['Prioritet', 'Priority', 'priorityName'],
  priorityId: ['Prioritet-ID', 'Prioritet ID'],
  status: ['Status', 'statusName'],
  statusId: ['Status-ID', 'Status ID'],
  coreStatus: ['Kjernestatus', 'Core status'],
  source: ['Kilde', 'Kanal', 'Innmeldingskanal', 'Source', 'Channel', 'sourceName'],
  sourceId: ['Kilde-ID', 'Kilde ID'],
  ticketType: ['Sakstype', 'Type', 'Ticket type', 'ticketTypeName'],
  ticketTypeId: ['Sakstype-ID', 'Sakstype ID'],
  requestType: ['Henvendelsestype', 'Forespørselstype', 'Request type', 'requestTypeName'],
  requestTypeId: ['Henvendelsestype-ID'],
  category1: ['Kategori 1', 'Kategori', 'Hovedkategori', 'Category 1', 'Category'],
  category2: ['Kategori 2', 'Underkategori', 'Category 2'],
  category3: ['Kategori 3', 'Category 3'],
  category1Id: ['Kategori 1-ID', 'Kategori 1 ID'],
  category2Id: ['Kategori 2-ID', 'Kategori 2 ID'],
  category3Id: ['Kategori 3-ID', 'Kategori 3 ID'],
  company: ['Firma', 'Kommune', 'Organisasjon', 'Virksomhet', 'Company', 'companyName'],
  companyId: ['Firma-ID', 'Firma ID', 'Kommune-ID', 'Company ID'],
  department: ['Avdeling', 'Enhet', 'Department', 'companyDepartment'],
  companyDepartmentId: ['Avdeling-ID', 'Avdeling ID'],
  location: ['Lokasjon', 'Sted', 'Location', 'companyLocation'],
  companyLocationId: ['Lokasjon-ID', 'Lokasjon ID'],
  created: ['Opprettet', 'Opprettet dato', 'Dato opprettet', 'Registrert', 'Innmeldt', 'Created'],
  modified: ['Endret', 'Sist endret', 'Oppdatert', 'Sist oppdatert', 'Modified', 'Last modified', 'Updated'],
  resolved: ['Løst', 'Løst dato', 'Dato løst', 'Løsningsdato', 'Resolved', 'Solved'],
  closed: ['Lukket', 'Lukket dato', 'Dato lukket', 'Avsluttet', 'Closed'],
};

/** Case, spacing, a trailing ':' or '*', a BOM and æ/ø/å vs ae/o/a do not matter in headers. */
export function normalizeHeader(h: string): string {
  return h
    .replace(/^\uFEFF/, '')
    .normalize('NFC')
    .trim()
    .replace(/[:*]+$/, '')
    .trim()
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .replace(/æ/g, 'ae')
    .replace(/ø/g, 'o')
    .replace(/å/g, 'a');
}

const byHeader = new Map<string, Field>();
for (const f of FIELDS) {
  for (const alias of [f, ...HEADER_ALIASES[f]]) {
    const key = normalizeHeader(alias);
    const existing = byHeader.get(key);
    if (existing && existing !== f) throw new Error(`Header alias "${alias}" names both ${existing} and ${f}.`);
    byHeader.set(key, f);
  }
}

const CUSTOM = /^cf[ _-]?(\d{1,4})$/;

/** A custom field's canonical name: cf_N. */
export type CustomField = `cf_${number}`;

/** The field a column header (or a JSON key) names, a custom field cf_N, or null when unknown. */
export function fieldForHeader(header: string): Field | CustomField | null {
  const key = normalizeHeader(header);
  const f = byHeader.get(key);
  if (f) return f;
  const m = CUSTOM.exec(key);
  return m ? (`cf_${Number(m[1])}` as CustomField) : null;
}

export const isCustomField = (name: string): name is CustomField => name.startsWith('cf_');
