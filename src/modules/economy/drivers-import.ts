// Reading the drivers of cost sharing (population, users, PCs, FTEs, locations, …) per member for one
// year from a CSV file: one row per member, one column per driver. Pure: bytes in, values and
// problems out; the caller stores the values only when there are no problems at all.
//
// The file is typed in Excel, so: UTF-8 or Windows-1252, semicolon, comma or tab as delimiter,
// drivers named by their code (`users_admin`) or by their Norwegian label ("Brukere administrasjon"),
// and numbers with spaces between the thousands ("32 200"). Every problem names the physical line in
// the file (1 = the header row), the value, and what to do about it.

import { decodeCsvText, describeDelimiter, emptyFileMessage, readCsvRecords } from './csv-text.ts';
import { DRIVER_LABELS, DRIVERS, type Driver } from './tables.ts';

export interface DriverRow {
  /** the line the row starts on in the file (1 = the header row) */
  line: number;
  memberId: string;
  driver: Driver;
  /** a whole number ≥ 0 */
  value: number;
}

export interface DriverIssue {
  /** the line the problem is on (1 = the header row); null for a problem with the whole file */
  line: number | null;
  /** the column's name as written in the header row; null when the problem is not about one column */
  column: string | null;
  /**
   * File level (line null): `too_large`, `not_csv`, `mixed_encoding`, `empty`, `missing_column`,
   * `unknown_column`, `duplicate_column`, `truncated`, `invalid_csv`.
   * Line level: `wrong_field_count`, `missing_member`, `unknown_member`, `ambiguous_member`,
   * `duplicate`, `invalid_value`, `unnamed_column`. Last, when the list was cut: `too_many_errors`.
   */
  code: string;
  message: string;
}

export interface DriversParse {
  /** the values given, in file order; when `errors` is not empty nothing may be stored (see the function) */
  rows: DriverRow[];
  errors: DriverIssue[];
  encoding: 'utf-8' | 'windows-1252';
  /** the drivers that have a column in the file, in column order (empty when the file was refused) */
  drivers: Driver[];
}

export interface DriverMember {
  id: string;
  code: string;
  name: string;
}

export const MAX_DRIVERS_FILE_BYTES = 5 * 1024 * 1024;

/** The largest value accepted (as the drivers API). */
export const MAX_DRIVER_VALUE = 1e12;

const DEFAULT_MAX_ERRORS = 1000;

interface Header {
  line: number;
  /** the column names, trimmed */
  names: string[];
  /** the driver of each column; null for the member column and for columns without a name */
  drivers: (Driver | null)[];
}

/** Names of the first column, compared after {@link normalizeName}. The first is the one messages suggest. */
const MEMBER_COLUMN_NAMES = ['kommune', 'medlem', 'member'] as const;

/** Further names per driver, besides its code and its label. */
const DRIVER_ALIASES: Record<Driver, readonly string[]> = {
  population: ['Innbyggere', 'Folketall', 'Innbyggere 1. januar'],
  users_admin: ['Brukere administrasjon', 'Admin'],
  users_school: ['Brukere skole', 'Skole'],
  users_health: ['Brukere helse', 'Helse'],
  pcs: ['PC-er', 'PCer', 'PC'],
  ftes: ['Årsverk', 'Arsverk'],
  locations: ['Lokasjoner'],
  switches: ['Svitsjer', 'Switcher'],
  wireless_antennas: ['Trådløse antenner', 'Antenner'],
  leased_lines: ['Linjeleie', 'Linjer'],
};

/** Lower case, NFC, runs of white space (also non-breaking) as one space, trimmed. */
function normalizeName(s: string): string {
  return s.normalize('NFC').toLowerCase().replace(/\s+/gu, ' ').trim();
}

/** Every accepted column name (normalized) → its driver. */
const DRIVER_BY_NAME: ReadonlyMap<string, Driver> = new Map(
  DRIVERS.flatMap((d) => [d, DRIVER_LABELS[d], ...DRIVER_ALIASES[d]].map((n) => [normalizeName(n), d] as const)),
);

