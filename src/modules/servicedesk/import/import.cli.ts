// `samdrift servicedesk import pureservice <file>`: the CLI over importPureservice. It acts as an
// administrator of one cooperation (--cooperation, or the only one there is), shows a progress bar on
// stderr and prints the report (as JSON with --json). The exit code is 1 when the file is rejected.
import fs from 'node:fs';
import { type Command, InvalidArgumentError, Option } from 'commander';
import type { Actor } from '../../../app/auth/roles.ts';
import type { AppContext } from '../../../app/context.ts';
import { AppError } from '../../../app/errors.ts';
import { progressBar } from '../../../shared/progress.ts';
import { findCooperationBySlug, listCooperations } from '../../members/members.repository.ts';
import { describeDelimiter } from './csv-reader.ts';
import { type ImportProgress, type ImportReport, importPureservice } from './import.service.ts';
import { DEFAULT_MAPPING } from './mapping.ts';
import { ENCODINGS, type Encoding } from './text-source.ts';

/** The CLI's actor: an administrator of the cooperation named, or of the only one there is. */
export async function importActor(ctx: AppContext, slug: string | undefined): Promise<Actor> {
  let coop: { id: string; slug: string } | undefined;
  if (slug) {
    coop = await findCooperationBySlug(ctx.db, slug);
    if (!coop)
      throw new AppError(
        'not_found',
        `No cooperation with the slug ${slug}. List them with \`samdrift cooperation list\`.`,
      );
  } else {
    const all = await listCooperations(ctx.db);
    if (all.length === 0) throw new AppError('not_found', 'There is no cooperation yet to import into.');
    if (all.length > 1)
      throw new AppError(
        'bad_request',
        `There are ${all.length} cooperations (${all.map((c) => c.slug).join(', ')}): choose one with --cooperation <slug>.`,
      );
    coop = all[0]!;
  }
  return {
    userId: null,
    cooperationId: coop.id,
    name: 'CLI',
    memberId: null,
    roles: [{ role: 'admin', memberId: null }],
  };
}

const nf = new Intl.NumberFormat('en');
const fmt = (n: number) => nf.format(n);

function describeProgress(p: ImportProgress): string {
  const verb = p.phase === 'scan' ? 'reading linked data' : p.phase === 'validate' ? 'checking' : 'importing';
  const pct = p.totalBytes > 0 ? ` · ${Math.min(100, Math.floor((p.bytes * 100) / p.totalBytes))} %` : '';
  return `${verb}: ${fmt(p.rows)} tickets${pct} · ${fmt(p.rowsPerSecond)} tickets/s`;
}

const where = (i: { line: number | null; record: number | null; id: string | null }, format: string | null) =>
  [
    i.line !== null ? `line ${i.line}` : null,
    format === 'json' && i.record !== null ? `ticket ${i.record}` : null,
    i.id !== null && format === 'json' ? `id ${i.id}` : null,
  ]
    .filter(Boolean)
    .join(', ');

/** The report for people: a summary, then the first errors and warnings. */
export function reportLines(r: ImportReport, shown = 20): string[] {
  const lines: string[] = [];
  const what = [
    r.format?.toUpperCase(),
    r.encoding ? `${r.encoding}${r.bom ? ' with BOM' : ''}` : null,
    r.delimiter ? `${describeDelimiter(r.delimiter)}-separated` : null,
    r.gzip ? 'gzip' : null,
  ]
    .filter(Boolean)
    .join(', ');
  lines.push(`Pureservice import of ${r.file}${what ? ` (${what})` : ''}: ${fmt(r.rows)} tickets read.`);
  if (r.rejected) {
    lines.push(`Rejected: nothing was imported. ${fmt(r.errorCount)} error${r.errorCount === 1 ? '' : 's'}:`);
  } else {
    const verb = r.dryRun ? 'Dry run, nothing written: would create' : 'Created';
    lines.push(
      `${verb} ${fmt(r.created)}, ${r.dryRun ? 'update' : 'updated'} ${fmt(r.updated)}, ${r.dryRun ? 'leave' : 'left'} ${fmt(r.unchanged)} unchanged${r.duplicates ? `; ${fmt(r.duplicates)} duplicate rows skipped` : ''}${r.renumbered ? `; ${fmt(r.renumbered)} renumbered` : ''}.`,
    );
  }
  const list = (items: ImportReport['errors'], total: number, title: string) => {
    if (!total) return;
    if (!r.rejected || title !== 'Errors') lines.push(`${title} (${fmt(total)}):`);
    for (const i of items.slice(0, shown)) {
      const at = where(i, r.format);
      lines.push(`  ${at ? `${at}: ` : ''}${i.field ? `${i.field}: ` : ''}${i.message}`);
    }
    if (total > Math.min(shown, items.length))
      lines.push(`  … and ${fmt(total - Math.min(shown, items.length))} more (--json lists up to ${items.length}).`);
  };
  list(r.errors, r.errorCount, 'Errors');
  if (r.warningCount) {
    const byCode = Object.entries(r.warningsByCode)
      .sort((a, b) => b[1] - a[1])
      .map(([c, n]) => `${c} ${fmt(n)}`)
      .join(', ');
    lines.push(`Warnings by kind: ${byCode}.`);
  }
  list(r.warnings, r.warningCount, 'Warnings');
  for (const [kind, values] of Object.entries(r.unmapped)) {
    if (!values?.length) continue;
    const top = values
      .slice(0, 10)
      .map((v) => `"${v.value}" (${fmt(v.count)})`)
      .join(', ');
    lines.push(`Not found (${kind}): ${top}${values.length > 10 ? `, … ${values.length - 10} more` : ''}.`);
  }
  if (r.columns?.ignored.length) lines.push(`Columns not used: ${r.columns.ignored.join(', ')}.`);
  return lines;
}

