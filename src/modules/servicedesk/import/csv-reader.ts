// A streaming CSV reader (RFC 4180 with Excel's habits) that knows the line each record starts on as
// the file shows it, quoted fields spanning lines included. Text arrives in chunks of any size; a
// record is held only until it is complete, and one longer than `maxRecordChars` stops the read (an
// unterminated quote would otherwise swallow the rest of a 2 GB file). A malformed record is reported
// and reading resumes at the next line, so one pass lists every problem. (csv-parse miscounts lines
// when a quoted field holds CRLF and drops records after a stray quote, hence this reader.)
import { FileRejected } from './text-source.ts';

export interface CsvRecord {
  /** the line the record starts on (1 = the first line of the file) */
  line: number;
  fields: string[];
}

export interface CsvProblem {
  line: number;
  code: 'csv_quote' | 'csv_field_count';
  message: string;
}

export const DELIMITERS = [';', ',', '\t', '|'] as const;
const LF = 10;
const CR = 13;
const QUOTE = 34;

export function describeDelimiter(d: string): string {
  return d === '\t' ? 'tab' : d === ';' ? 'semicolon' : d === ',' ? 'comma' : d === '|' ? 'pipe' : `"${d}"`;
}

/** The delimiter used most often outside quotes in a header line (semicolon on ties). */
export function detectDelimiter(headerLine: string): string {
  const counts = new Map<string, number>(DELIMITERS.map((d) => [d, 0]));
  let quoted = false;
  for (const ch of headerLine) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && counts.has(ch)) counts.set(ch, counts.get(ch)! + 1);
  }
  let best = ';';
  for (const d of DELIMITERS) if (counts.get(d)! > counts.get(best)!) best = d;
  return best;
}

export class CsvReader {
  delimiter: string | null;
  private buf = '';
  private pos = 0;
  private line = 1;
  private started = false;
  private readonly maxRecordChars: number;

  constructor(opts: { delimiter?: string; maxRecordChars?: number } = {}) {
    this.delimiter = opts.delimiter ?? null;
    this.maxRecordChars = opts.maxRecordChars ?? 8 * 1024 * 1024;
  }

  /** Feed text; complete records go to `out`, malformed ones to `problems`. */
  push(text: string, out: CsvRecord[], problems: CsvProblem[]): void {
    this.buf = this.pos === 0 ? this.buf + text : this.buf.slice(this.pos) + text;
    this.pos = 0;
    this.parse(false, out, problems);
  }

  /** The end of the file: the last record, or FileRejected when it ends inside a quoted field. */
  end(out: CsvRecord[], problems: CsvProblem[]): void {
    this.parse(true, out, problems);
    this.buf = '';
    this.pos = 0;
  }

  private start(final: boolean): boolean {
    if (this.started) return true;
    if (this.buf.charCodeAt(0) === 0xfeff) this.pos = 1;
    let nl = this.buf.indexOf('\n', this.pos);
    if (nl === -1 && !final && this.buf.length - this.pos < 1 << 20) return false;
    if (nl === -1) nl = this.buf.length;
    let first = this.buf.slice(this.pos, nl).replace(/\r$/, '');
    // Excel's "sep=;" line names the delimiter.
    const sep = /^"?sep=(.)"?$/i.exec(first);
    if (sep) {
      this.delimiter = sep[1]!;
      this.pos = Math.min(nl + 1, this.buf.length);
      this.line++;
      const next = this.buf.indexOf('\n', this.pos);
      first = this.buf.slice(this.pos, next === -1 ? this.buf.length : next);
    }
    this.delimiter ??= detectDelimiter(first);
    this.started = true;
    return true;
  }

