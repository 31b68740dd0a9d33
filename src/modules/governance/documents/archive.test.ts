import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { strToU8, unzipSync } from 'fflate';
import { archiveZip } from './archive.ts';

const files = () => [
  { fileName: '2024-M7-innkalling.pdf', content: strToU8('%PDF-1.3 innkalling') },
  { fileName: '2024-M7-moetereferat.pdf', content: strToU8('%PDF-1.3 referat '.repeat(100)) },
  { fileName: 'vedlegg/2024-M7-003/Aktivitetsrapport æøå.pdf', content: new Uint8Array([0, 1, 2, 255]) },
  { fileName: 'vedlegg/2024-M7-004/Fordeling.xlsx', content: new Uint8Array(1000).fill(7) },
  { fileName: 'noark5-metadata.xml', content: strToU8('<?xml version="1.0" encoding="UTF-8"?>\n<mappe/>\n') },
];

test('the zip unzips to the same files, names with æøå included', () => {
  const zip = archiveZip(files());
  const out = unzipSync(zip);
  assert.deepEqual(
    Object.keys(out),
    files().map((f) => f.fileName),
  );
  for (const f of files()) assert.deepEqual(out[f.fileName], f.content, f.fileName);
});

test('the same files give the same bytes, whenever and wherever they are zipped', () => {
  const a = archiveZip(files(), { modifiedDay: '2024-11-14' });
  assert.deepEqual(archiveZip(files(), { modifiedDay: '2024-11-14' }), a);
  assert.notDeepEqual(archiveZip(files()), a, 'the day is in the entries');
  // the DOS date of the first local header (offset 12): 2024-11-14 = (44 << 9) | (11 << 5) | 14
  assert.equal(a[12]! | (a[13]! << 8), (44 << 9) | (11 << 5) | 14);
  const unzip = '/usr/bin/unzip';
  if (existsSync(unzip)) {
    const dir = mkdtempSync(join(tmpdir(), 'samdrift-zip-'));
    try {
      writeFileSync(join(dir, 'a.zip'), a);
      assert.match(
        execFileSync(unzip, ['-Z1', join(dir, 'a.zip')], { encoding: 'utf8' }),
        /Aktivitetsrapport æøå\.pdf/,
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
});

test('unsafe or duplicate paths are refused', () => {
  const content = new Uint8Array([1]);
  for (const fileName of [
    '',
    '/etc/passwd',
    '../x.pdf',
    'a/../../x',
    'a\\b.pdf',
    'C:x',
    'a//b',
    'a/./b',
    'x\u0000.pdf',
  ])
    assert.throws(() => archiveZip([{ fileName, content }]), RangeError, JSON.stringify(fileName));
  assert.throws(
    () =>
      archiveZip([
        { fileName: 'Referat.pdf', content },
        { fileName: 'referat.PDF', content },
      ]),
    /twice/,
  );
  assert.throws(() => archiveZip([], { modifiedDay: '14.11.2024' }), RangeError);
});
