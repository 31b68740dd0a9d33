// `samdrift devices …` over the database, as an administrator of one cooperation:
//   devices rotation [--month YYYY-MM] [--kind pc|tablet|phone] [--json]   the council's rotation table
//   devices forecast [--start YYYY-MM] [--months 12–36] [--by month|quarter] [--unit-price kr] [--json]
//   devices import <file> [--format intune|csv] [--mapping file.json] [--member code] [--category key]
//                         [--dry-run] [--json]                              exit code 1 when rejected
//   devices non-compliant [--rule <name|id>] [--json]                       devices failing a compliance rule

import fs from 'node:fs/promises';
import path from 'node:path';
import type { Command } from 'commander';
import { bad, print } from '../../app/cli-output.ts';
import { formatOre, parseKroner } from '../../shared/money.ts';
import { progressBar } from '../../shared/progress.ts';
import type { WithActor } from '../economy/economy.cli.ts';
import { fleetLookups } from './fleet.service.ts';
import { type ColumnMapping, DEVICE_FIELDS } from './fleet-import.ts';
import { importFleet } from './import.service.ts';
import { listRules, nonCompliant } from './rules.service.ts';
import { replacementForecast, rotation } from './tables.service.ts';
import { DEVICE_KINDS, type DeviceKind } from './tables.ts';

const kindOf = (k: string | undefined): DeviceKind | undefined => {
  if (k === undefined) return undefined;
  if (!(DEVICE_KINDS as readonly string[]).includes(k)) throw bad(`--kind must be one of ${DEVICE_KINDS.join(', ')}.`);
  return k as DeviceKind;
};

/** Columns of a plain-text table: the first left-aligned, the rest right-aligned. */
function columns(rows: (string | number)[][]): string[] {
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => String(r[i]).length)));
  return rows.map((r) =>
    r.map((c, i) => (i < 2 ? String(c).padEnd(widths[i]!) : String(c).padStart(widths[i]!))).join('  '),
  );
}

