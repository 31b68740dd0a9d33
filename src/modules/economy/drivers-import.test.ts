import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { type DriversParse, MAX_DRIVERS_FILE_BYTES, parseDriversCsv } from './drivers-import.ts';
import { DRIVER_LABELS, DRIVERS, type Driver } from './tables.ts';

const members = [
  { id: 'm-molde', code: '1506', name: 'Molde' },
  { id: 'm-aukra', code: '1547', name: 'Aukra kommune' },
  { id: 'm-rauma', code: '1539', name: 'Rauma' },
  { id: 'm-vestnes', code: '1535', name: 'Vestnes' },
  { id: 'm-hustadvika', code: '1579', name: 'Hustadvika' },
];
const opts = { members };

const utf8 = (s: string) => Buffer.from(s, 'utf8');
const parseText = (s: string, o: Partial<Parameters<typeof parseDriversCsv>[1]> = {}) =>
  parseDriversCsv(utf8(s), { ...opts, ...o });

const codes = (p: DriversParse) => p.errors.map((e) => e.code);
const only = (p: DriversParse, code: string) => {
  assert.deepEqual(codes(p), [code], JSON.stringify(p.errors, null, 2));
  return p.errors[0]!;
};
const triples = (p: DriversParse) => p.rows.map((r) => [r.line, r.memberId, r.driver, r.value]);

