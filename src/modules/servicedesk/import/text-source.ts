// Reading an export file as text, in chunks (bounded memory whatever the file size), with its
// encoding detected: a UTF-8 or UTF-16 byte-order mark; otherwise UTF-8, falling back to Windows-1252
// when the bytes are not UTF-8 (Excel's "CSV (semikolonseparert)" on Norwegian Windows). A file that
// mixes the two is refused with the line where the second encoding starts, so nothing is garbled.
// Gzip-compressed files are read transparently; spreadsheets and other binary files are refused.

import { isUtf8 } from 'node:buffer';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import { pipeline, Transform } from 'node:stream';
import { createGunzip } from 'node:zlib';

export type Encoding = 'utf-8' | 'windows-1252' | 'utf-16le' | 'utf-16be';
export const ENCODINGS: readonly Encoding[] = ['utf-8', 'windows-1252', 'utf-16le', 'utf-16be'];

/** The file cannot be read as a Pureservice export at all; nothing is imported. */
export class FileRejected extends Error {
  override name = 'FileRejected';
  constructor(
    message: string,
    readonly line: number | null = null,
    readonly code = 'file_rejected',
  ) {
    super(message);
  }
}

export interface TextChunk {
  text: string;
  /** bytes of the file read so far (compressed bytes for a gzip file) */
  bytesRead: number;
}

export interface SourceInfo {
  /** the encoding found (or forced) */
  encoding: Encoding;
  /** the file started with a byte-order mark */
  bom: boolean;
  gzip: boolean;
  totalBytes: number;
  mtimeMs: number;
  /** sha256 of the file's bytes, when asked for */
  sha256: string | null;
}

const CP1252_HIGH: Record<number, string> = {
  128: '\u20AC',
  130: '\u201A',
  131: '\u0192',
  132: '\u201E',
  133: '\u2026',
  134: '\u2020',
  135: '\u2021',
  136: '\u02C6',
  137: '\u2030',
  138: '\u0160',
  139: '\u2039',
  140: '\u0152',
  142: '\u017D',
  145: '\u2018',
  146: '\u2019',
  147: '\u201C',
  148: '\u201D',
  149: '\u2022',
  150: '\u2013',
  151: '\u2014',
  152: '\u02DC',
  153: '\u2122',
  154: '\u0161',
  155: '\u203A',
  156: '\u0153',
  158: '\u017E',
  159: '\u0178',
};

/**
 * Windows-1252 → string. Node's TextDecoder('windows-1252') decodes as ISO-8859-1 (0x80 is not €),
 * so bytes 0x80–0x9F are mapped here.
 */
export function decodeWindows1252(bytes: Buffer): string {
  const s = bytes.toString('latin1');
  return /[\u0080-\u009F]/.test(s) ? s.replace(/[\u0080-\u009F]/g, (c) => CP1252_HIGH[c.charCodeAt(0)] ?? c) : s;
}

