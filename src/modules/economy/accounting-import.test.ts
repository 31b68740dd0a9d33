import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { type AccountingParse, MAX_ACCOUNTING_FILE_BYTES, parseAccountingExport } from './accounting-import.ts';
import type { ExpenseType } from './expense-types.ts';

const accounts = new Map<string, ExpenseType>([
  ['10100', 'salaries'],
  ['11000', 'staff_premises'],
  ['12000', 'licences_support'],
  ['16200', 'income'],
]);
const opts = { year: 2024, accounts };

const utf8 = (s: string) => Buffer.from(s, 'utf8');
const parseText = (s: string, o: Partial<Parameters<typeof parseAccountingExport>[1]> = {}) =>
  parseAccountingExport(utf8(s), { ...opts, ...o });

const codes = (p: AccountingParse) => p.errors.map((e) => e.code);
const only = (p: AccountingParse, code: string) => {
  assert.deepEqual(codes(p), [code], JSON.stringify(p.errors, null, 2));
  return p.errors[0]!;
};

describe('parseAccountingExport: files that import', () => {
  it('reads Norwegian headers with semicolons, Norwegian amounts and CRLF line ends', () => {
    const p = parseText(
      'Konto;Periode;Beløp;Tekst\r\n' +
        '10100;1;1 234,50;Lønn januar\r\n' +
        '11000;2024-02;-7 103;Husleie\r\n' +
        '12000;202403;(1 500);Kreditnota\r\n' +
        '16200;04.2024;-2500000;Inntekter\r\n',
    );
    assert.deepEqual(p.errors, []);
    assert.equal(p.encoding, 'utf-8');
    assert.equal(p.delimiter, ';');
    assert.deepEqual(p.rows, [
      { line: 2, account: '10100', period: 1, amountOre: 123_450, expenseType: 'salaries' },
      { line: 3, account: '11000', period: 2, amountOre: -710_300, expenseType: 'staff_premises' },
      { line: 4, account: '12000', period: 3, amountOre: -150_000, expenseType: 'licences_support' },
      { line: 5, account: '16200', period: 4, amountOre: -250_000_000, expenseType: 'income' },
    ]);
    assert.deepEqual(p.periods, [1, 2, 3, 4]);
  });

  it('reads English headers with commas, in any order, with extra columns ignored', () => {
    const p = parseText(
      'Description,AMOUNT, Month ,Department,Account\n' +
        '"Salaries, March",12345.67,2024/3,IT,10100\n' +
        'Rent,"1,234.00",11/2024,IT,11000\n',
    );
    assert.deepEqual(p.errors, []);
    assert.equal(p.delimiter, ',');
    assert.deepEqual(
      p.rows.map((r) => [r.line, r.account, r.period, r.amountOre]),
      [
        [2, '10100', 3, 1_234_567],
        [3, '11000', 11, 123_400],
      ],
    );
    assert.deepEqual(p.periods, [3, 11]);
  });

  it('reads every accepted header name and tab as the delimiter', () => {
    for (const [a, per, amt] of [
      ['kontonr', 'måned', 'belop'],
      ['KONTONUMMER', 'period', 'sum'],
      ['account', 'month', 'amount'],
      ['Konto', 'PERIODE', 'BELØP'],
    ]) {
      const p = parseText(`${a}\t${per}\t${amt}\n10100\t12\t100\n`);
      assert.deepEqual(p.errors, [], `${a} ${per} ${amt}`);
      assert.equal(p.delimiter, '\t');
      assert.deepEqual(
        p.rows.map((r) => [r.period, r.amountOre]),
        [[12, 10_000]],
      );
    }
  });

  it('reads Windows-1252 from Excel (æøå in the header and the text)', () => {
    const text = 'Konto;Periode;Beløp;Tekst\r\n10100;5;92,12;Lønn mai – årsoppgjør\r\n11000;5;1 000;Kjøp\r\n';
    const bytes = Buffer.from(text.replace('–', '\u0096'), 'latin1'); // 0x96 is the en dash in Windows-1252
    assert.ok(bytes.includes(0xf8)); // ø as one byte: not UTF-8
    const p = parseAccountingExport(bytes, opts);
    assert.deepEqual(p.errors, []);
    assert.equal(p.encoding, 'windows-1252');
    assert.deepEqual(
      p.rows.map((r) => [r.account, r.period, r.amountOre]),
      [
        ['10100', 5, 9212],
        ['11000', 5, 100_000],
      ],
    );
  });

  it('strips a UTF-8 byte-order mark before the first header', () => {
    const p = parseAccountingExport(
      Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), utf8('Konto;Periode;Beløp\n10100;7;1,5\n')]),
      opts,
    );
    assert.deepEqual(p.errors, []);
    assert.equal(p.encoding, 'utf-8');
    assert.deepEqual(
      p.rows.map((r) => [r.line, r.account, r.period, r.amountOre]),
      [[2, '10100', 7, 150]],
    );
  });

  it('counts physical lines across multi-line quoted text, CRLF inside quotes and blank lines', () => {
    const p = parseText(
      'Konto;Periode;Beløp;Tekst\r\n' + // 1
        '10100;1;100;"Lønn\r\njanuar\r\n(etterbetaling)"\r\n' + // 2–4
        '\r\n' + // 5
        '   \r\n' + // 6
        '11000;1;200;"Husleie ""kontor""\nfor januar"\r\n' + // 7–8
        ';;;\r\n' + // 9: only delimiters, blank
        '12000;1;x;ok\r\n' + // 10: bad amount
        '16200;13;1;"a\nb"', // 11–12: bad period, no final line end
    );
    assert.deepEqual(
      p.rows.map((r) => [r.line, r.account]),
      [
        [2, '10100'],
        [7, '11000'],
      ],
    );
    assert.deepEqual(
      p.errors.map((e) => [e.line, e.code]),
      [
        [10, 'invalid_amount'],
        [11, 'wrong_period'],
      ],
    );
  });

  it('counts lines from the first line of the file when blank lines come before the header', () => {
    const p = parseText('\n\nKonto;Periode;Beløp\n10100;1;x\n');
    assert.equal(only(p, 'invalid_amount').line, 4);
  });
});

