import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import pixelmatch from 'pixelmatch';
import { PNG } from 'pngjs';
import { pdfText } from '../../shared/pdf.ts';
import { activityFixture } from './fixtures/activity.ts';
import { headingsOf, tablesOf } from './model.ts';
import { renderReportPdf } from './pdf.ts';

const POPPLER = ['/usr/bin/pdftotext', '/usr/bin/pdfinfo', '/usr/bin/pdftoppm'];
const missing = POPPLER.find((p) => !existsSync(p));
const dir = mkdtempSync(join(tmpdir(), 'samdrift-report-pdf-'));
after(() => rmSync(dir, { recursive: true, force: true }));
const BASELINE = new URL('./fixtures/activity-page-1.png', import.meta.url);

/** Text without white space, so that wrapped lines and table cells still match. */
const squash = (s: string) => s.replace(/\s+/g, '');

async function fixturePdf() {
  const file = join(dir, 'activity.pdf');
  const pdf = await renderReportPdf(activityFixture(), { links: false, images: new Map() });
  writeFileSync(file, pdf);
  return { pdf, file };
}

test('the PDF is A4 with a table of contents, page numbers, the running header and the same bytes every time', async (t) => {
  if (missing) return t.skip(`${missing} is not installed (Debian package poppler-utils)`);
  const { pdf, file } = await fixturePdf();
  const again = await renderReportPdf(activityFixture(), { links: false, images: new Map() });
  assert.ok(pdf.equals(again), 'deterministic');
  const info = execFileSync('/usr/bin/pdfinfo', [file], { encoding: 'utf8' });
  const pages = Number(/Pages:\s+(\d+)/.exec(info)?.[1]);
  assert.ok(pages >= 5 && pages <= 12, `page count ${pages}`);
  assert.match(info, /Page size:\s+595\.\d* x 841\.\d* pts \(A4\)/);
  assert.match(info, /Title:\s+Økonomi- og aktivitetsrapport pr\. 1\.11\.2024/);
  const text = execFileSync('/usr/bin/pdftotext', ['-layout', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
  assert.ok(text.includes(`Side 1 av ${pages}`) && text.includes(`Side ${pages} av ${pages}`));
  assert.ok(text.includes('Innhold'));
  assert.match(text, /Tittel: Økonomi- og aktivitetsrapport\s+Versjon: 05\.11\.2024\s+Status: Godkjent/);
});

test('the PDF has the same content as the HTML: every heading and every table cell', async (t) => {
  if (missing) return t.skip(`${missing} is not installed (Debian package poppler-utils)`);
  const { file } = await fixturePdf();
  const text = squash(execFileSync('/usr/bin/pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }));
  const doc = activityFixture();
  for (const h of headingsOf(doc)) assert.ok(text.includes(squash(pdfText(h.text.toLocaleUpperCase('nb-NO')))), h.text);
  for (const tb of tablesOf(doc))
    for (const row of [...tb.rows, ...(tb.total ? [tb.total] : [])])
      for (const c of row) assert.ok(text.includes(squash(pdfText(c.text))), `${tb.id}: «${c.text}»`);
  assert.ok(text.includes(squash('Nettverk nede fra Idrettens hus')));
});

test('layout: the first page rendered to an image matches the reviewed one', async (t) => {
  if (missing) return t.skip(`${missing} is not installed (Debian package poppler-utils)`);
  const { file } = await fixturePdf();
  execFileSync('/usr/bin/pdftoppm', ['-r', '40', '-png', '-f', '1', '-l', '1', '-singlefile', file, join(dir, 'page')]);
  const actual = PNG.sync.read(readFileSync(join(dir, 'page.png')));
  if (process.env.UPDATE_BASELINE === '1') {
    writeFileSync(BASELINE, PNG.sync.write(actual));
    return t.skip('baseline written');
  }
  const expected = PNG.sync.read(readFileSync(BASELINE));
  assert.equal(`${actual.width}x${actual.height}`, `${expected.width}x${expected.height}`);
  const diff = new PNG({ width: actual.width, height: actual.height });
  const changed = pixelmatch(actual.data, expected.data, diff.data, actual.width, actual.height, { threshold: 0.2 });
  const share = changed / (actual.width * actual.height);
  if (share > 0.005) writeFileSync(join(process.cwd(), 'report-page-1-diff.png'), PNG.sync.write(diff));
  assert.ok(share <= 0.005, `${(share * 100).toFixed(2)} % of the pixels differ (diff: report-page-1-diff.png)`);
});