/** Index of the first byte that does not start a valid UTF-8 sequence, or -1 (for error reports). */
export function firstInvalidUtf8(b: Uint8Array, from = 0, to = b.length): number {
  let i = from;
  while (i < to) {
    const c = b[i]!;
    if (c < 0x80) {
      i++;
      continue;
    }
    let n: number;
    let min: number;
    if (c >= 0xc2 && c <= 0xdf) {
      n = 1;
      min = 0x80;
    } else if (c >= 0xe0 && c <= 0xef) {
      n = 2;
      min = 0x800;
    } else if (c >= 0xf0 && c <= 0xf4) {
      n = 3;
      min = 0x10000;
    } else return i;
    let cp = c & (0x3f >> n);
    for (let k = 1; k <= n; k++) {
      if (i + k >= to) return i;
      const cc = b[i + k]!;
      if ((cc & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (cc & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += n + 1;
  }
  return -1;
}

/** Bytes at the end of `b` that begin a UTF-8 sequence the next chunk completes (0–3). */
function incompleteTail(b: Buffer): number {
  const len = b.length;
  for (let back = 1; back <= Math.min(3, len); back++) {
    const c = b[len - back]!;
    if ((c & 0xc0) === 0x80) continue; // continuation byte: look further back
    if (c < 0x80) return 0;
    const need = c >= 0xf0 ? 4 : c >= 0xe0 ? 3 : c >= 0xc0 ? 2 : 1;
    return need > back ? back : 0;
  }
  return 0;
}

/** Where UTF-8 encoded Latin letters or punctuation (Ã¸, â€“) show up in Windows-1252 text, or -1. */
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

function countNewlines(b: Buffer, to = b.length): number {
  let n = 0;
  for (let i = b.indexOf(10); i !== -1 && i < to; i = b.indexOf(10, i + 1)) n++;
  return n;
}

function sniffBinary(head: Buffer): string | null {
  if (head.length >= 4 && head[0] === 0x50 && head[1] === 0x4b && head[2] === 0x03 && head[3] === 0x04)
    return 'The file is a ZIP archive or an Excel workbook (.xlsx). Export the tickets from Pureservice as CSV (or JSON) and import that file.';
  if (head.length >= 4 && head[0] === 0xd0 && head[1] === 0xcf && head[2] === 0x11 && head[3] === 0xe0)
    return 'The file is an old Excel workbook (.xls). Save it as CSV (semicolon separated, UTF-8) and import that file.';
  if (head.length >= 5 && head.subarray(0, 5).toString('latin1') === '%PDF-')
    return 'The file is a PDF document, not a Pureservice export (CSV or JSON).';
  return null;
}

export interface OpenTextOptions {
  /** force an encoding instead of detecting it */
  encoding?: Encoding;
  /** compute the file's sha256 while reading */
  hash?: boolean;
  chunkBytes?: number;
}

/**
 * A file read as text. `chunks()` may be called more than once (one pass each); the encoding found
 * in the first pass is used in the later ones, and a pass refuses a file that changed in between.
 */
export class TextSource {
  readonly info: SourceInfo;
  private forced: Encoding | undefined;
  private detected: Encoding | null = null;
  private passes = 0;

  private constructor(
    readonly file: string,
    stat: fs.Stats,
    gzip: boolean,
    private readonly opts: OpenTextOptions,
  ) {
    this.forced = opts.encoding;
    this.info = {
      encoding: opts.encoding ?? 'utf-8',
      bom: false,
      gzip,
      totalBytes: stat.size,
      mtimeMs: stat.mtimeMs,
      sha256: null,
    };
  }

  static async open(file: string, opts: OpenTextOptions = {}): Promise<TextSource> {
    let stat: fs.Stats;
    try {
      stat = await fs.promises.stat(file);
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      throw new FileRejected(
        code === 'ENOENT' ? `The file ${file} does not exist.` : `The file ${file} cannot be read (${code}).`,
        null,
        'file_unreadable',
      );
    }
    if (!stat.isFile()) throw new FileRejected(`${file} is not a file.`, null, 'file_unreadable');
    if (stat.size === 0) throw new FileRejected(`The file ${file} is empty.`, null, 'file_empty');
    const fd = await fs.promises.open(file, 'r');
    const head = Buffer.alloc(4);
    try {
      await fd.read(head, 0, 4, 0);
    } finally {
      await fd.close();
    }
    return new TextSource(file, stat, head[0] === 0x1f && head[1] === 0x8b, opts);
  }

  /** Check that the file is still the one the first pass read. */
  private async checkUnchanged() {
    const stat = await fs.promises.stat(this.file).catch(() => null);
    if (!stat || stat.size !== this.info.totalBytes || stat.mtimeMs !== this.info.mtimeMs) {
      throw new FileRejected(
        `The file ${this.file} changed while it was being imported. Nothing was imported; run the import again when the file is complete.`,
        null,
        'file_changed',
      );
    }
  }

  async *chunks(): AsyncGenerator<TextChunk> {
    const pass = this.passes++;
    if (pass > 0) await this.checkUnchanged();
    const hash = pass === 0 && this.opts.hash ? createHash('sha256') : null;
    const raw = fs.createReadStream(this.file, { highWaterMark: this.opts.chunkBytes ?? 1 << 20 });
    let stream: AsyncIterable<Buffer> = raw;
    if (this.info.gzip) {
      const hashing = new Transform({
        transform(chunk: Buffer, _enc, done) {
          hash?.update(chunk);
          done(null, chunk);
        },
      });
      stream = pipeline(raw, hashing, createGunzip(), () => {});
    }

    let encoding: Encoding | null = this.forced ?? this.detected;
    let first = true;
    let carry: Buffer | null = null;
    let sawNonAscii = false; // valid multi-byte UTF-8 seen (auto mode)
    let linesBefore = 0; // newlines in the bytes already decoded
    let utf16: TextDecoder | null = null;

    const reject = (message: string, chunk: Buffer, at: number): never => {
      throw new FileRejected(message, linesBefore + countNewlines(chunk, at) + 1, 'encoding');
    };

    try {
      for await (const piece of stream) {
        if (!this.info.gzip) hash?.update(piece);
        const bytesRead = raw.bytesRead;
        let b: Buffer = carry ? Buffer.concat([carry, piece]) : piece;
        carry = null;
        if (first) {
          first = false;
          const binary = sniffBinary(b);
          if (binary) throw new FileRejected(binary, null, 'not_text');
          if (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) {
            this.info.bom = true;
            encoding = 'utf-8';
            b = b.subarray(3);
          } else if (b[0] === 0xff && b[1] === 0xfe) {
            this.info.bom = true;
            encoding = 'utf-16le';
            b = b.subarray(2);
          } else if (b[0] === 0xfe && b[1] === 0xff) {
            this.info.bom = true;
            encoding = 'utf-16be';
            b = b.subarray(2);
          } else if (!encoding && b.length >= 4 && b.subarray(0, Math.min(b.length, 400)).includes(0)) {
            // UTF-16 without a byte-order mark: every other byte of ASCII text is zero.
            if (b[0] !== 0 && b[1] === 0 && b[3] === 0) encoding = 'utf-16le';
            else if (b[0] === 0 && b[1] !== 0 && b[2] === 0) encoding = 'utf-16be';
            else
              throw new FileRejected(
                'The file is not text (it contains NUL bytes). Export the tickets from Pureservice as CSV or JSON.',
                null,
                'not_text',
              );
          }
        }
        if (encoding === 'utf-16le' || encoding === 'utf-16be') {
          utf16 ??= new TextDecoder(encoding);
          yield { text: utf16.decode(b, { stream: true }), bytesRead };
          continue;
        }
        if (encoding === 'windows-1252') {
          if (!this.forced) {
            const marker = utf8MarkerIn(b);
            if (marker !== -1)
              reject(
                'The file mixes encodings: this line is UTF-8 while earlier lines are Windows-1252. Nothing was imported; export the file again in one encoding (UTF-8).',
                b,
                marker,
              );
          }
          linesBefore += countNewlines(b);
          yield { text: decodeWindows1252(b), bytesRead };
          continue;
        }
        // UTF-8 (forced, from a BOM, or assumed until proven otherwise)
        const tail = incompleteTail(b);
        const body = tail ? b.subarray(0, b.length - tail) : b;
        if (tail) carry = Buffer.from(b.subarray(b.length - tail));
        if (isUtf8(body)) {
          const text = body.toString('utf8');
          if (text.length !== body.length) sawNonAscii = true;
          linesBefore += countNewlines(body);
          yield { text, bytesRead };
          continue;
        }
        const bad = firstInvalidUtf8(body);
        if (this.forced === 'utf-8' || this.info.bom)
          reject(
            'This line is not valid UTF-8 although the file is declared UTF-8. Nothing was imported; check the export or choose the encoding it really has.',
            body,
            bad,
          );
        let validMultiByteBefore = false;
        for (let i = 0; i < bad; i++)
          if (body[i]! >= 0x80) {
            validMultiByteBefore = true;
            break;
          }
        if (sawNonAscii || validMultiByteBefore)
          reject(
            'The file mixes encodings: this line is not UTF-8 (perhaps Windows-1252) while earlier text is UTF-8. Nothing was imported; export the file again in one encoding (UTF-8).',
            body,
            bad,
          );
        // Only ASCII so far, which reads the same in both: from here on, Windows-1252.
        encoding = 'windows-1252';
        this.detected = 'windows-1252';
        const rest = carry ? Buffer.concat([body, carry]) : body;
        carry = null;
        const marker = utf8MarkerIn(rest);
        if (marker !== -1)
          reject(
            'The file mixes encodings: this line is UTF-8 while earlier lines are Windows-1252. Nothing was imported; export the file again in one encoding (UTF-8).',
            rest,
            marker,
          );
        linesBefore += countNewlines(rest);
        yield { text: decodeWindows1252(rest), bytesRead };
      }
      if (carry) {
        // The file ends inside a multi-byte UTF-8 character.
        if (encoding !== 'utf-8' && !this.info.bom && !sawNonAscii && !this.forced) {
          this.detected = encoding = 'windows-1252';
          yield { text: decodeWindows1252(carry), bytesRead: raw.bytesRead };
        } else
          throw new FileRejected(
            'The file ends in the middle of a character: it is truncated. Nothing was imported; export it again.',
            linesBefore + 1,
            'truncated',
          );
      }
      if (utf16) {
        const rest = utf16.decode();
        if (rest) yield { text: rest, bytesRead: raw.bytesRead };
      }
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'Z_BUF_ERROR' || (err as Error).message?.includes('unexpected end'))
        throw new FileRejected(
          'The gzip file is truncated. Nothing was imported; copy or export it again.',
          null,
          'truncated',
        );
      if ((err as NodeJS.ErrnoException).code?.startsWith('Z_'))
        throw new FileRejected(`The gzip file is damaged (${(err as Error).message}).`, null, 'not_text');
      throw err;
    } finally {
      raw.destroy();
    }
    if (!this.forced && encoding) this.detected = encoding;
    this.info.encoding = this.forced ?? this.detected ?? 'utf-8';
    if (hash) this.info.sha256 = hash.digest('hex');
  }
}
