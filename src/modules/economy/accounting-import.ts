// Reading an accounting system's export of actuals (regnskap) for one budget year: a CSV file with
// one amount per account and period (month). Pure: bytes in, rows and problems out; the caller
// stores the rows only when there are no problems at all.
//
// The file comes from Excel or straight from the accounting system, so: UTF-8 (with or without a
// byte-order mark) or Windows-1252 (Excel's "CSV (semikolonseparert)" on Norwegian Windows);
// semicolon, comma or tab as delimiter; Norwegian or English column names; Norwegian amounts
// ("1 234,50", "-7 103", "(1 500)"). Every problem names the physical line in the file (1 = the
// header row), the value, and what to do about it.

import { MoneyError, parseKroner } from '../../shared/money.ts';
import { decodeCsvText, describeDelimiter, emptyFileMessage, readCsvRecords } from './csv-text.ts';
import type { ExpenseType } from './expense-types.ts';

export interface AccountingRow {
  /** the line the row starts on in the file (1 = the header row) */
  line: number;
  /** the account number, trimmed */
  account: string;
  /** the month, 1–12 */
  period: number;
  amountOre: number;
  /** from the account mapping */
  expenseType: ExpenseType;
}

export interface AccountingIssue {
  /** the line the problem is on (1 = the header row); null for a problem with the whole file */
  line: number | null;
  field: 'account' | 'period' | 'amount' | null;
  /**
   * File level (line null): `too_large`, `not_csv`, `mixed_encoding`, `empty`, `missing_column`,
   * `duplicate_column`, `truncated`, `invalid_csv`.
   * Line level: `wrong_field_count`, `missing_account`, `unknown_account`, `invalid_period`,
   * `wrong_period`, `invalid_amount`, `duplicate`. Last, when the list was cut: `too_many_errors`.
   */
  code: string;
  message: string;
}

export interface AccountingParse {
  /** the rows that are valid; when `errors` is not empty nothing may be stored (see the function) */
  rows: AccountingRow[];
  errors: AccountingIssue[];
  encoding: 'utf-8' | 'windows-1252';
  /** the delimiter found in the header row (`;` when the file was refused before it was read) */
  delimiter: string;
  /** the distinct periods (months) of `rows`, sorted */
  periods: number[];
}

export const MAX_ACCOUNTING_FILE_BYTES = 50 * 1024 * 1024;

const DEFAULT_MAX_ERRORS = 1000;

type Column = 'account' | 'period' | 'amount';

/** Accepted column names, compared lower-cased and trimmed. The first is the one messages suggest. */
const HEADER_NAMES: Record<Column, readonly string[]> = {
  account: ['konto', 'kontonr', 'kontonummer', 'account'],
  period: ['periode', 'period', 'måned', 'month'],
  amount: ['beløp', 'belop', 'amount', 'sum'],
};
const COLUMN_WORDS: Record<Column, string> = { account: 'account', period: 'period', amount: 'amount' };

/**
 * Parse an export of actuals for `opts.year`. Each row is an account, a period (month) and an
 * amount; the account's expense type comes from `opts.accounts`.
 *
 * All-or-nothing: when `errors` is not empty, `rows` still lists the rows that were valid (so a
 * preview can show them), but the caller must store nothing, show the errors and let the user fix
 * the file and import it again. A problem with the whole file (line null) comes alone, with no rows.
 * At most `maxErrors` (default 1000) problems are listed; then one `too_many_errors` issue says how
 * many more there were.
 */
