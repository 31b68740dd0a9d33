// `samdrift economy allocate`: split an amount between members by a key, for what-if and for checking
// a table (no database).
//   economy allocate --total 60506000 --shares "Molde=55,0,Vestnes=15,3,Rauma=17,3,Aukra=12,4" --json
//   economy allocate --total 88439 --unit 1000 --equal 30 --population "Aukra=3600,Molde=32000,…"
//     [--driver "pcs:20:Aukra=400,Molde=3000,…"] [--json]
// The total is in the display unit (kroner, or thousands with --unit 1000); the amounts printed are in
// the same unit, rounded by largest remainder so they add up to the total; JSON also gives exact øre.
// With --driver, population's weight is what is left after the equal part and the other drivers.

import type { Command } from 'commander';
import { bad } from '../../app/cli-output.ts';
import { type MoneyError, parseKroner } from '../../shared/money.ts';
import {
  AllocationError,
  allocate,
  computeShares,
  displayParts,
  displayPercentages,
  type KeySpec,
  parseWeight,
} from './allocation.ts';
import { ONE, type Rational, sub, sum, toExact } from './rational.ts';

/** "A=1,B=2" (also with ; between pairs, and decimal commas inside values when ; is used). */
export function parsePairs(text: string, what: string): [string, string][] {
  const parts = splitPairs(text);
  if (parts.length === 0) throw bad(`${what} is empty; write Name=value,Name=value.`);
  const seen = new Set<string>();
  return parts.map((p) => {
    const i = p.lastIndexOf('=');
    const name = p.slice(0, i).trim();
    const value = p.slice(i + 1).trim();
    if (i <= 0 || !name || !value) throw bad(`${what}: "${p}" is not Name=value.`);
    if (seen.has(name)) throw bad(`${what}: ${name} is named twice.`);
    seen.add(name);
    return [name, value];
  });
}

/**
 * Split "Molde=55,0,Vestnes=15,3" on the commas that start a new pair (a comma followed by a name and
 * "="; a comma between digits is a decimal comma), or on semicolons when there are any.
 */
const splitPairs = (text: string): string[] =>
  text
    .split(text.includes(';') ? ';' : /,(?=\s*[^=,]*[^\d\s=,][^=,]*=)/)
    .map((s) => s.trim())
    .filter(Boolean);

function count(value: string, what: string, name: string): number {
  const n = Number(value.replace(/\s/g, '').replace(',', '.'));
  if (!Number.isFinite(n) || n < 0)
    throw bad(`${what}: the value of ${name} ("${value}") must be a number, zero or more.`);
  return n;
}

export interface AllocateOptions {
  total?: string;
  unit?: string;
  shares?: string;
  equal?: string;
  population?: string;
  driver?: string[];
  normalize?: boolean;
}

export interface AllocateResult {
  total: { amount: number; unit: 1 | 1000; ore: number };
  key: KeySpec;
  members: { name: string; sharePercent: string; shareExact: string; amount: number; ore: number }[];
}

