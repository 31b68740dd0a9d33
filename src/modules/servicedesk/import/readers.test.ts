import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import { gzipSync } from 'node:zlib';
import { uuidv7 } from '../../../shared/ids.ts';
import { type CsvProblem, CsvReader, type CsvRecord, detectDelimiter } from './csv-reader.ts';
import { parseTimestamp } from './dates.ts';
import { FIELDS, fieldForHeader, HEADER_ALIASES } from './fields.ts';
import { cp1252 } from './fixtures/cp1252.ts';
import { htmlToText } from './html.ts';
import { type JsonItem, JsonReader } from './json-reader.ts';
import { KeyIndex } from './key-index.ts';
import { buildLookups, DEFAULT_MAPPING, parseMapping } from './mapping.ts';
import { entityType, LinkedEntities, rawFromJson } from './parsers.ts';
import { decodeWindows1252, FileRejected, TextSource } from './text-source.ts';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'samdrift-import-unit-'));
after(() => fs.rmSync(dir, { recursive: true, force: true }));

const oslo = 'Europe/Oslo';
const at = (s: string) => {
  const r = parseTimestamp(s, oslo);
  assert.ok(r.ok, `${s}: ${r.ok ? '' : r.reason}`);
  return new Date(r.ms).toISOString();
};

describe('timestamps', () => {
  it('reads Norwegian display dates as Oslo wall time, DST-correct', () => {
    assert.equal(at('14.11.2024 08:15'), '2024-11-14T07:15:00.000Z'); // CET
    assert.equal(at('14.06.2024 08:15'), '2024-06-14T06:15:00.000Z'); // CEST
    assert.equal(at('1.2.2024'), '2024-01-31T23:00:00.000Z');
    assert.equal(at('14.11.2024 kl. 08.15:30'), '2024-11-14T07:15:30.000Z');
    // the spring-forward gap (02:00–03:00 does not exist) lands after it; the repeated hour is the earlier
    assert.equal(at('31.03.2024 02:30'), '2024-03-31T01:30:00.000Z');
    assert.equal(at('27.10.2024 02:30'), '2024-10-27T00:30:00.000Z');
  });

  it('reads ISO with and without an offset, and .NET dates', () => {
    assert.equal(at('2024-11-14T08:15:00Z'), '2024-11-14T08:15:00.000Z');
    assert.equal(at('2024-11-14T08:15:00.123+01:00'), '2024-11-14T07:15:00.123Z');
    assert.equal(at('2024-11-14 08:15'), '2024-11-14T07:15:00.000Z');
    assert.equal(at('2024-07-01'), '2024-06-30T22:00:00.000Z');
    assert.equal(at('/Date(1731568500000)/'), '2024-11-14T07:15:00.000Z');
  });

  it('refuses what is not a date, with a reason', () => {
    for (const s of ['31.02.2024', '2024-13-01', '14.11.2024 25:00', 'i går', '14/11/2024', '01.01.1900']) {
      const r = parseTimestamp(s, oslo);
      assert.equal(r.ok, false, s);
    }
  });
});

