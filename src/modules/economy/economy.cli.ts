// `samdrift economy …` over the database, as an administrator of one cooperation:
//   economy payments --year 2025 [--unit 1|1000] [--csv <file> | --xlsx <file>] [--json]
//   economy operating --year 2024 [--through <month>] [--unit 1|1000] [--json]
//   economy investments --year 2025 [--unit 1|1000] [--json]
//   economy keys --year 2025 [--json]
//   economy actuals import <file> --year 2024 [--json]   (exit code 1 when the file is rejected)
//   economy drivers import <file> --year 2025 [--json]   (likewise)

import fs from 'node:fs';
import path from 'node:path';
import type { Command } from 'commander';
import type { Actor } from '../../app/auth/roles.ts';
import { bad, print } from '../../app/cli-output.ts';
import type { AppContext } from '../../app/context.ts';
import { formatOre } from '../../shared/money.ts';
import * as economy from './economy.service.ts';
import { paymentsExportTable } from './payments-export.ts';
import type { Unit } from './reports.ts';
import { tableToCsv, tableToXlsx } from './table-export.ts';

export type WithActor = <T>(
  cooperation: string | undefined,
  fn: (ctx: AppContext, actor: Actor) => Promise<T>,
) => Promise<T>;

const nb = new Intl.NumberFormat('nb-NO');
const n = (v: number) => nb.format(v);

function year(text: string | undefined): number {
  const y = Number(text);
  if (!text || !Number.isInteger(y) || y < 2000 || y > 2100)
    throw bad(`--year must be a year such as 2025 (got "${text ?? ''}").`);
  return y;
}
function unit(text: string | undefined): Unit {
  if (text === undefined || text === '1000') return 1000;
  if (text === '1') return 1;
  throw bad(`--unit must be 1 (kroner) or 1000 (thousands), not "${text}".`);
}
const unitLabel = (u: Unit) => (u === 1000 ? 'tall i hele 1000' : 'kr');