/** The allocate command's work, without printing: parse, build the key, split, round for display. */
export function runAllocate(opts: AllocateOptions): AllocateResult {
  if (!opts.total) throw bad('--total is required (an amount, in kroner or with --unit 1000 in thousands).');
  const unit = opts.unit === undefined ? 1 : Number(opts.unit);
  if (unit !== 1 && unit !== 1000) throw bad(`--unit must be 1 (kroner) or 1000 (thousands), not "${opts.unit}".`);
  let totalOre: number;
  try {
    totalOre = parseKroner(opts.total) * unit;
  } catch (e) {
    throw bad(`--total: ${(e as MoneyError).message}`);
  }
  if (!Number.isSafeInteger(totalOre)) throw bad('--total is too large.');
  let key: KeySpec;
  if (opts.shares) {
    if (opts.equal || opts.population || opts.driver?.length)
      throw bad('Give either --shares, or --equal with --population/--driver, not both.');
    key = {
      kind: 'fixed',
      percentages: Object.fromEntries(parsePairs(opts.shares, '--shares')),
      normalize: !!opts.normalize,
    };
  } else {
    if (opts.equal === undefined)
      throw bad('Give --shares Name=pct,…, or --equal <pct> with --population Name=count,….');
    if (!opts.population && !opts.driver?.length) throw bad('--equal needs --population Name=count,… or --driver.');
    const values: Record<string, Record<string, number>> = {};
    const drivers: { driver: string; weight: string }[] = [];
    const put = (driver: string, pairs: [string, string][]) => {
      for (const [name, v] of pairs) {
        values[name] ??= {};
        values[name][driver] = count(v, driver, name);
      }
    };
    for (const d of opts.driver ?? []) {
      const m = /^([^:]+):([^:]+):(.+)$/.exec(d);
      if (!m) throw bad(`--driver "${d}" is not name:weight:Name=value,….`);
      drivers.push({ driver: m[1]!.trim(), weight: m[2]!.trim() });
      put(m[1]!.trim(), parsePairs(m[3]!, `--driver ${m[1]}`));
    }
    if (opts.population) {
      // population takes the part of the whole the equal part and the other drivers leave
      let rest: Rational;
      try {
        rest = sub(ONE, sum([opts.equal, ...drivers.map((d) => d.weight)].map(parseWeight)));
      } catch (e) {
        throw bad((e as Error).message);
      }
      if (rest.num < 0n) throw bad('--equal and the --driver weights add up to more than 100 %.');
      drivers.unshift({ driver: 'population', weight: `${rest.num}/${rest.den}` });
      put('population', parsePairs(opts.population, '--population'));
    }
    key = { kind: 'formula', equal: opts.equal, drivers, values };
  }
  let shares: ReturnType<typeof computeShares>;
  try {
    shares = computeShares(key);
  } catch (e) {
    if (e instanceof AllocationError) throw bad(e.message);
    throw e;
  }
  const parts = allocate(totalOre, shares);
  const unitOre = unit * 100;
  const shown = displayParts(
    parts.map((p) => p.ore),
    totalOre,
    unitOre,
  );
  const pct = displayPercentages(
    shares.map((s) => s.share),
    3,
  );
  return {
    total: { amount: totalOre / unitOre, unit, ore: totalOre },
    key,
    members: shares.map((s, i) => ({
      name: s.member,
      sharePercent: pct[i]!,
      shareExact: toExact(s.share),
      amount: shown[i]!,
      ore: parts[i]!.ore,
    })),
  };
}

const nb = new Intl.NumberFormat('nb-NO');

export function registerAllocateCommand(economy: Command) {
  economy
    .command('allocate')
    .description('split an amount between members by fixed shares or by a formula (no database)')
    .option('--total <amount>', 'the amount, in kroner (or thousands with --unit 1000) (required)')
    .option('--unit <1|1000>', 'the unit of --total and of the amounts printed: 1 (kroner) or 1000 (thousands)', '1')
    .option('--shares <Name=pct,…>', 'fixed percentages decided by the council; must add up to 100 %')
    .option('--normalize', 'scale --shares to 100 % on purpose when they do not add up')
    .option('--equal <pct>', 'the part split equally (percentage, or a fraction like 1/3)')
    .option('--population <Name=count,…>', 'population per member (1 January); takes the weight not used by others')
    .option(
      '--driver <name:weight:Name=value,…>',
      'another driver with its weight, e.g. pcs:20:Aukra=400,Molde=3000 (repeatable)',
      (v: string, prev: string[]) => [...prev, v],
      [] as string[],
    )
    .option('--json', 'print JSON')
    .action((opts: AllocateOptions & { json?: boolean }) => {
      const r = runAllocate(opts);
      if (opts.json) {
        console.log(JSON.stringify(r, null, 2));
        return;
      }
      const w = Math.max(...r.members.map((m) => m.name.length), 3);
      const unit = r.total.unit === 1000 ? 'tall i hele 1000' : 'kr';
      console.log(`${'Medlem'.padEnd(w)}  ${'Andel'.padStart(9)}  ${`Beløp (${unit})`.padStart(16)}`);
      for (const m of r.members)
        console.log(
          `${m.name.padEnd(w)}  ${`${m.sharePercent.replace('.', ',')} %`.padStart(9)}  ${nb.format(m.amount).padStart(16)}`,
        );
      console.log(`${'Sum'.padEnd(w)}  ${'100,000 %'.padStart(9)}  ${nb.format(r.total.amount).padStart(16)}`);
    });
}
