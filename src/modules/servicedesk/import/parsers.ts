// From text to raw tickets (field → text): the CSV header decides which column is which field; a
// JSON ticket's ids are resolved through the linked entities of the export (statuses, priorities,
// users and their companies, …), collected in a first pass over the file.
import { type CsvProblem, CsvReader, type CsvRecord } from './csv-reader.ts';
import { type CustomField, type Field, fieldForHeader, isCustomField } from './fields.ts';
import { type JsonItem, JsonReader } from './json-reader.ts';
import type { ImportIssue, RawTicket } from './normalize.ts';
import { FileRejected } from './text-source.ts';

export interface TicketParser {
  push(text: string, out: RawTicket[], problems: ImportIssue[]): void;
  end(out: RawTicket[], problems: ImportIssue[]): void;
  /** a field as the file names it, for messages */
  label(f: Field): string;
}

const clean = (s: string): string | undefined => {
  const t = s.trim();
  return t === '' ? undefined : t;
};

// ---- CSV ---------------------------------------------------------------------------------------

export interface CsvColumns {
  /** header as in the file → the field it was read as */
  recognised: Record<string, string>;
  /** headers not used */
  ignored: string[];
  delimiter: string;
}

export class CsvTicketParser implements TicketParser {
  private readonly reader: CsvReader;
  private header: { fields: (Field | CustomField | null)[]; count: number } | null = null;
  private readonly labels = new Map<Field, string>();
  private records = 0;
  private recs: CsvRecord[] = [];
  private probs: CsvProblem[] = [];
  columns: CsvColumns | null = null;
  /** warnings about the header (duplicate columns), given once */
  headerWarnings: ImportIssue[] = [];

  constructor(
    opts: { maxRecordChars?: number; delimiter?: string } = {},
    private readonly requireColumns?: (present: Set<Field>) => string | null,
  ) {
    this.reader = new CsvReader(opts);
  }

  label(f: Field): string {
    return this.labels.get(f) ?? f;
  }

  push(text: string, out: RawTicket[], problems: ImportIssue[]) {
    this.reader.push(text, this.recs, this.probs);
    this.drain(out, problems);
  }

  end(out: RawTicket[], problems: ImportIssue[]) {
    this.reader.end(this.recs, this.probs);
    this.drain(out, problems);
    if (!this.header) throw new FileRejected('The file is empty: it has no header line.', null, 'file_empty');
  }

  private drain(out: RawTicket[], problems: ImportIssue[]) {
    for (const p of this.probs)
      problems.push({ line: p.line, record: null, id: null, field: null, code: p.code, message: p.message });
    this.probs.length = 0;
    const recs = this.recs;
    for (let r = 0; r < recs.length; r++) {
      const rec = recs[r]!;
      if (!this.header) {
        this.readHeader(rec);
        continue;
      }
      const f = rec.fields;
      let empty = true;
      for (let i = 0; i < f.length; i++)
        if (f[i]!.trim() !== '') {
          empty = false;
          break;
        }
      if (empty) continue; // a row of empty cells (Excel leaves them)
      this.records++;
      if (f.length !== this.header.count) {
        problems.push({
          line: rec.line,
          record: this.records,
          id: null,
          field: null,
          code: 'csv_field_count',
          message:
            f.length < this.header.count
              ? `The row has ${f.length} fields where the header has ${this.header.count}: values are missing (or the file is cut off here).`
              : `The row has ${f.length} fields where the header has ${this.header.count}: a value containing "${this.reader.delimiter}" is probably not quoted.`,
        });
        continue;
      }
      const values: Partial<Record<Field, string>> = {};
      let custom: Record<string, string> | null = null;
      const fields = this.header.fields;
      for (let i = 0; i < fields.length; i++) {
        const name = fields[i];
        if (!name) continue;
        const v = clean(f[i]!);
        if (v === undefined) continue;
        if (isCustomField(name)) {
          custom ??= {};
          custom[name] = v;
        } else values[name] = v;
      }
      out.push({ line: rec.line, record: this.records, values, custom });
    }
    recs.length = 0;
  }