/** The accepted names of each driver, for messages: `population ("Innbyggere 1. januar", "Innbyggere", "Folketall")`. */
function acceptedNames(): string {
  return DRIVERS.map((d) => {
    const names = [...new Set([DRIVER_LABELS[d], ...DRIVER_ALIASES[d]])];
    return `${d} (${names.map((n) => `"${n}"`).join(', ')})`;
  }).join('; ');
}

/**
 * Parse a table of drivers for one year: a header row whose first column names the member
 * ("Kommune", "Medlem" or "Member") and whose other columns are drivers, named by code or by
 * Norwegian label (case and spaces do not matter), then one row per member. The member cell is the
 * member's code or name ("Molde" or "Molde kommune"); values are whole numbers ≥ 0, with spaces as
 * thousands separators allowed; an empty cell means the value is not given (no row for it, and no
 * problem).
 *
 * All-or-nothing: when `errors` is not empty, `rows` still lists the values that were valid (so a
 * preview can show them), but the caller must write nothing, show the errors and let the user fix
 * the file and import it again. A problem with the whole file (line null) comes with no rows: an
 * unknown or repeated column is such a problem, so that a misspelt driver is never lost. At most
 * `maxErrors` (default 1000) problems are listed; then one `too_many_errors` issue says how many more
 * there were.
 */
