// Import of Pureservice exports (CSV or JSON) into the service desk: validate the whole file first
// (streaming, bounded memory), then write it in one transaction — or, in a dry run, count what would
// be created, updated or left unchanged. A file with any error is rejected and nothing is written.
// Re-importing is idempotent: tickets are keyed by external_source 'pureservice' + the Pureservice id.
import path from 'node:path';
import { sql } from 'kysely';
import { type Actor, hasRole } from '../../../app/auth/roles.ts';
import { forbidden } from '../../../app/errors.ts';
import { type Db, inTransaction } from '../../../db/database.ts';
import { recordAudit } from '../../audit/audit.service.ts';
import { listMembers } from '../../members/members.repository.ts';
import { bumpCounterPast, listCategories, listStatuses, listTeams } from '../config.repository.ts';
import { loadSlaPolicy } from '../sla.store.ts';
import type { Field } from './fields.ts';
import { KeyIndex } from './key-index.ts';
import { buildLookups, type Lookups, parseMapping, type ReferenceData } from './mapping.ts';
import {
  type ImportIssue,
  type NormalizedTicket,
  normalizeTicket,
  type RawTicket,
  type UnmappedKind,
} from './normalize.ts';
import {
  type CsvColumns,
  CsvTicketParser,
  JsonEntityScanner,
  JsonTicketParser,
  LinkedEntities,
  sniffFormat,
  type TicketParser,
} from './parsers.ts';
import { type Encoding, FileRejected, TextSource } from './text-source.ts';
import { EXTERNAL_SOURCE, type PlannedRow, TicketWriter } from './writer.ts';

export type ImportFormat = 'csv' | 'json';

export interface ImportProgress {
  phase: 'scan' | 'validate' | 'write';
  /** tickets read in this phase */
  rows: number;
  bytes: number;
  totalBytes: number;
  rowsPerSecond: number;
  elapsedMs: number;
}

export interface ImportOptions {
  file: string;
  /** csv or json; by default from the file's first character ({ or [ is JSON) */
  format?: ImportFormat;
  /** force an encoding instead of detecting it */
  encoding?: Encoding;
  /** the content of a mapping file (parsed JSON); the defaults apply when absent */
  mapping?: unknown;
  dryRun?: boolean;
  onProgress?: (p: ImportProgress) => void;
  /** the instant SLA outcomes are computed for (default: now) */
  now?: Date;
  /** how many errors and how many warnings the report lists in full (all are counted); default 1000 */
  maxIssues?: number;
  /** refuse files with more tickets than this (default 2,000,000) */
  maxRows?: number;
  /** tickets per write statement (default 5000) */
  batchSize?: number;
  /** the name to show and audit (an upload's original name); default the file's base name */
  fileName?: string;
  requestId?: string;
}

export interface UnmappedValue {
  value: string;
  count: number;
  /** where it first appeared */
  line: number | null;
  record: number | null;
}

export interface ImportReport {
  file: string;
  format: ImportFormat | null;
  encoding: Encoding | null;
  bom: boolean;
  gzip: boolean;
  /** CSV: the delimiter found */
  delimiter: string | null;
  dryRun: boolean;
  /** true when nothing was imported because of errors */
  rejected: boolean;
  /** tickets in the file */
  rows: number;
  created: number;
  updated: number;
  unchanged: number;
  /** rows skipped because the same ticket appears again later in the file (the later one counts) */
  duplicates: number;
  /** tickets whose Pureservice number was taken and that got a new one */
  renumbered: number;
  errors: ImportIssue[];
  errorCount: number;
  warnings: ImportIssue[];
  warningCount: number;
  warningsByCode: Record<string, number>;
  /** values that matched nothing (members, categories, …), with counts: what to map or create */
  unmapped: Partial<Record<UnmappedKind, UnmappedValue[]>>;
  /** CSV: which column was read as which field, and the columns not used */
  columns: { recognised: Record<string, string>; ignored: string[] } | null;
  /** the audit entry's id (null for dry runs and rejected files) */
  importId: string | null;
  sha256: string | null;
  durationMs: number;
}

const MAX_UNMAPPED_VALUES = 200;

class Issues {
  errors: ImportIssue[] = [];
  warnings: ImportIssue[] = [];
  errorCount = 0;
  warningCount = 0;
  byCode: Record<string, number> = {};
  unmapped = new Map<UnmappedKind, Map<string, UnmappedValue>>();