  private readHeader(rec: CsvRecord) {
    const fields: (Field | CustomField | null)[] = [];
    const recognised: Record<string, string> = {};
    const ignored: string[] = [];
    const seen = new Set<string>();
    for (const h of rec.fields) {
      const f = fieldForHeader(h);
      if (f && seen.has(f)) {
        this.headerWarnings.push({
          line: rec.line,
          record: null,
          id: null,
          field: h,
          code: 'duplicate_column',
          message: `The column "${h}" names ${f} again; the first such column is used.`,
        });
        fields.push(null);
        ignored.push(h);
        continue;
      }
      fields.push(f);
      if (f) {
        seen.add(f);
        recognised[h] = f;
        if (!isCustomField(f)) this.labels.set(f, h.trim());
      } else if (h.trim()) ignored.push(h);
    }
    this.header = { fields, count: rec.fields.length };
    this.columns = { recognised, ignored, delimiter: this.reader.delimiter ?? ';' };
    const missing = this.requireColumns?.(new Set(this.labels.keys()));
    if (missing) {
      const shown = rec.fields
        .slice(0, 30)
        .map((h) => `"${h}"`)
        .join(', ');
      throw new FileRejected(
        `${missing} The header line has ${shown}${rec.fields.length > 30 ? ', …' : ''}. See the column names the import knows in its documentation, or check the delimiter (found: ${this.reader.delimiter === '\t' ? 'tab' : this.reader.delimiter}).`,
        rec.line,
        'missing_columns',
      );
    }
  }
}

// ---- JSON --------------------------------------------------------------------------------------

interface Entity {
  name?: string;
  coreStatus?: string;
  email?: string;
  emailAddressId?: string;
  companyId?: string;
  companyDepartmentId?: string;
  companyLocationId?: string;
}

const ENTITY_FORMS: [string, string[]][] = [
  ['users', ['user', 'users']],
  ['companies', ['company', 'companies']],
  ['departments', ['companydepartment', 'companydepartments', 'department', 'departments']],
  ['locations', ['companylocation', 'companylocations', 'location', 'locations']],
  ['statuses', ['status', 'statuses']],
  ['priorities', ['priority', 'priorities']],
  ['sources', ['source', 'sources']],
  ['tickettypes', ['tickettype', 'tickettypes']],
  ['requesttypes', ['requesttype', 'requesttypes']],
  ['categories', ['category', 'categories', 'ticketcategory', 'ticketcategories']],
  ['teams', ['team', 'teams']],
  ['emails', ['emailaddress', 'emailaddresses', 'email', 'emails']],
];
const ENTITY_TYPES = new Map(ENTITY_FORMS.flatMap(([t, forms]) => forms.map((f) => [f, t] as const)));

/** "companyDepartments", "CompanyDepartment" → "departments"; null for types the import does not use. */
export function entityType(t: string): string | null {
  return ENTITY_TYPES.get(t.toLowerCase().replace(/[^a-z]/g, '')) ?? null;
}

const str = (v: unknown): string | undefined =>
  typeof v === 'string' ? clean(v) : typeof v === 'number' || typeof v === 'bigint' ? String(v) : undefined;

/** Linked entities kept at most (users, companies, statuses, …), so memory stays bounded. */
const MAX_LINKED = 1_000_000;

/** The linked entities of an export, slimmed to what the import uses, by type and id. */
export class LinkedEntities {
  private readonly byType = new Map<string, Map<string, Entity>>();
  count = 0;