function readMapping(file: string): unknown {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (err) {
    throw new AppError('bad_request', `Cannot read the mapping file ${file} (${(err as NodeJS.ErrnoException).code}).`);
  }
  try {
    return JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (err) {
    throw new AppError('bad_request', `The mapping file ${file} is not valid JSON: ${(err as Error).message}.`);
  }
}

function subcommand(parent: Command, name: string, description: string): Command {
  return parent.commands.find((c) => c.name() === name) ?? parent.command(name).description(description);
}

/**
 * Add `servicedesk import pureservice <file>` (and `servicedesk import pureservice-mapping`, which
 * prints the default mapping to start a mapping file from). `open` gives a context the command closes.
 */
export function registerImportCommands(program: Command, open: () => Promise<AppContext>): void {
  const servicedesk = subcommand(program, 'servicedesk', 'service desk');
  const imp = subcommand(servicedesk, 'import', 'import tickets from another service desk');

  imp
    .command('pureservice')
    .argument('<file>', 'a Pureservice export: CSV (Norwegian labels or API names) or JSON (API pages, NDJSON)')
    .description('import tickets from a Pureservice export; re-importing updates, never duplicates')
    .option('--dry-run', 'check the file and count what would be created, updated and unchanged; write nothing')
    .option('--mapping <file>', 'a JSON mapping of Pureservice values to ours (see pureservice-mapping)')
    .option('--cooperation <slug>', 'the cooperation (default: the only one)')
    .addOption(new Option('--format <format>', 'the file format (default: from the file)').choices(['csv', 'json']))
    .addOption(new Option('--encoding <encoding>', 'the text encoding (default: detected)').choices([...ENCODINGS]))
    .option('--max-rows <n>', 'refuse files with more tickets than this (default 2,000,000)', (v) => {
      const n = Number(v);
      if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError('a whole number of tickets, at least 1');
      return n;
    })
    .option('--json', 'print the report as JSON')
    .action(
      async (
        file: string,
        opts: {
          dryRun?: boolean;
          mapping?: string;
          cooperation?: string;
          format?: 'csv' | 'json';
          encoding?: Encoding;
          maxRows?: number;
          json?: boolean;
        },
      ) => {
        const mapping = opts.mapping ? readMapping(opts.mapping) : undefined;
        const ctx = await open();
        try {
          const actor = await importActor(ctx, opts.cooperation);
          const bar = opts.json && !process.stderr.isTTY ? undefined : progressBar('Pureservice import');
          let report: ImportReport;
          try {
            report = await importPureservice(ctx.db, actor, {
              file,
              format: opts.format,
              encoding: opts.encoding,
              mapping,
              dryRun: !!opts.dryRun,
              maxRows: opts.maxRows,
              now: ctx.now(),
              onProgress: (p) => bar?.update(describeProgress(p)),
            });
          } finally {
            bar?.done();
          }
          if (opts.json) console.log(JSON.stringify(report, null, 2));
          else for (const line of reportLines(report)) console.log(line);
          if (report.rejected) process.exitCode = 1;
        } finally {
          await ctx.database.close();
        }
      },
    );

  imp
    .command('pureservice-mapping')
    .description('print the built-in mapping (ROR-IKT defaults) as a mapping file to start from')
    .action(() => {
      const { coreStatus, fromFile: _file, coreStatusFromFile: _core, ...rest } = DEFAULT_MAPPING;
      const out = {
        $comment:
          'Keys are Pureservice names or ids (case does not matter). Entries here are added to the defaults; set "useDefaults": false to start from empty tables.',
        ...rest,
        coreStatus: coreStatus.map((r) => ({
          min: r.min === Number.MIN_SAFE_INTEGER ? null : r.min,
          max: r.max,
          status: r.status,
        })),
      };
      console.log(JSON.stringify(out, null, 2));
    });
}
