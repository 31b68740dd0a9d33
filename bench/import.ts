// Pureservice import throughput and memory: generates a realistic Pureservice CSV export (Norwegian
// labels, semicolons, multi-line quoted descriptions, ten years of ROR-IKT-like tickets) into a temp
// file, streamed, and imports it into a fresh database — PostgreSQL when BENCH_DATABASE_URL names a
// server (a database is created and dropped), and PGlite in a temp data dir (fewer rows by default:
// the embedded engine is slower and holds its buffers in this process). Reports tickets/s for the
// whole import and per phase, and the peak RSS of this process. A first import validates and writes
// in one pass ("write"); "validate" is then the rate of a dry run's validation, measured separately
// when BENCH_VALIDATE=1 (it adds a validation-only run of the same file).
//
//   npx tsx bench/import.ts [rows] [pgliteRows]      (defaults 1,000,000 and 200,000)
import { once } from 'node:events';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { openContext } from '../src/app/bootstrap.ts';
import type { AppContext } from '../src/app/context.ts';
import { loadConfig } from '../src/config.ts';
import { insertCooperation, insertMember } from '../src/modules/members/members.repository.ts';
import { insertCategories } from '../src/modules/servicedesk/config.repository.ts';
import { ensureServiceDeskDefaults } from '../src/modules/servicedesk/defaults.ts';
import { type ImportReport, importPureservice } from '../src/modules/servicedesk/import/import.service.ts';

export interface BenchImportOptions {
  /** rows for PostgreSQL (default 1,000,000) */
  rows?: number;
  /** rows for PGlite (default 200,000; 0 skips PGlite) */
  pgliteRows?: number;
  /** a PostgreSQL server URL (superuser; default BENCH_DATABASE_URL); without it PostgreSQL is skipped */
  databaseUrl?: string;
  batchSize?: number;
  log?: (line: string) => void;
}

export interface BenchImportRow {
  engine: 'PostgreSQL' | 'PGlite';
  rows: number;
  fileMB: number;
  seconds: number;
  rowsPerSecond: number;
  validateRowsPerSecond: number;
  writeRowsPerSecond: number;
  /** RSS just before the import started (the engine, for PGlite, included) */
  startRssMB: number;
  peakRssMB: number;
  created: number;
  warnings: number;
}

const MEMBERS = [
  ['molde', 'Molde kommune', 0.45],
  ['aukra', 'Aukra kommune', 0.08],
  ['hustadvika', 'Hustadvika kommune', 0.17],
  ['rauma', 'Rauma kommune', 0.13],
  ['vestnes', 'Vestnes kommune', 0.12],
  ['midsund', 'Midsund kommune', 0.02],
  ['krisesenteret', 'Krisesenteret for Molde og omegn IKS', 0.01],
  ['molde-va', 'Molde Vann og Avløp KF', 0.01],
  [null, 'Fræna kommune', 0.01], // an old company name that is no member any more: a warning per ticket
] as const;
const CATEGORIES: [string, string[]][] = [
  ['Infrastruktur', ['Nettverk', 'Server', 'Skriver', 'Telefoni']],
  ['Standardapplikasjoner', ['Microsoft 365', 'Teams', 'Outlook']],
  ['Fagsystemer', ['Helse', 'Oppvekst', 'Økonomi']],
  ['Rådgiving', []],
  ['Tilgang', ['Konto', 'Passord']],
];
const CHANNELS = [
  ['Portal', 0.58],
  ['E-post', 0.18],
  ['Telefon', 0.23],
  ['Oppmøte', 0.01],
] as const;
const PRIORITIES = [
  ['Kritisk', 0.002],
  ['Høy', 0.003],
  ['Medium', 0.6],
  ['Lav', 0.395],
] as const;
const TYPES = [
  ['Feil', 0.45],
  ['Forespørsel', 0.5],
  ['Sikkerhetsvarsel', 0.05],
] as const;
const OPEN_STATUSES = ['Ny', 'Under arbeid', 'Venter på bruker', 'Venter på leverandør'];
const WORDS =
  'skriver pålogging passord nettverk teams outlook lisens tilgang fagsystem rådhus skole barnehage sykehjem mobil pc oppdatering feilmelding treg krasjer bestilling konto bruker'.split(
    ' ',
  );