describe('parseDriversCsv: files that import', () => {
  it('reads a Norwegian header with semicolons in Windows-1252 (Årsverk, Trådløse antenner)', () => {
    const text =
      'Kommune;Innbyggere 1. januar;Årsverk;Trådløse antenner;PC-er på kommunalt nett\r\n' +
      'Molde;32 200;2 345;180;3 100\r\n' +
      'Aukra kommune;3 600;310;25;400\r\n';
    const bytes = Buffer.from(text, 'latin1');
    assert.ok(bytes.includes(0xc5) && bytes.includes(0xe5)); // Å and å as one byte: not UTF-8
    const p = parseDriversCsv(bytes, opts);
    assert.deepEqual(p.errors, []);
    assert.equal(p.encoding, 'windows-1252');
    assert.deepEqual(p.drivers, ['population', 'ftes', 'wireless_antennas', 'pcs']);
    assert.deepEqual(triples(p), [
      [2, 'm-molde', 'population', 32_200],
      [2, 'm-molde', 'ftes', 2345],
      [2, 'm-molde', 'wireless_antennas', 180],
      [2, 'm-molde', 'pcs', 3100],
      [3, 'm-aukra', 'population', 3600],
      [3, 'm-aukra', 'ftes', 310],
      [3, 'm-aukra', 'wireless_antennas', 25],
      [3, 'm-aukra', 'pcs', 400],
    ]);
  });

  it('reads a header of driver codes with commas, members by code, and a UTF-8 byte-order mark', () => {
    const p = parseDriversCsv(
      Buffer.concat([
        Buffer.from([0xef, 0xbb, 0xbf]),
        utf8('Member,population,users_admin,users_school,users_health,locations,switches,leased_lines\n'),
        utf8('1506,32200,1200,4500,2100,40,120,12\n'),
        utf8('1539,"7 400",300,900,500,15,30,6\n'),
      ]),
      opts,
    );
    assert.deepEqual(p.errors, []);
    assert.equal(p.encoding, 'utf-8');
    assert.deepEqual(p.drivers, [
      'population',
      'users_admin',
      'users_school',
      'users_health',
      'locations',
      'switches',
      'leased_lines',
    ]);
    assert.deepEqual(
      p.rows.filter((r) => r.memberId === 'm-rauma').map((r) => [r.driver, r.value]),
      [
        ['population', 7400],
        ['users_admin', 300],
        ['users_school', 900],
        ['users_health', 500],
        ['locations', 15],
        ['switches', 30],
        ['leased_lines', 6],
      ],
    );
    assert.equal(p.rows.length, 14);
  });

  it('accepts every code, label and alias, in any case and spacing, and tab as the delimiter', () => {
    const names: Record<Driver, string[]> = {
      population: ['population', 'Innbyggere', 'FOLKETALL', 'innbyggere  1. januar'],
      users_admin: ['users_admin', 'Brukere administrasjon', 'admin'],
      users_school: ['USERS_SCHOOL', 'Brukere skole', 'Skole'],
      users_health: ['users_health', 'brukere helse', 'Helse'],
      pcs: ['pcs', 'PC-er', 'PCer', 'pc', 'PC-er på kommunalt nett'],
      ftes: ['ftes', 'ÅRSVERK', 'Arsverk'],
      locations: ['locations', 'Lokasjoner'],
      switches: ['switches', 'Svitsjer', 'Switcher'],
      wireless_antennas: ['wireless_antennas', 'Trådløse antenner', 'Antenner', ' trådløse\u00a0antenner '],
      leased_lines: ['leased_lines', 'Linjeleie', 'Linjer'],
    };
    for (const d of DRIVERS)
      for (const name of names[d]) {
        const p = parseText(`medlem\t${name}\nMolde\t7\n`);
        assert.deepEqual(p.errors, [], name);
        assert.deepEqual(triples(p), [[2, 'm-molde', d, 7]], name);
      }
    for (const first of ['Kommune', 'KOMMUNE', 'Medlem', 'member', ' Member '])
      assert.deepEqual(parseText(`${first};Innbyggere\nMolde;1\n`).errors, [], first);
  });

  it('matches members by code or name, case-insensitively, with or without "kommune"', () => {
    for (const [cell, id] of [
      ['Molde', 'm-molde'],
      ['MOLDE', 'm-molde'],
      ['molde kommune', 'm-molde'],
      ['Molde Kommune', 'm-molde'],
      ['1506', 'm-molde'],
      ['Aukra', 'm-aukra'],
      ['Aukra kommune', 'm-aukra'],
      ['  hustadvika  ', 'm-hustadvika'],
    ])
      assert.deepEqual(
        parseText(`Kommune;Innbyggere\n${cell};10\n`).rows.map((r) => r.memberId),
        [id],
        cell,
      );
  });

  it('takes an empty cell as "not given": no row and no problem', () => {
    const p = parseText('Kommune;Innbyggere;Årsverk;Lokasjoner\nMolde;32 200;;40\nAukra;;;\nRauma; ; ;\n');
    assert.deepEqual(p.errors, []);
    assert.deepEqual(triples(p), [
      [2, 'm-molde', 'population', 32_200],
      [2, 'm-molde', 'locations', 40],
    ]);
    assert.deepEqual(p.drivers, ['population', 'ftes', 'locations']);
  });

  it('accepts spaces, non-breaking spaces and narrow ones between the thousands, leading zeros and 0', () => {
    const p = parseText(
      'Kommune;Innbyggere\nMolde;1 234 567\nAukra;32\u00a0200\nRauma;1\u202f000\nVestnes;0\nHustadvika;007\n',
    );
    assert.deepEqual(p.errors, []);
    assert.deepEqual(
      p.rows.map((r) => r.value),
      [1_234_567, 32_200, 1000, 0, 7],
    );
  });

  it('ignores a column without a name while its cells are empty (a trailing delimiter from Excel)', () => {
    const p = parseText('Kommune;Innbyggere;\nMolde;100;\nAukra;200;\n');
    assert.deepEqual(p.errors, []);
    assert.deepEqual(p.drivers, ['population']);
    assert.equal(p.rows.length, 2);
  });

  it('counts physical lines across blank lines, CRLF and multi-line quoted member names', () => {
    const p = parseText(
      '\r\n' + // 1
        'Kommune;Innbyggere\r\n' + // 2: header
        'Molde;100\r\n' + // 3
        '\r\n' + // 4
        ';\r\n' + // 5: only a delimiter, blank
        '"Aukra\r\nkommune";x\r\n' + // 6–7: member over two lines, bad value
        'Rauma;300\r\n' + // 8
        'Ukjent;1', // 9, no final line end
    );
    assert.deepEqual(
      p.rows.map((r) => [r.line, r.memberId]),
      [
        [3, 'm-molde'],
        [8, 'm-rauma'],
      ],
    );
    assert.deepEqual(
      p.errors.map((e) => [e.line, e.code]),
      [
        [6, 'invalid_value'],
        [9, 'unknown_member'],
      ],
    );
  });
});

