// SLA engine throughput on one core: due-time computations for a realistic mix, calendar primitives and
// computeSla on a 10-event history. Run alone with `npx tsx bench/sla.ts`.
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { calendarFor, DEFAULT_BUSINESS_CALENDAR } from '../src/modules/servicedesk/sla/calendar.ts';
import {
  computeSla,
  DEFAULT_POLICY,
  dueTimes,
  type Pause,
  type Priority,
  type SlaInput,
  type TicketEvent,
} from '../src/modules/servicedesk/sla/sla.ts';

const MIN = 60_000;
const FROM = Date.UTC(2024, 0, 1);
const TO = Date.UTC(2027, 0, 1);
const N = 1 << 16;

/** Deterministic PRNG (mulberry32) so runs are comparable. */
function rng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Priorities roughly as ROR-IKT's year: few critical and high, mostly medium and low. */
function pickPriority(r: number): Priority {
  return r < 0.05 ? 'critical' : r < 0.15 ? 'high' : r < 0.6 ? 'medium' : 'low';
}

interface DueCase {
  priority: Priority;
  opened: number;
  pauses: Pause[];
}

function dueCases(seed: number): DueCase[] {
  const rand = rng(seed);
  const out: DueCase[] = [];
  for (let i = 0; i < N; i++) {
    const opened = FROM + Math.floor(rand() * (TO - FROM));
    const pauses: Pause[] = [];
    const k = Math.floor(rand() * 3); // 0–2 pauses
    let t = opened;
    for (let j = 0; j < k; j++) {
      const from = t + Math.floor(rand() * 2 * 24 * 60) * MIN;
      const to = from + Math.floor(rand() * 3 * 24 * 60) * MIN;
      pauses.push({ from, to });
      t = to;
    }
    out.push({ priority: pickPriority(rand()), opened, pauses });
  }
  return out;
}

/** A realistic 10-event history: response, waits, a priority change, resolve, reopen, resolve, close. */
function histories(seed: number): { input: SlaInput; now: number }[] {
  const rand = rng(seed);
  const out: { input: SlaInput; now: number }[] = [];
  for (let i = 0; i < 4096; i++) {
    const opened = FROM + Math.floor(rand() * (TO - FROM - 60 * 86_400_000));
    let t = opened;
    const step = () => {
      t += Math.floor(rand() * 8 * 60) * MIN;
      return t;
    };
    const priority = pickPriority(rand());
    const events: TicketEvent[] = [
      { at: step(), kind: 'response' },
      { at: step(), kind: 'status', status: 'waiting_user', coreState: 'waiting' },
      { at: step(), kind: 'status', status: 'open', coreState: 'open' },
      { at: step(), kind: 'priority', priority: pickPriority(rand()) },
      { at: step(), kind: 'status', status: 'waiting_supplier', coreState: 'waiting' },
      { at: step(), kind: 'status', status: 'open', coreState: 'open' },
      { at: step(), kind: 'status', status: 'resolved', coreState: 'resolved' },
      { at: step(), kind: 'status', status: 'open', coreState: 'open' },
      { at: step(), kind: 'status', status: 'resolved', coreState: 'resolved' },
      { at: step(), kind: 'status', status: 'closed', coreState: 'closed' },
    ];
    out.push({ input: { openedAt: opened, priority, events }, now: t + 86_400_000 });
  }
  return out;
}

let sink = 0;

/** Operations per second of `op(i)` over about `ms` milliseconds, after a warm-up. */
function measure(op: (i: number) => number, ms: number): number {
  const run = (budget: number) => {
    let ops = 0;
    const start = performance.now();
    let now = start;
    while (now - start < budget) {
      for (let i = 0; i < 4096; i++) sink += op(ops + i);
      ops += 4096;
      now = performance.now();
    }
    return ops / ((now - start) / 1000);
  };
  run(Math.min(300, ms / 2)); // warm-up: JIT and the calendars' year tables
  return run(ms);
}

export interface SlaBenchRow {
  case: string;
  perSecond: number;
  nsPerOp: number;
}

/** Throughput figures of the SLA engine (one core, ~1 s per case). */
export async function benchSla(msPerCase = 1000): Promise<SlaBenchRow[]> {
  const cases = dueCases(2024);
  const mask = N - 1;
  const hist = histories(7);
  const cal = calendarFor(DEFAULT_BUSINESS_CALENDAR);
  const rows: SlaBenchRow[] = [];
  const add = (name: string, op: (i: number) => number) => {
    const perSecond = measure(op, msPerCase);
    rows.push({ case: name, perSecond: Math.round(perSecond), nsPerOp: Math.round((1e9 / perSecond) * 10) / 10 });
  };

  add('dueTimes: mix of priorities, opened 2024–2026, 0–2 pauses', (i) => {
    const c = cases[i & mask]!;
    return dueTimes(DEFAULT_POLICY, c.priority, c.opened, c.pauses).resolutionDue;
  });
  add('dueTimes: same mix without pauses', (i) => {
    const c = cases[i & mask]!;
    return dueTimes(DEFAULT_POLICY, c.priority, c.opened).resolutionDue;
  });
  add('calendar.businessMs (08:00–15:30, holidays)', (i) => {
    const c = cases[i & mask]!;
    return cal.businessMs(c.opened, c.opened + (i & 0xffff) * MIN);
  });
  add('calendar.addBusinessTime (08:00–15:30, holidays)', (i) => {
    const c = cases[i & mask]!;
    return cal.addBusinessTime(c.opened, (i & 0xffff) * MIN);
  });
  add('computeSla: 10-event history', (i) => {
    const h = hist[i & 4095]!;
    return computeSla(DEFAULT_POLICY, h.input, h.now).resolutionDue;
  });
  if (sink === 42) console.log(''); // keep the results alive
  return rows;
}

const isMain = process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href;
if (isMain) {
  console.log(`Machine: ${os.cpus().length} cores (${os.cpus()[0]?.model.trim()}), Node ${process.version}`);
  console.log('\nSLA engine, one core (operations per second after warm-up)');
  const rows = await benchSla();
  console.table(
    rows.map((r) => ({ case: r.case, 'per second': r.perSecond.toLocaleString('en-US'), 'ns/op': r.nsPerOp })),
  );
}
