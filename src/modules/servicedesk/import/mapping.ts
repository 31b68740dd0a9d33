// How Pureservice's values become ours: the mapping file (JSON), its built-in defaults for ROR-IKT,
// its validation against the cooperation's statuses, members, categories and teams, and the lookup
// tables the import uses. Keys are Pureservice names or ids, compared without regard to case and
// spacing. README.md in this folder documents the format.
import { isValidTimeZone } from '../sla/zone.ts';
import {
  CHANNELS,
  type Channel,
  type CoreState,
  PRIORITIES,
  type Priority,
  TICKET_KINDS,
  type TicketKind,
} from '../tables.ts';

export type MemberSource = 'company' | 'department' | 'location' | 'emailDomain';
export const MEMBER_SOURCES: readonly MemberSource[] = ['company', 'department', 'location', 'emailDomain'];

export interface CoreStatusRule {
  min: number;
  /** inclusive; null = no upper bound */
  max: number | null;
  status: string;
}

export interface PureserviceMapping {
  /** priority name or id → priority */
  priorities: Record<string, Priority>;
  /** status name or id → our status key */
  statuses: Record<string, string>;
  /** a status not found above, by its Pureservice coreStatus (JSON exports carry it) */
  coreStatus: CoreStatusRule[];
  /** source (kilde) name or id → channel */
  sources: Record<string, Channel>;
  /** ticket type or request type name or id → kind */
  ticketTypes: Record<string, TicketKind>;
  /** company / department / location name or id → member code; null = no member, no warning */
  companies: Record<string, string | null>;
  /** Pureservice category path ("A > B > C") or id → our category (path or id); null = none */
  categories: Record<string, string | null>;
  /** team name or id → our team (name or id); null = none */
  teams: Record<string, string | null>;
  /** custom field cf_N → the key it is kept under in the ticket's form data; null = dropped */
  customFields: Record<string, string | null>;
  /** used when a ticket has no value at all (a warning is given); null = the value is required */
  defaults: { priority: Priority | null; channel: Channel | null; kind: TicketKind | null };
  /** where the member (municipality) comes from, first match wins */
  memberFrom: MemberSource[];
  /** zone of timestamps without an offset */
  timeZone: string;
  /** 'text': HTML descriptions and solutions become plain text; 'keep': stored as they are */
  html: 'text' | 'keep';
  /** false: the built-in names and ids are not used */
  useDefaults: boolean;
  /** the mapping file's own entries: they win over built-in names and ids */
  fromFile: Partial<Record<Table, Record<string, string | null>>>;
  /** coreStatus came from the mapping file (built-in rules naming statuses a cooperation lacks are dropped) */
  coreStatusFromFile: boolean;
}

/** ROR-IKT's Pureservice set-up as we know it; a mapping file adds to or overrides these. */
export const DEFAULT_MAPPING: PureserviceMapping = {
  priorities: {
    Kritisk: 'critical',
    Høy: 'high',
    Medium: 'medium',
    Middels: 'medium',
    Normal: 'medium',
    Lav: 'low',
    Critical: 'critical',
    High: 'high',
    Low: 'low',
    '1': 'critical',
    '2': 'high',
    '3': 'medium',
    '4': 'low',
  },
  statuses: {
    Ny: 'new',
    New: 'new',
    Åpen: 'in_progress',
    Open: 'in_progress',
    Tildelt: 'in_progress',
    'Under arbeid': 'in_progress',
    'Under behandling': 'in_progress',
    Pågår: 'in_progress',
    'In progress': 'in_progress',
    Venter: 'waiting_user',
    'Venter på bruker': 'waiting_user',
    'Venter på sluttbruker': 'waiting_user',
    'Venter på innmelder': 'waiting_user',
    'Venter på kunde': 'waiting_user',
    'Waiting for user': 'waiting_user',
    'Venter på leverandør': 'waiting_supplier',
    'Venter på tredjepart': 'waiting_supplier',
    'Venter på 3. part': 'waiting_supplier',
    'Venter på ekstern': 'waiting_supplier',
    'Waiting for supplier': 'waiting_supplier',
    Løst: 'resolved',
    Resolved: 'resolved',
    Solved: 'resolved',
    Lukket: 'closed',
    Avsluttet: 'closed',
    Kansellert: 'closed',
    Closed: 'closed',
  },
  coreStatus: [
    { min: Number.MIN_SAFE_INTEGER, max: 49, status: 'in_progress' },
    { min: 50, max: null, status: 'closed' },
  ],
  sources: {
    'E-post': 'email',
    Epost: 'email',
    Email: 'email',
    'E-mail': 'email',
    Telefon: 'phone',
    Tlf: 'phone',
    Phone: 'phone',
    Portal: 'portal',
    Selvbetjening: 'portal',
    Selvbetjeningsportal: 'portal',
    Selvbetjeningsportalen: 'portal',
    Skjema: 'portal',
    Web: 'portal',
    'Self-service': 'portal',
    Chat: 'portal',
    Oppmøte: 'walk_in',
    'Personlig oppmøte': 'walk_in',
    Skranke: 'walk_in',
    'Walk-in': 'walk_in',
    API: 'api',
    Integrasjon: 'api',
    SOC: 'api',
    Overvåking: 'api',
    Overvåkning: 'api',
    Monitoring: 'api',
  },
  ticketTypes: {
    Feil: 'incident',
    Feilmelding: 'incident',
    Hendelse: 'incident',
    Incident: 'incident',
    Forespørsel: 'service_request',
    Tjenesteforespørsel: 'service_request',
    Bestilling: 'service_request',
    'Service request': 'service_request',
    Request: 'service_request',
    Sikkerhetsvarsel: 'security_alert',
    Sikkerhetshendelse: 'security_alert',
    'Security alert': 'security_alert',
  },
  companies: {},
  categories: {},
  teams: {},
  customFields: {},
  defaults: { priority: null, channel: 'portal', kind: 'incident' },
  memberFrom: ['company', 'department', 'location', 'emailDomain'],
  timeZone: 'Europe/Oslo',
  html: 'text',
  useDefaults: true,
  fromFile: {},
  coreStatusFromFile: false,
};