export function registerDevicesCommands(cmd: Command, withActor: WithActor) {
  cmd
    .command('rotation')
    .description('the monthly rotation table per member and category (devices seen in the month)')
    .option('--month <YYYY-MM>', 'the month (default: this month)')
    .option('--kind <kind>', 'pc (default), tablet or phone')
    .option('--cooperation <slug>', 'the cooperation (default: the only one)')
    .option('--json', 'print JSON')
    .action(async (o: { month?: string; kind?: string; cooperation?: string; json?: boolean }) => {
      if (o.month !== undefined && !/^\d{4}-(0[1-9]|1[0-2])$/.test(o.month))
        throw bad(`--month must be a month such as 2024-10 (got "${o.month}").`);
      const kind = kindOf(o.kind);
      await withActor(o.cooperation, async (ctx, actor) => {
        const t = await rotation(
          ctx.db,
          actor,
          { ...(o.month && { month: o.month }), ...(kind && { kind }) },
          ctx.now(),
        );
        print(o.json, t, () => {
          const sum = new Map(t.memberSums.map((s) => [s.memberId, s.toOrder]));
          const shown = new Set<string>();
          return [
            `Rotation ${t.month} (${t.kind}): devices seen from ${t.seenSince}`,
            ...columns([
              [
                'Member',
                'Category',
                `Expired <${t.year}`,
                `Expiring ${t.year}`,
                'In stock',
                'Ordered',
                'To order',
                'Sum',
                'Stale',
                'No date',
              ],
              ...t.rows.map((r) => {
                const first = !shown.has(r.memberId);
                shown.add(r.memberId);
                return [
                  first ? r.memberName : '',
                  r.categoryName,
                  r.expired,
                  r.expiring,
                  r.inStock,
                  r.ordered,
                  r.toOrder,
                  first ? (sum.get(r.memberId) ?? 0) : '',
                  r.stale,
                  r.unknownExpiry,
                ];
              }),
              [
                'Sum',
                '',
                t.totals.expired,
                t.totals.expiring,
                t.totals.inStock,
                t.totals.ordered,
                t.totals.toOrder,
                t.totals.toOrder,
                t.totals.stale,
                t.totals.unknownExpiry,
              ],
            ]),
          ];
        });
      });
    });

  cmd
    .command('forecast')
    .description('what expires in the coming months, what stock and orders cover, and the cost of the rest')
    .option('--start <YYYY-MM>', 'first month (default: next month)')
    .option('--months <n>', '12–36 (default 24)')
    .option('--by <period>', 'quarter (default) or month')
    .option('--kind <kind>', 'pc (default), tablet or phone')
    .option('--unit-price <kroner>', 'one price per device for every category (default: each category’s)')
    .option('--cooperation <slug>', 'the cooperation (default: the only one)')
    .option('--json', 'print JSON')
    .action(
      async (o: {
        start?: string;
        months?: string;
        by?: string;
        kind?: string;
        unitPrice?: string;
        cooperation?: string;
        json?: boolean;
      }) => {
        const months = o.months === undefined ? undefined : Number(o.months);
        if (months !== undefined && (!Number.isInteger(months) || months < 12 || months > 36))
          throw bad(`--months must be 12 to 36 (got "${o.months}").`);
        if (o.by !== undefined && o.by !== 'month' && o.by !== 'quarter') throw bad('--by must be month or quarter.');
        const kind = kindOf(o.kind);
        await withActor(o.cooperation, async (ctx, actor) => {
          const f = await replacementForecast(
            ctx.db,
            actor,
            {
              ...(o.start && { start: o.start }),
              ...(months && { months }),
              ...(o.by && { granularity: o.by as 'month' | 'quarter' }),
              ...(kind && { kind }),
              ...(o.unitPrice !== undefined && { unitPriceOre: parseKroner(o.unitPrice) }),
            },
            ctx.now(),
          );
          print(o.json, f, () => [
            `Forecast from ${f.start}, ${f.months} months (${f.kind}); overdue now: ${f.overdue}`,
            ...columns([
              [
                'Member',
                'Category',
                'Overdue',
                'Stock',
                'Ordered',
                ...f.periods.map((p) => p.label),
                'To buy',
                'Cost (kr)',
              ],
              ...f.rows.map((r) => [
                r.memberName,
                r.categoryName,
                r.overdue,
                r.inStock,
                r.ordered,
                ...r.periods.map((p) => p.toBuy),
                r.totalToBuy,
                formatOre(r.totalCostOre),
              ]),
              ['Sum', '', f.overdue, '', '', ...f.totals.map((p) => p.toBuy), f.totalToBuy, formatOre(f.totalCostOre)],
            ]),
          ]);
        });
      },
    );

  cmd
    .command('import <file>')
    .description(
      'import a fleet export (Intune’s device export, or a CSV with a column mapping); idempotent by serial number',
    )
    .option('--format <format>', 'intune (default) or csv')
    .option('--mapping <file>', 'JSON: { "serial": "<header>", "member": "<header>", … } for a generic CSV')
    .option('--member <code>', 'the member of rows that name none (and whose user’s domain is no member’s)')
    .option('--category <key>', 'the category of rows that name none')
    .option('--dry-run', 'check and count only; write nothing')
    .option('--cooperation <slug>', 'the cooperation (default: the only one)')
    .option('--json', 'print the report as JSON')
    .action(
      async (
        file: string,
        o: {
          format?: string;
          mapping?: string;
          member?: string;
          category?: string;
          dryRun?: boolean;
          cooperation?: string;
          json?: boolean;
        },
      ) => {
        const format = o.format ?? 'intune';
        if (format !== 'intune' && format !== 'csv') throw bad('--format must be intune or csv.');
        let mapping: ColumnMapping | undefined;
        if (o.mapping) {
          const parsed = JSON.parse(await fs.readFile(o.mapping, 'utf8')) as Record<string, unknown>;
          for (const k of Object.keys(parsed))
            if (!(DEVICE_FIELDS as readonly string[]).includes(k) || typeof parsed[k] !== 'string')
              throw bad(`The mapping's "${k}" is not a field (${DEVICE_FIELDS.join(', ')}) with a column header.`);
          mapping = parsed as ColumnMapping;
        }
        const bytes = await fs.readFile(file).catch(() => {
          throw bad(`Cannot read ${file}.`);
        });
        await withActor(o.cooperation, async (ctx, actor) => {
          const l = await fleetLookups(ctx.db, actor.cooperationId);
          const member = o.member ? l.members.find((m) => m.code === o.member) : undefined;
          if (o.member && !member)
            throw bad(`No member ${o.member}. Members: ${l.members.map((m) => m.code).join(', ')}.`);
          const category = o.category ? l.categories.find((c) => c.key === o.category) : undefined;
          if (o.category && !category)
            throw bad(`No category ${o.category}. Categories: ${l.categories.map((c) => c.key).join(', ')}.`);
          const bar = progressBar('import');
          const report = await importFleet(
            ctx.db,
            actor,
            {
              fileName: path.basename(file),
              bytes,
              format,
              ...(mapping && { mapping }),
              defaultMemberId: member?.id ?? null,
              defaultCategoryId: category?.id ?? null,
              dryRun: o.dryRun ?? false,
            },
            ctx.now(),
            (p) =>
              bar.update(
                p.phase === 'reading' ? `${p.done} rows checked` : `${p.done} of ${p.total ?? '?'} devices written`,
              ),
          );
          bar.done();
          print(o.json, report, () =>
            report.rejected
              ? [
                  `${report.fileName}: rejected, nothing was written (${report.errors.length} problems):`,
                  ...report.errors.map(
                    (e) =>
                      `  ${e.line === null ? 'file' : `line ${e.line}`}${e.field ? ` (${e.field})` : ''}: ${e.message}`,
                  ),
                ]
              : [
                  `${report.fileName}: ${report.rows} rows${report.dryRun ? ' (dry run: nothing written)' : ''} in ${report.durationMs} ms`,
                  `  ${report.created} new, ${report.updated} changed, ${report.unchanged} unchanged`,
                  ...(report.purchaseFromEnrollment
                    ? [`  ${report.purchaseFromEnrollment} new devices have their enrollment date as purchase date`]
                    : []),
                  ...(report.withoutPurchaseDate
                    ? [`  ${report.withoutPurchaseDate} new devices have no purchase date (no expiry)`]
                    : []),
                ],
          );
          if (report.rejected) process.exitCode = 1;
        });
      },
    );

  cmd
    .command('non-compliant')
    .description('the devices that fail a compliance rule, per member and department')
    .option('--rule <name|id>', 'the rule (default: the only one)')
    .option('--cooperation <slug>', 'the cooperation (default: the only one)')
    .option('--json', 'print JSON')
    .action(async (o: { rule?: string; cooperation?: string; json?: boolean }) => {
      await withActor(o.cooperation, async (ctx, actor) => {
        const { items } = await listRules(ctx.db, actor, ctx.now());
        const rule = o.rule
          ? items.find((r) => r.id === o.rule || r.name === o.rule)
          : items.length === 1
            ? items[0]
            : undefined;
        if (!rule)
          throw bad(`Name a rule with --rule: ${items.map((r) => `"${r.name}"`).join(', ') || 'there are none'}.`);
        const v = await nonCompliant(ctx.db, actor, rule.id, {}, ctx.now());
        print(o.json, v, () => [
          `${v.rule.name}: ${v.nonCompliant} of ${v.covered} devices fail`,
          ...v.departments.map(
            (d) => `  ${d.memberName}, ${d.department || '(no department)'}: ${d.count} of ${d.covered}`,
          ),
        ]);
      });
    });
}