  private parse(final: boolean, out: CsvRecord[], problems: CsvProblem[]): void {
    if (!this.start(final)) return;
    const buf = this.buf;
    const len = buf.length;
    const delim = this.delimiter!.charCodeAt(0);
    let pos = this.pos;
    let line = this.line;

    record: while (pos < len) {
      const recStart = pos;
      const startLine = line;
      let c = buf.charCodeAt(pos);
      // blank line
      if (c === LF || c === CR) {
        if (c === CR) {
          if (pos + 1 >= len && !final) break;
          pos += buf.charCodeAt(pos + 1) === LF ? 2 : 1;
        } else pos++;
        line++;
        continue;
      }
      const fields: string[] = [];
      let i = pos;
      let ln = line;
      for (;;) {
        // one field starting at i
        if (i < len && buf.charCodeAt(i) === QUOTE) {
          let j = i + 1;
          let escaped = false;
          let q: number;
          for (;;) {
            q = buf.indexOf('"', j);
            if (q === -1 || (q + 1 >= len && !final)) {
              if (final) {
                throw new FileRejected(
                  `Line ${startLine}: a quoted field starting here is never closed, so the file ends inside it. The file is truncated or a quote is missing; nothing was imported.`,
                  startLine,
                  'truncated',
                );
              }
              if (len - recStart > this.maxRecordChars) this.tooLong(startLine);
              break record; // need more text
            }
            if (buf.charCodeAt(q + 1) === QUOTE) {
              escaped = true;
              j = q + 2;
              continue;
            }
            break;
          }
          let value = buf.slice(i + 1, q);
          if (escaped) value = value.replaceAll('""', '"');
          if (value.includes('\n') || value.includes('\r')) {
            ln += countLineBreaks(value);
            value = value.replace(/\r\n?/g, '\n');
          }
          fields.push(value);
          i = q + 1;
          if (i >= len) {
            if (!final) break record;
            break; // end of record at end of file
          }
          c = buf.charCodeAt(i);
          if (c === delim) {
            i++;
            continue;
          }
          if (c === LF || c === CR) break;
          // A character after the closing quote: report the record, resume at the next line.
          const nl = buf.indexOf('\n', i);
          if (nl === -1 && !final) {
            if (len - recStart > this.maxRecordChars) this.tooLong(startLine);
            break record;
          }
          problems.push({
            line: ln,
            code: 'csv_quote',
            message: `Line ${ln}: text after a closing quote (a quote inside a quoted value must be doubled: "").`,
          });
          pos = nl === -1 ? len : nl + 1;
          line = ln + 1;
          continue record;
        }
        // unquoted field
        let k = i;
        while (k < len) {
          c = buf.charCodeAt(k);
          if (c === delim || c === LF || c === CR) break;
          k++;
        }
        if (k >= len && !final) {
          if (len - recStart > this.maxRecordChars) this.tooLong(startLine);
          break record;
        }
        fields.push(buf.slice(i, k));
        i = k;
        if (i < len && buf.charCodeAt(i) === delim) {
          i++;
          if (i >= len) {
            if (!final) break record;
            fields.push('');
            break;
          }
          continue;
        }
        break;
      }
      // record terminator at i (or end of file)
      if (i < len) {
        if (buf.charCodeAt(i) === CR) {
          if (i + 1 >= len && !final) break;
          i += buf.charCodeAt(i + 1) === LF ? 2 : 1;
        } else i++;
        ln++;
      }
      if (i - recStart > this.maxRecordChars) this.tooLong(startLine);
      pos = i;
      line = ln;
      if (fields.length === 1 && fields[0] === '') continue;
      out.push({ line: startLine, fields });
    }
    this.pos = pos;
    this.line = line;
  }

  private tooLong(line: number): never {
    throw new FileRejected(
      `Line ${line}: the record starting here is longer than ${Math.round(this.maxRecordChars / 1048576)} MB, which no ticket is. A quote is probably missing its closing quote; nothing was imported.`,
      line,
      'record_too_long',
    );
  }
}

/** Line breaks in a value: CRLF, LF and a lone CR each count once. */
function countLineBreaks(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === LF) n++;
    else if (c === CR) {
      n++;
      if (s.charCodeAt(i + 1) === LF) i++;
    }
  }
  return n;
}
