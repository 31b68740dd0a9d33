// `samdrift report …` over the database, as an administrator of one cooperation:
//   report activity --month YYYY-MM --out <file.pdf|file.html>   the economy and activity report
//   report annual --year YYYY --out <file.pdf|file.html>          the annual report
// The latest version of the period is written (as approved, or built from today's data while it is
// being written); without one, an unsaved draft built from the data.

import fs from 'node:fs/promises';
import path from 'node:path';
import type { Command } from 'commander';
import { bad } from '../../app/cli-output.ts';
import type { WithActor } from '../economy/economy.cli.ts';
import { renderPeriod } from './reports.service.ts';
import type { ReportKind } from './tables.ts';

function formatOf(out: string): 'pdf' | 'html' {
  const ext = path.extname(out).toLowerCase();
  if (ext === '.pdf') return 'pdf';
  if (ext === '.html' || ext === '.htm') return 'html';
  throw bad(`--out must name a .pdf or .html file (got "${out}").`);
}

async function write(withActor: WithActor, kind: ReportKind, period: string, o: { out: string; cooperation?: string }) {
  const format = formatOf(o.out);
  await withActor(o.cooperation, async (ctx, actor) => {
    const started = performance.now();
    const r = await renderPeriod(ctx.db, actor, kind, period, format, ctx.now());
    await fs.writeFile(o.out, r.bytes);
    const what = r.version === null ? 'unsaved draft' : `version ${r.version} (${r.status})`;
    console.log(
      `Wrote ${o.out}: ${kind} report ${period}, ${what}, ${r.bytes.length.toLocaleString('nb-NO')} bytes in ${Math.round(performance.now() - started)} ms`,
    );
  });
}

export function registerReportCommands(cmd: Command, withActor: WithActor) {
  cmd
    .command('activity')
    .description('the economy and activity report of a month, as PDF or HTML')
    .requiredOption('--month <YYYY-MM>', 'the month reported on (2024-10 is the report "pr. 1.11.2024")')
    .requiredOption('--out <file>', 'where to write it: a .pdf or .html file')
    .option('--cooperation <slug>', 'the cooperation (default: the only one)')
    .action(async (o: { month: string; out: string; cooperation?: string }) => {
      if (!/^\d{4}-(0[1-9]|1[0-2])$/.test(o.month))
        throw bad(`--month must be a month such as 2024-10 (got "${o.month}").`);
      await write(withActor, 'activity', o.month, o);
    });
  cmd
    .command('annual')
    .description('the annual report of a year, as PDF or HTML')
    .requiredOption('--year <YYYY>', 'the year')
    .requiredOption('--out <file>', 'where to write it: a .pdf or .html file')
    .option('--cooperation <slug>', 'the cooperation (default: the only one)')
    .action(async (o: { year: string; out: string; cooperation?: string }) => {
      if (!/^\d{4}$/.test(o.year)) throw bad(`--year must be a year such as 2024 (got "${o.year}").`);
      await write(withActor, 'annual', o.year, o);
    });
}
