// Importing a fleet export (Intune, or any CSV with a column mapping). The whole file is checked
// first; with any error nothing is written and the report lists every problem with its line. A clean
// file is merged by serial number in one transaction (bulk statements of 5,000 devices), so importing
// the same file again changes nothing. Over HTTP an import runs as a job whose progress the page polls.

import type { Actor } from '../../app/auth/roles.ts';
import { AppError, notFound } from '../../app/errors.ts';
import { type Db, inTransaction } from '../../db/database.ts';
import { osloDate } from '../../shared/dates.ts';
import { uuidv7 } from '../../shared/ids.ts';
import { auditChange } from '../audit/audit.service.ts';
import { assertKeepsFleet } from './access.ts';
import * as repo from './devices.repository.ts';
import { fleetLookups } from './fleet.service.ts';
import {
  type ColumnMapping,
  type ImportFormat,
  type ImportIssue,
  parseFleetExport,
  planImport,
} from './fleet-import.ts';

const BATCH = 5000;

export interface ImportInput {
  fileName: string;
  bytes: Buffer;
  format: ImportFormat;
  mapping?: ColumnMapping;
  defaultMemberId?: string | null;
  defaultCategoryId?: string | null;
  dryRun?: boolean;
}

export interface ImportProgress {
  phase: 'reading' | 'writing' | 'done';
  /** rows read (reading) or devices written (writing) */
  done: number;
  total: number | null;
}

export interface ImportReport {
  fileName: string;
  format: ImportFormat;
  dryRun: boolean;
  rejected: boolean;
  encoding: string;
  delimiter: string;
  columns: ColumnMapping;
  rows: number;
  created: number;
  updated: number;
  unchanged: number;
  purchaseFromEnrollment: number;
  withoutPurchaseDate: number;
  errors: ImportIssue[];
  durationMs: number;
}

/** Check and (unless rejected or a dry run) write a fleet export. Throws only for access and unexpected failures. */
export async function importFleet(
  db: Db,
  actor: Actor,
  input: ImportInput,
  now: Date,
  onProgress: (p: ImportProgress) => void = () => {},
  requestId?: string,
): Promise<ImportReport> {
  assertKeepsFleet(actor);
  const started = performance.now();
  const coop = actor.cooperationId;
  const l = await fleetLookups(db, coop);
  if (input.defaultMemberId && !l.memberName.has(input.defaultMemberId)) throw notFound('The default member');
  if (input.defaultCategoryId && !l.categoryName.has(input.defaultCategoryId)) throw notFound('The default category');

  const parsed = await parseFleetExport(
    input.bytes,
    input.format,
    input.mapping,
    {
      members: l.members.map((m) => ({ id: m.id, code: m.code, name: m.name, emailDomains: m.email_domains })),
      categories: l.categories.filter((c) => !c.archived).map((c) => ({ id: c.id, key: c.key, name: c.name })),
      defaultMemberId: input.defaultMemberId ?? null,
      defaultCategoryId: input.defaultCategoryId ?? null,
      today: osloDate(now),
      now: now.getTime(),
    },
    (n) => onProgress({ phase: 'reading', done: n, total: null }),
  );
  const report: ImportReport = {
    fileName: input.fileName,
    format: input.format,
    dryRun: input.dryRun ?? false,
    rejected: parsed.errors.length > 0,
    encoding: parsed.encoding,
    delimiter: parsed.delimiter,
    columns: parsed.columns,
    rows: parsed.dataRows,
    created: 0,
    updated: 0,
    unchanged: 0,
    purchaseFromEnrollment: 0,
    withoutPurchaseDate: 0,
    errors: parsed.errors,
    durationMs: 0,
  };
  if (report.rejected) {
    report.durationMs = Math.round(performance.now() - started);
    return report;
  }

  await inTransaction(db, async (tx) => {
    // one import of a cooperation at a time: the second waits, then sees the first one's devices
    await tx.selectFrom('cooperation').select('id').where('id', '=', coop).forUpdate().execute();
    const known = await repo.knownDevices(tx, coop);
    const plan = planImport(parsed.rows, known, l.lifetime);
    Object.assign(report, {
      created: plan.inserts.length,
      updated: plan.updates.length,
      unchanged: plan.unchanged,
      purchaseFromEnrollment: plan.purchaseFromEnrollment,
      withoutPurchaseDate: plan.withoutPurchaseDate,
    });
    if (report.dryRun) return;
    const total = plan.inserts.length + plan.updates.length;
    let done = 0;
    onProgress({ phase: 'writing', done, total });
    for (let i = 0; i < plan.inserts.length; i += BATCH) {
      const batch = plan.inserts.slice(i, i + BATCH).map((d) => ({ ...d, id: uuidv7() }));
      await repo.insertDevices(tx, coop, batch, input.format, now);
      done += batch.length;
      onProgress({ phase: 'writing', done, total });
    }
    for (let i = 0; i < plan.updates.length; i += BATCH) {
      const batch = plan.updates.slice(i, i + BATCH);
      await repo.updateDevices(tx, coop, batch, now);
      done += batch.length;
      onProgress({ phase: 'writing', done, total });
    }
    await auditChange(
      tx,
      actor,
      'update',
      'device_import',
      coop,
      `Fleet import of ${input.fileName}: ${report.created} new, ${report.updated} changed, ${report.unchanged} unchanged`,
      requestId,
      { fileName: input.fileName, format: input.format, created: report.created, updated: report.updated },
    );
  });
  report.durationMs = Math.round(performance.now() - started);
  onProgress({ phase: 'done', done: report.rows, total: report.rows });
  return report;
}