/** A small deterministic PRNG, so every run imports the same file. */
function rng(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function pick<T extends readonly [unknown, number]>(r: () => number, table: readonly T[]): T[0] {
  let x = r();
  for (const row of table) {
    x -= row[1];
    if (x <= 0) return row[0];
  }
  return table[table.length - 1]![0];
}

const p2 = (n: number) => (n < 10 ? `0${n}` : String(n));
/** Wall time (ms as if UTC) → "14.11.2024 08:15", as Pureservice's Norwegian export writes it. */
const noDate = (t: number) => {
  const d = new Date(t);
  return `${p2(d.getUTCDate())}.${p2(d.getUTCMonth() + 1)}.${d.getUTCFullYear()} ${p2(d.getUTCHours())}:${p2(d.getUTCMinutes())}`;
};
const csv = (s: string) => (/[;"\r\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s);

/** Write a Pureservice CSV export of `rows` tickets to `file`, streamed. */
export async function generatePureserviceCsv(file: string, rows: number, seed = 42): Promise<number> {
  const r = rng(seed);
  const out = fs.createWriteStream(file);
  const words = (n: number) => {
    const w: string[] = [];
    for (let i = 0; i < n; i++) w.push(WORDS[Math.floor(r() * WORDS.length)]!);
    return w.join(' ');
  };
  let buf =
    'Saksnummer;Emne;Beskrivelse;Løsning;E-post;Bruker;Prioritet;Status;Kilde;Sakstype;Kategori 1;Kategori 2;Firma;Opprettet;Endret;Løst\r\n';
  const start = Date.UTC(2015, 0, 1);
  const span = Date.UTC(2025, 0, 1) - start;
  for (let i = 0; i < rows; i++) {
    const number = 100_001 + i;
    // creation times move forward with the number, on working hours
    const day = Math.floor(((i + r()) / rows) * (span / 86_400_000));
    const created = start + day * 86_400_000 + (7 * 60 + Math.floor(r() * 9 * 60)) * 60_000;
    const age = start + span - created;
    const open = age < 30 * 86_400_000 ? r() < 0.5 : r() < 0.01;
    const status = open ? OPEN_STATUSES[Math.floor(r() * OPEN_STATUSES.length)]! : r() < 0.97 ? 'Lukket' : 'Løst';
    const resolved = open ? null : created + Math.floor(r() ** 3 * 10 * 86_400_000) + 600_000;
    const modified =
      resolved === null ? created + Math.floor(r() * 86_400_000) : resolved + Math.floor(r() * 3 * 86_400_000);
    const [cat, subs] = CATEGORIES[Math.floor(r() * CATEGORIES.length)]!;
    const sub = subs.length && r() < 0.8 ? subs[Math.floor(r() * subs.length)]! : '';
    const member = pick(
      r,
      MEMBERS.map((m) => [m[1], m[2]] as const),
    );
    const person = `Bruker ${Math.floor(r() * 14_000)}`;
    const desc =
      r() < 0.3
        ? `Hei,\r\n${words(10 + Math.floor(r() * 40))}.\r\n"${words(3)}" står det.\r\nMvh ${person}`
        : words(15 + Math.floor(r() * 60));
    const solution = open ? '' : words(5 + Math.floor(r() * 20));
    buf += `${number};${csv(`${words(2)} ${words(3)}`)};${csv(desc)};${csv(solution)};bruker${i % 14_000}@kommune.no;${person};${pick(r, PRIORITIES)};${status};${pick(r, CHANNELS)};${pick(r, TYPES)};${cat};${sub};${member};${noDate(created)};${noDate(modified)};${resolved === null ? '' : noDate(resolved)}\r\n`;
    if (buf.length > 1 << 20) {
      if (!out.write(buf)) await once(out, 'drain');
      buf = '';
    }
  }
  out.end(buf);
  await once(out, 'finish');
  return fs.statSync(file).size;
}

async function prepare(ctx: AppContext): Promise<string> {
  const db = ctx.db;
  const cooperationId = crypto.randomUUID();
  await insertCooperation(db, {
    id: cooperationId,
    slug: 'ror-ikt',
    name: 'ROR-IKT',
    short_name: 'ROR-IKT',
    organisation_form: 'Administrativt vertskommunesamarbeid',
  });
  for (const [code, name] of MEMBERS) {
    if (!code) continue;
    await insertMember(db, {
      id: crypto.randomUUID(),
      cooperation_id: cooperationId,
      code,
      name,
      kind: code === 'molde' ? 'host' : 'partner',
      joined_on: '2014-01-01',
    });
  }
  await ensureServiceDeskDefaults(db, cooperationId);
  const rows: { id: string; cooperation_id: string; parent_id: string | null; name: string }[] = [];
  for (const [name, subs] of CATEGORIES) {
    const id = crypto.randomUUID();
    rows.push({ id, cooperation_id: cooperationId, parent_id: null, name });
    for (const s of subs) rows.push({ id: crypto.randomUUID(), cooperation_id: cooperationId, parent_id: id, name: s });
  }
  await insertCategories(db, rows);
  return cooperationId;
}

async function measure(
  engine: BenchImportRow['engine'],
  ctx: AppContext,
  file: string,
  rows: number,
  opts: BenchImportOptions,
): Promise<BenchImportRow> {
  const cooperationId = await prepare(ctx);
  const actor = {
    userId: null,
    cooperationId,
    name: 'bench',
    memberId: null,
    roles: [{ role: 'admin' as const, memberId: null }],
  };
  let dryRunValidate = 0;
  if (process.env.BENCH_VALIDATE === '1') {
    // the validation rate alone: a dry run's validation pass (its counting pass is not timed)
    let first = 0;
    let last = 0;
    let rowsSeen = 0;
    await importPureservice(ctx.db, actor, {
      file,
      dryRun: true,
      maxIssues: 100,
      onProgress: (p) => {
        if (p.phase !== 'validate') return;
        const now = performance.now();
        if (!first) first = now - p.elapsedMs;
        last = now;
        rowsSeen = p.rows;
      },
    });
    dryRunValidate = last > first ? Math.round(rowsSeen / ((last - first) / 1000)) : 0;
  }
  const start = process.memoryUsage().rss;
  let peak = start;
  const sample = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss);
  }, 50);
  const phases: Record<string, { start: number; end: number; rows: number }> = {};
  const log = opts.log ?? (() => {});
  let lastLog = 0;
  const started = performance.now();
  let report: ImportReport;
  try {
    report = await importPureservice(ctx.db, actor, {
      file,
      batchSize: opts.batchSize,
      maxIssues: 100,
      onProgress: (p) => {
        const now = performance.now();
        const ph = phases[p.phase];
        if (!ph) phases[p.phase] = { start: now - p.elapsedMs, end: now, rows: p.rows };
        else {
          ph.end = now;
          ph.rows = p.rows;
        }
        peak = Math.max(peak, process.memoryUsage().rss);
        if (now - lastLog > 5000) {
          lastLog = now;
          log(`  ${engine} ${p.phase}: ${p.rows.toLocaleString('en')} rows, ${p.rowsPerSecond.toLocaleString('en')}/s`);
        }
      },
    });
  } finally {
    clearInterval(sample);
  }
  const seconds = (performance.now() - started) / 1000;
  if (report.rejected) throw new Error(`The benchmark file was rejected: ${JSON.stringify(report.errors.slice(0, 3))}`);
  const rate = (p?: { start: number; end: number; rows: number }) =>
    p && p.end > p.start ? Math.round(p.rows / ((p.end - p.start) / 1000)) : 0;
  return {
    engine,
    rows,
    fileMB: Math.round(fs.statSync(file).size / 1048576),
    seconds: Math.round(seconds * 10) / 10,
    rowsPerSecond: Math.round(rows / seconds),
    validateRowsPerSecond: rate(phases.validate) || dryRunValidate,
    writeRowsPerSecond: rate(phases.write),
    startRssMB: Math.round(start / 1048576),
    peakRssMB: Math.round(peak / 1048576),
    created: report.created,
    warnings: report.warningCount,
  };
}