  constructor(private readonly max: number) {}

  error(i: ImportIssue) {
    this.errorCount++;
    if (this.errors.length < this.max) this.errors.push(i);
  }

  warning(i: ImportIssue) {
    this.warningCount++;
    this.byCode[i.code] = (this.byCode[i.code] ?? 0) + 1;
    if (this.warnings.length < this.max) this.warnings.push(i);
  }

  noteUnmapped(kind: UnmappedKind, value: string, line: number | null, record: number | null) {
    if (!value) return;
    let m = this.unmapped.get(kind);
    if (!m) {
      m = new Map();
      this.unmapped.set(kind, m);
    }
    const u = m.get(value);
    if (u) u.count++;
    else if (m.size < MAX_UNMAPPED_VALUES) m.set(value, { value, count: 1, line, record });
  }

  unmappedReport(): ImportReport['unmapped'] {
    const out: ImportReport['unmapped'] = {};
    for (const [k, m] of this.unmapped) out[k] = [...m.values()].sort((a, b) => b.count - a.count);
    return out;
  }
}

/** Columns a CSV export must have; null when they are there. */
function requiredColumns(lk: Lookups) {
  return (present: Set<Field>): string | null => {
    const missing: string[] = [];
    if (!present.has('id') && !present.has('requestNumber')) missing.push('an id or request number (Saksnummer)');
    if (!present.has('subject')) missing.push('the subject (Emne)');
    if (!present.has('created')) missing.push('the creation date (Opprettet)');
    if (!present.has('status') && !present.has('statusId')) missing.push('the status (Status)');
    if (!present.has('priority') && !present.has('priorityId') && !lk.mapping.defaults.priority)
      missing.push('the priority (Prioritet)');
    return missing.length ? `The file has no column for ${missing.join(', ')}.` : null;
  };
}

async function loadReference(db: Db, cooperationId: string): Promise<ReferenceData> {
  const [statuses, members, categories, teams, users] = await Promise.all([
    listStatuses(db, cooperationId),
    listMembers(db, cooperationId),
    listCategories(db, cooperationId),
    listTeams(db, cooperationId),
    db.selectFrom('app_user').select(['id', 'email', 'name']).where('cooperation_id', '=', cooperationId).execute(),
  ]);
  return { statuses, members, categories, teams, users };
}

/**
 * Import a Pureservice export for the actor's cooperation (administrators only). Returns the report;
 * `rejected: true` means nothing was written. Throws only for access and unexpected failures.
 */
