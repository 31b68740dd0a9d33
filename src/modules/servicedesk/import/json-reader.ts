// A streaming reader of Pureservice's JSON:API output that hands over one ticket (or one linked
// entity) at a time, so a file of any size is read with bounded memory. Accepted shapes:
//   { "tickets": [...], "linked": { "users": [...], ... } }     one page of /agent/api/ticket
//   { "data": [...], "included": [...] }                         JSON:API style
//   [ page, page, ... ]                                           a JSON array of pages
//   page \n page \n ...                                           NDJSON (or concatenated) pages
//   [ ticket, ticket, ... ]                                       a plain array of tickets
// Only the structure around the tickets is tracked; each ticket or entity is cut out as text and
// parsed with JSON.parse. A ticket that is not valid JSON is reported with its position and reading
// goes on; a file that ends early (truncated) or breaks the structure is refused.
import { FileRejected } from './text-source.ts';

export type JsonItem =
  | { kind: 'ticket'; value: Record<string, unknown>; line: number; index: number }
  | { kind: 'entity'; type: string; value: Record<string, unknown> }
  | { kind: 'problem'; line: number; index: number | null; id: string | null; code: string; message: string };

type Role = 'page' | 'rootArray' | 'pending' | 'tickets' | 'linked' | 'entities' | 'included' | 'other';
type Expect = 'keyOrEnd' | 'key' | 'colon' | 'value' | 'valueOrEnd' | 'commaOrEnd';

interface Frame {
  type: 'obj' | 'arr';
  role: Role;
  expect: Expect;
  key: string | null;
  /** entities: the linked collection's name */
  entityType?: string;
  /** pending: where the object starts and its line */
  start?: number;
  line?: number;
}

interface Sub {
  capture: boolean;
  start: number;
  line: number;
  depth: number;
  inString: boolean;
  /** what a completed capture is */
  target: { kind: 'ticket'; index: number } | { kind: 'entity'; type: string | null } | { kind: 'skip' };
  tooBig: boolean;
}

const PAGE_KEYS = new Set(['tickets', 'data', 'linked', 'included', 'meta', 'errors', 'jsonapi']);
const WS_SPACE = 32;
const WS_TAB = 9;
const LF = 10;
const CR = 13;

const idIn = (text: string): string | null => /"id"\s*:\s*"?([\w-]{1,40})/.exec(text)?.[1] ?? null;

export class JsonReader {
  private buf = '';
  private pos = 0;
  private line = 1;
  private stack: Frame[] = [];
  private sub: Sub | null = null;
  private roots = 0;
  /** tickets seen so far (index of the next one) */
  tickets = 0;
  private readonly maxRecordChars: number;

  constructor(private readonly opts: { tickets: boolean; entities: boolean; maxRecordChars?: number }) {
    this.maxRecordChars = opts.maxRecordChars ?? 16 * 1024 * 1024;
  }

  push(text: string, out: JsonItem[]): void {
    this.buf = this.buf + text;
    this.run(false, out);
    this.compact();
  }

  end(out: JsonItem[]): void {
    this.run(true, out);
    const sub = this.sub;
    if (sub && sub.target.kind === 'ticket') {
      throw new FileRejected(
        `The JSON ends inside ticket ${sub.target.index + 1} (line ${sub.line}): the file is truncated. Nothing was imported; export it again.`,
        sub.line,
        'truncated',
      );
    }
    if (sub || this.stack.length > 0) {
      throw new FileRejected(
        `The JSON ends before its closing brackets (line ${this.line}, after ${this.tickets} tickets): the file is truncated. Nothing was imported; export it again.`,
        this.line,
        'truncated',
      );
    }
    if (this.roots === 0) throw new FileRejected('The file holds no JSON.', null, 'not_json');
  }

  /** Drop text that no longer needs to be kept. */
  private compact() {
    let keep = this.pos;
    if (this.sub?.capture) keep = Math.min(keep, this.sub.start);
    for (const f of this.stack) if (f.role === 'pending' && f.start !== undefined) keep = Math.min(keep, f.start);
    if (this.buf.length - keep > this.maxRecordChars + (1 << 20)) {
      // only a capture may hold this much, and captures give up at the limit: a name or value outside
      // the tickets that never ends
      throw new FileRejected(
        `Line ${this.line}: a value longer than ${Math.round(this.maxRecordChars / 1048576)} MB outside the tickets; the file is damaged. Nothing was imported.`,
        this.line,
        'record_too_long',
      );
    }
    if (keep === 0) return;
    this.buf = this.buf.slice(keep);
    this.pos -= keep;
    if (this.sub) this.sub.start -= keep;
    for (const f of this.stack) if (f.start !== undefined) f.start -= keep;
  }