describe('parseDriversCsv: problems with the whole file', () => {
  it('refuses an unknown column, listing the accepted names, with no rows', () => {
    const p = parseText('Kommune;Innbygere;Årsverk\nMolde;32 200;100\n');
    const e = only(p, 'unknown_column');
    assert.deepEqual([e.line, e.column], [null, 'Innbygere']);
    assert.match(e.message, /The column "Innbygere" \(column 2 on line 1\) is not a driver/);
    assert.match(e.message, /population \("Innbyggere 1\. januar", "Innbyggere", "Folketall"\)/);
    assert.match(e.message, /wireless_antennas \("Trådløse antenner", "Antenner"\)/);
    assert.deepEqual(p.rows, []);
    assert.deepEqual(p.drivers, []);
  });

  it('reports each unknown column, also one that is not a driver at all', () => {
    const p = parseText('Kommune;Kommunenr;Innbyggere;Merknad\n1506;1506;1;x\n');
    assert.deepEqual(
      p.errors.map((e) => [e.code, e.column]),
      [
        ['unknown_column', 'Kommunenr'],
        ['unknown_column', 'Merknad'],
      ],
    );
  });

  it('refuses a driver column given twice, naming both', () => {
    const e = only(parseText('Kommune;Innbyggere;Årsverk;Folketall\nMolde;1;2;3\n'), 'duplicate_column');
    assert.equal(e.line, null);
    assert.equal(e.column, 'Folketall');
    assert.match(
      e.message,
      /two columns for the driver population .*"Innbyggere" \(column 2\) and "Folketall" \(column 4\)/,
    );
    assert.equal(only(parseText('Kommune;pcs;PC\nMolde;1;1\n'), 'duplicate_column').column, 'PC');
    assert.match(
      only(parseText('Kommune;Innbyggere;Medlem\nMolde;1;Molde\n'), 'duplicate_column').message,
      /two member columns/,
    );
  });

  it('refuses a header whose first column does not name the member', () => {
    const p = parseText('Innbyggere;Kommune\n100;Molde\n');
    const e = only(p, 'missing_column');
    assert.deepEqual([e.line, e.column], [null, 'Innbyggere']);
    assert.match(e.message, /first column must name the member: call it "Kommune"/);
    assert.match(e.message, /"Innbyggere", "Kommune"/);
    assert.match(e.message, /Move the column "Kommune" first/);
    assert.match(only(parseText('1506;32200\n'), 'missing_column').message, /looks like figures/);
  });

  it('refuses a header with no driver columns', () => {
    assert.match(only(parseText('Kommune\nMolde\n'), 'missing_column').message, /no driver columns/);
  });

  it('reports an empty file, a blank file and a header-only file as empty', () => {
    for (const s of ['', '\n \r\n', '\ufeff', 'Kommune;Innbyggere\r\n', 'Kommune;Innbyggere\n;\n\n']) {
      const e = only(parseDriversCsv(utf8(s), opts), 'empty');
      assert.equal(e.line, null, JSON.stringify(s));
    }
    assert.match(
      only(parseText(''), 'empty').message,
      /Export the drivers again \(a header row and one row per member\)/,
    );
    assert.match(only(parseText('Kommune;Innbyggere\n'), 'empty').message, /header row but no rows of members/);
  });

  it('refuses a workbook, NUL bytes, a file over the limit and mixed encodings', () => {
    assert.match(
      only(parseDriversCsv(Buffer.from([0x50, 0x4b, 0x03, 0x04]), opts), 'not_csv').message,
      /Excel workbook/,
    );
    assert.match(
      only(parseDriversCsv(Buffer.from('\ufeffKommune;Innbyggere\n', 'utf16le'), opts), 'not_csv').message,
      /NUL bytes/,
    );
    const big = Buffer.alloc(MAX_DRIVERS_FILE_BYTES + 1, 0x20);
    assert.match(only(parseDriversCsv(big, opts), 'too_large').message, /largest file accepted is 5 MB/);
    const mixed = Buffer.concat([utf8('Kommune;Årsverk\nMolde;1\n'), Buffer.from('Aukra;2;ø\n', 'latin1')]);
    assert.match(only(parseDriversCsv(mixed, opts), 'mixed_encoding').message, /line 1 is UTF-8 while line 3/);
  });

  it('reports a quoted value that is never closed with the line it starts on', () => {
    const e = only(parseText('Kommune;Innbyggere\nMolde;1\n\n"Aukra;2\n'), 'truncated');
    assert.match(e.message, /line 4/);
  });
});