export async function importPureservice(db: Db, actor: Actor, opts: ImportOptions): Promise<ImportReport> {
  if (!hasRole(actor, 'admin')) throw forbidden('Only administrators import service-desk data.');
  const started = Date.now();
  const cooperationId = actor.cooperationId;
  const dryRun = !!opts.dryRun;
  const issues = new Issues(opts.maxIssues ?? 1000);
  const maxRows = opts.maxRows ?? 2_000_000;
  const batchSize = opts.batchSize ?? 5000;
  const nowMs = (opts.now ?? new Date()).getTime();
  const report: ImportReport = {
    file: opts.fileName ?? path.basename(opts.file),
    format: opts.format ?? null,
    encoding: null,
    bom: false,
    gzip: false,
    delimiter: null,
    dryRun,
    rejected: false,
    rows: 0,
    created: 0,
    updated: 0,
    unchanged: 0,
    duplicates: 0,
    renumbered: 0,
    errors: [],
    errorCount: 0,
    warnings: [],
    warningCount: 0,
    warningsByCode: {},
    unmapped: {},
    columns: null,
    importId: null,
    sha256: null,
    durationMs: 0,
  };
  const finish = (rejected: boolean): ImportReport => {
    report.rejected = rejected;
    if (rejected) {
      report.created = report.updated = report.unchanged = report.renumbered = 0;
      report.importId = null;
    }
    report.errors = issues.errors;
    report.errorCount = issues.errorCount;
    report.warnings = issues.warnings;
    report.warningCount = issues.warningCount;
    report.warningsByCode = issues.byCode;
    report.unmapped = issues.unmappedReport();
    report.durationMs = Date.now() - started;
    return report;
  };
  const fileProblem = (err: FileRejected) =>
    issues.error({ line: err.line, record: null, id: null, field: null, code: err.code, message: err.message });

  // the mapping, checked against the cooperation
  const parsed = parseMapping(opts.mapping);
  if (!parsed.ok) {
    for (const p of parsed.problems)
      issues.error({ line: null, record: null, id: null, field: p.path, code: 'mapping', message: p.message });
    return finish(true);
  }
  const built = buildLookups(parsed.mapping, await loadReference(db, cooperationId));
  if (!built.ok) {
    for (const p of built.problems)
      issues.error({ line: null, record: null, id: null, field: p.path, code: 'mapping', message: p.message });
    return finish(true);
  }
  const lookups = built.lookups;

  let source: TextSource;
  try {
    source = await TextSource.open(opts.file, { encoding: opts.encoding, hash: true });
  } catch (err) {
    if (!(err instanceof FileRejected)) throw err;
    fileProblem(err);
    return finish(true);
  }
  report.gzip = source.info.gzip;
  const totalBytes = source.info.totalBytes;

  const progress = (phase: ImportProgress['phase'], rows: number, bytes: number, since: number) => {
    if (!opts.onProgress) return;
    const elapsedMs = Date.now() - since;
    opts.onProgress({
      phase,
      rows,
      bytes,
      totalBytes,
      elapsedMs,
      rowsPerSecond: elapsedMs > 0 ? Math.round((rows * 1000) / elapsedMs) : 0,
    });
  };

  const linked = new LinkedEntities();
  let csvColumns: CsvColumns | null = null;
  const newParser = (format: ImportFormat): TicketParser => {
    if (format === 'json') return new JsonTicketParser(linked);
    const p = new CsvTicketParser({}, requiredColumns(lookups));
    return p;
  };

  // Where a ticket is in the file, as the key index remembers it: its line (CSV) or position (JSON).
  const positionOf = (raw: RawTicket) => (report.format === 'csv' ? raw.line! : raw.record);
  const index = new KeyIndex();
  let duplicatesFound = 0;
  let maxNumber = 0;
  let minNumber = Number.POSITIVE_INFINITY;
  // whether the file's request numbers are unique: they only rise (or only fall), or they are the keys
  let lastNumber: number | null = null;
  let rising = true;
  let falling = true;
  let keysAreNumbers = true;
  // A real import writes during validation: each valid ticket is handed to this (see below).
  let sink: ((t: NormalizedTicket, raw: RawTicket, duplicate: boolean) => void) | null = null;
  function validateChunk(parser: TicketParser, text: string, end: boolean) {
    const raws: RawTicket[] = [];
    const problems: ImportIssue[] = [];
    if (end) parser.end(raws, problems);
    else parser.push(text, raws, problems);
    if (parser instanceof CsvTicketParser && parser.headerWarnings.length) {
      for (const w of parser.headerWarnings) issues.warning(w);
      parser.headerWarnings.length = 0;
    }
    for (const p of problems) issues.error(p);
    for (const raw of raws) {
      report.rows++;
      if (report.rows > maxRows)
        throw new FileRejected(
          `The file holds more than ${maxRows.toLocaleString('en')} tickets, the most one import takes. Split the export (for example by year) and import the parts one after another.`,
          raw.line,
          'too_many_rows',
        );
      const key = raw.values.id ?? raw.values.requestNumber;
      const at = { line: raw.line, record: raw.record, id: key ?? null };
      const t = normalizeTicket(
        raw,
        lookups,
        {
          error: (field, code, message) => issues.error({ ...at, field, code, message }),
          warning: (field, code, message) => issues.warning({ ...at, field, code, message }),
          unmapped: (kind, value) => issues.noteUnmapped(kind, value, raw.line, raw.record),
        },
        (f) => parser.label(f),
      );
      if (!t) continue;
      const n = t.requestNumber;
      if (n !== null) {
        if (n > maxNumber) maxNumber = n;
        if (n < minNumber) minNumber = n;
        if (lastNumber !== null) {
          if (n <= lastNumber) rising = false;
          if (n >= lastNumber) falling = false;
        }
        lastNumber = n;
      }
      if (t.externalId !== raw.values.requestNumber) keysAreNumbers = false;
      const prev = index.set(t.externalId, positionOf(raw));
      if (prev) {
        duplicatesFound++;
        issues.warning({
          ...at,
          field: parser.label(raw.values.id !== undefined ? 'id' : 'requestNumber'),
          code: 'duplicate_ticket',
          message: `The ticket ${t.externalId} appears again here (first ${report.format === 'csv' ? `on line ${prev}` : `as ticket ${prev}`}); the last occurrence is imported.`,
        });
      }
      sink?.(t, raw, prev !== 0);
    }
  }

  // ---- pass 1 (JSON only): the linked entities; pass 2: validate every ticket ------------------------
  // `afterChunk` runs after each chunk's tickets were validated (a real import writes them there), and
  // `phase` names what the validation pass does for the progress display.
  let validatePhase: ImportProgress['phase'] = 'validate';
  const validateFile = async (afterChunk: () => Promise<void> = async () => {}) => {
    try {
      let format = report.format;
      let validatedInFirstPass = false;
      if (format !== 'csv') {
        // JSON (or not known yet): the first pass finds out, and for JSON collects linked entities
        const since = Date.now();
        let scanner: JsonEntityScanner | null = null;
        let csvFirst: { parser: CsvTicketParser } | null = null;
        for await (const chunk of source.chunks()) {
          if (!format) report.format = format = sniffFormat(chunk.text);
          if (format === 'csv') {
            csvFirst ??= { parser: newParser('csv') as CsvTicketParser };
            validateChunk(csvFirst.parser, chunk.text, false);
            await afterChunk();
            progress(validatePhase, report.rows, chunk.bytesRead, since);
            continue;
          }
          scanner ??= new JsonEntityScanner(linked);
          scanner.push(chunk.text);
          progress('scan', scanner.tickets, chunk.bytesRead, since);
        }
        if (!format) throw new FileRejected('The file is empty.', null, 'file_empty');
        if (csvFirst) {
          validateChunk(csvFirst.parser, '', true);
          await afterChunk();
          csvColumns = csvFirst.parser.columns;
          validatedInFirstPass = true;
        } else scanner?.end();
      }
      report.format = format;
      if (!validatedInFirstPass) {
        const parser = newParser(format);
        const since = Date.now();
        for await (const chunk of source.chunks()) {
          validateChunk(parser, chunk.text, false);
          await afterChunk();
          progress(validatePhase, report.rows, chunk.bytesRead, since);
        }
        validateChunk(parser, '', true);
        await afterChunk();
        if (parser instanceof CsvTicketParser) csvColumns = parser.columns;
      }
    } catch (err) {
      if (!(err instanceof FileRejected)) throw err;
      fileProblem(err);
    }
    report.encoding = source.info.encoding;
    report.bom = source.info.bom;
    report.sha256 = source.info.sha256;
    if (csvColumns) {
      report.columns = { recognised: csvColumns.recognised, ignored: csvColumns.ignored };
      report.delimiter = csvColumns.delimiter;
    }
    report.duplicates = duplicatesFound;
  };
  /** After validation: whether the file is rejected (an error, or no tickets at all). */
  const rejectedAfterValidation = (): boolean => {
    if (issues.errorCount > 0) return true;
    if (report.rows === 0) {
      issues.error({
        line: null,
        record: null,
        id: null,
        field: null,
        code: 'no_tickets',
        message: 'The file holds no tickets.',
      });
      return true;
    }
    return false;
  };

  const policy = await loadSlaPolicy(db, cooperationId);
  const recordImport = async (tx: Db, writer: TicketWriter) => {
    report.created = writer.created;
    report.updated = writer.updated;
    report.unchanged = writer.unchanged;
    report.renumbered = writer.renumbered;
    if (dryRun) return;
    const importId = crypto.randomUUID();
    report.importId = importId;
    await recordAudit(
      tx,
      actor,
      {
        cooperationId,
        action: 'create',
        entityType: 'ticket_import',
        entityId: importId,
        summary: `Imported ${report.rows} Pureservice tickets from ${report.file}: ${writer.created} created, ${writer.updated} updated, ${writer.unchanged} unchanged`,
        after: {
          source: EXTERNAL_SOURCE,
          file: report.file,
          sha256: report.sha256,
          format: report.format,
          encoding: report.encoding,
          rows: report.rows,
          created: writer.created,
          updated: writer.updated,
          unchanged: writer.unchanged,
          duplicates: report.duplicates,
          renumbered: writer.renumbered,
          warnings: issues.warningCount,
        },
      },
      opts.requestId,
    );
  };

  // ---- pass 3: write (or count, in a dry run), reading the file again --------------------------------
  const write = async (tx: Db) => {
    // A first import (no Pureservice tickets yet, the file's numbers free and unique) needs no look-ups.
    const before = await sql<{ imported: boolean; taken: boolean }>`
      select exists (select 1 from ticket where cooperation_id = ${cooperationId}
          and external_source = ${EXTERNAL_SOURCE} and external_id is not null) as imported,
        exists (select 1 from ticket where cooperation_id = ${cooperationId}
          and number between ${Number.isFinite(minNumber) ? minNumber : 0} and ${maxNumber}) as taken`.execute(tx);
    const fresh = !before.rows[0]!.imported && !before.rows[0]!.taken && (rising || falling || keysAreNumbers);
    const writer = new TicketWriter({
      db: tx,
      fresh,
      cooperationId,
      lookups,
      policy,
      nowMs,
      dryRun,
      warn: (i) => issues.warning(i),
    });
    if (!dryRun) {
      // numbers given to tickets without a free Pureservice number come after all of the file's
      if (maxNumber > 0) await bumpCounterPast(tx, cooperationId, maxNumber);
    }
    const parser = newParser(report.format!);
    const strict = {
      error(field: string | null, _code: string, message: string) {
        throw new FileRejected(
          `The file changed between validation and writing (${field}: ${message}); nothing was imported.`,
          null,
          'file_changed',
        );
      },
      warning() {},
      unmapped() {},
    };
    const since = Date.now();
    let done = 0;
    const out = new BatchPipeline(writer);
    const raws: RawTicket[] = [];
    const problems: ImportIssue[] = [];
    const take = async () => {
      for (const raw of raws) {
        done++;
        const t = normalizeTicket(raw, lookups, strict, (f) => parser.label(f));
        if (!t) continue;
        if (duplicatesFound > 0 && index.get(t.externalId) !== positionOf(raw)) continue; // a later row wins
        out.push({ t, line: raw.line, record: raw.record });
        if (out.size >= batchSize) await out.flush();
      }
      raws.length = 0;
      if (problems.length)
        throw new FileRejected(
          `The file changed between validation and writing (${problems[0]!.message}); nothing was imported.`,
          null,
          'file_changed',
        );
    };
    for await (const chunk of source.chunks()) {
      parser.push(chunk.text, raws, problems);
      await take();
      progress('write', done, chunk.bytesRead, since);
    }
    parser.end(raws, problems);
    await take();
    await out.finish();
    if (done !== report.rows)
      throw new FileRejected(
        `The file changed while it was being imported (${done} tickets instead of ${report.rows}); nothing was imported.`,
      );
    await recordImport(tx, writer);
  };

  if (dryRun) {
    // validate only, then count what would be written
    await validateFile();
    if (rejectedAfterValidation()) return finish(true);
    try {
      await write(db);
    } catch (err) {
      if (!(err instanceof FileRejected)) throw err;
      fileProblem(err);
      return finish(true);
    }
    return finish(false);
  }

  // ---- a real import: validate and write in one pass, in one transaction ------------------------------
  // The file is written while it is validated, batch by batch, as long as the result is sure to be what
  // validating first and writing after would give: a first import into the cooperation (no Pureservice
  // tickets yet), every ticket new (no key twice in the file) and keeping its Pureservice number (one it
  // has, above every number the cooperation uses, unique in the file). The first error stops the writing
  // (the rest of the file is still checked, to list every error) and the transaction is rolled back, so
  // a rejected file writes nothing. A file outside those conditions (a re-import, duplicates, taken or
  // missing numbers) is written by a second pass instead, after the one-pass writes are rolled back to
  // a savepoint.
  const rejected = Symbol('rejected');
  try {
    await inTransaction(db, async (tx) => {
      // One import per cooperation at a time. A row lock rather than an advisory lock (PGlite): FOR NO
      // KEY UPDATE does not block the foreign-key checks of other writers to this cooperation.
      await sql`select id from cooperation where id = ${cooperationId} for no key update`.execute(tx);
      // the import is atomic: a crash before its commit is flushed loses it whole, so waiting is useless
      await sql`set local synchronous_commit = off`.execute(tx);
      const state = await sql<{ imported: boolean; max_number: string | number | null }>`
        select exists (select 1 from ticket where cooperation_id = ${cooperationId}
            and external_source = ${EXTERNAL_SOURCE} and external_id is not null) as imported,
          (select max(number) from ticket where cooperation_id = ${cooperationId}) as max_number`.execute(tx);
      const maxUsed = state.rows[0]!.max_number === null ? 0 : Number(state.rows[0]!.max_number);
      let writing = !state.rows[0]!.imported;
      await sql`savepoint pureservice_import`.execute(tx);
      // the one-pass writer's warnings (sla_failed) are reported after the validation's, as in two passes
      const held = new HeldWarnings(opts.maxIssues ?? 1000);
      const writer = new TicketWriter({
        db: tx,
        fresh: true,
        cooperationId,
        lookups,
        policy,
        nowMs,
        dryRun: false,
        warn: (i) => held.add(i),
      });
      const out = new BatchPipeline(writer);
      const stop = () => {
        writing = false;
        validatePhase = 'validate';
      };
      if (writing) validatePhase = 'write';
      sink = (t, raw, duplicate) => {
        if (!writing) return;
        const n = t.requestNumber;
        if (duplicate || n === null || n <= maxUsed || !(rising || falling || keysAreNumbers)) return stop();
        out.push({ t, line: raw.line, record: raw.record });
      };
      await validateFile(async () => {
        if (writing && issues.errorCount > 0) stop();
        if (writing && out.size >= batchSize) await out.flush();
      });
      sink = null;
      if (rejectedAfterValidation()) {
        await out.abandon();
        throw rejected; // rolls back whatever was written
      }
      if (writing) {
        await out.finish();
        // (a ticket needing a new number cannot pass the checks above; should one, the second pass decides)
        if (!out.renumberedAny) {
          if (maxNumber > 0) await bumpCounterPast(tx, cooperationId, maxNumber);
          held.replay(issues);
          await recordImport(tx, writer);
          return;
        }
      }
      // not a plain first import: write in a second pass
      await out.abandon();
      await sql`rollback to savepoint pureservice_import`.execute(tx);
      await write(tx);
    });
  } catch (err) {
    if (err === rejected) return finish(true);
    if (!(err instanceof FileRejected)) throw err;
    fileProblem(err);
    return finish(true);
  }
  return finish(false);
}

