// Reading a fleet export: Intune's device export (its own column names) or any CSV with a column
// mapping. Bytes → checked rows, or a row-level report of everything wrong; then the plan of what
// changes against the devices already registered (keyed by serial number). Pure: the service reads
// the lookups and writes the plan.

import { osloDate } from '../../shared/dates.ts';
import { decodeCsvText, describeDelimiter, emptyFileMessage, readCsvRecords } from '../economy/csv-text.ts';
import { parseTimestamp } from '../servicedesk/import/dates.ts';
import { expiryDate } from './rotation.ts';
import { DEVICE_STATUSES, type DeviceKind, type DeviceStatus } from './tables.ts';

export type ImportFormat = 'intune' | 'csv';

export const DEVICE_FIELDS = [
  'serial',
  'name',
  'manufacturer',
  'model',
  'os',
  'kind',
  'member',
  'category',
  'memory',
  'storage',
  'purchasedOn',
  'enrolledOn',
  'lastSeenAt',
  'assignedTo',
  'department',
  'groups',
  'status',
] as const;
export type DeviceField = (typeof DEVICE_FIELDS)[number];

/** A column mapping: field → the header of the column that holds it. */
export type ColumnMapping = Partial<Record<DeviceField, string>>;

/** Intune's export ("Devices → Export"), as Microsoft names the columns; the first header present wins. */
export const INTUNE_COLUMNS: Partial<Record<DeviceField, string[]>> = {
  serial: ['Serial number'],
  name: ['Device name'],
  manufacturer: ['Manufacturer'],
  model: ['Model'],
  os: ['OS'],
  category: ['Category', 'Device category'],
  memory: ['Physical memory in Bytes', 'PhysicalMemoryInBytes', 'Physical memory', 'Total memory'],
  storage: ['Total storage'],
  enrolledOn: ['Enrollment date'],
  lastSeenAt: ['Last check-in'],
  assignedTo: ['Primary user UPN', 'Primary user email address'],
};

/** Headers a generic CSV is read with when no mapping is given (English and Norwegian). */
export const GENERIC_COLUMNS: Partial<Record<DeviceField, string[]>> = {
  serial: ['serial', 'serial number', 'serialnumber', 'serienummer', 'serienr'],
  name: ['name', 'device name', 'navn', 'enhetsnavn', 'maskinnavn'],
  manufacturer: ['manufacturer', 'produsent', 'leverandør'],
  model: ['model', 'modell'],
  os: ['os', 'operating system', 'operativsystem'],
  kind: ['kind', 'type', 'enhetstype'],
  member: ['member', 'municipality', 'kommune', 'eier'],
  category: ['category', 'kategori'],
  memory: ['memory', 'ram', 'minne'],
  storage: ['storage', 'disk', 'lagring'],
  purchasedOn: ['purchased', 'purchase date', 'warranty start', 'kjøpsdato', 'innkjøpsdato', 'garantistart'],
  enrolledOn: ['enrolled', 'enrollment date', 'registrert'],
  lastSeenAt: ['last seen', 'last check-in', 'sist sett', 'sist pålogget', 'sist innsjekket'],
  assignedTo: ['user', 'primary user', 'assigned to', 'bruker', 'lokasjon', 'plassering'],
  department: ['department', 'avdeling', 'enhet'],
  groups: ['groups', 'group', 'grupper', 'gruppe'],
  status: ['status'],
};

export interface ImportLookups {
  members: { id: string; code: string; name: string; emailDomains: string[] }[];
  categories: { id: string; key: string; name: string }[];
  /** for rows that name no member and whose user's domain is no member's */
  defaultMemberId: string | null;
  /** for rows that name no category */
  defaultCategoryId: string | null;
  /** today in Oslo: later purchase dates are refused */
  today: string;
  /** now: sign-ins more than a day after it are refused */
  now: number;
}

/** A checked row. `undefined` = the file has no such column (an update keeps what is registered). */
export interface ImportRow {
  line: number;
  serial: string;
  kind: DeviceKind;
  memberId: string;
  /** false when the member is the import's default: an update keeps the registered member */
  memberGiven: boolean;
  categoryId: string;
  categoryGiven: boolean;
  name?: string;
  manufacturer?: string;
  model?: string;
  os?: string;
  memoryMb?: number | null;
  storageGb?: number | null;
  purchasedOn?: string | null;
  /** the enrollment date: the purchase date of a new device when the file has none */
  enrolledOn?: string | null;
  lastSeenAt?: number | null;
  assignedTo?: string;
  department?: string;
  groups?: string[];
  status?: DeviceStatus;
}