// ---------------------------------------------------------------------------------------------
// Imports as jobs (HTTP): the job row keeps the final report; progress lives in this process.

/** Jobs running in this process: their progress, and what the poll answers without the database. */
const running = new Map<string, { cooperationId: string; progress: ImportProgress; view: Omit<JobView, 'progress'> }>();

/** Start an import in the background and return its id at once; poll {@link importJob} for progress and report. */
export async function startImportJob(
  db: Db,
  actor: Actor,
  input: ImportInput,
  now: () => Date,
  onFailure: (err: unknown) => void,
  requestId?: string,
) {
  assertKeepsFleet(actor);
  const id = crypto.randomUUID();
  await db
    .insertInto('device_import')
    .values({
      id,
      cooperation_id: actor.cooperationId,
      user_id: actor.userId,
      file_name: input.fileName,
      format: input.format,
      dry_run: input.dryRun ?? false,
      status: 'running',
      created_at: now(),
    })
    .execute();
  const view: Omit<JobView, 'progress'> = {
    id,
    fileName: input.fileName,
    format: input.format,
    dryRun: input.dryRun ?? false,
    status: 'running',
    rows: 0,
    by: actor.name,
    createdAt: now().toISOString(),
    finishedAt: null,
    report: null,
  };
  running.set(id, { cooperationId: actor.cooperationId, progress: { phase: 'reading', done: 0, total: null }, view });
  const finish = (status: 'done' | 'rejected' | 'failed', rows: number, report: object) =>
    db
      .updateTable('device_import')
      .set({ status, rows_total: rows, report: JSON.stringify(report), finished_at: now() })
      .where('id', '=', id)
      .execute();
  void importFleet(
    db,
    actor,
    input,
    now(),
    (p) => {
      const job = running.get(id);
      if (job) job.progress = p;
    },
    requestId,
  )
    .then((report) => finish(report.rejected ? 'rejected' : 'done', report.rows, report))
    .catch(async (err) => {
      onFailure(err);
      const message = err instanceof AppError ? err.message : 'The import failed unexpectedly; nothing was written.';
      await finish('failed', 0, { message }).catch(onFailure);
    })
    .finally(() => running.delete(id));
  return { id };
}

type ImportJobRow = Awaited<ReturnType<typeof importRows>>[number];

const importRows = (db: Db, coop: string, id?: string) =>
  db
    .selectFrom('device_import as i')
    .leftJoin('app_user as u', 'u.id', 'i.user_id')
    .select([
      'i.id',
      'i.file_name',
      'i.format',
      'i.dry_run',
      'i.status',
      'i.rows_total',
      'i.report',
      'i.created_at',
      'i.finished_at',
      'u.name as user_name',
    ])
    .where('i.cooperation_id', '=', coop)
    .$if(id !== undefined, (q) => q.where('i.id', '=', id!))
    .orderBy('i.created_at', 'desc')
    .limit(20)
    .execute();

interface JobView {
  id: string;
  fileName: string;
  format: string;
  dryRun: boolean;
  status: string;
  rows: number;
  by: string;
  createdAt: string;
  finishedAt: string | null;
  progress: ImportProgress | null;
  report?: unknown;
}

function jobView(r: ImportJobRow, withReport: boolean): JobView {
  const progress = running.get(r.id)?.progress;
  // a job still "running" in the database but not in this process was cut off by a restart
  const status = r.status === 'running' && !progress ? 'failed' : r.status;
  return {
    id: r.id,
    fileName: r.file_name,
    format: r.format,
    dryRun: r.dry_run,
    status,
    rows: r.rows_total,
    by: r.user_name ?? '',
    createdAt: r.created_at.toISOString(),
    finishedAt: r.finished_at?.toISOString() ?? null,
    progress: progress ?? null,
    ...(withReport && {
      report:
        r.status === 'running' && !progress
          ? {
              message: 'The import was interrupted (the server restarted); nothing was written. Import the file again.',
            }
          : r.report,
    }),
  };
}

export async function importJob(db: Db, actor: Actor, id: string) {
  assertKeepsFleet(actor);
  // a running job is answered from memory: on the embedded database the import's transaction holds
  // the one connection while it writes
  const job = running.get(id);
  if (job && job.cooperationId === actor.cooperationId) return { ...job.view, progress: job.progress };
  const [r] = await importRows(db, actor.cooperationId, id);
  if (!r) throw notFound('The import');
  return jobView(r, true);
}

export async function listImports(db: Db, actor: Actor) {
  assertKeepsFleet(actor);
  return { items: (await importRows(db, actor.cooperationId)).map((r) => jobView(r, false)) };
}