export function parseDriversCsv(
  bytes: Buffer,
  opts: { members: readonly DriverMember[]; maxErrors?: number },
): DriversParse {
  const maxErrors = Math.max(0, Math.floor(opts.maxErrors ?? DEFAULT_MAX_ERRORS));
  const fileText = {
    maxBytes: MAX_DRIVERS_FILE_BYTES,
    what: 'the drivers',
    rows: 'one row per member',
  };
  const decoded = decodeCsvText(bytes, fileText);
  const encoding = decoded.encoding;
  const refuseAll = (errors: DriverIssue[]): DriversParse => ({ rows: [], errors, encoding, drivers: [] });
  const refuse = (code: string, message: string) => refuseAll([{ line: null, column: null, code, message }]);
  if (!decoded.ok) return refuse(decoded.code, decoded.message);
  const { text, delimiter } = decoded;

  const findMember = memberFinder(opts.members);

  const errors: DriverIssue[] = [];
  let notListed = 0;
  const add = (line: number, column: string | null, code: string, message: string) => {
    if (errors.length < maxErrors) errors.push({ line, column, code, message });
    else notListed++;
  };
  const rows: DriverRow[] = [];
  const firstLineOf = new Map<string, number>(); // member id → line
  let header: Header | null = null;
  let refused: DriversParse | null = null;
  let dataRows = 0;

  const onRecord = (fields: string[], line: number) => {
    if (refused) return;
    if (!header) {
      const names = fields.map((f) => f.trim());
      const found = readHeader(names, line, delimiter);
      if (Array.isArray(found)) refused = refuseAll(found);
      else header = { line, names, drivers: found.drivers };
      return;
    }

    dataRows++;
    if (fields.length !== header.names.length) {
      add(
        line,
        null,
        'wrong_field_count',
        `Line ${line} has ${fields.length} ${fields.length === 1 ? 'field' : 'fields'} but the header row has ${header.names.length}. ` +
          (fields.length > header.names.length
            ? `A value probably contains a ${describeDelimiter(delimiter)} (${delimiter === '\t' ? 'tab' : delimiter}) without quotes around it; remove it (write numbers without decimals, with spaces between the thousands if you like), or add the missing column name to the header row, and import again.`
            : 'Add the missing cells (leave a cell empty when the value is not given) or remove the line, and import again.'),
      );
      return;
    }

    const memberText = fields[0]!.trim();
    const memberColumn = header.names[0]!;
    let memberId: string | null = null;
    if (memberText === '')
      add(
        line,
        memberColumn,
        'missing_member',
        `Line ${line} has values but no member in the column "${memberColumn}". Fill in the member's name or code, or remove the line, and import again.`,
      );
    else {
      const found = findMember(memberText);
      if (found.kind === 'one') memberId = found.member.id;
      else if (found.kind === 'none')
        add(
          line,
          memberColumn,
          'unknown_member',
          `"${memberText}" on line ${line} is not a member of the cooperation. Write the member's name or code as registered (${opts.members.map((m) => `${m.name} (${m.code})`).join(', ') || 'no members are registered'}), or remove the line, and import again.`,
        );
      else
        add(
          line,
          memberColumn,
          'ambiguous_member',
          `"${memberText}" on line ${line} matches more than one member (${found.members.map((m) => `${m.name} (${m.code})`).join(', ')}). Write the member's code instead, and import again.`,
        );
    }

    const values: { driver: Driver; value: number }[] = [];
    for (let i = 1; i < fields.length; i++) {
      const cell = fields[i]!.trim();
      if (cell === '') continue; // not given
      const driver = header.drivers[i];
      if (!driver) {
        add(
          line,
          null,
          'unnamed_column',
          `Line ${line} has the value "${cell}" in column ${i + 1}, which has no name in the header row. Name that column after its driver, or remove the value, and import again.`,
        );
        continue;
      }
      const column = header.names[i]!;
      const value = parseDriverValue(cell);
      if (typeof value === 'number') values.push({ driver, value });
      else
        add(
          line,
          column,
          'invalid_value',
          `The value "${cell}" on line ${line}, column "${column}", ${value} Write a whole number of 0 or more, like 32200 or 32 200 (or leave the cell empty when it is not given), and import again.`,
        );
    }

    if (memberId === null) return;
    const earlier = firstLineOf.get(memberId);
    if (earlier !== undefined) {
      add(
        line,
        memberColumn,
        'duplicate',
        `The member "${memberText}" is on line ${earlier} and again on line ${line}. The file takes one row per member: merge the two rows into one (or remove the repeated row) and import again.`,
      );
      return;
    }
    firstLineOf.set(memberId, line);
    for (const v of values) rows.push({ line, memberId, driver: v.driver, value: v.value });
  };

  const read = readCsvRecords(text, delimiter, onRecord);
  if (!read.ok) return refuse(read.code, read.message);
  if (refused) return refused;
  const head = header as Header | null; // assigned in the callback, which TypeScript does not follow
  if (!head || dataRows === 0)
    return refuse(
      'empty',
      head
        ? 'The file has a header row but no rows of members. Add one row per member, with the member in the first column and the drivers in the others, and import again.'
        : emptyFileMessage(fileText),
    );

  if (notListed > 0)
    errors.push({
      line: null,
      column: null,
      code: 'too_many_errors',
      message: `${notListed} more ${notListed === 1 ? 'problem was' : 'problems were'} found but not listed (only the first ${maxErrors} are shown). Fix the problems above, or check that this is the right file, and import again.`,
    });
  return { rows, errors, encoding, drivers: head.drivers.filter((d): d is Driver => d !== null) };
}

/**
 * The header row: the driver of each column (null for the member column and for columns without a
 * name), or the problems that refuse the file.
 */