export interface ImportIssue {
  /** the line in the file; null for the whole file */
  line: number | null;
  field: DeviceField | null;
  code: string;
  message: string;
}

export interface ParseResult {
  rows: ImportRow[];
  errors: ImportIssue[];
  encoding: string;
  delimiter: string;
  /** field → header used */
  columns: ColumnMapping;
  dataRows: number;
}

export const MAX_IMPORT_BYTES = 50 * 1024 * 1024;
export const MAX_IMPORT_ROWS = 500_000;
const MAX_LISTED_ERRORS = 1000;

const norm = (s: string) => s.trim().toLowerCase().replace(/\s+/g, ' ');

/**
 * Which column holds each field: the explicit mapping (every header it names must exist), else the
 * format's known headers. Returns the index per field, or the problems with the header.
 */
export function resolveColumns(
  header: string[],
  format: ImportFormat,
  mapping: ColumnMapping | undefined,
):
  | { ok: true; index: Partial<Record<DeviceField, number>>; columns: ColumnMapping }
  | { ok: false; issues: ImportIssue[] } {
  const headers = header.map(norm);
  const issues: ImportIssue[] = [];
  const seen = new Map<string, number>();
  headers.forEach((h, i) => {
    if (h === '') return;
    if (seen.has(h))
      issues.push({
        line: 1,
        field: null,
        code: 'duplicate_column',
        message: `The column "${header[i]!.trim()}" appears twice in the header (columns ${seen.get(h)! + 1} and ${i + 1}); remove one.`,
      });
    else seen.set(h, i);
  });
  const index: Partial<Record<DeviceField, number>> = {};
  const columns: ColumnMapping = {};
  const known = format === 'intune' ? INTUNE_COLUMNS : GENERIC_COLUMNS;
  for (const field of DEVICE_FIELDS) {
    const named = mapping?.[field];
    if (named !== undefined && named.trim() !== '') {
      const i = seen.get(norm(named));
      if (i === undefined)
        issues.push({
          line: 1,
          field,
          code: 'missing_column',
          message: `The mapping takes ${field} from the column "${named}", but the file has no such column. Its columns are: ${header.map((h) => h.trim()).join(', ')}.`,
        });
      else {
        index[field] = i;
        columns[field] = header[i]!.trim();
      }
      continue;
    }
    for (const candidate of known[field] ?? []) {
      const i = seen.get(norm(candidate));
      if (i !== undefined) {
        index[field] = i;
        columns[field] = header[i]!.trim();
        break;
      }
    }
  }
  if (index.serial === undefined && !issues.some((i) => i.field === 'serial')) {
    const expected =
      format === 'intune' ? '"Serial number"' : 'a serial number column (serial, serienummer) or a mapping';
    issues.push({
      line: 1,
      field: 'serial',
      code: 'missing_column',
      message:
        header.length === 1
          ? `The header has a single column ("${header[0]!.trim().slice(0, 80)}"): the file is not separated by semicolon, comma or tab, or is not a CSV file. Export it again as CSV.`
          : `The file has no ${expected}; every device is known by its serial number. Its columns are: ${header.map((h) => h.trim()).join(', ')}.`,
    });
  }
  return issues.length > 0 ? { ok: false, issues } : { ok: true, index, columns };
}

const KIND_WORDS: Record<string, DeviceKind> = {
  pc: 'pc',
  laptop: 'pc',
  desktop: 'pc',
  bærbar: 'pc',
  datamaskin: 'pc',
  tablet: 'tablet',
  nettbrett: 'tablet',
  ipad: 'tablet',
  phone: 'phone',
  mobile: 'phone',
  mobil: 'phone',
  telefon: 'phone',
  mobiltelefon: 'phone',
};

const STATUS_WORDS: Record<string, DeviceStatus> = {
  ...Object.fromEntries(DEVICE_STATUSES.map((s) => [s, s])),
  'in use': 'in_use',
  'i bruk': 'in_use',
  'in stock': 'in_stock',
  'på lager': 'in_stock',
  lager: 'in_stock',
  bestilt: 'ordered',
  'in repair': 'in_repair',
  'til reparasjon': 'in_repair',
  reparasjon: 'in_repair',
  utfasert: 'retired',
  kassert: 'retired',
  tapt: 'lost',
  mistet: 'lost',
};