  private fail(message: string, code = 'json_syntax'): never {
    throw new FileRejected(`Line ${this.line}: ${message} Nothing was imported.`, this.line, code);
  }

  private run(final: boolean, out: JsonItem[]) {
    const buf = this.buf;
    const len = buf.length;
    for (;;) {
      if (this.sub) {
        if (!this.runSub(final, out)) return;
        continue;
      }
      // whitespace
      let pos = this.pos;
      while (pos < len) {
        const c = buf.charCodeAt(pos);
        if (c === LF) this.line++;
        else if (c !== WS_SPACE && c !== WS_TAB && c !== CR && c !== 0xfeff) break;
        pos++;
      }
      this.pos = pos;
      if (pos >= len) return;
      const ch = buf[pos]!;
      const frame = this.stack[this.stack.length - 1];
      if (!frame) {
        if (ch === '{') this.open('obj', 'page');
        else if (ch === '[') this.open('arr', 'rootArray');
        else if (this.roots === 0)
          this.fail('the file is not a Pureservice JSON export (it should start with { or [).');
        else this.fail(`unexpected "${ch}" after the end of a page.`);
        continue;
      }
      switch (frame.expect) {
        case 'keyOrEnd':
        case 'key': {
          if (ch === '}' && frame.expect === 'keyOrEnd') {
            this.pos++;
            this.close();
            break;
          }
          if (ch !== '"') this.fail(`expected a property name, found "${ch}".`);
          const end = stringEnd(buf, pos + 1);
          if (end === -1) {
            if (final) this.fail('the file ends inside a property name: it is truncated.', 'truncated');
            return;
          }
          const raw = buf.slice(pos, end + 1);
          frame.key = raw.includes('\\') ? (JSON.parse(raw) as string) : raw.slice(1, -1);
          this.pos = end + 1;
          frame.expect = 'colon';
          if (frame.role === 'pending') {
            if (PAGE_KEYS.has(frame.key)) {
              frame.role = 'page';
              frame.start = undefined;
            } else {
              // a plain array of tickets: this object is a ticket
              this.stack.pop();
              this.startSub(frame.start!, frame.line!, 1, { kind: 'ticket', index: this.tickets++ });
            }
          }
          break;
        }
        case 'colon':
          if (ch !== ':') this.fail(`expected ":" after "${frame.key}", found "${ch}".`);
          this.pos++;
          frame.expect = 'value';
          break;
        case 'commaOrEnd':
          if (ch === ',') {
            frame.expect = frame.type === 'obj' ? 'key' : 'value';
            this.pos++;
          } else if ((ch === '}' && frame.type === 'obj') || (ch === ']' && frame.type === 'arr')) {
            this.pos++;
            this.close();
          } else this.fail(`expected "," or "${frame.type === 'obj' ? '}' : ']'}", found "${ch}".`);
          break;
        case 'valueOrEnd':
        case 'value':
          if (ch === ']' && frame.type === 'arr' && frame.expect === 'valueOrEnd') {
            this.pos++;
            this.close();
            break;
          }
          if (ch === ']' || ch === '}' || ch === ',' || ch === ':') this.fail(`expected a value, found "${ch}".`);
          this.startValue(frame, ch);
          break;
      }
    }
  }

  private open(type: 'obj' | 'arr', role: Role, extra: Partial<Frame> = {}) {
    this.stack.push({ type, role, expect: type === 'obj' ? 'keyOrEnd' : 'valueOrEnd', key: null, ...extra });
    this.pos++;
  }

  private close() {
    this.stack.pop();
    const parent = this.stack[this.stack.length - 1];
    if (parent) parent.expect = 'commaOrEnd';
    else this.roots++;
  }

  private startValue(frame: Frame, ch: string) {
    frame.expect = 'commaOrEnd';
    const pos = this.pos;
    const line = this.line;
    const skip = () => this.startSub(pos, line, 0, { kind: 'skip' });
    switch (frame.role) {
      case 'page': {
        const key = frame.key;
        if (key === 'tickets' || key === 'data') {
          if (ch === '[') return this.open('arr', 'tickets');
          if (ch === '{') return this.startSub(pos, line, 0, { kind: 'ticket', index: this.tickets++ });
        } else if (key === 'linked' && ch === '{') return this.open('obj', 'linked');
        else if (key === 'included' && ch === '[') return this.open('arr', 'included');
        return skip();
      }
      case 'rootArray':
        if (ch === '{') {
          this.open('obj', 'pending', { start: pos, line });
          return;
        }
        if (ch === '[') return this.open('arr', 'tickets');
        return skip();
      case 'tickets':
        // (a value that is not an object is reported as such when it is parsed)
        return this.startSub(pos, line, 0, { kind: 'ticket', index: this.tickets++ });
      case 'linked':
        if (ch === '[') return this.open('arr', 'entities', { entityType: frame.key ?? '' });
        return skip();
      case 'entities':
        return this.startSub(pos, line, 0, { kind: 'entity', type: frame.entityType ?? null });
      case 'included':
        return this.startSub(pos, line, 0, { kind: 'entity', type: null });
      default:
        return skip();
    }
  }

