import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  type ImportLookups,
  type KnownDevice,
  kindFromOs,
  parseFleetExport,
  parseSize,
  planImport,
} from './fleet-import.ts';

const lookups: ImportLookups = {
  members: [
    { id: 'M-molde', code: 'molde', name: 'Molde kommune', emailDomains: ['molde.kommune.no'] },
    { id: 'M-rauma', code: 'rauma', name: 'Rauma kommune', emailDomains: ['rauma.kommune.no'] },
  ],
  categories: [
    { id: 'C-ansatt', key: 'ansatt', name: 'Ansatt' },
    { id: 'C-elev', key: 'elev', name: 'Elev' },
  ],
  defaultMemberId: null,
  defaultCategoryId: 'C-ansatt',
  today: '2024-11-14',
  now: Date.parse('2024-11-14T12:00:00Z'),
};

const INTUNE_HEADER =
  'Device ID,Device name,Enrollment date,Last check-in,OS,OS version,Serial number,Manufacturer,Model,Total storage,Free storage,Primary user UPN,Primary user display name,Category,Physical memory in Bytes';
const intune = (...rows: string[]) => Buffer.from(`${INTUNE_HEADER}\r\n${rows.join('\r\n')}\r\n`);
const row = (
  serial: string,
  opts: { os?: string; user?: string; seen?: string; category?: string; model?: string } = {},
) =>
  `id-${serial},MOL-PC-${serial},2021-03-02 10:00:00.0000000,${opts.seen ?? '2024-11-13 07:45:12.0000000'},${opts.os ?? 'Windows'},10.0.22631,${serial},LENOVO,${opts.model ?? 'ThinkPad L14'},243712,120000,${opts.user ?? 'kari@molde.kommune.no'},Kari,${opts.category ?? ''},17179869184`;

describe('reading an Intune export', () => {
  it('reads Microsoft’s columns: kind from the OS, member from the user’s domain, sizes and times', async () => {
    const r = await parseFleetExport(
      intune(
        row('pf1abc'),
        row('F22', { os: 'iOS', model: 'iPhone 13', user: 'ola@rauma.kommune.no', category: 'Elev' }),
      ),
      'intune',
      undefined,
      lookups,
    );
    assert.deepEqual(r.errors, []);
    assert.equal(r.delimiter, ',');
    assert.equal(r.rows.length, 2);
    const [pc, phone] = r.rows;
    assert.equal(pc!.serial, 'PF1ABC');
    assert.equal(pc!.kind, 'pc');
    assert.equal(pc!.memberId, 'M-molde');
    assert.equal(pc!.categoryId, 'C-ansatt');
    assert.equal(pc!.categoryGiven, false);
    assert.equal(pc!.memoryMb, 16384); // bytes → MB
    assert.equal(pc!.storageGb, 238); // Intune's MB → GB
    assert.equal(pc!.enrolledOn, '2021-03-02');
    assert.equal(new Date(pc!.lastSeenAt!).toISOString(), '2024-11-13T07:45:12.000Z'); // Intune writes UTC
    assert.equal(phone!.kind, 'phone');
    assert.equal(phone!.memberId, 'M-rauma');
    assert.equal(phone!.categoryId, 'C-elev');
  });
  it('reports every bad row with its line, and keeps none of them', async () => {
    const r = await parseFleetExport(
      intune(
        row('A1'),
        row('A1'), // duplicate
        row('B2', { user: 'x@gmail.com' }), // domain of no member, no default member
        row('C3', { seen: '31.02.2024 10:00' }), // impossible date
        row('D4', { os: 'Symbian' }),
        row('E5', { category: 'Rektor' }),
        'only,three,fields',
      ),
      'intune',
      undefined,
      lookups,
    );
    assert.deepEqual(
      r.errors.map((e) => [e.line, e.field, e.code]),
      [
        [3, 'serial', 'duplicate_serial'],
        [4, 'member', 'unknown_member'],
        [5, 'lastSeenAt', 'invalid_date'],
        [6, 'os', 'unknown_kind'],
        [7, 'category', 'unknown_category'],
        [8, null, 'wrong_field_count'],
      ],
    );
    assert.match(r.errors[0]!.message, /also on line 2/);
    assert.match(r.errors[2]!.message, /31\.02\.2024 10:00 is not a calendar date/);
  });
  it('uses the default member when the user’s domain is no member’s', async () => {
    const r = await parseFleetExport(intune(row('B2', { user: '' })), 'intune', undefined, {
      ...lookups,
      defaultMemberId: 'M-rauma',
    });
    assert.deepEqual(r.errors, []);
    assert.equal(r.rows[0]!.memberId, 'M-rauma');
    assert.equal(r.rows[0]!.memberGiven, false);
  });
  it('refuses a file without the serial column, a file in one column (wrong delimiter), UTF-16 and future dates', async () => {
    const noSerial = await parseFleetExport(Buffer.from('Device name,Model\nX,Y\n'), 'intune', undefined, lookups);
    assert.equal(noSerial.errors[0]!.code, 'missing_column');
    const oneColumn = await parseFleetExport(
      Buffer.from('Device name|Serial number\nX|Y\n'),
      'intune',
      undefined,
      lookups,
    );
    assert.match(oneColumn.errors[0]!.message, /single column/);
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(INTUNE_HEADER, 'utf16le')]);
    assert.equal((await parseFleetExport(utf16, 'intune', undefined, lookups)).errors[0]!.line, null);
    const future = await parseFleetExport(
      intune(row('Z9', { seen: '2025-06-01 10:00:00' })),
      'intune',
      undefined,
      lookups,
    );
    assert.equal(future.errors[0]!.code, 'future_date');
    const empty = await parseFleetExport(Buffer.from(''), 'intune', undefined, lookups);
    assert.equal(empty.errors[0]!.code, 'empty');
  });
});