/** The kind of device from its operating system (and model, for Android tablets). */
export function kindFromOs(os: string, model: string): DeviceKind | null {
  const o = norm(os);
  if (o.startsWith('ipados')) return 'tablet';
  if (o.startsWith('ios')) return /ipad/i.test(model) ? 'tablet' : 'phone';
  if (o.startsWith('android')) return /\b(tab|tablet|pad)\b/i.test(model) ? 'tablet' : 'phone';
  if (/^(windows|macos|mac os|os x|chrome|linux|ubuntu)/.test(o)) return 'pc';
  return null;
}

/**
 * A memory or storage size → whole megabytes (memory) or gigabytes (storage). Values may carry a
 * unit (B, KB, MB, GB, TB; decimal comma allowed). Without one: the header's unit when it says
 * ("… in Bytes", Intune's "Total storage" is in MB), else bytes from 10^7 up, MB from 256 (memory)
 * or 4096 (storage) up, GB below.
 */
export function parseSize(
  value: string,
  target: 'MB' | 'GB',
  headerUnit: 'B' | 'MB' | null,
): { ok: true; value: number } | { ok: false; reason: string } {
  const m = /^(\d+(?:[.,]\d+)?|\d{1,3}(?:[  .]\d{3})+)\s*([KMGT]i?B|B|bytes?)?$/i.exec(value.trim());
  if (!m) return { ok: false, reason: `"${value}" is not a size (e.g. 8 GB, 8192 MB or a number of bytes)` };
  const n = Number(m[1]!.replace(/[  .](?=\d{3}\b)/g, '').replace(',', '.'));
  const unit = m[2]
    ?.toUpperCase()
    .replace('I', '')
    .replace(/BYTES?/, 'B');
  const factor: Record<string, number> = { B: 1, KB: 1024, MB: 1024 ** 2, GB: 1024 ** 3, TB: 1024 ** 4 };
  let bytes: number;
  if (unit) bytes = n * factor[unit]!;
  else if (headerUnit) bytes = n * factor[headerUnit]!;
  else if (n >= 1e7) bytes = n;
  else if (n >= (target === 'MB' ? 256 : 4096)) bytes = n * factor.MB!;
  else bytes = n * factor.GB!;
  const result = Math.round(bytes / factor[target]!);
  if (!Number.isFinite(result) || result <= 0 || result > 2_000_000_000)
    return { ok: false, reason: `"${value}" is not a plausible size` };
  return { ok: true, value: result };
}