  private startSub(start: number, line: number, depth: number, target: Sub['target']) {
    const wanted = target.kind === 'ticket' ? this.opts.tickets : target.kind === 'entity' ? this.opts.entities : false;
    // depth 0: at the value's first character (runSub counts a container's bracket); 1: inside an object
    this.sub = { capture: wanted, start, line, depth, inString: false, target, tooBig: false };
  }

  /** Scan the value in progress; true when it is complete. */
  private runSub(final: boolean, out: JsonItem[]): boolean {
    const sub = this.sub!;
    const buf = this.buf;
    const len = buf.length;
    let pos = this.pos;
    for (;;) {
      if (pos >= len) {
        this.pos = pos;
        if (final && sub.depth === 0 && !sub.inString && pos > sub.start) return this.finishSub(pos, out);
        this.checkSize(sub, pos);
        return false;
      }
      if (sub.inString) {
        const q = buf.indexOf('"', pos);
        if (q === -1) {
          let back = len;
          while (back > pos && buf.charCodeAt(back - 1) === 92) back--;
          this.pos = back;
          this.checkSize(sub, len);
          return false;
        }
        let k = q - 1;
        while (k >= 0 && buf.charCodeAt(k) === 92) k--;
        pos = q + 1;
        if ((q - 1 - k) % 2 === 1) continue; // escaped quote
        sub.inString = false;
        if (sub.depth === 0) return this.finishSub(pos, out);
        continue;
      }
      const c = buf.charCodeAt(pos);
      if (c === 34) {
        sub.inString = true;
        pos++;
      } else if (c === 123 || c === 91) {
        sub.depth++;
        pos++;
      } else if (c === 125 || c === 93) {
        if (sub.depth === 0) return this.finishSub(pos, out); // end of a primitive
        sub.depth--;
        pos++;
        if (sub.depth === 0) return this.finishSub(pos, out);
      } else if (c === LF) {
        this.line++;
        pos++;
      } else if (sub.depth === 0 && (c === 44 || c === WS_SPACE || c === WS_TAB || c === CR)) {
        return this.finishSub(pos, out); // end of a primitive
      } else pos++;
    }
  }

  private checkSize(sub: Sub, pos: number) {
    if (sub.capture && pos - sub.start > this.maxRecordChars) {
      sub.capture = false;
      sub.tooBig = true;
    }
  }

  private finishSub(end: number, out: JsonItem[]): true {
    const sub = this.sub!;
    this.sub = null;
    this.pos = end;
    const t = sub.target;
    if (sub.tooBig && t.kind === 'ticket') {
      out.push({
        kind: 'problem',
        line: sub.line,
        index: t.index,
        id: null,
        code: 'record_too_long',
        message: `Ticket ${t.index + 1} is larger than ${Math.round(this.maxRecordChars / 1048576)} MB.`,
      });
      return true;
    }
    if (!sub.capture || t.kind === 'skip') return true;
    const text = this.buf.slice(sub.start, end);
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (err) {
      if (t.kind === 'ticket')
        out.push({
          kind: 'problem',
          line: sub.line,
          index: t.index,
          id: idIn(text),
          code: 'json_syntax',
          message: `Ticket ${t.index + 1} is not valid JSON (${(err as Error).message}).`,
        });
      return true;
    }
    const isObject = typeof value === 'object' && value !== null && !Array.isArray(value);
    if (t.kind === 'ticket') {
      if (isObject)
        out.push({ kind: 'ticket', value: value as Record<string, unknown>, line: sub.line, index: t.index });
      else
        out.push({
          kind: 'problem',
          line: sub.line,
          index: t.index,
          id: null,
          code: 'json_shape',
          message: `Ticket ${t.index + 1} is not an object.`,
        });
    } else if (t.kind === 'entity' && isObject) {
      const v = value as Record<string, unknown>;
      const type = t.type ?? (typeof v.type === 'string' ? v.type : null);
      if (type) out.push({ kind: 'entity', type, value: v });
    }
    return true;
  }
}

/** Index of the closing quote of a string whose content starts at `from`, or -1 if not in `s`. */
function stringEnd(s: string, from: number): number {
  let pos = from;
  for (;;) {
    const q = s.indexOf('"', pos);
    if (q === -1) return -1;
    let k = q - 1;
    while (k >= from && s.charCodeAt(k) === 92) k--;
    if ((q - 1 - k) % 2 === 0) return q;
    pos = q + 1;
  }
}
