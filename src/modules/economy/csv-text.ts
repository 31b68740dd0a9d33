// Reading a small CSV file that a user exported from Excel or another system: bytes → text, the
// delimiter, and the records with the physical line each starts on. Shared by the economy imports
// (actuals, drivers). Pure.
//
// Excel and accounting systems write UTF-8 (with or without a byte-order mark) or Windows-1252
// (Excel's "CSV (semikolonseparert)" on Norwegian Windows), and semicolon, comma or tab as the
// delimiter. Anything else (a workbook, UTF-16, a file that mixes encodings) is refused with a
// message that says what to do.

import { isUtf8 } from 'node:buffer';
import { CsvError } from 'csv-parse';
import { parse } from 'csv-parse/sync';
import { decodeWindows1252, firstInvalidUtf8 } from '../servicedesk/import/text-source.ts';

export type CsvEncoding = 'utf-8' | 'windows-1252';

export type CsvTextResult =
  | {
      ok: true;
      /** the text without a byte-order mark, line ends made LF (line numbers are unchanged) */
      text: string;
      encoding: CsvEncoding;
      /** the delimiter found on the header line (the first line that is not blank) */
      delimiter: string;
    }
  | {
      ok: false;
      /** `too_large`, `not_csv`, `mixed_encoding` or `empty` */
      code: string;
      message: string;
      /** the encoding as far as it was found (`utf-8` when the file was refused before) */
      encoding: CsvEncoding;
    };

export interface CsvTextOptions {
  maxBytes: number;
  /** what the file should hold, for messages: "the actuals for 2024" → "Export the actuals for 2024 only, …" */
  what: string;
  /** what each row holds, for messages: "one row per account and period" */
  rows: string;
  /** `what` in the message for an empty file ("Export the actuals again …"); defaults to `what` */
  emptyWhat?: string;
}

export const CSV_DELIMITERS = [';', ',', '\t'] as const;

/**
 * Bytes → text: refuses a file over `opts.maxBytes`, a workbook or ZIP, a file with NUL bytes
 * (UTF-16, old .xls), bytes that are not UTF-8 after a UTF-8 byte-order mark, a file that mixes
 * UTF-8 and Windows-1252, and an empty or blank file. Otherwise the text (UTF-8 when it is valid
 * UTF-8, else Windows-1252), with CRLF and lone CR made LF, and the delimiter of its header line.
 */
export function decodeCsvText(bytes: Buffer, opts: CsvTextOptions): CsvTextResult {
  let encoding: CsvEncoding = 'utf-8';
  const refuse = (code: string, message: string): CsvTextResult => ({ ok: false, code, message, encoding });

  if (bytes.length > opts.maxBytes)
    return refuse(
      'too_large',
      `The file is ${megabytes(bytes.length)} MB; the largest file accepted is ${megabytes(opts.maxBytes)} MB. Export ${opts.what} only, ${opts.rows}, and import that file.`,
    );

  const bom = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const body = bom ? bytes.subarray(3) : bytes;
  if (body.length >= 2 && body[0] === 0x50 && body[1] === 0x4b)
    return refuse(
      'not_csv',
      'The file is an Excel workbook (.xlsx) or a ZIP archive, not a CSV file. Open it in Excel, choose "Save as" → "CSV UTF-8" (or "CSV (semikolonseparert)") and import that file.',
    );
  if (body.includes(0))
    return refuse(
      'not_csv',
      'The file is not a CSV text file (it contains NUL bytes; perhaps an old .xls workbook or a UTF-16 text file). Open it in Excel, choose "Save as" → "CSV UTF-8" and import that file.',
    );
  let text: string;
  if (isUtf8(body)) text = body.toString('utf8');
  else {
    const bad = firstInvalidUtf8(body);
    const badLine = lineOfOffset(body, bad);
    if (bom)
      return refuse(
        'mixed_encoding',
        `Line ${badLine} is not valid UTF-8 although the file starts with a UTF-8 byte-order mark. Nothing was imported; export the file again (as "CSV UTF-8") and import that file.`,
      );
    const utf8At = utf8MarkerIn(body);
    if (utf8At !== -1)
      return refuse(
        'mixed_encoding',
        `The file mixes two encodings: line ${lineOfOffset(body, utf8At)} is UTF-8 while line ${badLine} is Windows-1252, so letters like æ, ø and å cannot be read reliably. Nothing was imported; export the file again in one encoding (as "CSV UTF-8") and import that file.`,
      );
    encoding = 'windows-1252';
    text = decodeWindows1252(body);
  }
  // csv-parse miscounts lines when a quoted field holds CRLF, so line ends are made LF first (old Mac
  // files end lines with a lone CR). Line numbers are unchanged; only the ignored text may differ.
  text = text.replace(/\r\n?/g, '\n');
  if (text.trim() === '') return refuse('empty', emptyFileMessage(opts));

  return { ok: true, text, encoding, delimiter: detectDelimiter(text, text.search(/[^\s]/)) };
}

/** The message for a file without a header row (or without anything at all). */
export function emptyFileMessage(opts: Pick<CsvTextOptions, 'what' | 'rows' | 'emptyWhat'>): string {
  return `The file is empty. Export ${opts.emptyWhat ?? opts.what} again (a header row and ${opts.rows}).`;
}

