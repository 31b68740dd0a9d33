import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import ExcelJS from 'exceljs';
import {
  type ExportTable,
  INTEGER_NUMBER_FORMAT,
  ORE_NUMBER_FORMAT,
  sheetName,
  tableToCsv,
  tableToXlsx,
} from './table-export.ts';

const table: ExportTable = {
  title: 'Hva hver deltaker betaler 2025',
  columns: [
    { key: 'member', label: 'Kommune', kind: 'text' },
    { key: 'share', label: 'Andel %', kind: 'percent' },
    { key: 'pcs', label: 'PC-er', kind: 'integer' },
    { key: 'operating', label: 'Drift (kr)', kind: 'ore' },
    { key: 'carried', label: 'Overført mindreforbruk', kind: 'ore' },
  ],
  rows: [
    { member: 'Molde', share: '48,100', pcs: 2150, operating: 4_253_900_050, carried: -163_548_000 },
    { member: 'Hustadvika; Aukra', share: '12,450', pcs: 580, operating: 1_101_065_505, carried: -7 },
    { member: 'Gjemnes', share: '4,000', pcs: null, operating: 5, carried: null },
  ],
  total: { member: 'Sum', share: '64,550', pcs: 2730, operating: 5_354_965_560, carried: -163_548_007 },
};

describe('tableToCsv', () => {
  it('writes semicolon CSV with a BOM, decimal commas and the total last', () => {
    assert.equal(
      tableToCsv(table),
      '\ufeff' +
        'Kommune;Andel %;PC-er;Drift (kr);Overført mindreforbruk\r\n' +
        'Molde;48,100;2150;42539000,50;-1635480,00\r\n' +
        '"Hustadvika; Aukra";12,450;580;11010655,05;-0,07\r\n' +
        'Gjemnes;4,000;;0,05;\r\n' +
        'Sum;64,550;2730;53549655,60;-1635480,07\r\n',
    );
  });

  it('labels the total row "Sum" when its first cell is not given, and has no total row without a total', () => {
    const t: ExportTable = {
      title: 'x',
      columns: [
        { key: 'a', label: 'A', kind: 'text' },
        { key: 'b', label: 'B', kind: 'ore' },
      ],
      rows: [{ a: 'Ålesund', b: -100 }],
    };
    assert.equal(tableToCsv(t), '\ufeffA;B\r\nÅlesund;-1,00\r\n');
    assert.equal(tableToCsv({ ...t, total: { b: -100 } }), '\ufeffA;B\r\nÅlesund;-1,00\r\nSum;-1,00\r\n');
  });

  it('quotes line breaks and quotes, and keeps text from being read as a formula', () => {
    const t: ExportTable = {
      title: 'x',
      columns: [{ key: 'a', label: 'Merknad', kind: 'text' }],
      rows: [{ a: 'to\nlinjer' }, { a: 'sa "hei"' }, { a: '=SUM(A1)' }, { a: '-' }],
    };
    assert.equal(tableToCsv(t), '\ufeffMerknad\r\n"to\nlinjer"\r\n"sa ""hei"""\r\n\'=SUM(A1)\r\n\'-\r\n');
  });

  it('refuses an amount that is not whole øre', () => {
    assert.throws(
      () => tableToCsv({ title: 'x', columns: [{ key: 'a', label: 'Beløp', kind: 'ore' }], rows: [{ a: 1.5 }] }),
      /Column "Beløp" \(a\): 1.5 is not an amount in øre/,
    );
  });
});

describe('tableToXlsx', () => {
  const load = async (buffer: Buffer) => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(buffer as any);
    return wb;
  };

  it('writes one sheet with a bold frozen header, numbers in kroner and a bold total', async () => {
    const buffer = await tableToXlsx(table);
    assert.equal(buffer.subarray(0, 2).toString('latin1'), 'PK');
    const wb = await load(buffer);
    assert.equal(wb.worksheets.length, 1);
    const ws = wb.worksheets[0]!;
    assert.equal(ws.name, 'Hva hver deltaker betaler 2025');
    assert.equal(ws.rowCount, 5);

    const header = ws.getRow(1);
    assert.deepEqual(
      [1, 2, 3, 4, 5].map((c) => header.getCell(c).value),
      ['Kommune', 'Andel %', 'PC-er', 'Drift (kr)', 'Overført mindreforbruk'],
    );
    assert.equal(header.getCell(1).font?.bold, true);
    assert.equal(header.getCell(5).font?.bold, true);
    const view = ws.views[0] as { state?: string; ySplit?: number };
    assert.equal(view.state, 'frozen');
    assert.equal(view.ySplit, 1);

    const molde = ws.getRow(2);
    assert.equal(molde.getCell(1).value, 'Molde');
    assert.equal(molde.getCell(2).value, '48,100'); // percent as text
    assert.equal(molde.getCell(3).value, 2150);
    assert.equal(molde.getCell(3).numFmt, INTEGER_NUMBER_FORMAT);
    assert.equal(molde.getCell(4).value, 42_539_000.5);
    assert.equal(molde.getCell(4).numFmt, ORE_NUMBER_FORMAT);
    assert.equal(molde.getCell(5).value, -1_635_480);
    assert.notEqual(molde.getCell(1).font?.bold, true);

    const hustadvika = ws.getRow(3);
    assert.equal(hustadvika.getCell(1).value, 'Hustadvika; Aukra');
    assert.equal(hustadvika.getCell(4).value, 11_010_655.05);
    assert.equal(hustadvika.getCell(5).value, -0.07);

    const gjemnes = ws.getRow(4);
    assert.equal(gjemnes.getCell(3).value, null);
    assert.equal(gjemnes.getCell(4).value, 0.05);

    const total = ws.getRow(5);
    assert.equal(total.getCell(1).value, 'Sum');
    assert.equal(total.getCell(4).value, 53_549_655.6);
    assert.equal(total.getCell(4).numFmt, ORE_NUMBER_FORMAT);
    assert.equal(total.getCell(1).font?.bold, true);
    assert.equal(total.getCell(4).font?.bold, true);

    // widths fit the content: the long label, the formatted amount, at least 10
    assert.equal(ws.getColumn(5).width, 'Overført mindreforbruk'.length + 2);
    assert.equal(ws.getColumn(4).width, '42 539 000,50'.length + 2);
    assert.equal(ws.getColumn(2).width, 10);
    assert.equal(ws.getColumn(3).width, 10);
  });

  it('makes a sheet name Excel accepts from any title', async () => {
    assert.equal(sheetName('Budsjett 2025: drift/investering [utkast]?'), 'Budsjett 2025- drift-investerin');
    assert.equal(sheetName('Budsjett 2025: drift/investering [utkast]?').length, 31);
    assert.equal(sheetName("'Sitat'"), 'Sitat');
    assert.equal(sheetName(' */ '), '--');
    assert.equal(sheetName('   '), 'Sheet1');
    const wb = await load(await tableToXlsx({ ...table, title: 'Kostnad pr. kommune * 2025 / [alle]' }));
    assert.equal(wb.worksheets[0]!.name, 'Kostnad pr. kommune - 2025 - -a');
  });
});
