// Exporting a table (for example what each member pays) for the members' finance departments, as
// CSV that Norwegian Excel opens as it is (semicolon, UTF-8 with a byte-order mark, decimal comma)
// and as an Excel workbook with real numbers in the cells.

import { stringify } from 'csv-stringify/sync';
import ExcelJS from 'exceljs';
import { formatOre, formatUnits } from '../../shared/money.ts';

export type ExportColumn = { key: string; label: string; kind: 'text' | 'ore' | 'percent' | 'integer' };

/**
 * A table to export. Values per kind: 'ore' an integer number of øre; 'integer' an integer;
 * 'percent' a string already formatted ("48,100"); 'text' anything. A string in an 'ore' or
 * 'integer' column is taken as already formatted and written as text; null is an empty cell.
 */
export interface ExportTable {
  title: string;
  columns: ExportColumn[];
  rows: Record<string, string | number | null>[];
  /** the sum row, written last; its first cell is a label ("Sum" when not given) */
  total?: Record<string, string | number | null>;
}

/** Excel number formats (stored in the file the en-US way; Excel shows them with the reader's
 * separators, so Norwegian Excel shows 1 234,50). */
export const ORE_NUMBER_FORMAT = '#,##0.00';
export const INTEGER_NUMBER_FORMAT = '#,##0';

const TOTAL_LABEL = 'Sum';
type Value = string | number | null | undefined;

function requireOre(value: number, column: ExportColumn): number {
  if (!Number.isSafeInteger(value))
    throw new TypeError(`Column "${column.label}" (${column.key}): ${value} is not an amount in øre (a whole number).`);
  return value;
}

function requireInteger(value: number, column: ExportColumn): number {
  if (!Number.isSafeInteger(value))
    throw new TypeError(`Column "${column.label}" (${column.key}): ${value} is not a whole number.`);
  return value;
}

/** Øre as kroner with a decimal comma and two decimals, no thousands separator: "-1234,50". */
function oreToCsv(ore: number): string {
  const abs = Math.abs(ore);
  const kroner = Math.floor(abs / 100);
  const rest = abs % 100;
  return `${ore < 0 ? '-' : ''}${kroner},${rest < 10 ? '0' : ''}${rest}`;
}

/** Text Excel would take for a formula (=, +, -, @) is prefixed with an apostrophe. */
function safeText(s: string): string {
  return /^[=+\-@\t\r]/.test(s) ? `'${s}` : s;
}

function csvCell(column: ExportColumn, value: Value): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return column.kind === 'text' ? safeText(value) : value;
  switch (column.kind) {
    case 'ore':
      return oreToCsv(requireOre(value, column));
    case 'integer':
      return String(requireInteger(value, column));
    case 'percent':
      return String(value).replace('.', ',');
    case 'text':
      return String(value);
  }
}

function totalLabel(t: ExportTable): string {
  const first = t.columns[0];
  const v = first ? t.total?.[first.key] : undefined;
  return v === null || v === undefined || v === '' ? TOTAL_LABEL : String(v);
}

/**
 * The table as CSV for Norwegian Excel: UTF-8 with a byte-order mark, `;` between fields, CRLF
 * between rows; a header row of the column labels, then the rows, then the total row (if any) whose
 * first cell is its label. Amounts in kroner with a decimal comma and two decimals, no thousands
 * separator ("-1234,50"); percentages as given.
 */
export function tableToCsv(t: ExportTable): string {
  const records: string[][] = [t.columns.map((c) => c.label)];
  for (const row of t.rows) records.push(t.columns.map((c) => csvCell(c, row[c.key])));
  if (t.total) {
    const total = t.total;
    records.push(t.columns.map((c, i) => (i === 0 ? totalLabel(t) : csvCell(c, total[c.key]))));
  }
  return stringify(records, {
    delimiter: ';',
    bom: true,
    record_delimiter: '\r\n',
    // a line break inside a value must be quoted, or Excel starts a new row
    quoted_match: /[\r\n]/,
  });
}

/** A worksheet name Excel accepts: at most 31 characters, none of []:*?/\, not starting or ending with '. */
export function sheetName(title: string): string {
  const name = title
    .replace(/[[\]:*?/\\]/g, '-')
    .replace(/\p{Cc}/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 31)
    .replace(/^'+|'+$/g, '')
    .trim();
  return name === '' ? 'Sheet1' : name;
}

type XlsxCell = { value: string | number | null; numFmt?: string; display: string };

function xlsxCell(column: ExportColumn, value: Value): XlsxCell {
  if (value === null || value === undefined) return { value: null, display: '' };
  if (typeof value === 'string') return { value, display: value };
  switch (column.kind) {
    case 'ore': {
      const ore = requireOre(value, column);
      return { value: ore / 100, numFmt: ORE_NUMBER_FORMAT, display: formatOre(ore) };
    }
    case 'integer': {
      const n = requireInteger(value, column);
      return { value: n, numFmt: INTEGER_NUMBER_FORMAT, display: formatUnits(n) };
    }
    case 'percent': {
      const s = String(value).replace('.', ',');
      return { value: s, display: s };
    }
    case 'text':
      return { value: String(value), display: String(value) };
  }
}

/**
 * The table as an Excel workbook: one sheet named after the title, a bold header row that stays in
 * view (frozen), amounts as numbers in kroner (format #,##0.00), integers as numbers (#,##0),
 * percentages as text (right-aligned), a bold total row last, and columns as wide as their content.
 */
export async function tableToXlsx(t: ExportTable): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Samdrift';
  wb.title = t.title;
  const ws = wb.addWorksheet(sheetName(t.title), { views: [{ state: 'frozen', xSplit: 0, ySplit: 1 }] });

  const widths = t.columns.map((c) => c.label.length);
  const addRow = (cells: XlsxCell[], bold: boolean) => {
    const row = ws.addRow(cells.map((c) => c.value));
    cells.forEach((c, i) => {
      const cell = row.getCell(i + 1);
      if (c.numFmt) cell.numFmt = c.numFmt;
      const kind = t.columns[i]!.kind;
      if (kind === 'percent' || ((kind === 'ore' || kind === 'integer') && typeof c.value === 'string'))
        cell.alignment = { horizontal: 'right' };
      widths[i] = Math.max(widths[i]!, c.display.length);
    });
    if (bold) row.font = { bold: true };
    return row;
  };

  addRow(
    t.columns.map((c) => ({ value: c.label, display: c.label })),
    true,
  );
  for (const r of t.rows)
    addRow(
      t.columns.map((c) => xlsxCell(c, r[c.key])),
      false,
    );
  if (t.total) {
    const total = t.total;
    addRow(
      t.columns.map((c, i) => (i === 0 ? { value: totalLabel(t), display: totalLabel(t) } : xlsxCell(c, total[c.key]))),
      true,
    );
  }
  // at least 10: exceljs leaves out a column of width 9 (its default), and Excel's own is narrower
  widths.forEach((w, i) => {
    ws.getColumn(i + 1).width = Math.min(60, Math.max(10, w + 2));
  });
  return Buffer.from(await wb.xlsx.writeBuffer());
}