function readHeader(names: string[], line: number, delimiter: string): { drivers: (Driver | null)[] } | DriverIssue[] {
  const issues: DriverIssue[] = [];
  const fileIssue = (column: string | null, code: string, message: string) =>
    issues.push({ line: null, column, code, message });
  const list = names.map((n) => `"${n}"`).join(', ');
  const isMemberName = (n: string) => (MEMBER_COLUMN_NAMES as readonly string[]).includes(normalizeName(n));

  if (!isMemberName(names[0]!)) {
    const looksLikeData = names.some((n) => /^[\d\s.,]+$/u.test(n) && n !== '');
    const elsewhere = names.findIndex(isMemberName);
    fileIssue(
      names[0]!,
      'missing_column',
      `The first column must name the member: call it "Kommune" (or "Medlem", "Member") and put the members' names or codes in it. The columns found on line ${line}, read with ${describeDelimiter(delimiter)} as the delimiter, are: ${list}.` +
        (elsewhere > 0 ? ` Move the column "${names[elsewhere]}" first.` : '') +
        (looksLikeData ? ' The first line looks like figures: the file must start with a row of column names.' : ''),
    );
    return issues;
  }

  const drivers: (Driver | null)[] = [null];
  const columnOf = new Map<Driver, number>();
  for (let i = 1; i < names.length; i++) {
    const name = names[i]!;
    drivers.push(null);
    if (name === '') continue; // a column without a name is allowed while its cells are empty
    if (isMemberName(name)) {
      fileIssue(
        name,
        'duplicate_column',
        `The file has two member columns, "${names[0]}" and "${name}" (column ${i + 1}). Keep only the first column for the member, and import again.`,
      );
      continue;
    }
    const driver = DRIVER_BY_NAME.get(normalizeName(name));
    if (!driver) {
      fileIssue(
        name,
        'unknown_column',
        `The column "${name}" (column ${i + 1} on line ${line}) is not a driver. Rename it to one of the accepted names (the code or a Norwegian name): ${acceptedNames()}; or remove the column, and import again. Nothing was imported, so that no driver is lost to a misspelt name.`,
      );
      continue;
    }
    const earlier = columnOf.get(driver);
    if (earlier !== undefined) {
      fileIssue(
        name,
        'duplicate_column',
        `The file has two columns for the driver ${driver} (${DRIVER_LABELS[driver]}): "${names[earlier]}" (column ${earlier + 1}) and "${name}" (column ${i + 1}). Remove or rename one of them, and import again.`,
      );
      continue;
    }
    columnOf.set(driver, i);
    drivers[i] = driver;
  }
  if (issues.length === 0 && columnOf.size === 0)
    fileIssue(
      null,
      'missing_column',
      `The header row on line ${line} has no driver columns, only the member column. Add a column per driver, named by its code or Norwegian name: ${acceptedNames()}.`,
    );
  return issues.length > 0 ? issues : { drivers };
}

/** A whole number ≥ 0, with spaces between groups of three digits allowed; else why not. */
function parseDriverValue(cell: string): number | string {
  const s = cell.replace(/[\u00a0\u202f\u2009]/gu, ' ');
  if (/^\d+$/u.test(s) || /^\d{1,3}( \d{3})+$/u.test(s)) {
    const value = Number(s.replace(/ /g, ''));
    if (value > MAX_DRIVER_VALUE)
      return `is larger than ${MAX_DRIVER_VALUE.toLocaleString('en')}, the largest value accepted.`;
    return value;
  }
  if (/^[-\u2212]\s*[\d\s]+$/u.test(s)) return 'is negative; a driver cannot be less than 0.';
  if (/^[\d\s]+[.,]\d+$/u.test(s) || /^\d{1,3}([.,]\d{3})+$/u.test(s))
    return 'is not a whole number (or uses a point or comma between the thousands, which cannot be told from decimals).';
  if (/^[\d\s]+$/u.test(s)) return 'has spaces that are not between groups of three digits.';
  return 'is not a number.';
}

type MemberMatch = { kind: 'one'; member: DriverMember } | { kind: 'none' } | { kind: 'many'; members: DriverMember[] };

/** Finds a member by code, else by name (with or without " kommune"), case-insensitively. */
function memberFinder(members: readonly DriverMember[]): (text: string) => MemberMatch {
  const strip = (s: string) => normalizeName(s).replace(/ kommune$/u, '');
  const byCode = new Map<string, DriverMember[]>();
  const byName = new Map<string, DriverMember[]>();
  const put = (map: Map<string, DriverMember[]>, key: string, m: DriverMember) => {
    if (key === '') return;
    const list = map.get(key) ?? [];
    if (!list.includes(m)) list.push(m);
    map.set(key, list);
  };
  for (const m of members) {
    put(byCode, normalizeName(m.code), m);
    put(byName, strip(m.name), m);
  }
  return (text) => {
    const found = byCode.get(normalizeName(text)) ?? byName.get(strip(text)) ?? [];
    if (found.length === 0) return { kind: 'none' };
    if (found.length === 1) return { kind: 'one', member: found[0]! };
    return { kind: 'many', members: found };
  };
}