describe('parseDriversCsv: problems on a line', () => {
  const head = 'Kommune;Innbyggere;Årsverk\n';

  it('reports an unknown member on its line, listing the members', () => {
    const p = parseText(`${head}Molde;1;1\nMidsund;2;2\n`);
    const e = only(p, 'unknown_member');
    assert.deepEqual([e.line, e.column], [3, 'Kommune']);
    assert.match(e.message, /"Midsund" on line 3 is not a member of the cooperation/);
    assert.match(e.message, /Molde \(1506\), Aukra kommune \(1547\)/);
    assert.deepEqual(
      p.rows.map((r) => r.line),
      [2, 2],
    );
  });

  it('reports a line with values but no member', () => {
    const e = only(parseText(`${head} ;1;1\n`), 'missing_member');
    assert.deepEqual([e.line, e.column], [2, 'Kommune']);
  });

  it('reports a name that matches two members', () => {
    const twins = [...members, { id: 'm-molde-old', code: '1502', name: 'Molde kommune' }];
    const e = only(parseText(`${head}Molde;1;1\n`, { members: twins }), 'ambiguous_member');
    assert.match(e.message, /matches more than one member .*Write the member's code instead/);
    assert.deepEqual(parseText(`${head}1502;1;1\n`, { members: twins }).errors, []);
  });

  it('reports a member given twice on the later line, naming the earlier one, also by code', () => {
    const p = parseText(`${head}Molde;1;1\nAukra;2;2\n1506;3;3\n`);
    const e = only(p, 'duplicate');
    assert.deepEqual([e.line, e.column], [4, 'Kommune']);
    assert.match(e.message, /"1506" is on line 2 and again on line 4/);
    assert.deepEqual(
      p.rows.map((r) => r.line),
      [2, 2, 3, 3],
    );
  });

  it('reports each value that is not a whole number ≥ 0, naming the line, column and value', () => {
    for (const [cell, why] of [
      ['-5', /negative/],
      ['\u22125', /negative/],
      ['12,5', /not a whole number/],
      ['1.5', /not a whole number/],
      ['32.200', /point or comma between the thousands/],
      ['32,200', /point or comma between the thousands/],
      ['3 22', /spaces that are not between groups of three/],
      ['32 20', /spaces that are not between groups of three/],
      ['tolv', /not a number/],
      ['1e3', /not a number/],
      ['ca. 300', /not a number/],
      ['1000000000001', /larger than 1,000,000,000,000/],
    ] as const) {
      const p = parseText(`${head}Molde;1;${cell}\n`);
      const e = only(p, 'invalid_value');
      assert.deepEqual([e.line, e.column], [2, 'Årsverk'], cell);
      assert.ok(e.message.startsWith(`The value "${cell}" on line 2, column "Årsverk", `), e.message);
      assert.match(e.message, why, cell);
      assert.match(e.message, /Write a whole number of 0 or more/);
      assert.deepEqual(triples(p), [[2, 'm-molde', 'population', 1]], cell);
    }
    assert.deepEqual(parseText(`${head}Molde;1;1000000000000\n`).errors, []);
  });

  it('reports a value under a column without a name', () => {
    const e = only(parseText('Kommune;Innbyggere;\nMolde;100;7\n'), 'unnamed_column');
    assert.equal(e.line, 2);
    assert.match(e.message, /"7" in column 3, which has no name/);
  });

  it('reports a line with the wrong number of fields', () => {
    const p = parseText(`${head}Molde;32;200;10\nAukra;1\nRauma;1;1\n`);
    assert.deepEqual(
      p.errors.map((e) => [e.line, e.code]),
      [
        [2, 'wrong_field_count'],
        [3, 'wrong_field_count'],
      ],
    );
    assert.match(p.errors[0]!.message, /has 4 fields but the header row has 3.*semicolon/);
    assert.deepEqual(
      p.rows.map((r) => r.line),
      [4, 4],
    );
  });

  it('lists several problems on one line', () => {
    const p = parseText(`${head}Midsund;x;-1\n`);
    assert.deepEqual(
      p.errors.map((e) => [e.line, e.column, e.code]),
      [
        [2, 'Kommune', 'unknown_member'],
        [2, 'Innbyggere', 'invalid_value'],
        [2, 'Årsverk', 'invalid_value'],
      ],
    );
  });

  it('stops listing after maxErrors and says how many more', () => {
    const lines = Array.from({ length: 10 }, (_, i) => `Ukjent ${i};1;1`).join('\n');
    const p = parseText(`${head}${lines}\n`, { maxErrors: 3 });
    assert.deepEqual(codes(p), ['unknown_member', 'unknown_member', 'unknown_member', 'too_many_errors']);
    assert.match(p.errors[3]!.message, /^7 more problems were found but not listed \(only the first 3/);
  });
});

describe('parseDriversCsv: round trip (property)', () => {
  const namesOf = (d: Driver) => [d, DRIVER_LABELS[d], DRIVER_LABELS[d].toUpperCase()];
  const table = fc
    .record({
      drivers: fc.uniqueArray(fc.constantFrom(...DRIVERS), { minLength: 1 }),
      memberOrder: fc.shuffledSubarray(members, { minLength: 1 }),
      delimiter: fc.constantFrom(';', ',', '\t'),
      lineEnd: fc.constantFrom('\n', '\r\n'),
      encoding: fc.constantFrom('utf-8', 'windows-1252', 'utf-8-bom'),
    })
    .chain((t) =>
      fc.record({
        t: fc.constant(t),
        headers: fc.tuple(...t.drivers.map((d) => fc.constantFrom(...namesOf(d)))),
        memberStyle: fc.array(fc.constantFrom('code', 'name', 'upper', 'kommune'), {
          minLength: t.memberOrder.length,
          maxLength: t.memberOrder.length,
        }),
        cells: fc.array(
          fc.array(
            fc.option(
              fc.record({
                value: fc.oneof(fc.integer({ min: 0, max: 1000 }), fc.integer({ min: 0, max: 1e12 })),
                style: fc.constantFrom('plain', 'nb', 'quoted'),
              }),
              { nil: null },
            ),
            { minLength: t.drivers.length, maxLength: t.drivers.length },
          ),
          { minLength: t.memberOrder.length, maxLength: t.memberOrder.length },
        ),
      }),
    );

  const writeMember = (m: (typeof members)[number], style: string) =>
    style === 'code'
      ? m.code
      : style === 'upper'
        ? m.name.toUpperCase()
        : style === 'kommune'
          ? `${m.name.replace(/ kommune$/, '')} kommune`
          : m.name;
  const writeValue = (v: number, style: string, d: string) => {
    const nb = v.toLocaleString('nb-NO'); // "1 234" with a non-breaking space
    if (style === 'nb') return d === ',' ? `"${nb}"` : nb;
    if (style === 'quoted') return `"${v}"`;
    return String(v);
  };

  it('values written are the values read', () => {
    fc.assert(
      fc.property(table, ({ t, headers, memberStyle, cells }) => {
        const d = t.delimiter;
        const lines = [['Kommune', ...headers].join(d)];
        const expected: [number, string, Driver, number][] = [];
        t.memberOrder.forEach((m, r) => {
          const row = cells[r]!;
          lines.push(
            [writeMember(m, memberStyle[r]!), ...row.map((c) => (c ? writeValue(c.value, c.style, d) : ''))].join(d),
          );
          row.forEach((c, i) => {
            if (c) expected.push([r + 2, m.id, t.drivers[i]!, c.value]);
          });
        });
        const text = lines.join(t.lineEnd) + t.lineEnd;
        const bytes =
          t.encoding === 'windows-1252'
            ? Buffer.from(text, 'latin1')
            : Buffer.concat([Buffer.from(t.encoding === 'utf-8-bom' ? [0xef, 0xbb, 0xbf] : []), utf8(text)]);
        const p = parseDriversCsv(bytes, opts);
        assert.deepEqual(p.errors, []);
        assert.equal(
          p.encoding,
          t.encoding === 'windows-1252' && /[^\p{ASCII}]/u.test(text) ? 'windows-1252' : 'utf-8',
        );
        assert.deepEqual(p.drivers, t.drivers);
        assert.deepEqual(triples(p), expected);
      }),
      { numRuns: 300 },
    );
  });
});