/** Parse and check a whole export. Nothing is written: the service writes `rows` only when `errors` is empty. */
export async function parseFleetExport(
  bytes: Buffer,
  format: ImportFormat,
  mapping: ColumnMapping | undefined,
  lookups: ImportLookups,
  onProgress?: (rowsRead: number) => void,
): Promise<ParseResult> {
  const result: ParseResult = {
    rows: [],
    errors: [],
    encoding: 'utf-8',
    delimiter: ';',
    columns: {},
    dataRows: 0,
  };
  const fileError = (code: string, message: string) => {
    result.errors.push({ line: null, field: null, code, message });
    return result;
  };
  const decoded = decodeCsvText(bytes, {
    maxBytes: MAX_IMPORT_BYTES,
    what: format === 'intune' ? 'the devices from Intune' : 'the devices',
    rows: 'one row per device',
  });
  if (!decoded.ok) return fileError(decoded.code, decoded.message);
  result.encoding = decoded.encoding;
  result.delimiter = decoded.delimiter;

  // Naive timestamps: Intune writes UTC; people's spreadsheets are in Oslo time.
  const zone = format === 'intune' ? 'UTC' : 'Europe/Oslo';
  const membersByName = new Map<string, string>();
  for (const m of lookups.members) {
    membersByName.set(norm(m.code), m.id);
    membersByName.set(norm(m.name), m.id);
    membersByName.set(norm(m.name.replace(/\s+kommune$/i, '')), m.id);
  }
  const memberByDomain = new Map<string, string>();
  for (const m of lookups.members) for (const d of m.emailDomains) memberByDomain.set(norm(d), m.id);
  const categoriesByName = new Map<string, string>();
  for (const c of lookups.categories) {
    categoriesByName.set(norm(c.key), c.id);
    categoriesByName.set(norm(c.name), c.id);
  }

  let header: string[] | null = null;
  let index: Partial<Record<DeviceField, number>> = {};
  let headerUnits: { memory: 'B' | 'MB' | null; storage: 'B' | 'MB' | null } = { memory: null, storage: null };
  const serialLines = new Map<string, number>();
  let errorCount = 0;
  const error = (line: number, field: DeviceField | null, code: string, message: string) => {
    errorCount++;
    if (result.errors.length < MAX_LISTED_ERRORS) result.errors.push({ line, field, code, message });
  };

  // The records are split first (csv-parse, in one go), then checked a slice at a time with a turn of
  // the event loop in between, so the server keeps answering (the page polls the import's progress).
  const records: [string[], number][] = [];
  const read = readCsvRecords(decoded.text, decoded.delimiter, (fields, line) => {
    records.push([fields, line]);
  });
  if (!read.ok) return fileError(read.code, read.message);
  const checkRecord = (fields: string[], line: number) => {
    if (!header) {
      header = fields;
      const cols = resolveColumns(fields, format, mapping);
      if (!cols.ok) {
        for (const i of cols.issues) error(i.line ?? 1, i.field, i.code, i.message);
        return;
      }
      index = cols.index;
      result.columns = cols.columns;
      const unitOf = (f: 'memory' | 'storage') => {
        const h = cols.columns[f];
        if (!h) return null;
        if (/bytes?\b/i.test(h)) return 'B';
        if (format === 'intune' && f === 'storage') return 'MB';
        return null;
      };
      headerUnits = { memory: unitOf('memory'), storage: unitOf('storage') };
      return;
    }
    if (index.serial === undefined) return; // the header was refused; its errors say why
    result.dataRows++;
    if (result.dataRows > MAX_IMPORT_ROWS) {
      if (result.dataRows === MAX_IMPORT_ROWS + 1)
        error(
          line,
          null,
          'too_many_rows',
          `The file has more than ${MAX_IMPORT_ROWS} devices; split it (e.g. by member).`,
        );
      return;
    }
    if (onProgress && result.dataRows % 5000 === 0) onProgress(result.dataRows);
    if (fields.length !== header.length) {
      error(
        line,
        null,
        'wrong_field_count',
        `Line ${line} has ${fields.length} fields, the header ${header.length}: a ${describeDelimiter(decoded.delimiter)} inside a value that is not in quotes, or a missing value.`,
      );
      return;
    }
    const get = (f: DeviceField): string | undefined => {
      const i = index[f];
      return i === undefined ? undefined : fields[i]!.trim();
    };
    const before = errorCount;
    const serialRaw = get('serial') ?? '';
    const serial = serialRaw.toUpperCase();
    if (serial === '') error(line, 'serial', 'missing_serial', 'The serial number is empty; every device needs one.');
    else if (serial.length > 100)
      error(line, 'serial', 'invalid_serial', 'The serial number is longer than 100 characters.');
    else {
      const first = serialLines.get(serial);
      if (first !== undefined)
        error(
          line,
          'serial',
          'duplicate_serial',
          `The serial number ${serial} is also on line ${first}; a device may be listed once.`,
        );
      else serialLines.set(serial, line);
    }

    const row: Partial<ImportRow> & { line: number } = { line, serial };
    for (const f of ['name', 'manufacturer', 'model', 'os', 'assignedTo', 'department'] as const) {
      const v = get(f);
      if (v !== undefined) row[f] = v.slice(0, 300);
    }

    // kind: a column, else the operating system
    const kindText = get('kind');
    if (kindText) {
      const k = KIND_WORDS[norm(kindText)];
      if (!k) error(line, 'kind', 'unknown_kind', `"${kindText}" is not a kind of device (pc, tablet, phone).`);
      row.kind = k;
    } else {
      const k = kindFromOs(row.os ?? '', row.model ?? '');
      if (!k)
        error(
          line,
          row.os ? 'os' : 'kind',
          'unknown_kind',
          row.os
            ? `The operating system "${row.os}" does not tell whether it is a PC, tablet or phone; add a kind column.`
            : 'The row has neither a kind nor an operating system; add a kind column (pc, tablet, phone).',
        );
      row.kind = k ?? undefined;
    }

    // member: a column, else the user's e-mail domain, else the import's default
    const memberText = get('member');
    if (memberText) {
      const id = membersByName.get(norm(memberText));
      if (!id)
        error(
          line,
          'member',
          'unknown_member',
          `"${memberText}" is not a member of the cooperation (use its code or name: ${lookups.members.map((m) => m.code).join(', ')}).`,
        );
      row.memberId = id;
      row.memberGiven = true;
    } else {
      const domain = /@([^@\s]+)$/.exec(row.assignedTo ?? '')?.[1];
      const byDomain = domain ? memberByDomain.get(norm(domain)) : undefined;
      if (byDomain) {
        row.memberId = byDomain;
        row.memberGiven = true;
      } else if (lookups.defaultMemberId) {
        row.memberId = lookups.defaultMemberId;
        row.memberGiven = false;
      } else
        error(
          line,
          'member',
          'unknown_member',
          domain
            ? `The user's domain ${domain} is no member's, and no default member was chosen for the import.`
            : 'The row names no member and no user with a member domain, and no default member was chosen for the import.',
        );
    }

    const categoryText = get('category');
    if (categoryText) {
      const id = categoriesByName.get(norm(categoryText));
      if (!id)
        error(
          line,
          'category',
          'unknown_category',
          `"${categoryText}" is not a device category (${lookups.categories.map((c) => c.name).join(', ')}).`,
        );
      row.categoryId = id;
      row.categoryGiven = true;
    } else if (lookups.defaultCategoryId) {
      row.categoryId = lookups.defaultCategoryId;
      row.categoryGiven = false;
    } else
      error(line, 'category', 'unknown_category', 'The row names no category, and no default category was chosen.');

    for (const f of ['memory', 'storage'] as const) {
      const v = get(f);
      if (v === undefined) continue;
      if (v === '' || v === '0') {
        row[f === 'memory' ? 'memoryMb' : 'storageGb'] = null;
        continue;
      }
      const size = parseSize(v, f === 'memory' ? 'MB' : 'GB', headerUnits[f]);
      if (!size.ok) error(line, f, 'invalid_number', size.reason);
      else row[f === 'memory' ? 'memoryMb' : 'storageGb'] = size.value;
    }

    for (const f of ['purchasedOn', 'enrolledOn'] as const) {
      const v = get(f);
      if (v === undefined) continue;
      if (v === '') {
        row[f] = null;
        continue;
      }
      const t = parseTimestamp(v, zone);
      if (!t.ok) {
        error(line, f, 'invalid_date', t.reason);
        continue;
      }
      const day = osloDate(new Date(t.ms));
      if (day > lookups.today) error(line, f, 'future_date', `${v} is in the future.`);
      row[f] = day;
    }

    const seen = get('lastSeenAt');
    if (seen !== undefined) {
      if (seen === '') row.lastSeenAt = null;
      else {
        const t = parseTimestamp(seen, zone);
        if (!t.ok) error(line, 'lastSeenAt', 'invalid_date', t.reason);
        else if (t.ms > lookups.now + 86_400_000) error(line, 'lastSeenAt', 'future_date', `${seen} is in the future.`);
        else row.lastSeenAt = t.ms;
      }
    }

    const groups = get('groups');
    if (groups !== undefined)
      row.groups = [
        ...new Set(
          groups
            .split(/[,;|]/)
            .map((g) => g.trim())
            .filter(Boolean),
        ),
      ];

    const status = get('status');
    if (status) {
      const s = STATUS_WORDS[norm(status)];
      if (!s)
        error(
          line,
          'status',
          'unknown_status',
          `"${status}" is not a status (i bruk, på lager, bestilt, til reparasjon, utfasert, tapt).`,
        );
      row.status = s;
    }

    if (errorCount === before) result.rows.push(row as ImportRow);
  };
  for (let i = 0; i < records.length; i++) {
    const [fields, line] = records[i]!;
    checkRecord(fields, line);
    if (i % 5000 === 4999) await new Promise<void>((resolve) => setImmediate(resolve));
  }
  records.length = 0;
  if (!header) return fileError('empty', emptyFileMessage({ what: 'the devices', rows: 'one row per device' }));
  if (errorCount > result.errors.length)
    result.errors.push({
      line: null,
      field: null,
      code: 'too_many_errors',
      message: `${errorCount} errors in all; the first ${MAX_LISTED_ERRORS} are listed. Fix those and import again to see the rest.`,
    });
  if (result.dataRows === 0 && result.errors.length === 0)
    fileError('empty', emptyFileMessage({ what: 'the devices', rows: 'one row per device' }));
  onProgress?.(result.dataRows);
  return result;
}