const normCache = new Map<string, string>();

/** Lookup key of a name or id: case, surrounding and repeated spaces do not matter. */
export function norm(s: string): string {
  let k = normCache.get(s);
  if (k === undefined) {
    k = s.normalize('NFC').trim().toLowerCase().replace(/\s+/g, ' ');
    if (normCache.size > 50_000) normCache.clear();
    normCache.set(s, k);
  }
  return k;
}

const TABLES = [
  'priorities',
  'statuses',
  'sources',
  'ticketTypes',
  'companies',
  'categories',
  'teams',
  'customFields',
] as const;
type Table = (typeof TABLES)[number];
const KNOWN_KEYS = new Set<string>([
  ...TABLES,
  'coreStatus',
  'defaults',
  'memberFrom',
  'timeZone',
  'html',
  'useDefaults',
]);

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

export interface MappingProblem {
  path: string;
  message: string;
}

/**
 * Read a mapping file's content (parsed JSON) over the defaults (unless `useDefaults: false`).
 * Checks the shape and the fixed vocabularies; references to the cooperation's statuses, members,
 * categories and teams are checked by {@link buildLookups}. Keys starting with $ or _ are comments.
 */
export function parseMapping(
  input: unknown,
): { ok: true; mapping: PureserviceMapping } | { ok: false; problems: MappingProblem[] } {
  if (input === undefined || input === null) return { ok: true, mapping: structuredClone(DEFAULT_MAPPING) };
  const problems: MappingProblem[] = [];
  if (!isRecord(input))
    return { ok: false, problems: [{ path: 'mapping', message: 'The mapping must be a JSON object.' }] };
  for (const k of Object.keys(input)) {
    if (!KNOWN_KEYS.has(k) && !k.startsWith('$') && !k.startsWith('_'))
      problems.push({
        path: `mapping.${k}`,
        message: `Unknown setting "${k}" (known: ${[...KNOWN_KEYS].join(', ')}).`,
      });
  }
  const useDefaults = input.useDefaults !== false;
  const base: PureserviceMapping = useDefaults
    ? structuredClone(DEFAULT_MAPPING)
    : {
        ...structuredClone(DEFAULT_MAPPING),
        priorities: {},
        statuses: {},
        sources: {},
        ticketTypes: {},
        coreStatus: [],
        useDefaults: false,
      };
  if (input.useDefaults !== undefined && typeof input.useDefaults !== 'boolean')
    problems.push({ path: 'mapping.useDefaults', message: 'useDefaults must be true or false.' });

  const vocab: Partial<Record<Table, readonly string[]>> = {
    priorities: PRIORITIES,
    sources: CHANNELS,
    ticketTypes: TICKET_KINDS,
  };
  for (const table of TABLES) {
    const v = input[table];
    if (v === undefined) continue;
    if (!isRecord(v)) {
      problems.push({
        path: `mapping.${table}`,
        message: `${table} must be an object of "Pureservice value": target.`,
      });
      continue;
    }
    const target = base[table] as Record<string, string | null>;
    const own: Record<string, string | null> = {};
    base.fromFile[table] = own;
    for (const [key, value] of Object.entries(v)) {
      const path = `mapping.${table}[${JSON.stringify(key)}]`;
      if (key.startsWith('$') || key.startsWith('_')) continue;
      if (!key.trim()) {
        problems.push({ path, message: 'An empty key cannot match anything.' });
        continue;
      }
      const nullable = table === 'companies' || table === 'categories' || table === 'teams' || table === 'customFields';
      if (value === null && nullable) {
        target[key] = null;
        own[key] = null;
        continue;
      }
      if (typeof value !== 'string' || !value.trim()) {
        problems.push({ path, message: `must be a non-empty text${nullable ? ' or null' : ''}.` });
        continue;
      }
      const allowed = vocab[table];
      if (allowed && !allowed.includes(value)) {
        problems.push({ path, message: `"${value}" is not one of ${allowed.join(', ')}.` });
        continue;
      }
      if (table === 'customFields' && !/^cf_\d+$/.test(key)) {
        problems.push({ path, message: 'keys of customFields are custom field names like cf_3.' });
        continue;
      }
      target[key] = value;
      own[key] = value;
    }
  }

  if (input.coreStatus !== undefined) {
    if (!Array.isArray(input.coreStatus)) {
      problems.push({ path: 'mapping.coreStatus', message: 'coreStatus must be a list of { min, max, status }.' });
    } else {
      base.coreStatus = [];
      base.coreStatusFromFile = true;
      for (const [i, r] of (input.coreStatus as unknown[]).entries()) {
        const path = `mapping.coreStatus[${i}]`;
        if (!isRecord(r)) {
          problems.push({ path, message: 'must be { "min": 0, "max": 49, "status": "in_progress" }.' });
          continue;
        }
        const min = r.min ?? Number.MIN_SAFE_INTEGER;
        const max = r.max ?? null;
        if (typeof min !== 'number' || (max !== null && typeof max !== 'number') || (max !== null && max < min)) {
          problems.push({ path, message: 'min and max must be numbers with min ≤ max (max may be null).' });
          continue;
        }
        if (typeof r.status !== 'string' || !r.status) {
          problems.push({ path, message: 'status must be a status key.' });
          continue;
        }
        base.coreStatus.push({ min, max, status: r.status });
      }
    }
  }

  if (input.defaults !== undefined) {
    const d = input.defaults;
    if (!isRecord(d))
      problems.push({ path: 'mapping.defaults', message: 'defaults must be { priority, channel, kind }.' });
    else {
      const check = <T extends string>(key: 'priority' | 'channel' | 'kind', allowed: readonly T[]) => {
        const v = d[key];
        if (v === undefined) return;
        if (v !== null && !allowed.includes(v as T))
          problems.push({ path: `mapping.defaults.${key}`, message: `must be null or one of ${allowed.join(', ')}.` });
        else (base.defaults as Record<string, unknown>)[key] = v;
      };
      check('priority', PRIORITIES);
      check('channel', CHANNELS);
      check('kind', TICKET_KINDS);
      for (const k of Object.keys(d))
        if (!['priority', 'channel', 'kind'].includes(k))
          problems.push({
            path: `mapping.defaults.${k}`,
            message: 'Unknown default (known: priority, channel, kind).',
          });
    }
  }
  if (input.memberFrom !== undefined) {
    const m = input.memberFrom;
    if (!Array.isArray(m) || !m.every((x) => MEMBER_SOURCES.includes(x as MemberSource)))
      problems.push({
        path: 'mapping.memberFrom',
        message: `memberFrom must be a list of ${MEMBER_SOURCES.join(', ')}.`,
      });
    else base.memberFrom = m as MemberSource[];
  }
  if (input.timeZone !== undefined) {
    if (typeof input.timeZone !== 'string' || !isValidTimeZone(input.timeZone))
      problems.push({ path: 'mapping.timeZone', message: 'timeZone must be an IANA time zone such as Europe/Oslo.' });
    else base.timeZone = input.timeZone;
  }
  if (input.html !== undefined) {
    if (input.html !== 'text' && input.html !== 'keep')
      problems.push({ path: 'mapping.html', message: 'html must be "text" or "keep".' });
    else base.html = input.html;
  }
  return problems.length ? { ok: false, problems } : { ok: true, mapping: base };
}