describe('reading a generic CSV', () => {
  it('reads Norwegian headers from Excel (semicolon, Windows-1252) without a mapping', async () => {
    const text =
      'Serienummer;Kommune;Kategori;Type;Modell;Kjøpsdato;Sist sett;Minne;Avdeling;Grupper;Status\n' +
      'x-1;Rauma;elev;PC;Fortis 14;14.08.2021;01.11.2024 08:15;8 GB;Skole;;i bruk\n' +
      'x-2;molde;Ansatt;mobil;iPhone 14;2023-02-01;;6144;Hjemmetjenesten;Rover, Vakt;på lager\n';
    const r = await parseFleetExport(Buffer.from(text, 'latin1'), 'csv', undefined, lookups);
    assert.deepEqual(r.errors, []);
    assert.equal(r.encoding, 'windows-1252');
    const [a, b] = r.rows;
    assert.deepEqual(
      [a!.serial, a!.memberId, a!.categoryId, a!.kind, a!.purchasedOn, a!.memoryMb, a!.status],
      ['X-1', 'M-rauma', 'C-elev', 'pc', '2021-08-14', 8192, 'in_use'],
    );
    assert.equal(new Date(a!.lastSeenAt!).toISOString(), '2024-11-01T07:15:00.000Z'); // Oslo time
    assert.deepEqual(
      [b!.kind, b!.memoryMb, b!.groups, b!.status, b!.lastSeenAt],
      ['phone', 6144, ['Rover', 'Vakt'], 'in_stock', null],
    );
  });
  it('follows a column mapping, and says when a mapped column is missing', async () => {
    const text = 'SN,Eier,Maskintype\nq1,Molde kommune,laptop\n';
    const r = await parseFleetExport(
      Buffer.from(text),
      'csv',
      { serial: 'SN', member: 'Eier', kind: 'Maskintype' },
      lookups,
    );
    assert.deepEqual(r.errors, []);
    assert.deepEqual([r.rows[0]!.serial, r.rows[0]!.memberId, r.rows[0]!.kind], ['Q1', 'M-molde', 'pc']);
    const bad = await parseFleetExport(Buffer.from(text), 'csv', { serial: 'Serial' }, lookups);
    assert.equal(bad.errors[0]!.code, 'missing_column');
    assert.match(bad.errors[0]!.message, /no such column/);
  });
  it('sizes: units, bytes and bare numbers', async () => {
    assert.deepEqual(parseSize('6 GB', 'MB', null), { ok: true, value: 6144 });
    assert.deepEqual(parseSize('5,5 GB', 'MB', null), { ok: true, value: 5632 });
    assert.deepEqual(parseSize('6442450944', 'MB', null), { ok: true, value: 6144 });
    assert.deepEqual(parseSize('8', 'MB', null), { ok: true, value: 8192 });
    assert.deepEqual(parseSize('256', 'GB', null), { ok: true, value: 256 });
    assert.deepEqual(parseSize('243712', 'GB', 'MB'), { ok: true, value: 238 });
    assert.equal(parseSize('lots', 'MB', null).ok, false);
  });
  it('kind from the operating system', async () => {
    assert.equal(kindFromOs('Windows', ''), 'pc');
    assert.equal(kindFromOs('macOS', ''), 'pc');
    assert.equal(kindFromOs('iOS', 'iPhone 15'), 'phone');
    assert.equal(kindFromOs('iPadOS', 'iPad'), 'tablet');
    assert.equal(kindFromOs('Android', 'Galaxy Tab S9'), 'tablet');
    assert.equal(kindFromOs('Android', 'Galaxy A54'), 'phone');
    assert.equal(kindFromOs('', ''), null);
  });
});