/**
 * Batches on their way to the database: while one batch is being written, the next is read and
 * planned (the database and this process work at the same time); at most one batch is in flight.
 */
class BatchPipeline {
  private batch: PlannedRow[] = [];
  private pending: Promise<void> | null = null;
  /** whether a written batch needed new numbers (never in a one-pass import) */
  renumberedAny = false;

  constructor(private readonly writer: TicketWriter) {}

  get size(): number {
    return this.batch.length;
  }

  push(row: PlannedRow) {
    this.batch.push(row);
  }

  async flush() {
    const plan = this.batch.length ? this.writer.plan(this.batch) : null;
    this.batch = [];
    if (plan?.renumber.length) this.renumberedAny = true;
    if (this.pending) await this.pending;
    this.pending = plan ? this.writer.execute(plan) : null;
    this.pending?.catch(() => {}); // awaited at the next flush; this only marks it handled meanwhile
  }

  /** Write what is left and wait for it. */
  async finish() {
    await this.flush();
    await this.flush();
  }

  /** Drop what is not written yet and wait for the batch in flight (its failure no longer matters). */
  async abandon() {
    this.batch = [];
    await this.pending?.catch(() => {});
    this.pending = null;
  }
}

/** Warnings kept aside to be reported later, as {@link Issues} would list and count them. */
class HeldWarnings {
  private list: ImportIssue[] = [];
  private extra: Record<string, number> = {};
  private extraCount = 0;

  constructor(private readonly max: number) {}

  add(i: ImportIssue) {
    if (this.list.length < this.max) this.list.push(i);
    else {
      this.extraCount++;
      this.extra[i.code] = (this.extra[i.code] ?? 0) + 1;
    }
  }

  replay(issues: Issues) {
    for (const i of this.list) issues.warning(i);
    issues.warningCount += this.extraCount;
    for (const [code, n] of Object.entries(this.extra)) issues.byCode[code] = (issues.byCode[code] ?? 0) + n;
  }
}