  add(type: string, raw: Record<string, unknown>) {
    const t = entityType(type);
    if (!t) return;
    if (this.count >= MAX_LINKED)
      throw new FileRejected(
        `The export links more than ${MAX_LINKED.toLocaleString('en')} users, companies and other entities; that is not a Pureservice export this import can take. Nothing was imported.`,
        null,
        'too_many_entities',
      );
    const v =
      typeof raw.attributes === 'object' && raw.attributes !== null ? { ...raw, ...(raw.attributes as object) } : raw;
    const id = str(v.id);
    if (id === undefined) return;
    const first = str(v.firstName);
    const last = str(v.lastName);
    const e: Entity = {
      name:
        str(v.name) ??
        str(v.fullName) ??
        str(v.displayName) ??
        (first || last ? [first, last].filter(Boolean).join(' ') : undefined) ??
        str(v.title),
      coreStatus: str(v.coreStatus),
      email: str(v.email) ?? str(v.emailAddress) ?? str(v.address),
      emailAddressId: str(v.emailAddressId),
      companyId: str(v.companyId),
      companyDepartmentId: str(v.companyDepartmentId),
      companyLocationId: str(v.companyLocationId),
    };
    for (const k of Object.keys(e) as (keyof Entity)[]) if (e[k] === undefined) delete e[k];
    let m = this.byType.get(t);
    if (!m) {
      m = new Map();
      this.byType.set(t, m);
    }
    if (!m.has(id)) this.count++;
    m.set(id, e);
  }

  get(type: string, id: string | undefined): Entity | undefined {
    return id === undefined ? undefined : this.byType.get(type)?.get(id);
  }
}

/** Name fields and the id field that names the same thing. */
const ID_OF: Partial<Record<Field, Field>> = {
  priority: 'priorityId',
  status: 'statusId',
  source: 'sourceId',
  ticketType: 'ticketTypeId',
  requestType: 'requestTypeId',
  team: 'assignedTeamId',
  agent: 'assignedAgentId',
  userName: 'userId',
  company: 'companyId',
  department: 'companyDepartmentId',
  location: 'companyLocationId',
  category1: 'category1Id',
  category2: 'category2Id',
  category3: 'category3Id',
};

/** links.user / relationships.user → userId, and so on. */
const LINK_FIELD: Record<string, Field> = {
  user: 'userId',
  priority: 'priorityId',
  status: 'statusId',
  source: 'sourceId',
  tickettype: 'ticketTypeId',
  requesttype: 'requestTypeId',
  assignedagent: 'assignedAgentId',
  assignedteam: 'assignedTeamId',
  category1: 'category1Id',
  category2: 'category2Id',
  category3: 'category3Id',
  company: 'companyId',
};