// ---- lookups against the cooperation ---------------------------------------------------------

export interface ReferenceData {
  statuses: { key: string; name: string; core_state: CoreState }[];
  members: { id: string; code: string; name: string; municipality_number: string | null; email_domains: string[] }[];
  categories: { id: string; parent_id: string | null; name: string }[];
  teams: { id: string; name: string }[];
  users: { id: string; email: string; name: string }[];
}

export const CATEGORY_SEPARATOR = ' > ';

/** A category path as a lookup key ("Infrastruktur > Nettverk"). */
export const normPath = (segments: string[]): string =>
  segments
    .map((s) => norm(s))
    .filter(Boolean)
    .join('>');

/**
 * A vocabulary of Pureservice values (priorities, statuses, …). A value is looked up by the mapping
 * file's entries first (by id, then by name), then by the built-in names, and last by built-in ids —
 * so a name the export gives is not overruled by a guessed default id. Values may be null ("none").
 */
export class Vocab<T> {
  constructor(
    private readonly file: Map<string, T>,
    private readonly names: Map<string, T>,
    private readonly ids: Map<string, T> = new Map(),
  ) {}

  get(id: string | undefined, name: string | undefined): T | undefined {
    const i = id === undefined ? undefined : norm(id);
    const n = name === undefined ? undefined : norm(name);
    if (i !== undefined && this.file.has(i)) return this.file.get(i);
    if (n !== undefined && this.file.has(n)) return this.file.get(n);
    if (n !== undefined && this.names.has(n)) return this.names.get(n);
    if (i !== undefined && this.ids.has(i)) return this.ids.get(i);
    return undefined;
  }
}

