import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Locator, Page } from 'playwright-core';
import {
  expectAccessible,
  type Harness,
  LEADER,
  notice,
  openTab,
  settle,
  signInViaApi,
  signInViaForm,
  startHarness,
  textOf,
  textsOf,
  visit,
} from './harness.ts';

/** A year the demo data does not use, so the test builds everything it needs itself. */
const YEAR = 2031;
const THOUSAND = 100_000; // øre
const COUNCIL = 'rad@aukra.kommune.no';
const MEMBERS = ['Aukra kommune', 'Hustadvika kommune', 'Molde kommune', 'Rauma kommune', 'Vestnes kommune'];

/** Norwegian number formatting's spaces and minus as plain characters, so texts compare simply. */
const plain = (s: string) =>
  s
    .replace(/[\u00a0\u202f]/g, ' ')
    .replace(/\u2212/g, '-')
    .trim();
const nb = (n: number) => plain(new Intl.NumberFormat('nb-NO').format(n));

/** A state-changing call with the page's session and the CSRF token the web client sends. */
async function send(page: Page, method: 'PUT' | 'POST', path: string, body: unknown) {
  const session = await (await page.request.get('/api/auth/session')).json();
  const res = await page.request.fetch(path, {
    method,
    data: body,
    headers: { 'x-csrf-token': String(session.csrfToken) },
  });
  assert.ok(res.ok(), `${method} ${path} failed: ${res.status()} ${await res.text()}`);
  return res.json();
}

const cells = async (row: Locator) => (await textsOf(row.locator('th, td'))).map(plain);

