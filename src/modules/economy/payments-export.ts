// "What each member pays" as a table for the members' finance departments (CSV and XLSX).
import type { ExportTable } from './table-export.ts';

interface PaymentsView {
  year: number;
  unit: 1 | 1000;
  rows: {
    name: string;
    sharePercent: string;
    operating: number;
    investmentGross: number;
    vatCompensation: number;
    investmentNet: number;
    carryOver: number;
    total: number;
    lastYear: { sharePercent: string; total: number } | null;
  }[];
  sum: {
    operating: number;
    investmentGross: number;
    vatCompensation: number;
    investmentNet: number;
    carryOver: number;
    total: number;
    lastYearTotal: number | null;
  };
}

const pct = (p: string) => `${p.replace('.', ',')} %`;

/**
 * The shown (reconciled) figures, in kroner (amounts in thousands are multiplied back, so a sheet's
 * sums are the table's sums); shares as text with three decimals.
 */
export function paymentsExportTable(p: PaymentsView): ExportTable {
  const ore = (units: number) => units * p.unit * 100;
  const suffix = p.unit === 1000 ? ' (hele 1000 kr)' : ' (kr)';
  return {
    title: `Betaling ${p.year}`,
    columns: [
      { key: 'name', label: 'Medlem', kind: 'text' },
      { key: 'share', label: `Andel ${p.year}`, kind: 'percent' },
      { key: 'operating', label: `Driftstilskudd${suffix}`, kind: 'ore' },
      { key: 'investmentGross', label: `Investering inkl. mva${suffix}`, kind: 'ore' },
      { key: 'vat', label: `Momskompensasjon${suffix}`, kind: 'ore' },
      { key: 'investmentNet', label: `Investering eks. mva${suffix}`, kind: 'ore' },
      { key: 'carryOver', label: `Overført mindreforbruk${suffix}`, kind: 'ore' },
      { key: 'total', label: `Å betale ${p.year}${suffix}`, kind: 'ore' },
      { key: 'lastShare', label: `Andel ${p.year - 1}`, kind: 'percent' },
      { key: 'lastTotal', label: `Betalt ${p.year - 1}${suffix}`, kind: 'ore' },
    ],
    rows: p.rows.map((r) => ({
      name: r.name,
      share: pct(r.sharePercent),
      operating: ore(r.operating),
      investmentGross: ore(r.investmentGross),
      vat: ore(r.vatCompensation),
      investmentNet: ore(r.investmentNet),
      carryOver: ore(-r.carryOver),
      total: ore(r.total),
      lastShare: r.lastYear ? pct(r.lastYear.sharePercent) : null,
      lastTotal: r.lastYear ? ore(r.lastYear.total) : null,
    })),
    total: {
      name: 'Sum',
      share: '100,000 %',
      operating: ore(p.sum.operating),
      investmentGross: ore(p.sum.investmentGross),
      vat: ore(p.sum.vatCompensation),
      investmentNet: ore(p.sum.investmentNet),
      carryOver: ore(-p.sum.carryOver),
      total: ore(p.sum.total),
      lastShare: null,
      lastTotal: p.sum.lastYearTotal === null ? null : ore(p.sum.lastYearTotal),
    },
  };
}