describe('parseAccountingExport: problems with the whole file', () => {
  it('refuses an XLSX (ZIP) file', () => {
    const p = parseAccountingExport(Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00]), opts);
    const e = only(p, 'not_csv');
    assert.equal(e.line, null);
    assert.match(e.message, /Excel workbook \(\.xlsx\)/);
    assert.deepEqual(p.rows, []);
  });

  it('refuses a file with NUL bytes (UTF-16 or old .xls)', () => {
    const p = parseAccountingExport(Buffer.from('\ufeffKonto;Periode;Beløp\n', 'utf16le'), opts);
    assert.match(only(p, 'not_csv').message, /NUL bytes/);
  });

  it('refuses a file over the size limit', () => {
    const big = Buffer.alloc(MAX_ACCOUNTING_FILE_BYTES + 1, 0x20);
    const e = only(parseAccountingExport(big, opts), 'too_large');
    assert.match(e.message, /50 MB/);
  });

  it('reports an empty file, a blank file and a header-only file as empty', () => {
    for (const s of ['', '\n \r\n', '\ufeff', 'Konto;Periode;Beløp\r\n', 'Konto;Periode;Beløp\n;;\n\n']) {
      const e = only(parseAccountingExport(utf8(s), opts), 'empty');
      assert.equal(e.line, null, JSON.stringify(s));
    }
    assert.match(only(parseText('Konto;Periode;Beløp\n'), 'empty').message, /header row but no rows/);
  });

  it('names a missing column and lists the headers found', () => {
    const p = parseText('Konto;Mnd;Beløp\n10100;1;100\n');
    const e = only(p, 'missing_column');
    assert.equal(e.line, null);
    assert.equal(e.field, 'period');
    assert.match(e.message, /no period column/);
    assert.match(e.message, /"Konto", "Mnd", "Beløp"/);
    assert.deepEqual(p.rows, []);
  });

  it('reports each missing column, and says when the first line is figures rather than names', () => {
    const p = parseText('10100;1;100\n10100;2;100\n');
    assert.deepEqual(codes(p), ['missing_column', 'missing_column', 'missing_column']);
    assert.match(p.errors[0]!.message, /looks like figures/);
  });

  it('refuses two columns for the same thing', () => {
    const e = only(parseText('Konto;Periode;Beløp;Sum\n10100;1;100;100\n'), 'duplicate_column');
    assert.match(e.message, /"Beløp" and "Sum"/);
  });

  it('reports a quoted value that is never closed (a truncated file) with the line it starts on', () => {
    const p = parseText('Konto;Periode;Beløp;Tekst\n10100;1;100;ok\n\n11000;1;200;"Husleie\nfor jan');
    const e = only(p, 'truncated');
    assert.equal(e.line, null);
    assert.match(e.message, /line 4/);
    assert.deepEqual(p.rows, []);
  });

  it('refuses a file that mixes UTF-8 and Windows-1252', () => {
    const bytes = Buffer.concat([
      utf8('Konto;Periode;Beløp;Tekst\n10100;1;1;x\n'),
      Buffer.from('11000;1;1;Kjøp\n', 'latin1'),
    ]);
    const e = only(parseAccountingExport(bytes, opts), 'mixed_encoding');
    assert.match(e.message, /line 1 is UTF-8 while line 3 is Windows-1252/);
  });

  it('refuses bytes that are not UTF-8 after a UTF-8 byte-order mark', () => {
    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('Konto;Periode;Beløp\n', 'latin1')]);
    const e = only(parseAccountingExport(bytes, opts), 'mixed_encoding');
    assert.match(e.message, /Line 1 is not valid UTF-8/);
  });
});