/** The delimiter used most often outside quotes on the line starting at `from` (semicolon on ties and when none). */
export function detectDelimiter(text: string, from = 0): string {
  const counts = new Map<string, number>(CSV_DELIMITERS.map((d) => [d, 0]));
  let quoted = false;
  for (let i = Math.max(0, from); i < text.length; i++) {
    const ch = text[i]!;
    if (ch === '"') quoted = !quoted;
    else if (ch === '\n' && !quoted) break;
    else if (!quoted && counts.has(ch)) counts.set(ch, counts.get(ch)! + 1);
  }
  let best: string = ';';
  for (const d of CSV_DELIMITERS) if (counts.get(d)! > counts.get(best)!) best = d;
  return best;
}

/** The delimiter in words, for messages. */
export const describeDelimiter = (d: string) => (d === '\t' ? 'tab' : d === ';' ? 'semicolon' : 'comma');

/**
 * Read the records of `text` (from {@link decodeCsvText}) and call `onRecord` for each record that
 * is not blank (a blank line, or one with only delimiters and spaces is skipped), with its fields
 * (untrimmed) and the physical line it starts on (1 = the first line of the file, multi-line quoted
 * values counted). A stray quote stays in its value; records may have any number of fields (count
 * them). Returns a refusal when the text cannot be read as CSV: `truncated` (a quoted value never
 * closed) or `invalid_csv`; the records before it have been passed on, so the caller must then
 * drop what it collected.
 */
export function readCsvRecords(
  text: string,
  delimiter: string,
  onRecord: (fields: string[], line: number) => void,
): { ok: true } | { ok: false; code: 'truncated' | 'invalid_csv'; message: string } {
  let lastRecordEnd = 0; // the line the last complete record ended on
  try {
    parse(text, {
      delimiter,
      record_delimiter: '\n',
      relax_quotes: true, // a stray quote stays in its value, and the value is reported if it matters
      relax_column_count: true, // the caller counts, so that every such line is reported
      skip_empty_lines: true,
      on_record: (fields: string[], context) => {
        const endLine = context.lines;
        lastRecordEnd = endLine;
        if (fields.every((f) => f.trim() === '')) return null; // a blank line (or only delimiters)
        let newlines = 0;
        for (const f of fields) for (let i = f.indexOf('\n'); i !== -1; i = f.indexOf('\n', i + 1)) newlines++;
        onRecord(fields, endLine - newlines);
        return null;
      },
    });
  } catch (err) {
    if (!(err instanceof CsvError)) throw err;
    if (err.code === 'CSV_QUOTE_NOT_CLOSED') {
      const start = firstNonBlankLineAfter(text, lastRecordEnd);
      return {
        ok: false,
        code: 'truncated',
        message: `The row starting on line ${start} has a quoted value ("…) that is never closed, so the file ends in the middle of it: the file is truncated, or a closing " is missing on that line. Nothing was imported; check that line (or export the file again) and import it again.`,
      };
    }
    return {
      ok: false,
      code: 'invalid_csv',
      message: `The file cannot be read as CSV after line ${lastRecordEnd}: ${err.message}. Nothing was imported; check the file around that line, or export it again.`,
    };
  }
  return { ok: true };
}

/** The 1-based line of a byte offset. */
function lineOfOffset(b: Buffer, offset: number): number {
  let line = 1;
  for (let i = b.indexOf(10); i !== -1 && i < offset; i = b.indexOf(10, i + 1)) line++;
  return line;
}

/** The first line after `line` that is not blank (where the next record starts). */
function firstNonBlankLineAfter(text: string, line: number): number {
  let pos = 0;
  for (let n = 0; n < line && pos !== -1; n++) {
    const nl = text.indexOf('\n', pos);
    pos = nl === -1 ? -1 : nl + 1;
  }
  let result = line + 1;
  while (pos !== -1 && pos < text.length) {
    const nl = text.indexOf('\n', pos);
    const content = text.slice(pos, nl === -1 ? text.length : nl);
    if (content.trim() !== '') break;
    result++;
    pos = nl === -1 ? -1 : nl + 1;
  }
  return result;
}

/** Where UTF-8 encoded Latin letters or punctuation (Ã¸, â€“) show up in bytes that are not UTF-8, or -1. */
function utf8MarkerIn(b: Buffer): number {
  for (let i = b.indexOf(0xc3); i !== -1 && i < b.length - 1; i = b.indexOf(0xc3, i + 1)) {
    const n = b[i + 1]!;
    if (n >= 0x80 && n <= 0xbf) return i;
  }
  for (let i = b.indexOf(0xe2); i !== -1 && i < b.length - 2; i = b.indexOf(0xe2, i + 1)) {
    if (b[i + 1] === 0x80 && b[i + 2]! >= 0x80 && b[i + 2]! <= 0xbf) return i;
  }
  return -1;
}

function megabytes(n: number): string {
  return (n / (1024 * 1024)).toFixed(n % (1024 * 1024) === 0 ? 0 : 1);
}
