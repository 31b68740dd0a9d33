// The economy's tables, built from data and reconciled: every column's shown parts add up to its shown
// total (largest remainder), and derived columns (deviation = budget − forecast; what a member pays =
// operating + investment − carry-over) are computed from the shown figures, so rows add up too.
// Pure: the service gathers the rows.

import {
  allocate,
  carryOverDeductions,
  displayParts,
  displayPercentages,
  type MemberShare,
  vatCompensation,
} from './allocation.ts';
import { EXPENSE_TYPE_LABELS, EXPENSE_TYPES, type ExpenseType } from './expense-types.ts';

export type Unit = 1 | 1000;
export const unitOre = (unit: Unit) => unit * 100;

/** One column of exact øre values shown in `unit`, reconciled against its own total. */
export function showColumn(values: readonly number[], unit: Unit): { parts: number[]; total: number } {
  const total = values.reduce((a, b) => a + b, 0);
  const parts = displayParts(values, total, unitOre(unit));
  return { parts, total: parts.reduce((a, b) => a + b, 0) };
}

// ---- operating budget vs actuals and forecast (seed 002 §1.1) ---------------------------------------

export interface OperatingLineInput {
  expenseType: ExpenseType;
  budgetOre: number;
  /** null: no forecast given, the budget stands */
  forecastOre: number | null;
  forecastComment: string;
  actualOre: number;
}

export interface OperatingRow extends Figures {
  expenseType: ExpenseType;
  label: string;
  comment: string;
}

export interface OperatingTable {
  unit: Unit;
  rows: OperatingRow[];
  sum: Figures;
  /** exact øre, for checking and export */
  exact: { actualOre: number; budgetOre: number; forecastOre: number; deviationOre: number };
  /** positive: underspend (mindreforbruk); negative: overspend (merforbruk) */
  outcome: 'underspend' | 'overspend' | 'on_budget';
}

/**
 * Columns Regnskap, Årsbudsjett, Avvik, Prognose per expense type, in the council's order. Deviation
 * is budget − forecast: positive is an underspend.
 */
export function operatingTable(lines: readonly OperatingLineInput[], unit: Unit): OperatingTable {
  const byType = new Map(lines.map((l) => [l.expenseType, l]));
  const ordered = EXPENSE_TYPES.map(
    (t) => byType.get(t) ?? { expenseType: t, budgetOre: 0, forecastOre: null, forecastComment: '', actualOre: 0 },
  );
  const { rows, sum } = fourColumns(ordered, unit);
  const total = (f: (l: OperatingLineInput) => number) => ordered.reduce((a, l) => a + f(l), 0);
  const budgetOre = total((l) => l.budgetOre);
  const forecastOre = total(forecastOf);
  const deviationOre = budgetOre - forecastOre;
  return {
    unit,
    rows: ordered.map((l, i) => ({
      expenseType: l.expenseType,
      label: EXPENSE_TYPE_LABELS[l.expenseType],
      ...rows[i]!,
      comment: l.forecastComment,
    })),
    sum,
    exact: { actualOre: total((l) => l.actualOre), budgetOre, forecastOre, deviationOre },
    outcome: deviationOre > 0 ? 'underspend' : deviationOre < 0 ? 'overspend' : 'on_budget',
  };
}

/** Shown Regnskap / Årsbudsjett / Avvik / Prognose figures of one line or a sum. */
export interface Figures {
  actual: number;
  budget: number;
  deviation: number;
  forecast: number;
}

interface FigureInput {
  actualOre: number;
  budgetOre: number;
  /** null: no forecast, the budget stands */
  forecastOre: number | null;
}
const forecastOf = (l: FigureInput) => l.forecastOre ?? l.budgetOre;

/**
 * The four columns of a budget table, each reconciled on its own; the deviation (budget − forecast)
 * derived from the shown budget and forecast, so each row adds up too.
 */
export function fourColumns(lines: readonly FigureInput[], unit: Unit): { rows: Figures[]; sum: Figures } {
  const actual = showColumn(
    lines.map((l) => l.actualOre),
    unit,
  );
  const budget = showColumn(
    lines.map((l) => l.budgetOre),
    unit,
  );
  const forecast = showColumn(lines.map(forecastOf), unit);
  return {
    rows: lines.map((_, i) => ({
      actual: actual.parts[i]!,
      budget: budget.parts[i]!,
      deviation: budget.parts[i]! - forecast.parts[i]!,
      forecast: forecast.parts[i]!,
    })),
    sum: {
      actual: actual.total,
      budget: budget.total,
      deviation: budget.total - forecast.total,
      forecast: forecast.total,
    },
  };
}

// ---- investment projects (seed 002 §1.2) -------------------------------------------------------------

export interface ProjectInput {
  id: string;
  name: string;
  area: string;
  budgetOre: number;
  actualOre: number;
  forecastOre: number | null;
  deadline: string | null;
}

