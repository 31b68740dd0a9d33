// Economy arithmetic on one core: formula keys from drivers, exact splits and reconciled display
// tables, for a cooperation of 5 members and a national one of 50; and the accounting-export parse.
// Run alone with `npx tsx bench/economy.ts`.
import { parseAccountingExport } from '../src/modules/economy/accounting-import.ts';
import { allocate, computeShares, type FormulaKeySpec } from '../src/modules/economy/allocation.ts';
import type { ExpenseType } from '../src/modules/economy/expense-types.ts';
import { memberPayments, showPayments } from '../src/modules/economy/reports.ts';

function time(fn: () => void, minMs = 1000): number {
  let n = 0;
  const start = performance.now();
  while (performance.now() - start < minMs) {
    fn();
    n++;
  }
  return Math.round(n / ((performance.now() - start) / 1000));
}

function key(members: number): FormulaKeySpec {
  const drivers = [
    'users_admin',
    'users_school',
    'users_health',
    'pcs',
    'ftes',
    'locations',
    'switches',
    'wireless_antennas',
    'leased_lines',
  ];
  const values: FormulaKeySpec['values'] = {};
  for (let m = 0; m < members; m++)
    values[`m${m}`] = Object.fromEntries(drivers.map((d, i) => [d, 100 + ((m * 7919 + i * 104729) % 5000)]));
  return {
    kind: 'formula',
    equal: '10',
    drivers: drivers.map((driver, i) => ({ driver, weight: i === 0 ? '18' : '9' })),
    values,
  };
}

export async function benchEconomy() {
  const rows: Record<string, string | number>[] = [];
  for (const n of [5, 50]) {
    const spec = key(n);
    const shares = computeShares(spec);
    const members = shares.map((s) => ({ id: s.member, name: s.member }));
    rows.push({ case: `formula key from 9 drivers, ${n} members`, 'per second': time(() => computeShares(spec)) });
    rows.push({
      case: `split 88 439 000 kr exactly, ${n} members`,
      'per second': time(() => allocate(8_843_900_000, shares)),
    });
    rows.push({
      case: `what each member pays, reconciled in thousands, ${n} members`,
      'per second': time(() =>
        showPayments(
          memberPayments({
            members,
            operatingShares: shares,
            investmentShares: shares,
            operatingTotalOre: 8_843_900_000,
            investmentFrameOre: 1_150_000_000,
            carryOverOre: 272_000_000,
          }),
          1000,
        ),
      ),
    });
  }
  // an accounting export: 200 accounts × 12 periods
  const accounts = new Map<string, ExpenseType>();
  let csv = 'Konto;Periode;Beløp;Tekst\n';
  for (let a = 0; a < 200; a++) {
    accounts.set(String(10000 + a), 'licences_support');
    for (let p = 1; p <= 12; p++)
      csv += `${10000 + a};2024-${String(p).padStart(2, '0')};${(a * 1234 + p * 17) % 100000},50;Bilag ${a}-${p}\n`;
  }
  const bytes = Buffer.from(csv.repeat(1), 'utf8');
  const start = performance.now();
  const runs = 20;
  for (let i = 0; i < runs; i++) parseAccountingExport(bytes, { year: 2024, accounts });
  const ms = (performance.now() - start) / runs;
  rows.push({ case: 'accounting export, 2 400 rows: parse and check', 'per second': Math.round(2400 / (ms / 1000)) });
  return rows;
}

if (process.argv[1]?.endsWith('bench/economy.ts')) console.table(await benchEconomy());
