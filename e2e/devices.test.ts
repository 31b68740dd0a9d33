import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Locator } from 'playwright-core';
import {
  ADMIN,
  EMPLOYEE,
  expectAccessible,
  type Harness,
  notice,
  openTab,
  plain,
  settle,
  signInViaApi,
  signInViaForm,
  startHarness,
  textOf,
  textsOf,
  visit,
} from './harness.ts';

const COUNCIL_MEMBER = 'rad@aukra.kommune.no';

/** '1 234' → 1234 */
const count = (s: string) => Number(plain(s).replace(/ /g, ''));

/** The numbers of a table column (by `data-cell`) in the rows the locator matches. */
async function column(rows: Locator, cell: string): Promise<number[]> {
  return (await textsOf(rows.locator(`td[data-cell="${cell}"]`))).map(count);
}

/** Wait until a dialog's opening animation has finished (axe reads colours mid-fade as too faint). */
const opened = (dialog: Locator) =>
  dialog.evaluate((el) => Promise.all(el.getAnimations({ subtree: true }).map((a) => a.finished)));

const sum = (xs: number[]) => xs.reduce((s, x) => s + x, 0);

/** A day `days` from today as Intune writes it ('2026-11-20 08:15:00', UTC). */
const intuneTime = (days: number) =>
  new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 19).replace('T', ' ');

/** A small Intune export: Windows PCs of Rauma (the user's domain says so); the first is the demo employee's. */
function intuneCsv(serials: string[]): string {
  const header = 'Device name,Serial number,Model,Manufacturer,OS,Last check-in,Primary user UPN,Total storage';
  const rows = serials.map(
    (s, i) =>
      `RAU-E2E-${i + 1},${s},ThinkPad T14 Gen 5,Lenovo,Windows,${intuneTime(-1)},${
        i === 0 ? EMPLOYEE : `bruker${i}@rauma.kommune.no`
      },244198`,
  );
  return `${[header, ...rows].join('\r\n')}\r\n`;
}