// ---------------------------------------------------------------------------------------------
// The plan: what the rows change against the registered devices

/** A registered device, as far as an import can change it. */
export interface KnownDevice {
  id: string;
  serial: string;
  memberId: string;
  categoryId: string;
  kind: DeviceKind;
  name: string;
  manufacturer: string;
  model: string;
  os: string;
  memoryMb: number | null;
  storageGb: number | null;
  purchasedOn: string | null;
  expiresOn: string | null;
  lastSeenAt: number | null;
  assignedTo: string;
  department: string;
  groups: string[];
  status: DeviceStatus;
}

export type DeviceValues = Omit<KnownDevice, 'id'>;

export interface ImportPlan {
  inserts: DeviceValues[];
  updates: KnownDevice[];
  unchanged: number;
  /** new devices whose purchase date is their enrollment date (the file had no purchase date) */
  purchaseFromEnrollment: number;
  /** new devices with no purchase date at all: they get no expiry */
  withoutPurchaseDate: number;
}

const sameGroups = (a: string[], b: string[]) => a.length === b.length && a.every((g, i) => g === b[i]);

/**
 * Merge each row into the registered device with its serial number, or make a new device. Columns
 * the file lacks keep what is registered; a default member or category never moves a known device;
 * the last sign-in only moves forward (an older export does not make a device look stale). The
 * expiry follows from the purchase date and the category's lifetime for the kind.
 */