export function parseAccountingExport(
  bytes: Buffer,
  opts: { year: number; accounts: ReadonlyMap<string, ExpenseType>; maxErrors?: number },
): AccountingParse {
  const maxErrors = Math.max(0, Math.floor(opts.maxErrors ?? DEFAULT_MAX_ERRORS));
  // --- bytes → text, and the delimiter of the header line
  const fileText = {
    maxBytes: MAX_ACCOUNTING_FILE_BYTES,
    what: `the actuals for ${opts.year}`,
    emptyWhat: 'the actuals',
    rows: 'one row per account and period',
  };
  const decoded = decodeCsvText(bytes, fileText);
  const encoding = decoded.encoding;
  const delimiter = decoded.ok ? decoded.delimiter : ';';
  const refuse = (code: string, message: string): AccountingParse => ({
    rows: [],
    errors: [{ line: null, field: null, code, message }],
    encoding,
    delimiter,
    periods: [],
  });
  if (!decoded.ok) return refuse(decoded.code, decoded.message);
  const text = decoded.text;

  // --- records
  const errors: AccountingIssue[] = [];
  let notListed = 0;
  const add = (line: number | null, field: AccountingIssue['field'], code: string, message: string) => {
    if (errors.length < maxErrors) errors.push({ line, field, code, message });
    else notListed++;
  };
  const rows: AccountingRow[] = [];
  const firstLineOf = new Map<string, number>(); // `${account}\u0000${period}` → line
  let header: { line: number; names: string[]; index: Record<Column, number> } | null = null;
  let refused: AccountingParse | null = null;
  let dataRows = 0;

  const onRecord = (fields: string[], line: number) => {
    if (refused) return;

    if (!header) {
      const names = fields.map((f) => f.trim());
      const found = findColumns(names);
      if (typeof found === 'string') {
        refused = refuse('duplicate_column', found);
        return;
      }
      const missing = (Object.keys(HEADER_NAMES) as Column[]).filter((c) => found[c] === -1);
      if (missing.length > 0) {
        const list = names.map((n) => `"${n}"`).join(', ');
        const looksLikeData = names.some((n) => /^[\d\s.,()-]+$/.test(n));
        refused = {
          rows: [],
          encoding,
          delimiter,
          periods: [],
          errors: missing.map((c) => ({
            line: null,
            field: c,
            code: 'missing_column',
            message:
              `The file has no ${COLUMN_WORDS[c]} column. Name it "${HEADER_NAMES[c][0]}" (or ${HEADER_NAMES[c]
                .slice(1)
                .map((n) => `"${n}"`)
                .join(
                  ', ',
                )}). The columns found on line ${line}, read with ${describeDelimiter(delimiter)} as the delimiter, are: ${list}.` +
              (looksLikeData
                ? ' The first line looks like figures: the file must start with a row of column names.'
                : ''),
          })),
        };
        return;
      }
      header = { line, names, index: found as Record<Column, number> };
      return;
    }

    dataRows++;
    if (fields.length !== header.names.length) {
      add(
        line,
        null,
        'wrong_field_count',
        `Line ${line} has ${fields.length} ${fields.length === 1 ? 'field' : 'fields'} but the header row has ${header.names.length}. ` +
          (fields.length > header.names.length
            ? `A value probably contains a ${describeDelimiter(delimiter)} (${delimiter === '\t' ? 'tab' : delimiter}) without quotes around it; put that value in double quotes or remove the ${describeDelimiter(delimiter)}, and import again.`
            : 'Fill in the missing values (or remove the line) and import again.'),
      );
      return;
    }

    const account = fields[header.index.account]!.trim();
    const periodText = fields[header.index.period]!.trim();
    const amountText = fields[header.index.amount]!.trim();

    let expenseType: ExpenseType | undefined;
    if (account === '')
      add(
        line,
        'account',
        'missing_account',
        `Line ${line} has no account. Fill in the account number or remove the line.`,
      );
    else {
      expenseType = opts.accounts.get(account);
      if (!expenseType)
        add(
          line,
          'account',
          'unknown_account',
          `Account ${account} on line ${line} is not in the account mapping. Add account ${account} to the account mapping (choose the expense type it belongs to) and import again, or remove its rows from the file.`,
        );
    }

    const period = parsePeriod(periodText, opts.year, line);
    if (typeof period !== 'number') add(line, 'period', period.code, period.message);

    let amountOre: number | null = null;
    try {
      amountOre = parseKroner(amountText);
    } catch (err) {
      if (!(err instanceof MoneyError)) throw err;
      add(
        line,
        'amount',
        'invalid_amount',
        `The amount "${amountText}" on line ${line} cannot be read: ${err.message} Write it like 1234,50 or -1 234,50.`,
      );
    }

    if (account !== '' && typeof period === 'number') {
      const key = `${account}\u0000${period}`;
      const earlier = firstLineOf.get(key);
      if (earlier !== undefined) {
        add(
          line,
          null,
          'duplicate',
          `Account ${account}, period ${period} is on line ${earlier} and again on line ${line}. The import takes one amount per account and period: add the two rows together into one (or remove the repeated row) and import again.`,
        );
        return;
      }
      firstLineOf.set(key, line);
    }
    if (expenseType && typeof period === 'number' && amountOre !== null)
      rows.push({ line, account, period, amountOre, expenseType });
  };

  const read = readCsvRecords(text, delimiter, onRecord);
  if (!read.ok) return refuse(read.code, read.message);
  if (refused) return refused;
  if (!header || dataRows === 0)
    return refuse(
      'empty',
      header
        ? `The file has a header row but no rows of figures. Export the actuals for ${opts.year} again, one row per account and period.`
        : emptyFileMessage(fileText),
    );

  if (notListed > 0)
    errors.push({
      line: null,
      field: null,
      code: 'too_many_errors',
      message: `${notListed} more ${notListed === 1 ? 'problem was' : 'problems were'} found but not listed (only the first ${maxErrors} are shown). Fix the problems above, or check that this is the right file, and import again.`,
    });
  const periods = [...new Set(rows.map((r) => r.period))].sort((a, b) => a - b);
  return { rows, errors, encoding, delimiter, periods };
}