describe('devices: the rotation table, the fleet behind it, forecast, orders, import and "my devices", every page axe-clean', () => {
  let h: Harness;
  let dir: string;
  before(async () => {
    [h, dir] = await Promise.all([startHarness(), mkdtemp(path.join(os.tmpdir(), 'samdrift-devices-'))]);
  });
  after(async () => {
    await h?.stop();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('the administrator reads the rotation table, follows a count to its devices, and the forecast', {
    timeout: 120_000,
  }, async () => {
    const tab = await openTab(h);
    const { page } = tab;
    await visit(page, '/login');
    await signInViaForm(page, ADMIN);
    await page.locator('.member-card').first().waitFor();

    await page.locator('.app-nav').getByRole('link', { name: 'Enheter' }).click();
    await page.waitForURL('**/devices');
    await settle(page);
    assert.equal(await page.title(), 'Rotasjon – Samdrift');
    await page.locator('main h1', { hasText: /^Rotasjon av PC-er – / }).waitFor();
    const table = page.locator('table.rotation-table');
    await table.locator('caption', { hasText: 'Rotasjon av PC-er per kommune og kategori' }).waitFor();
    assert.match(
      plain(await textOf(page.locator('#rotation-counted'))),
      /^Telles: PC-er i bruk som er sett \(pålogget\) fra og med 01\.\d\d\.\d{4}\./,
    );
    await expectAccessible(page, 'rotation table');
    // the tabs an administrator has
    assert.deepEqual(await textsOf(page.locator('.devices-nav a')), [
      'Rotasjon',
      'Enheter',
      'Prognose',
      'Bestillinger',
      'Regler',
      'Import',
      'Innstillinger',
    ]);

    // The Sum row is the sum of the rows, column by column; the members' sums add up to "Må bestilles".
    const bodyRows = table.locator('tbody tr');
    const totals = table.locator('tfoot tr');
    assert.ok((await bodyRows.count()) > 0, 'the demo fleet gives the table rows');
    for (const cell of ['expired', 'expiring', 'inStock', 'ordered', 'toOrder', 'stale', 'unknownExpiry']) {
      const [total] = await column(totals, cell);
      assert.equal(sum(await column(bodyRows, cell)), total, `the Sum row of ${cell}`);
    }
    assert.equal(sum(await column(bodyRows, 'sum')), (await column(totals, 'toOrder'))[0]);

    // A count links to exactly the devices behind it: the list says the same total.
    const row = bodyRows.filter({ has: page.locator('td[data-cell="expiring"] a') }).first();
    const link = row.locator('td[data-cell="expiring"] a');
    const expected = count(await textOf(link));
    assert.ok(expected > 0);
    const category = await row.getAttribute('data-category');
    await link.click();
    await page.waitForURL(/\/devices\/list\?.*cell=expiring/);
    await settle(page);
    await page.locator('main h1', { hasText: /^Utgår i \d{4}$/ }).waitFor();
    assert.match(
      plain(await textOf(page.locator('main .page-head'))),
      new RegExp(`kategori ${category}, PC-er, rotasjonstabellen for`),
    );
    const shown = page.getByTestId('device-count');
    await shown.filter({ hasText: /enhet/ }).waitFor();
    assert.match(
      plain(await textOf(shown)),
      new RegExp(`^${expected.toLocaleString('nb-NO').replace(/\s/g, ' ')} enhet(er)?( |$)`),
    );
    assert.equal(await page.locator('table.device-table tbody tr').count(), Math.min(expected, 50));
    await expectAccessible(page, 'device list of a table cell');

    // One device of the list: its facts, and back to the same list.
    const first = page.locator('table.device-table tbody tr').first();
    const serial = (await first.getAttribute('data-serial'))!;
    await first.getByRole('link', { name: serial }).click();
    await page.locator('main h1', { hasText: `Enhet ${serial}` }).waitFor();
    await settle(page);
    await expectAccessible(page, 'device page');
    await page.getByRole('link', { name: '← Tilbake til enhetene' }).click();
    await page.waitForURL(/cell=expiring/);

    // The stale devices are not dropped: their own column opens them, most long unseen first.
    await visit(page, '/devices');
    const staleLink = page.locator('table.rotation-table tfoot td[data-cell="stale"] a');
    const stale = count(await textOf(staleLink));
    await staleLink.click();
    await page.waitForURL(/cell=stale/);
    await settle(page);
    await page.locator('main h1', { hasText: /^Ikke sett i / }).waitFor();
    await page.getByTestId('device-count').filter({ hasText: /enhet/ }).waitFor();
    assert.equal(count((await textOf(page.getByTestId('device-count'))).split(' enhet')[0]!), stale);

    // The list's own filters: a search narrows it down, in the address too.
    await visit(page, '/devices/list');
    await page.locator('main').getByLabel('Status', { exact: true }).selectOption({ label: 'På lager' });
    await page.waitForURL(/status=in_stock/);
    await page.locator('table.device-table tbody tr').first().waitFor();
    await expectAccessible(page, 'device list with filters');

    // The forecast: quarters by default, a totals row and the cost in kroner.
    await page.locator('.devices-nav').getByRole('link', { name: 'Prognose' }).click();
    await page.waitForURL('**/devices/forecast');
    await settle(page);
    const forecast = page.locator('table.forecast-table');
    await forecast.locator('caption', { hasText: /^Utskifting av PC-er per kommune og kategori/ }).waitFor();
    const ft = forecast.locator('tfoot tr.total-row');
    assert.equal(sum(await column(forecast.locator('tbody tr'), 'totalToBuy')), (await column(ft, 'totalToBuy'))[0]);
    assert.match(
      plain(await textOf(page.locator('.forecast-summary'))),
      /PC-er må kjøpes for \d[\d ]* kr i perioden\./,
    );
    await expectAccessible(page, 'forecast');
    // Monthly, with a unit price of one's own: every device costs the same.
    await page.locator('main').getByLabel('Måneder', { exact: true }).check();
    await page.locator('main').getByLabel('Antall måneder', { exact: true }).fill('12');
    await page.locator('main').getByLabel('Enhetspris (kr) (valgfritt)', { exact: true }).fill('10 000');
    await page.getByRole('button', { name: 'Vis prognosen' }).click();
    await page.waitForURL(/granularity=month.*unitPriceOre=1000000/);
    await forecast.locator('thead th[scope="colgroup"]').nth(11).waitFor();
    assert.equal(await forecast.locator('thead th[scope="colgroup"]').count(), 12);
    const toBuy = (await column(page.locator('table.forecast-table tfoot tr.total-row'), 'totalToBuy'))[0]!;
    const cost = plain(await textOf(page.locator('table.forecast-table tfoot tr.total-row td[data-cell="cost"]')));
    assert.equal(cost, `${(toBuy * 10_000).toLocaleString('nb-NO').replace(/\s/g, ' ')} kr`);
    await expectAccessible(page, 'forecast by month');

    // Rules: the Rover rule and the phones that fail it, with what each fails.
    await page.locator('.devices-nav').getByRole('link', { name: 'Regler' }).click();
    await settle(page);
    await expectAccessible(page, 'rules');
    await page.locator('table.rules-table tbody tr').first().getByRole('link').click();
    await page.waitForURL(/\/devices\/rules\/[0-9a-f-]{36}/);
    await settle(page);
    await page.locator('.rule-summary').waitFor();
    await expectAccessible(page, 'rule with its non-compliant devices');

    await visit(page, '/devices/settings');
    await page.locator('table.categories-table tbody tr').first().waitFor();
    await expectAccessible(page, 'device settings');
    await tab.close();
  });

  it('the service desk registers an order, receives it into stock and hands a device out', {
    timeout: 120_000,
  }, async () => {
    const tab = await openTab(h);
    const { page } = tab;
    tab.allow(/status of 400/); // the serial number listed twice, refused by the server below
    await signInViaApi(tab, ADMIN);
    await visit(page, '/devices/orders');
    await page.locator('table.orders-table tbody tr').first().waitFor();
    await expectAccessible(page, 'orders');

    const form = page.locator('section[aria-labelledby="register-order-heading"]');
    await form.getByLabel('Medlem', { exact: true }).selectOption({ label: 'Rauma kommune' });
    await form.getByLabel('Kategori', { exact: true }).selectOption({ label: 'Ansatt' });
    await form.getByLabel('Modell', { exact: true }).fill('ThinkPad E2E Gen 1');
    // a quantity of 0 is refused next to the field
    await form.getByLabel('Antall', { exact: true }).fill('0');
    await form.getByRole('button', { name: 'Registrer bestillingen' }).click();
    await form.getByText('Skriv et antall fra 1 til 100 000.').waitFor();
    await expectAccessible(page, 'order form with an error');
    await form.getByLabel('Antall', { exact: true }).fill('2');
    await form.getByRole('button', { name: 'Registrer bestillingen' }).click();
    await notice(page, 'Bestillingen av 2 × ThinkPad E2E Gen 1 til Rauma kommune er registrert.');
    const order = page.locator('table.orders-table tbody tr', { hasText: 'ThinkPad E2E Gen 1' });
    assert.equal(plain(await textOf(order.locator('td[data-cell="outstanding"]'))), '2');

    // The open order counts as ordered in the rotation table, and its count opens the open orders.
    await visit(page, '/devices');
    const rauma = page.locator('table.rotation-table tbody[data-member="Rauma kommune"] tr[data-category="Ansatt"]');
    const ordered = rauma.locator('td[data-cell="ordered"] a');
    assert.ok(count(await textOf(ordered)) >= 2);
    await ordered.click();
    await page.waitForURL(/\/devices\/orders\?open=true/);
    await settle(page);
    await page.locator('table.orders-table caption', { hasText: 'Åpne bestillinger' }).waitFor();
    const rows = await textsOf(page.locator('table.orders-table tbody tr td:nth-child(3)'));
    assert.ok(rows.length > 0 && rows.every((m) => m === 'Rauma kommune'), `only Rauma's orders: ${rows}`);

    // Receive both: one serial number a line.
    const openOrder = page.locator('table.orders-table tbody tr', { hasText: 'ThinkPad E2E Gen 1' });
    await openOrder.getByRole('button', { name: /^Motta/ }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('heading', { name: 'Motta ThinkPad E2E Gen 1' }).waitFor();
    await opened(dialog);
    await expectAccessible(page, 'receive dialog');
    await dialog.getByLabel('Serienumre', { exact: true }).fill('E2E-RCV-1\nE2E-RCV-1\n');
    await dialog.getByRole('button', { name: 'Legg på lager' }).click();
    await dialog.getByText('E2E-RCV-1 (linje 2) står to ganger.').waitFor();
    await dialog.getByLabel('Serienumre', { exact: true }).fill('E2E-RCV-1\nE2E-RCV-2\n');
    await dialog.getByRole('button', { name: 'Legg på lager' }).click();
    await notice(page, '2 × ThinkPad E2E Gen 1 er mottatt på lager.');
    assert.equal(plain(await textOf(openOrder.locator('td').first())), 'Levert');

    // The received devices are in stock; one is handed out to a user.
    await openOrder.locator('td[data-cell="received"] a').click();
    await page.waitForURL(/\/devices\/list\?orderId=/);
    await settle(page);
    assert.deepEqual(
      await page
        .locator('table.device-table tbody tr')
        .evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-serial'))),
      ['E2E-RCV-1', 'E2E-RCV-2'],
    );
    await page.getByRole('link', { name: 'E2E-RCV-1' }).click();
    await page.locator('main h1', { hasText: 'Enhet E2E-RCV-1' }).waitFor();
    await settle(page);
    const handOut = page.locator('section[aria-labelledby="hand-out-heading"]');
    await handOut.getByRole('button', { name: 'Lever ut enheten' }).click();
    await handOut.getByText('Skriv hvem eller hvor enheten leveres til.').waitFor();
    await expectAccessible(page, 'hand-out form with an error');
    // It replaces a PC in use, found by its serial number; the old one is retired.
    const inUse = await (await tab.context.request.get('/api/devices?status=in_use&kind=pc&limit=20')).json();
    const old = (inUse.items as { id: string; serial: string; assignedTo: string }[]).find(
      (d) => d.assignedTo !== EMPLOYEE,
    )!;
    await handOut.getByLabel('Leveres til', { exact: true }).fill('kari.nordmann@rauma.kommune.no');
    await handOut.getByLabel('Søk etter enheten som erstattes (valgfritt)', { exact: true }).fill(old.serial);
    const replaces = handOut.getByLabel('Erstatter', { exact: true });
    await replaces.locator('option', { hasText: old.serial }).waitFor({ state: 'attached' });
    await replaces.selectOption({ index: 1 });
    await handOut.getByRole('button', { name: 'Lever ut enheten' }).click();
    await notice(
      page,
      `Enheten er levert ut til kari.nordmann@rauma.kommune.no og erstatter ${old.serial}, som er faset ut.`,
    );
    assert.equal(await handOut.count(), 0);
    assert.match(
      plain(await textOf(page.locator('.facts'))),
      new RegExp(`STATUS I bruk.*ERSTATTER ${old.serial}`, 'i'),
    );
    // the form is gone: focus is on the page's heading
    await page.waitForFunction(() => document.activeElement?.tagName === 'H1');
    await page.getByRole('link', { name: old.serial }).click();
    await page.locator('main h1', { hasText: `Enhet ${old.serial}` }).waitFor();
    await settle(page);
    assert.match(plain(await textOf(page.locator('.facts'))), /STATUS Utfasert/i);
    await page.getByRole('link', { name: 'Se enheten som erstattet denne' }).waitFor();
    await tab.close();
  });

  it('the service desk imports an Intune export: created, then unchanged; a duplicate serial number is refused by line', {
    timeout: 120_000,
  }, async () => {
    const tab = await openTab(h);
    const { page } = tab;
    await signInViaApi(tab, ADMIN);
    await visit(page, '/devices/import');
    await expectAccessible(page, 'import form');

    const file = path.join(dir, 'intune-rauma.csv');
    await writeFile(file, intuneCsv(['E2E-IMP-001', 'E2E-IMP-002', 'E2E-IMP-003']));
    const run = async (name: string) => {
      await page.locator('main').getByLabel('Fil (CSV)', { exact: true }).setInputFiles(name);
      await page
        .locator('main')
        .getByLabel('Kategori for rader uten kategori (valgfritt)', { exact: true })
        .selectOption({
          label: 'Ansatt',
        });
      await page.getByRole('button', { name: 'Importer', exact: true }).click();
      // the job's progress shows (a real <progress>) until its report replaces it
      await page.locator('section.import-status h2').waitFor();
      await page.locator('#import-result').waitFor({ timeout: 30_000 });
    };
    const counts = async () =>
      Object.fromEntries(
        await page
          .locator('.import-counts > div')
          .evaluateAll((ds) => ds.map((d) => [d.getAttribute('data-count'), d.querySelector('dd')?.textContent])),
      );

    await run(file);
    await page.locator('#import-result', { hasText: 'Importen er fullført' }).waitFor();
    assert.deepEqual(await counts(), { created: '3', updated: '0', unchanged: '0' });
    assert.match(plain(await textOf(page.locator('.import-report'))), /3 nye enheter har ingen kjøpsdato/);
    await page.locator('table.imports-table tbody tr', { hasText: 'intune-rauma.csv' }).first().waitFor();
    await expectAccessible(page, 'import report');

    // The same file again changes nothing.
    await run(file);
    await page.locator('#import-result', { hasText: 'Importen er fullført' }).waitFor();
    assert.deepEqual(await counts(), { created: '0', updated: '0', unchanged: '3' });

    // A file with a serial number twice is refused whole, with the line of each error.
    const bad = path.join(dir, 'intune-dobbel.csv');
    await writeFile(bad, intuneCsv(['E2E-IMP-004', 'E2E-IMP-005', 'E2E-IMP-004']));
    await run(bad);
    await page.locator('#import-result', { hasText: 'Filen ble avvist – ingenting er lagret' }).waitFor();
    const errors = page.locator('table.import-errors');
    await errors.locator('caption', { hasText: 'Feil i intune-dobbel.csv' }).waitFor();
    const line = (await textsOf(errors.locator('tbody tr').first().locator('th, td'))).map(plain);
    assert.deepEqual(line.slice(0, 3), ['4', 'Serienummer', 'Serienummeret står to ganger']);
    assert.match(line[3]!, /E2E-IMP-004 is also on line 2/);
    await expectAccessible(page, 'rejected import');

    // Nothing of the refused file was written.
    await visit(page, '/devices/list?q=E2E-IMP');
    await page.getByTestId('device-count').filter({ hasText: '3 enheter' }).waitFor();
    await tab.close();
  });

  it('an employee sees "Mine enheter" in the portal; a council member sees the tables but not the devices', {
    timeout: 60_000,
  }, async () => {
    const tab = await openTab(h);
    const { page } = tab;
    await signInViaApi(tab, EMPLOYEE);
    await visit(page, '/portal');
    const mine = page.locator('section[aria-labelledby="my-devices-heading"]');
    await mine.getByRole('heading', { name: 'Mine enheter' }).waitFor();
    await mine.locator('.my-device').first().waitFor();
    const cards = await textsOf(mine.locator('.my-device'));
    assert.ok(
      cards.every((c) =>
        /Skal byttes: \d\d\.\d\d\.\d{4}|Utløpt – ta kontakt med kundeservice|Byttedato ukjent/.test(plain(c)),
      ),
      cards.join('\n'),
    );
    // the PC imported with the employee as its primary user is one of them
    assert.ok(
      cards.some((c) => /Lenovo ThinkPad T14 Gen 5/.test(c) && /E2E-IMP-001/.test(c)),
      cards.join('\n'),
    );
    await expectAccessible(page, 'portal with my devices');
    assert.equal(await page.locator('.app-nav').getByRole('link', { name: 'Enheter' }).count(), 0);
    await tab.close();

    const council = await openTab(h);
    await signInViaApi(council, COUNCIL_MEMBER);
    await visit(council.page, '/devices');
    assert.deepEqual(await textsOf(council.page.locator('.devices-nav a')), ['Rotasjon', 'Prognose', 'Bestillinger']);
    const rotation = council.page.locator('table.rotation-table');
    await rotation.locator('tbody tr').first().waitFor();
    // counts, but no links to devices (only the open orders)
    assert.equal(await rotation.locator('td[data-cell="expired"] a').count(), 0);
    await expectAccessible(council.page, 'rotation table (council member)');
    await visit(council.page, '/devices/list');
    await council.page.getByTestId('no-access').waitFor();
    await council.close();
  });
});