export function investmentTable(projects: readonly ProjectInput[], unit: Unit) {
  const { rows, sum } = fourColumns(projects, unit);
  return {
    unit,
    rows: projects.map((p, i) => ({ id: p.id, name: p.name, area: p.area, deadline: p.deadline, ...rows[i]! })),
    sum,
  };
}

// ---- what each member pays ---------------------------------------------------------------------------

export interface PaymentsInput {
  members: readonly { id: string; name: string }[];
  operatingShares: readonly MemberShare[] | null;
  investmentShares: readonly MemberShare[] | null;
  operatingTotalOre: number;
  /** the investment frame incl. VAT */
  investmentFrameOre: number;
  /** carried-over underspend (ex VAT) deducted this year */
  carryOverOre: number;
}

export interface MemberPaymentExact {
  memberId: string;
  name: string;
  /** the operating share, exact "num/den" as stored, and shown with three decimals */
  sharePercent: string;
  operatingOre: number;
  investmentGrossOre: number;
  vatCompensationOre: number;
  investmentNetOre: number;
  carryOverOre: number;
  totalOre: number;
}

/**
 * Each member's operating contribution (operating total by the operating key), investment
 * contribution (the frame incl. VAT by the investment key, less its VAT compensation), carry-over
 * deduction (in proportion to the investment contributions) and total. Exact øre; sums reconcile.
 */
export function memberPayments(input: PaymentsInput): {
  members: MemberPaymentExact[];
  totals: Omit<MemberPaymentExact, 'memberId' | 'name' | 'sharePercent'>;
} {
  const ids = input.members.map((m) => m.id);
  const pick = (shares: readonly MemberShare[] | null, totalOre: number) => {
    if (!shares || totalOre === 0) return ids.map(() => 0);
    const parts = new Map(allocate(totalOre, shares).map((p) => [p.member, p.ore]));
    return ids.map((id) => parts.get(id) ?? 0);
  };
  const operating = pick(input.operatingShares, input.operatingTotalOre);
  const gross = pick(input.investmentShares, input.investmentFrameOre);
  const { netOre } = vatCompensation(input.investmentFrameOre);
  const net = pick(input.investmentShares, netOre);
  const carry =
    input.carryOverOre && net.some((n) => n > 0) ? carryOverDeductions(input.carryOverOre, net) : ids.map(() => 0);
  const pct = new Map<string, string>();
  if (input.operatingShares) {
    const shown = displayPercentages(
      input.operatingShares.map((s) => s.share),
      3,
    );
    input.operatingShares.forEach((s, i) => {
      pct.set(s.member, shown[i]!);
    });
  }
  const members = input.members.map((m, i) => ({
    memberId: m.id,
    name: m.name,
    sharePercent: pct.get(m.id) ?? '0.000',
    operatingOre: operating[i]!,
    investmentGrossOre: gross[i]!,
    vatCompensationOre: gross[i]! - net[i]!,
    investmentNetOre: net[i]!,
    carryOverOre: carry[i]!,
    totalOre: operating[i]! + net[i]! - carry[i]!,
  }));
  const total = (k: keyof MemberPaymentExact) => members.reduce((a, m) => a + (m[k] as number), 0);
  return {
    members,
    totals: {
      operatingOre: total('operatingOre'),
      investmentGrossOre: total('investmentGrossOre'),
      vatCompensationOre: total('vatCompensationOre'),
      investmentNetOre: total('investmentNetOre'),
      carryOverOre: total('carryOverOre'),
      totalOre: total('totalOre'),
    },
  };
}

/**
 * The payments shown in `unit`: operating, investment (net) and carry-over columns reconciled by
 * largest remainder; gross and VAT compensation likewise; the total derived from the shown columns.
 */
export function showPayments(exact: ReturnType<typeof memberPayments>, unit: Unit) {
  const col = (k: 'operatingOre' | 'investmentGrossOre' | 'investmentNetOre' | 'carryOverOre') =>
    showColumn(
      exact.members.map((m) => m[k]),
      unit,
    );
  const operating = col('operatingOre');
  const gross = col('investmentGrossOre');
  const net = col('investmentNetOre');
  const carry = col('carryOverOre');
  return {
    unit,
    rows: exact.members.map((m, i) => ({
      memberId: m.memberId,
      name: m.name,
      sharePercent: m.sharePercent,
      operating: operating.parts[i]!,
      investmentGross: gross.parts[i]!,
      vatCompensation: gross.parts[i]! - net.parts[i]!,
      investmentNet: net.parts[i]!,
      carryOver: carry.parts[i]!,
      total: operating.parts[i]! + net.parts[i]! - carry.parts[i]!,
    })),
    sum: {
      operating: operating.total,
      investmentGross: gross.total,
      vatCompensation: gross.total - net.total,
      investmentNet: net.total,
      carryOver: carry.total,
      total: operating.total + net.total - carry.total,
    },
  };
}