/** Generate and import the files; one row of figures per engine. */
export async function benchImport(opts: BenchImportOptions = {}): Promise<BenchImportRow[]> {
  const rows = opts.rows ?? 1_000_000;
  const pgliteRows = opts.pgliteRows ?? 200_000;
  const serverUrl = opts.databaseUrl ?? process.env.BENCH_DATABASE_URL;
  const log = opts.log ?? (() => {});
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'samdrift-bench-import-'));
  const results: BenchImportRow[] = [];
  try {
    if (serverUrl) {
      const file = path.join(dir, `pureservice-${rows}.csv`);
      log(`Generating ${rows.toLocaleString('en')} rows…`);
      await generatePureserviceCsv(file, rows);
      const name = `samdrift_bench_import_${process.pid}`;
      const admin = new pg.Client({ connectionString: serverUrl });
      await admin.connect();
      await admin.query(`drop database if exists ${name} with (force)`);
      await admin.query(`create database ${name}`);
      await admin.end();
      const url = new URL(serverUrl);
      url.pathname = `/${name}`;
      const ctx = await openContext(loadConfig({ ...process.env, DATABASE_URL: url.href, LOG_LEVEL: 'silent' }));
      try {
        results.push(await measure('PostgreSQL', ctx, file, rows, opts));
      } finally {
        await ctx.database.close();
        const c = new pg.Client({ connectionString: serverUrl });
        await c.connect();
        await c.query(`drop database if exists ${name} with (force)`);
        await c.end();
        fs.rmSync(file, { force: true });
      }
    }
    if (pgliteRows > 0) {
      const file = path.join(dir, `pureservice-${pgliteRows}.csv`);
      log(`Generating ${pgliteRows.toLocaleString('en')} rows…`);
      await generatePureserviceCsv(file, pgliteRows);
      const env: NodeJS.ProcessEnv = { ...process.env, LOG_LEVEL: 'silent', SAMDRIFT_DATA: path.join(dir, 'pglite') };
      delete env.DATABASE_URL;
      const ctx = await openContext(loadConfig(env));
      try {
        results.push(await measure('PGlite', ctx, file, pgliteRows, opts));
      } finally {
        await ctx.database.close();
      }
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
  return results;
}

if (import.meta.url === `file://${process.argv[1]}` || process.argv[1]?.endsWith('bench/import.ts')) {
  const rows = process.argv[2] ? Number(process.argv[2]) : undefined;
  const pgliteRows = process.argv[3] ? Number(process.argv[3]) : undefined;
  console.log(
    `Machine: ${os.cpus().length} cores (${os.cpus()[0]?.model.trim()}), ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}`,
  );
  if (!process.env.BENCH_DATABASE_URL) console.log('BENCH_DATABASE_URL is not set: PostgreSQL is skipped.');
  const result = await benchImport({ rows, pgliteRows, log: (l) => console.error(l) });
  console.log('\nPureservice CSV import (validated and written in one pass, one transaction)');
  console.table(result);
}