export interface Lookups {
  mapping: PureserviceMapping;
  priority: Vocab<Priority>;
  status: Vocab<string>;
  statusInfo: Map<string, { key: string; core: CoreState }>;
  initialStatus: string;
  source: Vocab<Channel>;
  ticketType: Vocab<TicketKind>;
  /** value → member id, or null = explicitly none */
  member: Vocab<string | null>;
  memberByDomain: Map<string, string>;
  /** Pureservice category path or id → our category id, or null = explicitly none */
  category: Map<string, string | null>;
  team: Map<string, string | null>;
  userByEmail: Map<string, string>;
  /** user name → id; null when two users share the name */
  userByName: Map<string, string | null>;
  customFields: Map<string, string | null>;
}

/**
 * Tables for the import from a checked mapping and the cooperation's data. Problems: mapping
 * targets that do not exist in the cooperation (a status key, member code, category or team).
 */
export function buildLookups(
  mapping: PureserviceMapping,
  ref: ReferenceData,
): { ok: true; lookups: Lookups } | { ok: false; problems: MappingProblem[] } {
  const problems: MappingProblem[] = [];
  const statusInfo = new Map(ref.statuses.map((s) => [s.key, { key: s.key, core: s.core_state }]));
  const initial = ref.statuses.find((s) => s.core_state === 'new');
  if (!initial)
    problems.push({
      path: 'statuses',
      message: 'The cooperation has no status with the state "new"; configure the service desk first.',
    });

  const isId = (k: string) => /^\d+$/.test(k.trim());
  /** file entries, built-in names, built-in ids of a table */
  const vocab = <T>(table: 'priorities' | 'sources' | 'ticketTypes') => {
    const file = new Map<string, T>();
    const names = new Map<string, T>();
    const ids = new Map<string, T>();
    for (const [k, v] of Object.entries(mapping.fromFile[table] ?? {})) file.set(norm(k), v as T);
    if (mapping.useDefaults)
      for (const [k, v] of Object.entries(DEFAULT_MAPPING[table])) (isId(k) ? ids : names).set(norm(k), v as T);
    return new Vocab<T>(file, names, ids);
  };

  // statuses: the built-in names and the cooperation's own names and keys; the file's entries win
  const statusFile = new Map<string, string>();
  const statusNames = new Map<string, string>();
  if (mapping.useDefaults)
    for (const [k, v] of Object.entries(DEFAULT_MAPPING.statuses)) if (statusInfo.has(v)) statusNames.set(norm(k), v);
  for (const s of ref.statuses) {
    statusNames.set(norm(s.key), s.key);
    statusNames.set(norm(s.name), s.key);
  }
  for (const [k, v] of Object.entries(mapping.fromFile.statuses ?? {})) {
    if (v === null || !statusInfo.has(v)) {
      problems.push({
        path: `mapping.statuses[${JSON.stringify(k)}]`,
        message: `"${v}" is not a status of this cooperation (${[...statusInfo.keys()].join(', ')}).`,
      });
      continue;
    }
    statusFile.set(norm(k), v);
  }
  const coreStatus = mapping.coreStatus.filter((r, i) => {
    if (statusInfo.has(r.status)) return true;
    if (!mapping.coreStatusFromFile) return false;
    problems.push({
      path: `mapping.coreStatus[${i}].status`,
      message: `"${r.status}" is not a status of this cooperation.`,
    });
    return false;
  });

  // members: by name, name without "kommune", code and municipality number; the file's entries win
  const memberFile = new Map<string, string | null>();
  const memberNames = new Map<string, string | null>();
  const byCode = new Map(ref.members.map((m) => [m.code, m.id]));
  for (const m of ref.members) {
    memberNames.set(norm(m.code), m.id);
    memberNames.set(norm(m.name), m.id);
    const short = norm(m.name).replace(/\s+kommune$/, '');
    if (short && !memberNames.has(short)) memberNames.set(short, m.id);
    if (m.municipality_number) memberNames.set(norm(m.municipality_number), m.id);
  }
  for (const [k, code] of Object.entries(mapping.fromFile.companies ?? {})) {
    if (code === null) memberFile.set(norm(k), null);
    else if (byCode.has(code)) memberFile.set(norm(k), byCode.get(code)!);
    else
      problems.push({
        path: `mapping.companies[${JSON.stringify(k)}]`,
        message: `"${code}" is not the code of a member (${[...byCode.keys()].join(', ')}).`,
      });
  }
  const memberByDomain = new Map<string, string>();
  for (const m of ref.members) for (const d of m.email_domains) memberByDomain.set(d.toLowerCase(), m.id);

  // categories: our tree by path; the mapping maps Pureservice paths or ids to our path or id
  const byId = new Map(ref.categories.map((c) => [c.id, c]));
  const pathOf = (id: string): string[] => {
    const segs: string[] = [];
    for (let c = byId.get(id), guard = 0; c && guard < 20; c = c.parent_id ? byId.get(c.parent_id) : undefined, guard++)
      segs.unshift(c.name);
    return segs;
  };
  const ourPath = new Map<string, string>();
  for (const c of ref.categories) ourPath.set(normPath(pathOf(c.id)), c.id);
  const category = new Map<string, string | null>(ourPath);
  for (const [k, v] of Object.entries(mapping.categories)) {
    const key = /^\d+$/.test(k.trim()) ? k.trim() : normPath(splitPath(k));
    if (v === null) {
      category.set(key, null);
      continue;
    }
    const id = byId.has(v) ? v : ourPath.get(normPath(splitPath(v)));
    if (id) category.set(key, id);
    else
      problems.push({
        path: `mapping.categories[${JSON.stringify(k)}]`,
        message: `"${v}" is not a category of this cooperation (give its path, e.g. "Infrastruktur > Nettverk", or its id). Create it first; the import does not create categories.`,
      });
  }

  const team = new Map<string, string | null>();
  for (const t of ref.teams) team.set(norm(t.name), t.id);
  for (const [k, v] of Object.entries(mapping.teams)) {
    if (v === null) {
      team.set(norm(k), null);
      continue;
    }
    const t = ref.teams.find((x) => x.id === v || norm(x.name) === norm(v));
    if (t) team.set(norm(k), t.id);
    else
      problems.push({
        path: `mapping.teams[${JSON.stringify(k)}]`,
        message: `"${v}" is not a team of this cooperation.`,
      });
  }

  const userByEmail = new Map<string, string>();
  const userByName = new Map<string, string | null>();
  for (const u of ref.users) {
    userByEmail.set(u.email.toLowerCase(), u.id);
    const n = norm(u.name);
    userByName.set(n, userByName.has(n) ? null : u.id);
  }

  if (problems.length) return { ok: false, problems };
  return {
    ok: true,
    lookups: {
      mapping: { ...mapping, coreStatus },
      priority: vocab<Priority>('priorities'),
      status: new Vocab(statusFile, statusNames),
      statusInfo,
      initialStatus: initial!.key,
      source: vocab<Channel>('sources'),
      ticketType: vocab<TicketKind>('ticketTypes'),
      member: new Vocab(memberFile, memberNames),
      memberByDomain,
      category,
      team,
      userByEmail,
      userByName,
      customFields: new Map(Object.entries(mapping.customFields)),
    },
  };
}

/** "A > B > C", "A » B" or "A \\ B" → segments ("/" is part of names such as "Lønn/personal"). */
export function splitPath(s: string): string[] {
  return s
    .split(/\s*(?:>|»|\\)\s*/)
    .map((x) => x.trim())
    .filter(Boolean);
}