describe('the import plan', () => {
  const lifetime = (_c: string, kind: string) => (kind === 'pc' ? 48 : 36);
  const parse = async (b: Buffer) => (await parseFleetExport(b, 'intune', undefined, lookups)).rows;
  it('new devices take their enrollment date as purchase date; the same file again changes nothing', async () => {
    const rows = await parse(intune(row('A1'), row('A2')));
    const first = planImport(rows, new Map(), lifetime);
    assert.equal(first.inserts.length, 2);
    assert.equal(first.purchaseFromEnrollment, 2);
    assert.equal(first.inserts[0]!.purchasedOn, '2021-03-02');
    assert.equal(first.inserts[0]!.expiresOn, '2025-03-02');
    const known = new Map<string, KnownDevice>(first.inserts.map((d, i) => [d.serial, { ...d, id: `id${i}` }]));
    const again = planImport(rows, known, lifetime);
    assert.deepEqual([again.inserts.length, again.updates.length, again.unchanged], [0, 0, 2]);
  });
  it('keeps what the file does not say, never moves the last sign-in back, and lets the default not move a device', async () => {
    const old: KnownDevice = {
      id: 'd1',
      serial: 'A1',
      memberId: 'M-rauma',
      categoryId: 'C-elev',
      kind: 'pc',
      name: 'old',
      manufacturer: 'LENOVO',
      model: 'ThinkPad L14',
      os: 'Windows',
      memoryMb: 16384,
      storageGb: 238,
      purchasedOn: '2020-02-29',
      expiresOn: '2024-02-29',
      lastSeenAt: Date.parse('2024-11-14T06:00:00Z'),
      assignedTo: 'kari@molde.kommune.no',
      department: 'Skole',
      groups: ['Rover'],
      status: 'in_repair',
    };
    const rows = await parse(intune(row('A1', { seen: '2024-10-01 10:00:00' })));
    const plan = planImport(rows, new Map([['A1', old]]), lifetime);
    const u = plan.updates[0]!;
    assert.equal(u.memberId, 'M-molde'); // the user's domain names the member
    assert.equal(u.categoryId, 'C-elev'); // the default category does not move it
    assert.equal(u.purchasedOn, '2020-02-29'); // Intune has no purchase date: kept
    assert.equal(u.lastSeenAt, old.lastSeenAt); // an older check-in does not move it back
    assert.equal(u.status, 'in_repair');
    assert.deepEqual(u.groups, ['Rover']);
    assert.equal(u.name, 'MOL-PC-A1');
  });
});
