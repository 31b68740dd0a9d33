import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { after, before, describe, it } from 'node:test';
import type { Locator, Page } from 'playwright-core';
import {
  expectAccessible,
  type Harness,
  LEADER,
  notice,
  plain,
  settle,
  startHarness,
  tabFor,
  textOf,
  textsOf,
  visit,
} from './harness.ts';

const GROUP_MEMBER = 'faggruppe@vestnes.kommune.no';
const COUNCIL_MEMBER = 'rad@aukra.kommune.no';

/** Wait until a dialog's opening animation has finished (axe reads colours mid-fade as too faint). */
const opened = (dialog: Locator) =>
  dialog.evaluate((el) => Promise.all(el.getAnimations({ subtree: true }).map((a) => a.finished)));

/** The month that ended last, in Norway ('YYYY-MM'). */
function lastCompleteMonth(): string {
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Oslo', year: 'numeric', month: '2-digit' })
    .format(new Date())
    .slice(0, 7);
  const [y, m] = today.split('-').map(Number) as [number, number];
  return new Date(Date.UTC(y, m - 2, 1)).toISOString().slice(0, 7);
}

/** 'YYYY-MM' → 'Oktober 2024', as the list writes an activity report's period. */
function monthText(month: string): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const text = new Intl.DateTimeFormat('nb-NO', { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(Date.UTC(y, m - 1, 15)),
  );
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** The rich-text editor of the section page, and its toolbar button named `name`. */
const editorOf = (page: Page) => page.getByRole('textbox', { name: /^Tekst i avsnitt / });
const tool = (page: Page, name: string) =>
  page.getByRole('toolbar', { name: 'Formatering' }).getByRole('button', { name, exact: true });

describe('reports: the monthly report from draft to approved PDF, written by its sections’ owners, every page axe-clean', () => {
  let h: Harness;
  before(async () => {
    h = await startHarness();
  });
  after(async () => {
    await h?.stop();
  });

  it('the leader opens the month’s draft, a group member writes the area’s section, the leader approves it and downloads the PDF; the council reads it', {
    timeout: 300_000,
  }, async () => {
    const month = lastCompleteMonth();
    const leader = await tabFor(h, LEADER);
    const lp = leader.page;
    // the conflict below is the server's 409, which the browser logs
    leader.allow(/status of 409/);

    // The list: the menu item, filters, the table of reports.
    await visit(lp, '/');
    await lp.locator('.app-nav').getByRole('link', { name: 'Rapporter' }).click();
    await lp.waitForURL('**/reports');
    await settle(lp);
    assert.equal(await lp.title(), 'Rapporter – Samdrift');
    await lp
      .getByTestId('report-count')
      .filter({ hasText: /rapport/ })
      .waitFor();
    await expectAccessible(lp, 'the list of reports');

    // The demo has a draft for the last complete month; without it the leader creates one.
    const draftRow = lp.locator(`table.reports-table tbody tr[data-kind="activity"][data-period="${month}"]`, {
      has: lp.locator('[data-status="draft"]'),
    });
    if ((await draftRow.count()) === 0) {
      const form = lp.getByTestId('new-report-form');
      await form.getByRole('radio', { name: 'Økonomi- og aktivitetsrapport' }).check();
      await form.getByLabel('Måned rapporten gjelder').selectOption(month);
      await form.getByRole('button', { name: 'Opprett rapporten' }).click();
      await lp.waitForURL(/\/reports\/[0-9a-f-]{36}$/);
      await notice(lp, /er opprettet/);
    } else {
      assert.equal(plain(await textOf(draftRow.locator('td[data-cell="period"]'))), monthText(month));
      // A second report for a month that has a draft is refused, at the field, with a link to the draft.
      const form = lp.getByTestId('new-report-form');
      await form.getByLabel('Måned rapporten gjelder').selectOption(month);
      await form.getByRole('button', { name: 'Opprett rapporten' }).click();
      await form.getByText(/^Det finnes allerede en rapport for denne perioden/).waitFor();
      await form.getByRole('link', { name: /^Åpne «/ }).waitFor();
      await expectAccessible(lp, 'the new-report form refused');
      await draftRow.getByRole('link').click();
      await lp.waitForURL(/\/reports\/[0-9a-f-]{36}$/);
    }
    await settle(lp);
    const reportId = /\/reports\/([0-9a-f-]{36})$/.exec(lp.url())![1]!;
    const reportPath = `/reports/${reportId}`;

    // The report's facts: its month, the day its figures stand at, the version date in dd.mm.yyyy.
    const facts = lp.getByTestId('report-facts');
    assert.equal(plain(await textOf(facts.locator('[data-fact="period"] dd'))), monthText(month));
    assert.match(plain(await textOf(facts.locator('[data-fact="asOf"] dd'))), /^01\.\d\d\.\d{4}$/);
    assert.match(plain(await textOf(facts.locator('[data-fact="versionDate"] dd'))), /^\d\d\.\d\d\.\d{4}$/);
    assert.equal(await lp.locator('main [data-status="draft"]').count(), 1);
    // the leader may write every section
    const sectionRows = lp.locator('table.reports-sections tbody tr');
    const sectionCount = await sectionRows.count();
    assert.ok(sectionCount > 5, 'an activity report has its sections');
    assert.equal(await lp.locator('table.reports-sections tbody tr[data-can-edit="true"]').count(), sectionCount);
    await expectAccessible(lp, 'a draft report');

    // The group member writes only the section of their own professional area.
    const member = await tabFor(h, GROUP_MEMBER);
    const mp = member.page;
    await visit(mp, reportPath);
    const editable = mp.locator('table.reports-sections tbody tr[data-can-edit="true"]');
    assert.equal(await editable.count(), 1, 'the group member writes one section');
    const areaKey = (await editable.getAttribute('data-section'))!;
    assert.match(areaKey, /^area:[0-9a-f-]{36}$/);
    assert.equal(
      await mp
        .locator('table.reports-sections tbody')
        .getByRole('link', { name: /^Skriv/ })
        .count(),
      1,
    );
    assert.equal(await mp.getByTestId('workflow').getByRole('button').count(), 0, 'no workflow steps for them');
    // another section's editor tells them it is not theirs
    await visit(mp, `${reportPath}/sections/customer_service`);
    await mp.getByTestId('read-only').getByText('Du kan ikke endre dette avsnittet').waitFor();

    // The leader opens the same section's editor before the group member saves (for the conflict below).
    const sectionPath = `${reportPath}/sections/${encodeURIComponent(areaKey)}`;
    await visit(lp, sectionPath);
    await editorOf(lp).waitFor();

    await visit(mp, reportPath);
    await editable.getByRole('link', { name: /^Skriv/ }).click();
    await mp.waitForURL(`**${sectionPath}`);
    await settle(mp);
    const editor = editorOf(mp);
    await editor.waitFor();
    assert.equal(await editor.getAttribute('aria-multiline'), 'true');
    await expectAccessible(mp, 'the section editor');

    // A heading, a paragraph with bold text, a bulleted list and a link, by keyboard and toolbar.
    await editor.click();
    await mp.keyboard.press('Control+a');
    await mp.keyboard.press('Delete');
    await tool(mp, 'Overskrift 2').click();
    assert.equal(await tool(mp, 'Overskrift 2').getAttribute('aria-pressed'), 'true');
    await mp.keyboard.type('Status for faggruppen');
    await mp.keyboard.press('Enter');
    assert.equal(await tool(mp, 'Overskrift 2').getAttribute('aria-pressed'), 'false');
    await mp.keyboard.type('Vi har ');
    await mp.keyboard.press('Control+b');
    await mp.keyboard.type('fullført migreringen');
    assert.equal(await tool(mp, 'Fet').getAttribute('aria-pressed'), 'true');
    await mp.keyboard.press('Control+b');
    await mp.keyboard.type(' av fagsystemet.');
    await mp.keyboard.press('Enter');
    await tool(mp, 'Punktliste').click();
    assert.equal(await tool(mp, 'Punktliste').getAttribute('aria-pressed'), 'true');
    await mp.keyboard.type('Første punkt');
    await mp.keyboard.press('Enter');
    await mp.keyboard.type('Andre punkt');
    await mp.keyboard.press('Enter');
    await mp.keyboard.press('Enter');
    await mp.keyboard.type('Les mer hos ');
    await tool(mp, 'Lenke').click();
    const linkDialog = mp.getByRole('dialog', { name: 'Sett inn lenke' });
    await linkDialog.waitFor();
    await opened(linkDialog);
    await expectAccessible(mp, 'the link dialog');
    await linkDialog.getByLabel('Nettadresse').fill('www.vestnes.kommune.no');
    await linkDialog.getByLabel(/^Lenketekst/).fill('Vestnes kommune');
    await linkDialog.getByRole('button', { name: 'Sett inn lenken' }).click();
    await linkDialog.waitFor({ state: 'hidden' });
    const link = editor.locator('a', { hasText: 'Vestnes kommune' });
    assert.equal(await link.getAttribute('href'), 'https://www.vestnes.kommune.no');
    assert.equal(await textOf(editor.locator('h2')), 'Status for faggruppen');
    assert.equal(await textOf(editor.locator('strong')), 'fullført migreringen');
    assert.deepEqual(await textsOf(editor.locator('ul > li')), ['Første punkt', 'Andre punkt']);
    await mp.getByTestId('save-state').getByText('Endringer som ikke er lagret').waitFor();

    await mp.getByTestId('save-section').click();
    await notice(mp, /er lagret\.$/);
    await mp
      .getByTestId('save-state')
      .getByText(/^Sist lagret \d\d\.\d\d\.\d{4} \d\d:\d\d av Frida Faggruppe$/)
      .waitFor();
    await expectAccessible(mp, 'the section editor with text');

    // Leaving with unsaved changes asks first.
    await editor.click();
    await mp.keyboard.press('Control+End');
    await mp.keyboard.type(' Mer tekst.');
    await mp.getByRole('link', { name: /^← Tilbake til / }).click();
    const unsaved = mp.getByTestId('unsaved-dialog');
    await unsaved.getByText('Forlate siden uten å lagre?').waitFor();
    await unsaved.getByRole('button', { name: 'Bli på siden' }).click();
    assert.ok(mp.url().endsWith(sectionPath));
    await mp.getByRole('link', { name: /^← Tilbake til / }).click();
    await unsaved.getByRole('button', { name: 'Forlat siden' }).click();
    await mp.waitForURL(`**${reportPath}`);
    await settle(mp);

    // The leader, who opened the editor before the member saved, is told rather than overwriting.
    const leaderEditor = editorOf(lp);
    await leaderEditor.click();
    await lp.keyboard.type('Lederens utkast');
    await lp.getByTestId('save-section').click();
    const conflict = lp.getByTestId('conflict');
    await conflict.getByText(/Frida Faggruppe lagret avsnittet/).waitFor();
    await conflict.getByRole('button', { name: 'Last inn den lagrede teksten' }).click();
    await leaderEditor.locator('strong', { hasText: 'fullført migreringen' }).waitFor();
    assert.equal(await leaderEditor.getByText('Lederens utkast').count(), 0);

    // The preview shows the saved text in the server's HTML.
    await visit(mp, `${reportPath}/preview`);
    const frameElement = mp.getByTestId('preview-frame');
    assert.match((await frameElement.getAttribute('title')) ?? '', /^Forhåndsvisning av /);
    const frame = mp.frameLocator('[data-testid="preview-frame"]');
    await frame.getByText('Status for faggruppen').first().waitFor();
    await frame.locator('strong', { hasText: 'fullført migreringen' }).first().waitFor();
    await frame.locator('li', { hasText: 'Andre punkt' }).first().waitFor();
    assert.equal(
      await frame.locator('a', { hasText: 'Vestnes kommune' }).first().getAttribute('href'),
      'https://www.vestnes.kommune.no',
    );
    await expectAccessible(mp, 'the preview');

    // The leader sends it for review and approves it.
    await visit(lp, reportPath);
    await lp.getByRole('button', { name: 'Send til gjennomsyn' }).click();
    await notice(lp, 'Rapporten er sendt til gjennomsyn.');
    await lp.locator('main [data-status="review"]').first().waitFor();
    assert.equal(await lp.locator('table.reports-sections tbody tr[data-can-edit="true"]').count(), 0);
    await lp.getByRole('button', { name: 'Godkjenn rapporten' }).click();
    const approve = lp.getByRole('dialog');
    await approve.getByText(/^Godkjenning fryser tallene/).waitFor();
    await opened(approve);
    await expectAccessible(lp, 'the approval dialog');
    await approve.getByRole('button', { name: 'Godkjenn og frys tallene' }).click();
    await notice(lp, /er godkjent\.$/);
    await lp.locator('main [data-status="approved"]').first().waitFor();
    assert.match(
      plain(await textOf(lp.getByTestId('report-facts').locator('[data-fact="approved"] dd'))),
      /^\d\d\.\d\d\.\d{4} \d\d:\d\d av Leif Leder$/,
    );

    // The approved report is read-only: no section to write, no details to change, the editor says so.
    assert.equal(await lp.locator('table.reports-sections tbody tr[data-can-edit="true"]').count(), 0);
    assert.equal(await lp.getByRole('link', { name: /^Skriv/ }).count(), 0);
    assert.equal(await lp.getByRole('button', { name: 'Endre tittel, dokumenteier og sak' }).count(), 0);
    await lp.getByRole('button', { name: 'Lag ny versjon' }).waitFor();
    await expectAccessible(lp, 'an approved report');

    // The PDF downloads, and is a real one.
    const [download] = await Promise.all([
      lp.waitForEvent('download', { timeout: 60_000 }),
      lp.getByTestId('downloads').getByRole('link', { name: 'Last ned PDF' }).click(),
    ]);
    const pdf = await readFile((await download.path())!);
    assert.equal(pdf.subarray(0, 4).toString('latin1'), '%PDF');
    assert.ok(pdf.length > 10_000, `the PDF has ${pdf.length} bytes`);

    await visit(mp, sectionPath);
    await mp.getByTestId('read-only').getByText('Rapporten er ikke et utkast lenger', { exact: false }).waitFor();

    // The glossary: the demo's terms; the leader adds one (a missing field is named first) and deletes it again.
    await visit(lp, '/reports/glossary');
    const terms = lp.locator('table.glossary-table tbody tr');
    assert.ok((await terms.count()) > 0, 'the demo has glossary terms');
    await lp.getByRole('button', { name: 'Legg til begrepet' }).click();
    await lp.getByText('Feltet må fylles ut.').first().waitFor();
    await lp.getByLabel('Begrep', { exact: true }).fill('Testbegrep');
    await lp.getByLabel('Definisjon', { exact: true }).fill('Et begrep som bare finnes i testen.');
    await lp.getByRole('button', { name: 'Legg til begrepet' }).click();
    await notice(lp, 'Begrepet Testbegrep er lagt til.');
    const added = terms.filter({ hasText: 'Testbegrep' });
    await added.waitFor();
    await expectAccessible(lp, 'the glossary');
    await added.getByRole('button', { name: 'Slett Testbegrep' }).click();
    await lp.getByRole('dialog').getByRole('button', { name: 'Slett begrepet' }).click();
    await notice(lp, 'Begrepet Testbegrep er slettet.');
    assert.equal(await added.count(), 0);

    // Staffing and sick leave: the demo's years, and a year added with Norwegian decimals.
    await visit(lp, '/reports/staff');
    assert.ok((await lp.locator('table.staff-table tbody tr').count()) > 0, 'the demo has staffing figures');
    await lp.getByLabel('År', { exact: true }).fill('2012');
    await lp.getByLabel('Årsverk', { exact: true }).fill('26,5');
    await lp.getByLabel('Ansatte', { exact: true }).fill('31');
    await lp.getByLabel('Sykefravær i prosent (valgfritt)').fill('1,225');
    await lp.getByRole('button', { name: 'Lagre året' }).click();
    await lp
      .getByText(/høyst to desimaler/)
      .first()
      .waitFor();
    await lp.getByLabel('Sykefravær i prosent (valgfritt)').fill('1,22');
    await lp.getByRole('button', { name: 'Lagre året' }).click();
    await notice(lp, /Bemanningen for 2012 er/);
    const row = lp.locator('table.staff-table tbody tr[data-year="2012"]');
    assert.equal(plain(await textOf(row.locator('[data-cell="fte"]'))), '26,5');
    assert.equal(plain(await textOf(row.locator('[data-cell="sickLeave"]'))), '1,22 %');
    await expectAccessible(lp, 'staffing and sick leave');
    await row.getByRole('button', { name: 'Slett 2012' }).click();
    await lp.getByRole('dialog').getByRole('button', { name: 'Slett året' }).click();
    await notice(lp, 'Bemanningen for 2012 er slettet.');

    // A council member reads the approved report: no steps, no sections to write, the files to download.
    const council = await tabFor(h, COUNCIL_MEMBER);
    const cp = council.page;
    await visit(cp, '/reports');
    const approvedRow = cp.locator(`table.reports-table tbody tr[data-report="${reportId}"]`);
    await approvedRow.locator('[data-status="approved"]').waitFor();
    await approvedRow.getByRole('link').click();
    await cp.waitForURL(`**${reportPath}`);
    await settle(cp);
    assert.equal(await cp.getByTestId('workflow').getByRole('button').count(), 0);
    assert.equal(await cp.locator('table.reports-sections tbody tr[data-can-edit="true"]').count(), 0);
    assert.equal(await cp.getByRole('link', { name: /^Skriv/ }).count(), 0);
    await cp.getByTestId('downloads').getByRole('link', { name: 'Last ned PDF' }).waitFor();
    assert.equal(await cp.getByTestId('new-report-form').count(), 0);
    await expectAccessible(cp, 'an approved report for a council member');

    await Promise.all([leader.close(), member.close(), council.close()]);
  });
});