export function registerEconomyCommands(economyCmd: Command, withActor: WithActor) {
  const common = (c: Command) =>
    c
      .option('--year <YYYY>', 'the budget year (required)')
      .option('--cooperation <slug>', 'the cooperation (default: the only one)')
      .option('--json', 'print JSON');

  common(economyCmd.command('payments').description('what each member pays, beside last year'))
    .option('--unit <1|1000>', 'kroner (1) or thousands (1000, default)')
    .option('--csv <file>', 'also write the table as CSV for the finance departments')
    .option('--xlsx <file>', 'also write the table as an Excel workbook')
    .action(
      async (o: {
        year?: string;
        unit?: string;
        cooperation?: string;
        json?: boolean;
        csv?: string;
        xlsx?: string;
      }) => {
        const y = year(o.year);
        const u = unit(o.unit);
        await withActor(o.cooperation, async (ctx, actor) => {
          const p = await economy.getPayments(ctx.db, actor, y, u);
          if (o.csv) fs.writeFileSync(path.resolve(o.csv), tableToCsv(paymentsExportTable(p)));
          if (o.xlsx) fs.writeFileSync(path.resolve(o.xlsx), await tableToXlsx(paymentsExportTable(p)));
          print(o.json, p, () => [
            `Hva hver kommune betaler ${y} (${unitLabel(u)})`,
            ...p.rows.map(
              (r) =>
                `${r.name.padEnd(28)} ${r.sharePercent.replace('.', ',').padStart(7)} %  drift ${n(r.operating).padStart(9)}  investering ${n(r.investmentNet).padStart(7)}  overført ${n(-r.carryOver).padStart(7)}  = ${n(r.total).padStart(9)}`,
            ),
            `${'Sum'.padEnd(28)} 100,000 %  drift ${n(p.sum.operating).padStart(9)}  investering ${n(p.sum.investmentNet).padStart(7)}  overført ${n(-p.sum.carryOver).padStart(7)}  = ${n(p.sum.total).padStart(9)}`,
          ]);
        });
      },
    );

  common(economyCmd.command('operating').description('operating costs: actuals, budget, deviation and forecast'))
    .option('--through <month>', 'actuals up to this month (1–12; default: the last imported)')
    .option('--unit <1|1000>', 'kroner (1) or thousands (1000, default)')
    .action(async (o: { year?: string; unit?: string; through?: string; cooperation?: string; json?: boolean }) => {
      const y = year(o.year);
      const u = unit(o.unit);
      const through = o.through === undefined ? undefined : Number(o.through);
      if (through !== undefined && !(Number.isInteger(through) && through >= 1 && through <= 12))
        throw bad(`--through must be a month 1–12 (got "${o.through}").`);
      await withActor(o.cooperation, async (ctx, actor) => {
        const t = await economy.getOperating(ctx.db, actor, y, { unit: u, throughPeriod: through });
        const row = (label: string, r: { actual: number; budget: number; deviation: number; forecast: number }) =>
          `${label.padEnd(32)} ${n(r.actual).padStart(9)} ${n(r.budget).padStart(9)} ${n(r.deviation).padStart(9)} ${n(r.forecast).padStart(9)}`;
        print(o.json, t, () => [
          `Driftskostnader ${y}${t.throughPeriod ? `, regnskap t.o.m. periode ${t.throughPeriod}` : ''} (${unitLabel(u)})`,
          `${'Type utgift'.padEnd(32)} ${'Regnskap'.padStart(9)} ${'Budsjett'.padStart(9)} ${'Avvik'.padStart(9)} ${'Prognose'.padStart(9)}`,
          ...t.rows.map((r) => row(r.label, r)),
          row('SUM', t.sum),
        ]);
      });
    });

  common(
    economyCmd.command('investments').description('investment projects, the frame with VAT compensation, the plan'),
  )
    .option('--unit <1|1000>', 'kroner (1) or thousands (1000, default)')
    .action(async (o: { year?: string; unit?: string; cooperation?: string; json?: boolean }) => {
      const y = year(o.year);
      const u = unit(o.unit);
      await withActor(o.cooperation, async (ctx, actor) => {
        const t = await economy.getInvestments(ctx.db, actor, y, u);
        print(o.json, t, () => [
          `Investeringer ${y} (${unitLabel(u)})`,
          ...t.rows.map(
            (r) =>
              `${r.name.padEnd(36)} ${n(r.actual).padStart(8)} ${n(r.budget).padStart(8)} ${n(r.deviation).padStart(8)} ${n(r.forecast).padStart(8)}`,
          ),
          `${'SUM'.padEnd(36)} ${n(t.sum.actual).padStart(8)} ${n(t.sum.budget).padStart(8)} ${n(t.sum.deviation).padStart(8)} ${n(t.sum.forecast).padStart(8)}`,
          ...t.plan.map(
            (p) =>
              `Plan ${p.year}: ramme ${n(p.frame)}, momskompensasjon ${n(p.vatCompensation)}, kommunene ${n(p.net)}`,
          ),
        ]);
      });
    });

  common(economyCmd.command('keys').description("the year's allocation keys with exact shares")).action(
    async (o: { year?: string; cooperation?: string; json?: boolean }) => {
      const y = year(o.year);
      await withActor(o.cooperation, async (ctx, actor) => {
        const k = await economy.getKeys(ctx.db, actor, y);
        print(o.json, k, () =>
          (['operating', 'investment'] as const).flatMap((p) => {
            const key = k[p];
            if (!key) return [`${p}: ingen nøkkel for ${y}`];
            return [
              `${p === 'operating' ? 'Driftsnøkkel' : 'Investeringsnøkkel'} ${y} (${key.kind}${key.decision ? `, ${key.decision}` : ''})`,
              ...key.shares.map(
                (s) => `  ${s.name.padEnd(28)} ${s.percent.replace('.', ',').padStart(7)} %   (${s.exact})`,
              ),
            ];
          }),
        );
      });
    },
  );

  /** `<group> import <file> --year`: an all-or-nothing import; exit code 1 when the file is rejected. */
  const importCommand = <
    R extends { fileName: string; rejected: boolean; errors: { line: number | null; message: string }[] },
  >(
    group: Command,
    description: string,
    yearHelp: string,
    run: (ctx: AppContext, actor: Actor, year: number, file: { bytes: Buffer; fileName: string }) => Promise<R>,
    rejectedAdvice: string,
    imported: (report: R, year: number) => string,
  ) =>
    group
      .command('import <file>')
      .description(description)
      .option('--year <YYYY>', yearHelp)
      .option('--cooperation <slug>', 'the cooperation (default: the only one)')
      .option('--json', 'print the report as JSON')
      .action(async (file: string, o: { year?: string; cooperation?: string; json?: boolean }) => {
        const y = year(o.year);
        const full = path.resolve(file);
        if (!fs.existsSync(full)) throw bad(`No file at ${full}.`);
        await withActor(o.cooperation, async (ctx, actor) => {
          const report = await run(ctx, actor, y, { bytes: fs.readFileSync(full), fileName: path.basename(full) });
          print(o.json, report, () =>
            report.rejected
              ? [
                  `${report.fileName}: ${report.errors.length} feil — ingenting er importert.${rejectedAdvice}`,
                  ...report.errors.map((e) => `  ${e.line === null ? 'fil' : `linje ${e.line}`}: ${e.message}`),
                ]
              : [imported(report, y)],
          );
          if (report.rejected) process.exitCode = 1;
        });
      });

  importCommand(
    economyCmd.command('drivers').description('the drivers of cost sharing per member'),
    'import driver values from CSV (a member column, then one column per driver); all or nothing',
    'the year the values belong to (required)',
    (ctx, actor, y, file) => economy.importDrivers(ctx.db, actor, y, file, new Date()),
    '',
    (r, y) => `${r.fileName}: ${r.rows} verdier for ${y} (${r.drivers.join(', ')}) — importert.`,
  );
  importCommand(
    economyCmd.command('actuals').description('actuals from the accounting system'),
    'import an accounting export (CSV: account, period, amount); nothing is written if any row is wrong',
    'the year the periods belong to (required)',
    (ctx, actor, y, file) => economy.importActuals(ctx.db, actor, y, file, new Date()),
    ' Rett filen eller kontoplanen og prøv igjen.',
    (r, y) =>
      `${r.fileName}: ${r.rows} rader for ${y}, periode ${r.periods.join(', ')}, sum ${formatOre(r.totalOre)} kr — importert.`,
  );
}