/**
 * The header's columns: index per required column (-1 when missing), or a message when two columns
 * claim the same role.
 */
function findColumns(names: string[]): Record<Column, number> | string {
  const index: Record<Column, number> = { account: -1, period: -1, amount: -1 };
  for (let i = 0; i < names.length; i++) {
    const name = names[i]!.normalize('NFC').toLowerCase();
    for (const c of Object.keys(HEADER_NAMES) as Column[]) {
      if (!HEADER_NAMES[c].includes(name)) continue;
      if (index[c] !== -1)
        return `The file has two ${COLUMN_WORDS[c]} columns, "${names[index[c]]}" and "${names[i]}". Remove or rename one of them and import again.`;
      index[c] = i;
    }
  }
  return index;
}

type PeriodProblem = { code: 'invalid_period' | 'wrong_period'; message: string };

/** A period as accounting exports write it: 11, 2024-11, 2024/11, 202411, 11.2024, 11/2024. */
function parsePeriod(text: string, year: number, line: number): number | PeriodProblem {
  if (text === '')
    return {
      code: 'invalid_period',
      message: `Line ${line} has no period. Fill in the month (1–12, or for example ${year}-11) or remove the line.`,
    };
  let month: number;
  let itsYear: number | null = null;
  const monthOnly = /^(\d{1,2})$/.exec(text);
  const yearFirst = /^(\d{4})[-/.](\d{1,2})$/.exec(text) ?? /^(\d{4})(\d{2})$/.exec(text);
  const monthFirst = /^(\d{1,2})[-/.](\d{4})$/.exec(text);
  if (monthOnly) month = Number(monthOnly[1]);
  else if (yearFirst) {
    itsYear = Number(yearFirst[1]);
    month = Number(yearFirst[2]);
  } else if (monthFirst) {
    month = Number(monthFirst[1]);
    itsYear = Number(monthFirst[2]);
  } else
    return {
      code: 'invalid_period',
      message: `The period "${text}" on line ${line} cannot be read. Write the month as a number (11), or with the year: ${year}-11, ${year}11 or 11.${year}.`,
    };
  if (month < 1 || month > 12)
    return {
      code: 'wrong_period',
      message:
        `The period ${text} on line ${line} is not a month (1–12).` +
        (month > 12
          ? ' Periods after 12 are year-end closing periods: leave them out of the export, or include their amounts in period 12, and import again.'
          : ' Correct the period and import again.'),
    };
  if (itsYear !== null && itsYear !== year)
    return {
      code: 'wrong_period',
      message: `The period ${text} on line ${line} is not in ${year}, the year being imported. Remove the rows for other years from the file (or import this file for ${itsYear}) and import again.`,
    };
  return month;
}