describe('CSV reader', () => {
  const read = (text: string, chunk = text.length) => {
    const r = new CsvReader();
    const out: CsvRecord[] = [];
    const problems: CsvProblem[] = [];
    for (let i = 0; i < text.length; i += chunk) r.push(text.slice(i, i + chunk), out, problems);
    r.end(out, problems);
    return { out, problems, delimiter: r.delimiter };
  };

  it('gives the line each record starts on, with quoted line breaks (CRLF, LF) and blank lines', () => {
    const text = 'a;b\r\n1;"x\r\ny"\r\n\r\n2;"p\nq\nr"\n3;""""\n4;5';
    for (const chunk of [1, 2, 3, 7, 1000]) {
      const { out, problems } = read(text, chunk);
      assert.deepEqual(problems, []);
      assert.deepEqual(
        out.map((r) => [r.line, ...r.fields]),
        [
          [1, 'a', 'b'],
          [2, '1', 'x\ny'],
          [5, '2', 'p\nq\nr'],
          [8, '3', '"'],
          [9, '4', '5'],
        ],
        `chunk ${chunk}`,
      );
    }
  });

  it('detects the delimiter, honours sep=, and skips a BOM', () => {
    assert.equal(detectDelimiter('a,b,"c;d"'), ',');
    assert.equal(detectDelimiter('a\tb\tc'), '\t');
    const { out, delimiter } = read('\uFEFFsep=,\na,b\n1,2\n');
    assert.equal(delimiter, ',');
    assert.deepEqual(
      out.map((r) => [r.line, ...r.fields]),
      [
        [2, 'a', 'b'],
        [3, '1', '2'],
      ],
    );
  });

  it('reports text after a closing quote and reads on at the next line', () => {
    const { out, problems } = read('a;b\n1;"x"y\n2;3\n');
    assert.deepEqual(
      problems.map((p) => [p.line, p.code]),
      [[2, 'csv_quote']],
    );
    assert.deepEqual(
      out.map((r) => r.line),
      [1, 3],
    );
  });

  it('refuses a file that ends inside a quoted field, naming the line it starts on', () => {
    assert.throws(
      () => read('a;b\n1;2\n3;"never closed\nmore\n'),
      (e: unknown) => e instanceof FileRejected && e.line === 3 && e.code === 'truncated',
    );
  });

  it('stops at a record longer than the limit instead of buffering the rest of the file', () => {
    const r = new CsvReader({ maxRecordChars: 1000 });
    const out: CsvRecord[] = [];
    r.push('a;b\n1;"open\n', out, []);
    assert.throws(
      () => {
        for (let i = 0; i < 100; i++) r.push('x'.repeat(100), out, []);
      },
      (e: unknown) => e instanceof FileRejected && e.code === 'record_too_long' && e.line === 2,
    );
  });
});

describe('JSON reader', () => {
  const read = (text: string, opts = { tickets: true, entities: true }, chunk = text.length) => {
    const r = new JsonReader(opts);
    const out: JsonItem[] = [];
    for (let i = 0; i < text.length; i += chunk) r.push(text.slice(i, i + chunk), out);
    r.end(out);
    return out;
  };
  const tickets = (items: JsonItem[]) =>
    items.filter((i) => i.kind === 'ticket').map((i) => (i.kind === 'ticket' ? [i.index, i.line, i.value.id] : null));

  it('reads a page, pages in an array, NDJSON pages and a plain array of tickets, in any chunk size', () => {
    const page = (ids: number[]) =>
      JSON.stringify({ tickets: ids.map((id) => ({ id, subject: `s"}{[${id}` })), linked: { users: [{ id: 1 }] } });
    const cases: [string, string][] = [
      ['page', page([1, 2])],
      ['array of pages', `[${page([1])},\n${page([2])}]`],
      ['ndjson', `${page([1])}\n${page([2])}\n`],
      ['plain array', '[{"id":1,"subject":"a"},\n{"subject":"b","id":2}]'],
      [
        'json:api',
        '{"data":[{"id":"1","attributes":{"subject":"a"}},{"id":"2"}],"included":[{"type":"users","id":"1"}]}',
      ],
    ];
    for (const [name, text] of cases) {
      for (const chunk of [1, 5, 10_000]) {
        const items = read(text, { tickets: true, entities: true }, chunk);
        assert.deepEqual(
          tickets(items).map((t) => String(t![2])),
          ['1', '2'],
          `${name}, chunk ${chunk}`,
        );
      }
    }
    const items = read(page([1]));
    assert.deepEqual(
      items.filter((i) => i.kind === 'entity').map((i) => (i.kind === 'entity' ? i.type : '')),
      ['users'],
    );
  });

  it('counts lines, and reports a broken ticket with its index and id while reading on', () => {
    const text = '{"tickets": [\n{"id": 1},\n{"id": 2, "subject": tru},\n{"id": 3}\n]}';
    const items = read(text);
    assert.deepEqual(tickets(items), [
      [0, 2, 1],
      [2, 4, 3],
    ]);
    const p = items.find((i) => i.kind === 'problem');
    assert.ok(p && p.kind === 'problem');
    assert.equal(p.index, 1);
    assert.equal(p.line, 3);
    assert.equal(p.id, '2');
  });

  it('refuses a truncated file', () => {
    const full = fs.readFileSync(path.join(import.meta.dirname, 'fixtures/page.json'), 'utf8');
    for (const cut of [10, Math.floor(full.length / 2), full.length - 3]) {
      assert.throws(
        () => read(full.slice(0, cut)),
        (e: unknown) => e instanceof FileRejected && e.code === 'truncated',
        `cut at ${cut}`,
      );
    }
    assert.throws(() => read('{"tickets": [] } x'), FileRejected);
    assert.throws(() => read('"just a string"'), FileRejected);
  });

  it('skips tickets without keeping them when only linked entities are wanted', () => {
    const items = read(
      '{"tickets":[{"id":1,"subject":"x"}],"linked":{"statuses":[{"id":7,"name":"Løst","coreStatus":50}]}}',
      {
        tickets: false,
        entities: true,
      },
    );
    assert.deepEqual(
      items.map((i) => i.kind),
      ['entity'],
    );
  });
});