/** One JSON ticket → raw ticket, its ids resolved to names through `linked`. */
export function rawFromJson(
  obj: Record<string, unknown>,
  line: number | null,
  record: number,
  linked: LinkedEntities,
): RawTicket {
  const o =
    typeof obj.attributes === 'object' && obj.attributes !== null ? { id: obj.id, ...(obj.attributes as object) } : obj;
  const values: Partial<Record<Field, string>> = {};
  let custom: Record<string, string> | null = null;
  for (const [key, value] of Object.entries(o as Record<string, unknown>)) {
    if (key === 'links' || key === 'relationships' || key === 'attributes') continue;
    const f = fieldForHeader(key);
    if (!f) continue;
    if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
      // { id, name } in place of an id
      const ref = value as Record<string, unknown>;
      const idField = isCustomField(f) ? undefined : (ID_OF[f] ?? (f.endsWith('Id') ? f : undefined));
      if (idField && str(ref.id) !== undefined) values[idField] ??= str(ref.id);
      if (!isCustomField(f) && ID_OF[f] && str(ref.name) !== undefined) values[f] ??= str(ref.name);
      continue;
    }
    const s = typeof value === 'boolean' ? String(value) : str(value);
    if (s === undefined) continue;
    if (isCustomField(f)) {
      custom ??= {};
      custom[f] = s;
    } else values[f] = s;
  }
  for (const container of ['links', 'relationships'] as const) {
    const links = (obj as Record<string, unknown>)[container];
    if (typeof links !== 'object' || links === null) continue;
    for (const [k, v] of Object.entries(links as Record<string, unknown>)) {
      const f = LINK_FIELD[k.toLowerCase()];
      if (!f || values[f] !== undefined || typeof v !== 'object' || v === null) continue;
      const ref = v as Record<string, unknown>;
      const id =
        str(ref.id) ??
        (typeof ref.data === 'object' && ref.data ? str((ref.data as Record<string, unknown>).id) : undefined);
      if (id !== undefined) values[f] = id;
    }
  }

  const name = (type: string, idField: Field, nameField: Field) => {
    if (values[nameField] === undefined) {
      const n = linked.get(type, values[idField])?.name;
      if (n !== undefined) values[nameField] = n;
    }
  };
  name('priorities', 'priorityId', 'priority');
  name('sources', 'sourceId', 'source');
  name('tickettypes', 'ticketTypeId', 'ticketType');
  name('requesttypes', 'requestTypeId', 'requestType');
  name('categories', 'category1Id', 'category1');
  name('categories', 'category2Id', 'category2');
  name('categories', 'category3Id', 'category3');
  name('teams', 'assignedTeamId', 'team');
  const status = linked.get('statuses', values.statusId);
  if (status) {
    values.status ??= status.name;
    values.coreStatus ??= status.coreStatus;
  }
  const user = linked.get('users', values.userId);
  if (user) {
    values.userName ??= user.name;
    values.emailAddress ??= user.email ?? linked.get('emails', user.emailAddressId)?.email;
    values.companyId ??= user.companyId;
    values.companyDepartmentId ??= user.companyDepartmentId;
    values.companyLocationId ??= user.companyLocationId;
  }
  const agent = linked.get('users', values.assignedAgentId);
  if (agent && values.agent === undefined)
    values.agent = agent.email ?? linked.get('emails', agent.emailAddressId)?.email ?? agent.name;
  name('companies', 'companyId', 'company');
  name('departments', 'companyDepartmentId', 'department');
  name('locations', 'companyLocationId', 'location');
  for (const k of Object.keys(values) as Field[]) if (values[k] === undefined) delete values[k];
  return { line, record, values, custom };
}

export class JsonTicketParser implements TicketParser {
  private readonly reader: JsonReader;
  private items: JsonItem[] = [];

  constructor(
    private readonly linked: LinkedEntities,
    opts: { maxRecordChars?: number } = {},
  ) {
    this.reader = new JsonReader({ tickets: true, entities: false, maxRecordChars: opts.maxRecordChars });
  }

  label(f: Field): string {
    return f;
  }

  push(text: string, out: RawTicket[], problems: ImportIssue[]) {
    this.reader.push(text, this.items);
    this.drain(out, problems);
  }

  end(out: RawTicket[], problems: ImportIssue[]) {
    this.reader.end(this.items);
    this.drain(out, problems);
  }

  private drain(out: RawTicket[], problems: ImportIssue[]) {
    for (const it of this.items) {
      if (it.kind === 'ticket') out.push(rawFromJson(it.value, it.line, it.index + 1, this.linked));
      else if (it.kind === 'problem')
        problems.push({
          line: it.line,
          record: it.index === null ? null : it.index + 1,
          id: it.id,
          field: null,
          code: it.code,
          message: it.message,
        });
    }
    this.items.length = 0;
  }
}

/** The first pass over a JSON export: its linked entities. */
export class JsonEntityScanner {
  private readonly reader: JsonReader;
  private items: JsonItem[] = [];

  constructor(readonly linked: LinkedEntities) {
    this.reader = new JsonReader({ tickets: false, entities: true });
  }

  get tickets() {
    return this.reader.tickets;
  }

  push(text: string) {
    this.reader.push(text, this.items);
    this.drain();
  }

  end() {
    this.reader.end(this.items);
    this.drain();
  }

  private drain() {
    for (const it of this.items) if (it.kind === 'entity') this.linked.add(it.type, it.value);
    this.items.length = 0;
  }
}

/** csv or json, from the first text of the file. */
export function sniffFormat(text: string): 'csv' | 'json' {
  const t = text.replace(/^[\uFEFF\s]+/, '');
  return t.startsWith('{') || t.startsWith('[') ? 'json' : 'csv';
}