describe('economy: what each member pays, the operating report and its import, every page axe-clean', () => {
  let h: Harness;
  before(async () => {
    h = await startHarness();
  });
  after(async () => {
    await h?.stop();
  });

  it('the leader sees the payments table reconcile, downloads it, and a bad accounting file is refused', {
    timeout: 120_000,
  }, async () => {
    const tab = await openTab(h);
    const { page } = tab;
    tab.allow(/status of 400/); // the key refused below for shares adding up to 100,01 %
    await visit(page, '/login');
    await signInViaForm(page, LEADER);
    await page.locator('.member-card').first().waitFor();

    // Set up the year through the API: keys, frames (top-down from Molde's frame) and one account.
    const overview = await (await page.request.get('/api/cooperation')).json();
    const id = Object.fromEntries(
      (overview.members as { id: string; name: string }[]).map((m) => [m.name, m.id]),
    ) as Record<string, string>;
    await send(page, 'PUT', `/api/economy/${YEAR}/keys/operating`, {
      kind: 'fixed',
      percentages: MEMBERS.map((n, i) => ({
        memberId: id[n],
        percent: ['7,82', '19,39', '48,10', '11,78', '12,91'][i],
      })),
      decision: 'Sak 2030/M7-004',
    });
    await send(page, 'PUT', `/api/economy/${YEAR}/keys/investment`, {
      kind: 'fixed',
      percentages: MEMBERS.map((n, i) => ({ memberId: id[n], percent: ['897', '2235', '5536', '1347', '1485'][i] })),
      normalize: true,
    });
    await send(page, 'PUT', `/api/economy/${YEAR}/frames`, {
      topDown: { hostMemberId: id['Molde kommune'], hostFrameOre: 42_539 * THOUSAND, hostShare: '48,10' },
      investmentFrameOre: 11_500 * THOUSAND,
      carryOverOre: 2_720 * THOUSAND,
      carryOverDecision: 'Mindreforbruk 2030 overføres',
    });
    await send(page, 'PUT', '/api/economy/accounts', {
      accounts: [{ account: '10100', name: 'Fast lønn', expenseType: 'salaries' }],
    });

    // The section is in the menu and opens on this year's payments.
    await page.locator('.app-nav').getByRole('link', { name: 'Økonomi' }).click();
    const thisYear = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Oslo', year: 'numeric' }).format(new Date());
    await page.waitForURL(`**/economy/${thisYear}/payments`);
    await settle(page);

    // The payments table for the year, in thousands: Molde's figures and a sum row equal to the server's.
    await visit(page, `/economy/${YEAR}/payments`);
    assert.equal(await page.title(), `Betaling ${YEAR} – Økonomi – Samdrift`);
    const table = page.locator('.payments-table');
    await table.locator('caption', { hasText: `Hva hver kommune betaler i ${YEAR} (tall i hele 1000 kr)` }).waitFor();
    const molde = await cells(table.locator('tbody tr[data-member="Molde kommune"]'));
    assert.deepEqual(molde.slice(0, 6), ['Molde kommune', '48,100 %', '42 539', '4 429', '-1 309', '45 659']);
    const server = await (await page.request.get(`/api/economy/${YEAR}/payments?unit=1000`)).json();
    const sum = await cells(table.locator('tfoot tr'));
    assert.deepEqual(sum.slice(0, 6), [
      'Sum',
      '100,000 %',
      nb(server.sum.operating),
      nb(server.sum.investmentNet),
      nb(-server.sum.carryOver),
      nb(server.sum.total),
    ]);
    assert.equal(sum[5], '94 919', '88 439 + 9 200 − 2 720');
    await expectAccessible(page, 'payments (leader)');

    // Whole kroner: the address and the table follow.
    await page.locator('main').getByLabel('Hele kroner', { exact: true }).check();
    await page.waitForURL(`**/economy/${YEAR}/payments?unit=1`);
    await table.locator('caption', { hasText: '(tall i hele kroner)' }).waitFor();
    assert.equal((await cells(table.locator('tfoot tr')))[2], '88 439 000');

    // The download links give the same table as files.
    const csvHref = await page.getByRole('link', { name: 'Last ned som CSV' }).getAttribute('href');
    assert.equal(csvHref, `/api/economy/${YEAR}/payments?unit=1&format=csv`);
    const csv = await page.request.get(csvHref!);
    assert.equal(csv.status(), 200);
    assert.match(csv.headers()['content-type'] ?? '', /text\/csv/);
    assert.match(await csv.text(), /Molde kommune;48,100 %/);
    const xlsxHref = await page.getByRole('link', { name: 'Last ned som Excel (XLSX)' }).getAttribute('href');
    assert.equal((await page.request.get(xlsxHref!)).status(), 200);

    // The operating page: an accounting file with an unknown account is refused as a whole.
    await page.locator('.sub-nav').getByRole('link', { name: 'Drift' }).click();
    await page.locator('main h1', { hasText: `Drift ${YEAR}` }).waitFor();
    await settle(page);
    await page.getByText(`Ingen regnskapstall er importert for ${YEAR} ennå.`).waitFor();
    await expectAccessible(page, 'operating (leader)');
    const file = page.locator('main').getByLabel('Regnskapsfil (CSV)', { exact: true });
    await file.setInputFiles({
      name: 'regnskap-2031.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(`Konto;Periode;Beløp\n10100;${YEAR}-10;23 957 000\n99999;${YEAR}-10;5,00\n`, 'utf8'),
    });
    await page.getByRole('button', { name: 'Importer', exact: true }).click();
    const report = page.locator('.import-report');
    await report.getByRole('heading', { name: 'Ingenting ble importert' }).waitFor();
    assert.match(plain(await textOf(report)), /Filen regnskap-2031\.csv har 1 feil\. Ingen tall er endret\./);
    await report.locator('caption', { hasText: 'Feil i regnskap-2031.csv' }).waitFor();
    const errorRows = report.locator('tbody tr');
    assert.equal(await errorRows.count(), 1);
    const line = await cells(errorRows.first());
    assert.deepEqual(line.slice(0, 3), ['3', 'Konto', 'Ukjent konto']);
    assert.match(line[3] ?? '', /99999/);
    // nothing was written: still no actuals, and the sum of Regnskap is 0
    const operating = page.locator('.operating-table');
    assert.equal((await cells(operating.locator('tfoot tr')))[1], '0');
    await page.getByText(`Ingen regnskapstall er importert for ${YEAR} ennå.`).waitFor();
    await expectAccessible(page, 'operating with a refused import');

    // A correct file goes in, and the table shows it through October.
    await file.setInputFiles({
      name: 'regnskap-2031-oktober.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(`Konto;Periode;Beløp\n10100;${YEAR}-10;23 957 000\n`, 'utf8'),
    });
    await page.getByRole('button', { name: 'Importer', exact: true }).click();
    await report.getByRole('heading', { name: 'Regnskapet er importert' }).waitFor();
    await page.getByText(`Regnskap t.o.m. oktober ${YEAR}.`).waitFor();
    assert.equal((await cells(operating.locator('tbody tr[data-expense-type="salaries"]')))[1], '23 957');

    // The other pages are axe-clean too.
    await visit(page, `/economy/${YEAR}/investments`);
    await page.locator('.plan-table').waitFor();
    await expectAccessible(page, 'investments (leader)');

    // A key whose shares add up to 100,01 % is refused next to the form; normalised, it is saved.
    await visit(page, `/economy/${YEAR}/keys`);
    await page.locator('.key-table').first().waitFor();
    await expectAccessible(page, 'keys (leader)');
    const keyForm = page.locator('.key-form');
    const aukra = keyForm.getByLabel('Aukra kommune', { exact: true });
    assert.equal(await aukra.inputValue(), '7,82');
    await aukra.fill('7,83');
    await keyForm.getByText('Sum av andelene: 100,01 %').waitFor();
    await keyForm.getByRole('button', { name: 'Lagre nøkkelen' }).click();
    const keyError = keyForm.locator('.key-form__error');
    await keyError.waitFor();
    assert.match(plain(await textOf(keyError)), /^Andelene summerer til 100,01 %, ikke 100 %\./);
    await expectAccessible(page, 'key form with a refused key');
    await keyForm.getByLabel('Normaliser andelene').check();
    await keyForm.getByRole('button', { name: 'Lagre nøkkelen' }).click();
    await notice(page, `Ny driftsnøkkel for ${YEAR} er lagret.`);

    // Services and measures: a measure added through the form shows in the table with its amount.
    await visit(page, `/economy/${YEAR}/services`);
    await page.locator('main').getByLabel('Tiltak', { exact: true }).fill('Redusere årsverk');
    await page.locator('main').getByLabel('Beløp (kr)', { exact: true }).fill('4 079 000');
    await page.locator('main').getByLabel('Konsekvens (valgfritt)').fill('Lengre ventetid i brukerstøtten.');
    await page.getByRole('button', { name: 'Legg til tiltaket' }).click();
    await notice(page, 'Tiltaket «Redusere årsverk» er lagt til.');
    const measure = page.locator('.measures-table tbody tr', { hasText: 'Redusere årsverk' });
    await measure.waitFor();
    assert.match(plain(await textOf(measure)), /4 079 000 kr|kr 4 079 000/);
    await expectAccessible(page, 'services and measures (leader)');

    // The year picker moves the same page to another year.
    await page.locator('main').getByLabel('År', { exact: true }).selectOption(thisYear);
    await page.waitForURL(`**/economy/${thisYear}/services`);
    await page.locator('main h1', { hasText: `Tjenester og tiltak ${thisYear}` }).waitFor();
    await settle(page);
    await tab.close();
  });

  it('a council member reads the economy without the forms to change it', { timeout: 60_000 }, async () => {
    const tab = await openTab(h);
    const { page } = tab;
    await signInViaApi(tab, COUNCIL);
    await visit(page, `/economy/${YEAR}/payments`);
    await page.locator('.payments-table tbody tr').first().waitFor();
    assert.equal(await page.locator('#frames-form-heading').count(), 0);
    await expectAccessible(page, 'payments (council member)');
    await visit(page, `/economy/${YEAR}/operating`);
    await page.locator('.operating-table').waitFor();
    assert.equal(await page.locator('input[type="file"]').count(), 0);
    assert.equal(await page.locator('#budget-form-heading').count(), 0);
    await expectAccessible(page, 'operating (council member)');
    await tab.close();
  });
});