describe('JSON tickets', () => {
  it('resolve ids through linked entities: user → company, status → coreStatus', () => {
    const linked = new LinkedEntities();
    linked.add('users', { id: 11, firstName: 'Kari', lastName: 'Nordmann', email: 'kari@x.no', companyId: 17 });
    linked.add('Companies', { id: 17, name: 'Molde kommune' });
    linked.add('status', { id: 7, attributes: { name: 'Løst', coreStatus: 50 } });
    const raw = rawFromJson(
      { id: 5, subject: 'S', statusId: 7, links: { user: { id: 11 } }, priority: { id: 2, name: 'Høy' }, cf_3: 'x' },
      1,
      1,
      linked,
    );
    assert.deepEqual(raw.values, {
      id: '5',
      subject: 'S',
      statusId: '7',
      status: 'Løst',
      coreStatus: '50',
      userId: '11',
      userName: 'Kari Nordmann',
      emailAddress: 'kari@x.no',
      companyId: '17',
      company: 'Molde kommune',
      priorityId: '2',
      priority: 'Høy',
    });
    assert.deepEqual(raw.custom, { cf_3: 'x' });
    assert.equal(entityType('companyDepartments'), 'departments');
    assert.equal(entityType('emailaddresses'), 'emails');
  });
});

describe('text source', () => {
  const readAll = async (bytes: Buffer, opts = {}) => {
    const file = path.join(dir, `f-${Math.random()}.csv`);
    fs.writeFileSync(file, bytes);
    const src = await TextSource.open(file, opts);
    let text = '';
    for await (const c of src.chunks()) text += c.text;
    return { text, info: src.info };
  };

  it('detects UTF-8, a BOM, Windows-1252 and UTF-16, and reads gzip', async () => {
    assert.deepEqual((await readAll(Buffer.from('Emne;Løst\n', 'utf8'))).text, 'Emne;Løst\n');
    const bom = await readAll(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('Æ;Ø\n')]));
    assert.equal(bom.text, 'Æ;Ø\n');
    assert.equal(bom.info.bom, true);
    const win = await readAll(cp1252('Emne;Løsning\nBlåbær – 5 €\n'));
    assert.equal(win.text, 'Emne;Løsning\nBlåbær – 5 €\n');
    assert.equal(win.info.encoding, 'windows-1252');
    const u16 = await readAll(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Æ;ø\n', 'utf16le')]));
    assert.equal(u16.text, 'Æ;ø\n');
    assert.equal(u16.info.encoding, 'utf-16le');
    const gz = await readAll(gzipSync(Buffer.from('a;æ\n')));
    assert.equal(gz.text, 'a;æ\n');
    assert.equal(gz.info.gzip, true);
  });

  it('reads UTF-8 characters split between chunks', async () => {
    const text = 'Emne;Løsning\nÆrlig talt – 5 € 😀;blåbærsyltetøy\n'.repeat(50);
    const file = path.join(dir, 'split.csv');
    fs.writeFileSync(file, text);
    for (const chunkBytes of [1, 2, 3, 7, 64]) {
      const src = await TextSource.open(file, { chunkBytes });
      let got = '';
      for await (const c of src.chunks()) got += c.text;
      assert.equal(got, text, `chunks of ${chunkBytes}`);
      assert.equal(src.info.encoding, 'utf-8');
    }
  });

  it('decodes a Windows-1252 file whose first non-ASCII byte comes after the first chunk', async () => {
    const text = `${'a;b\n'.repeat(5000)}Bø;Ålesund\n`;
    const file = path.join(dir, 'late.csv');
    fs.writeFileSync(file, cp1252(text));
    const src = await TextSource.open(file, { chunkBytes: 4096 });
    let got = '';
    for await (const c of src.chunks()) got += c.text;
    assert.equal(got, text);
    assert.equal(src.info.encoding, 'windows-1252');
  });

  it('refuses mixed encodings with the line, and spreadsheets and binary files', async () => {
    const mixed = Buffer.concat([Buffer.from('a;b\nø;1\n', 'utf8'), cp1252('å;2\n')]);
    await assert.rejects(
      readAll(mixed),
      (e: unknown) => e instanceof FileRejected && e.line === 3 && e.code === 'encoding',
    );
    const mixed2 = Buffer.concat([cp1252('a;b\nø;1\n'), Buffer.from('å;2\n', 'utf8')]);
    await assert.rejects(readAll(mixed2), (e: unknown) => e instanceof FileRejected && e.line === 3);
    await assert.rejects(readAll(Buffer.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3])), /Excel workbook/);
    await assert.rejects(readAll(Buffer.from([1, 0, 0, 2, 0, 0, 3])), /not text/);
    await assert.rejects(readAll(Buffer.from('a;ø\n', 'latin1'), { encoding: 'utf-8' }), /not valid UTF-8/);
  });

  it('maps Windows-1252 punctuation that Node decodes as Latin-1', () => {
    assert.equal(decodeWindows1252(Buffer.from([0x80, 0x96, 0x92, 0xe6])), '€–’æ');
  });
});