export function planImport(
  rows: ImportRow[],
  known: Map<string, KnownDevice>,
  lifetimeMonths: (categoryId: string, kind: DeviceKind) => number,
): ImportPlan {
  const plan: ImportPlan = {
    inserts: [],
    updates: [],
    unchanged: 0,
    purchaseFromEnrollment: 0,
    withoutPurchaseDate: 0,
  };
  for (const r of rows) {
    const old = known.get(r.serial);
    if (!old) {
      let purchasedOn = r.purchasedOn ?? null;
      if (purchasedOn === null && r.enrolledOn) {
        purchasedOn = r.enrolledOn;
        plan.purchaseFromEnrollment++;
      }
      if (purchasedOn === null) plan.withoutPurchaseDate++;
      plan.inserts.push({
        serial: r.serial,
        memberId: r.memberId,
        categoryId: r.categoryId,
        kind: r.kind,
        name: r.name ?? '',
        manufacturer: r.manufacturer ?? '',
        model: r.model ?? '',
        os: r.os ?? '',
        memoryMb: r.memoryMb ?? null,
        storageGb: r.storageGb ?? null,
        purchasedOn,
        expiresOn: expiryDate(purchasedOn, lifetimeMonths(r.categoryId, r.kind)),
        lastSeenAt: r.lastSeenAt ?? null,
        assignedTo: r.assignedTo ?? '',
        department: r.department ?? '',
        groups: r.groups ?? [],
        status: r.status ?? 'in_use',
      });
      continue;
    }
    const next: KnownDevice = {
      ...old,
      memberId: r.memberGiven ? r.memberId : old.memberId,
      categoryId: r.categoryGiven ? r.categoryId : old.categoryId,
      kind: r.kind,
      name: r.name ?? old.name,
      manufacturer: r.manufacturer ?? old.manufacturer,
      model: r.model ?? old.model,
      os: r.os ?? old.os,
      memoryMb: r.memoryMb !== undefined ? r.memoryMb : old.memoryMb,
      storageGb: r.storageGb !== undefined ? r.storageGb : old.storageGb,
      purchasedOn: r.purchasedOn !== undefined ? r.purchasedOn : old.purchasedOn,
      lastSeenAt:
        r.lastSeenAt === undefined || r.lastSeenAt === null
          ? old.lastSeenAt
          : Math.max(r.lastSeenAt, old.lastSeenAt ?? Number.NEGATIVE_INFINITY),
      assignedTo: r.assignedTo ?? old.assignedTo,
      department: r.department ?? old.department,
      groups: r.groups ?? old.groups,
      status: r.status ?? old.status,
    };
    next.expiresOn = expiryDate(next.purchasedOn, lifetimeMonths(next.categoryId, next.kind));
    const changed =
      next.memberId !== old.memberId ||
      next.categoryId !== old.categoryId ||
      next.kind !== old.kind ||
      next.name !== old.name ||
      next.manufacturer !== old.manufacturer ||
      next.model !== old.model ||
      next.os !== old.os ||
      next.memoryMb !== old.memoryMb ||
      next.storageGb !== old.storageGb ||
      next.purchasedOn !== old.purchasedOn ||
      next.expiresOn !== old.expiresOn ||
      next.lastSeenAt !== old.lastSeenAt ||
      next.assignedTo !== old.assignedTo ||
      next.department !== old.department ||
      !sameGroups(next.groups, old.groups) ||
      next.status !== old.status;
    if (changed) plan.updates.push(next);
    else plan.unchanged++;
  }
  return plan;
}