describe('parseAccountingExport: problems on a line', () => {
  const head = 'Konto;Periode;Beløp;Tekst\n';

  it('reports an account missing from the mapping, naming it', () => {
    const p = parseText(`${head}10100;1;100;ok\n99999;1;100;ny konto\n`);
    const e = only(p, 'unknown_account');
    assert.deepEqual([e.line, e.field], [3, 'account']);
    assert.match(e.message, /Account 99999 on line 3 is not in the account mapping/);
    assert.match(e.message, /Add account 99999 to the account mapping/);
    assert.deepEqual(
      p.rows.map((r) => r.line),
      [2],
    );
  });

  it('reports a line without an account', () => {
    const e = only(parseText(`${head} ;1;100;x\n`), 'missing_account');
    assert.deepEqual([e.line, e.field], [2, 'account']);
  });

  it('reports a period of another year', () => {
    const p = parseText(`${head}10100;1;1;x\n10100;2;1;x\n10100;3;1;x\n11000;2023-11;100;x\n`);
    const e = only(p, 'wrong_period');
    assert.deepEqual([e.line, e.field], [5, 'period']);
    assert.match(e.message, /period 2023-11 on line 5 is not in 2024, the year being imported/);
    for (const s of ['11.2025', '202311', '2025/01', '1/2023'])
      assert.equal(only(parseText(`${head}10100;${s};1;x\n`), 'wrong_period').field, 'period', s);
  });

  it('reports a period that is not a month', () => {
    for (const s of ['0', '13', '2024-13', '00.2024']) {
      const e = only(parseText(`${head}10100;${s};1;x\n`), 'wrong_period');
      assert.match(e.message, /is not a month \(1–12\)/, s);
    }
    assert.match(only(parseText(`${head}10100;13;1;x\n`), 'wrong_period').message, /year-end closing/);
  });

  it('reports a period that cannot be read', () => {
    for (const s of ['', 'nov', '2024-11-30', '1.5', '24-11', '123']) {
      const e = only(parseText(`${head}10100;${s};1;x\n`), 'invalid_period');
      assert.deepEqual([e.line, e.field], [2, 'period'], s);
    }
  });

  it('reports an amount that cannot be read, with the reason', () => {
    const e = only(parseText(`${head}10100;1;12,345;x\n`), 'invalid_amount');
    assert.deepEqual([e.line, e.field], [2, 'amount']);
    assert.match(e.message, /"12,345" on line 2/);
    assert.match(e.message, /more than two decimals/);
    assert.match(only(parseText(`${head}10100;1;;x\n`), 'invalid_amount').message, /empty/);
    assert.match(only(parseText(`${head}10100;1;tolv;x\n`), 'invalid_amount').message, /not an amount/);
  });

  it('reports a repeated account and period on the later line, naming the earlier one', () => {
    const p = parseText(`${head}10100;1;100;a\n11000;1;100;b\n10100;2024-01;50;c\n`);
    const e = only(p, 'duplicate');
    assert.equal(e.line, 4);
    assert.match(e.message, /Account 10100, period 1 is on line 2 and again on line 4/);
    assert.deepEqual(
      p.rows.map((r) => r.line),
      [2, 3],
    );
  });

  it('reports a line with the wrong number of fields', () => {
    const p = parseText(`${head}10100;1;1 234;Lønn; januar\n11000;1;100\n12000;1;5;ok\n`);
    assert.deepEqual(
      p.errors.map((e) => [e.line, e.code]),
      [
        [2, 'wrong_field_count'],
        [3, 'wrong_field_count'],
      ],
    );
    assert.match(p.errors[0]!.message, /has 5 fields but the header row has 4.*in double quotes/);
    assert.deepEqual(
      p.rows.map((r) => r.line),
      [4],
    );
  });

  it('keeps a stray quote inside its value and goes on', () => {
    const p = parseText(`${head}10100;"1"x;100;x\n11000;1;100;"12" skjerm\n`);
    assert.equal(only(p, 'invalid_period').line, 2);
    assert.deepEqual(
      p.rows.map((r) => r.line),
      [3],
    );
  });

  it('lists several problems on one line', () => {
    const p = parseText(`${head}99999;nov;x;x\n`);
    assert.deepEqual(
      p.errors.map((e) => [e.line, e.field, e.code]),
      [
        [2, 'account', 'unknown_account'],
        [2, 'period', 'invalid_period'],
        [2, 'amount', 'invalid_amount'],
      ],
    );
  });

  it('stops listing after maxErrors and says how many more', () => {
    const lines = Array.from({ length: 10 }, (_, i) => `99999;${i + 1};1;x`).join('\n');
    const p = parseText(`${head}${lines}\n`, { maxErrors: 3 });
    assert.deepEqual(codes(p), ['unknown_account', 'unknown_account', 'unknown_account', 'too_many_errors']);
    assert.match(p.errors[3]!.message, /^7 more problems were found but not listed \(only the first 3/);
    assert.deepEqual(codes(parseText(`${head}${lines}\n`)).filter((c) => c === 'unknown_account').length, 10);
  });
});

describe('parseAccountingExport: round trip (property)', () => {
  const accountList = [...accounts.keys()];
  const row = fc.record({
    account: fc.constantFrom(...accountList),
    period: fc.integer({ min: 1, max: 12 }),
    ore: fc.integer({ min: -10_000_000_000, max: 10_000_000_000 }),
    periodStyle: fc.constantFrom('m', 'mm', 'y-m', 'y/m', 'ym', 'm.y', 'm/y'),
    amountStyle: fc.constantFrom('nb', 'plain', 'paren', 'dot'),
    text: fc.string({ maxLength: 20 }),
  });
  const file = fc.record({
    rows: fc.uniqueArray(row, { selector: (r) => `${r.account}/${r.period}`, maxLength: 48 }),
    delimiter: fc.constantFrom(';', '\t'),
    lineEnd: fc.constantFrom('\n', '\r\n'),
    encoding: fc.constantFrom('utf-8', 'windows-1252', 'utf-8-bom'),
  });

  const two = (n: number) => String(n).padStart(2, '0');
  const writePeriod = (m: number, style: string) =>
    ({
      m: String(m),
      mm: two(m),
      'y-m': `2024-${two(m)}`,
      'y/m': `2024/${m}`,
      ym: `2024${two(m)}`,
      'm.y': `${two(m)}.2024`,
      'm/y': `${m}/2024`,
    })[style]!;
  const writeAmount = (ore: number, style: string) => {
    const abs = Math.abs(ore);
    const kr = Math.floor(abs / 100);
    const dec = two(abs % 100);
    const sign = ore < 0 ? '-' : '';
    if (style === 'nb') return `${sign}${kr.toLocaleString('nb-NO')},${dec}`; // "1 234,50" with NBSP
    if (style === 'paren') return ore < 0 ? `(${kr},${dec})` : `${kr},${dec}`;
    if (style === 'dot') return `${sign}${kr}.${dec}`;
    return `${sign}${kr},${dec}`;
  };
  const quote = (s: string) => `"${s.replace(/"/g, '""')}"`;

  it('sums and periods written are the sums and periods read', () => {
    fc.assert(
      fc.property(file, (f) => {
        const d = f.delimiter;
        const lines = [['Konto', 'Periode', 'Beløp', 'Tekst'].join(d)];
        for (const r of f.rows)
          lines.push(
            [
              r.account,
              writePeriod(r.period, r.periodStyle),
              quote(writeAmount(r.ore, r.amountStyle)),
              quote(r.text),
            ].join(d),
          );
        const text = lines.join(f.lineEnd) + f.lineEnd;
        const bytes =
          f.encoding === 'windows-1252'
            ? Buffer.from(text.replace(/[^\p{ASCII}\u00a0æøåÆØÅ]/gu, '?'), 'latin1')
            : Buffer.concat([Buffer.from(f.encoding === 'utf-8-bom' ? [0xef, 0xbb, 0xbf] : []), utf8(text)]);
        const p = parseAccountingExport(bytes, opts);
        if (f.rows.length === 0) {
          assert.deepEqual(codes(p), ['empty']);
          return;
        }
        assert.deepEqual(p.errors, []);
        assert.equal(p.delimiter, d);
        assert.equal(p.rows.length, f.rows.length);
        assert.equal(
          p.rows.reduce((s, r) => s + r.amountOre, 0),
          f.rows.reduce((s, r) => s + r.ore, 0),
        );
        assert.deepEqual(
          p.rows.map((r) => [r.account, r.period, r.amountOre]),
          f.rows.map((r) => [r.account, r.period, r.ore]),
        );
        assert.deepEqual(
          p.periods,
          [...new Set(f.rows.map((r) => r.period))].sort((a, b) => a - b),
        );
      }),
      { numRuns: 200 },
    );
  });
});