describe('headers, mapping, HTML, keys', () => {
  it('documents every header alias in README.md', () => {
    const readme = fs.readFileSync(path.join(import.meta.dirname, 'README.md'), 'utf8');
    for (const f of FIELDS) {
      const row = readme.split('\n').find((l) => l.startsWith(`| \`${f}\``));
      assert.ok(row, `README has no row for ${f}`);
      for (const alias of HEADER_ALIASES[f]) assert.ok(row.includes(alias), `README: ${f} lacks ${alias}`);
    }
  });

  it('knows Norwegian labels and API names', () => {
    assert.equal(fieldForHeader('Saksnummer'), 'requestNumber');
    assert.equal(fieldForHeader(' løsning: '), 'solution');
    assert.equal(fieldForHeader('Losning'), 'solution');
    assert.equal(fieldForHeader('Kategori 2'), 'category2');
    assert.equal(fieldForHeader('category3Id'), 'category3Id');
    assert.equal(fieldForHeader('Firma'), 'company');
    assert.equal(fieldForHeader('cf_12'), 'cf_12');
    assert.equal(fieldForHeader('Tid brukt'), null);
  });

  it('merges a mapping over the defaults and names what is wrong', () => {
    const ok = parseMapping({ priorities: { Haster: 'critical' }, companies: { 'IKT-avd': null } });
    assert.ok(ok.ok);
    assert.equal(ok.mapping.priorities.Haster, 'critical');
    assert.equal(ok.mapping.priorities.Kritisk, 'critical');
    const empty = parseMapping({ useDefaults: false });
    assert.ok(empty.ok && Object.keys(empty.mapping.priorities).length === 0);
    const bad = parseMapping({
      priorities: { Haster: 'urgent' },
      sources: { Chat: 'chat' },
      colour: 'red',
      timeZone: 'Mars/Base',
    });
    assert.ok(!bad.ok);
    assert.deepEqual(bad.problems.map((p) => p.path).sort(), [
      'mapping.colour',
      'mapping.priorities["Haster"]',
      'mapping.sources["Chat"]',
      'mapping.timeZone',
    ]);
    assert.equal(DEFAULT_MAPPING.sources.Chat, 'portal');
  });

  it('looks values up by the mapping file first, then built-in names, then built-in ids', () => {
    const ref = {
      statuses: [{ key: 'new', name: 'Ny', core_state: 'new' as const }],
      members: [{ id: 'm1', code: 'vestnes', name: 'Vestnes kommune', municipality_number: '1535', email_domains: [] }],
      categories: [],
      teams: [],
      users: [],
    };
    const build = (input: unknown) => {
      const m = parseMapping(input);
      assert.ok(m.ok);
      const l = buildLookups(m.mapping, ref);
      assert.ok(l.ok);
      return l.lookups;
    };
    const lk = build(undefined);
    assert.equal(lk.priority.get('2', 'Lav'), 'low'); // the name the export gives beats the default id 2 = Høy
    assert.equal(lk.priority.get('2', undefined), 'high');
    assert.equal(lk.member.get(undefined, 'Vestnes'), 'm1');
    assert.equal(lk.member.get(undefined, '1535'), 'm1');
    assert.equal(lk.member.get('1535', undefined), undefined); // a company id is not a municipality number
    const own = build({ priorities: { '2': 'low' }, companies: { '1535': 'vestnes', 'IKT-avdelingen': null } });
    assert.equal(own.priority.get('2', 'Høy'), 'low');
    assert.equal(own.member.get('1535', 'Noe annet'), 'm1');
    assert.equal(own.member.get(undefined, 'ikt-avdelingen'), null);
    const parsed = parseMapping({ statuses: { Løst: 'solved' } });
    assert.ok(parsed.ok);
    const bad = buildLookups(parsed.mapping, ref);
    assert.ok(!bad.ok);
    assert.match(bad.problems[0]!.message, /"solved" is not a status of this cooperation \(new\)/);
  });

  it('turns Pureservice HTML into text', () => {
    assert.equal(
      htmlToText(
        '<p>Hei,</p><p>Skriveren i <b>2.&nbsp;etg</b> &aring;pner ikke.<br>Mvh<br/>Kari</p><ul><li>A</li><li>B</li></ul>',
      ),
      'Hei,\n\nSkriveren i 2. etg åpner ikke.\nMvh\nKari\n\n- A\n- B',
    );
  });

  it('gives time-ordered version 7 UUIDs', () => {
    const ids = Array.from({ length: 10_000 }, () => uuidv7());
    for (const id of ids) assert.match(id, /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    assert.deepEqual([...ids].sort(), ids);
    assert.equal(new Set(ids).size, ids.length);
  });

  it('remembers keys compactly, numeric and not', () => {
    const k = new KeyIndex();
    for (let i = 1; i <= 20_000; i++) assert.equal(k.set(String(i * 7), i), 0);
    assert.equal(k.set('7', 99), 1);
    assert.equal(k.get('7'), 99);
    assert.equal(k.get('140000'), 20_000);
    assert.equal(k.get('8'), 0);
    assert.equal(k.set('007', 5), 0); // not the same key as 7
    assert.equal(k.set('abc', 3), 0);
    assert.equal(k.set('abc', 4), 3);
    assert.equal(k.size, 20_002);
  });
});
