import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import {
  ADMIN,
  apiCall,
  type Harness,
  LEADER,
  openTab,
  settle,
  signInViaApi,
  startHarness,
  textOf,
  textsOf,
  visit,
} from './harness.ts';

/** The open dialog's field with this label. */
const field = (page: Page, label: string) => page.locator('dialog[open]').getByLabel(label, { exact: true });

describe('administration: users, audit log, contact people', () => {
  let h: Harness;
  before(async () => {
    h = await startHarness();
  });
  after(async () => {
    await h?.stop();
  });

  it('the admin creates a user in the UI, and the audit log shows the change', { timeout: 60_000 }, async () => {
    const tab = await openTab(h);
    const { page } = tab;
    await signInViaApi(tab, ADMIN);
    await visit(page, '/admin/users');
    await page.locator('main .table-caption').waitFor();

    await page.getByRole('button', { name: '+ Ny bruker' }).click();
    await page.locator('dialog[open] h2', { hasText: 'Ny bruker' }).waitFor();
    await field(page, 'Navn').fill('Tone Testesen');
    await field(page, 'E-postadresse').fill('tone.testesen@rauma.kommune.no');
    await field(page, 'Medlem').selectOption({ label: 'Rauma kommune' });
    // The employee role (row 1) takes the chosen member.
    assert.equal(await field(page, 'Rolle 1').inputValue(), 'employee');
    assert.equal(await textOf(field(page, 'Gjelder for (rolle 1)').locator('option:checked')), 'Rauma kommune');
    await page.getByRole('button', { name: '+ Legg til rolle' }).click();
    await field(page, 'Rolle 2').selectOption('group_member');
    await field(page, 'Startpassord (valgfritt)').fill('et-godt-passord-1');
    await page.getByRole('button', { name: 'Opprett bruker' }).click();

    await page.locator('dialog[open]').waitFor({ state: 'detached' });
    await page.getByText('Brukeren Tone Testesen er opprettet.').waitFor();
    const row = page.locator('main tbody tr', { hasText: 'tone.testesen@rauma.kommune.no' });
    await row.waitFor();
    assert.match(await textOf(row), /Ansatt \(Rauma kommune\), Faggruppemedlem/);

    await page.locator('nav.app-nav a', { hasText: 'Revisjonslogg' }).click();
    await page.locator('.audit-table').waitFor();
    const entry = page.locator('.audit-table tbody tr', { hasText: 'Created user tone.testesen@rauma.kommune.no' });
    await entry.waitFor();
    assert.match(await textOf(entry), /Astrid Administrator\s+Opprettet\s+Bruker/);
    assert.match(await textOf(entry.locator('time')), /^\d{2}\.\d{2}\.\d{4} \d{2}:\d{2}$/);
    await entry.getByRole('button', { name: 'Vis endringer' }).click();
    const details = page.locator('.diff-table');
    await details.waitFor();
    const text = await textOf(details);
    assert.match(text, /tone\.testesen@rauma\.kommune\.no/);
    assert.match(text, /Ansatt \(Rauma kommune\)/);

    // Filtering by entity type and action keeps it; "login" hides it.
    await page.getByLabel('Handling').selectOption('create');
    await page.getByRole('button', { name: 'Vis hendelser' }).click();
    await page.waitForURL('**/admin/audit?action=create');
    await entry.waitFor();
    await page.getByLabel('Handling').selectOption('login');
    await page.getByRole('button', { name: 'Vis hendelser' }).click();
    await page.waitForURL('**/admin/audit?action=login');
    await entry.waitFor({ state: 'detached' });
    await tab.close();
  });

  it("the API's field-level validation shows at the field (an e-mail in use)", async () => {
    const tab = await openTab(h);
    tab.allow(/status of 409/);
    const { page } = tab;
    await signInViaApi(tab, ADMIN);
    await visit(page, '/admin/users');
    await page.getByRole('button', { name: '+ Ny bruker' }).click();
    await field(page, 'Navn').fill('Dobbel');
    await field(page, 'E-postadresse').fill(LEADER);
    await field(page, 'Rolle 1').selectOption('agent');
    await page.getByRole('button', { name: 'Opprett bruker' }).click();
    await page.locator('dialog[open]').getByText('En bruker med denne e-postadressen finnes allerede.').waitFor();
    assert.equal(await field(page, 'E-postadresse').getAttribute('aria-invalid'), 'true');
    await page.keyboard.press('Escape');
    await tab.close();
  });

  it('searching and filtering the users, and deactivating one after confirmation', { timeout: 60_000 }, async () => {
    const tab = await openTab(h);
    const { page } = tab;
    await signInViaApi(tab, ADMIN);
    await visit(page, '/admin/users');
    await page.getByLabel('Søk etter navn eller e-post').fill('kundeservice');
    await page.waitForURL('**/admin/users?search=kundeservice');
    await page.locator('main .table-caption', { hasText: '1 bruker' }).waitFor();

    const row = page.locator('main tbody tr', { hasText: 'Kine Kundeservice' });
    await row.getByRole('button', { name: 'Rediger Kine Kundeservice' }).click();
    await page.locator('dialog[open] h2', { hasText: 'Rediger bruker' }).waitFor();
    await page.getByRole('button', { name: 'Deaktiver bruker' }).click();
    await page.locator('dialog[open] h2', { hasText: 'Deaktivere Kine Kundeservice?' }).waitFor();
    // Cancel first: nothing changes.
    await page.getByRole('button', { name: 'Avbryt' }).click();
    await page.locator('dialog[open] h2', { hasText: 'Rediger bruker' }).waitFor();
    await page.getByRole('button', { name: 'Deaktiver bruker' }).click();
    await page.getByRole('button', { name: 'Ja, deaktiver' }).click();
    await page.locator('dialog[open]').waitFor({ state: 'detached' });
    await page.getByText('Kine Kundeservice er deaktivert.').waitFor();
    await row.getByText('Deaktivert').waitFor();

    await page.getByLabel('Status').selectOption('true');
    await page.locator('main', { hasText: 'Ingen brukere passer med filteret.' }).waitFor();
    await page.getByRole('button', { name: 'Nullstill filter' }).click();
    await page.waitForURL((url) => url.search === '');
    await page.locator('main .table-caption', { hasText: /brukere/ }).waitFor();

    // The admin may not deactivate themself: the dialog says so instead of offering it.
    await page.getByRole('button', { name: 'Rediger Astrid Administrator' }).click();
    await page.locator('dialog[open]').getByText('Du kan ikke deaktivere deg selv').waitFor();
    assert.equal(await page.getByRole('button', { name: 'Deaktiver bruker' }).count(), 0);
    await page.keyboard.press('Escape');
    await tab.close();
  });

  it('the leader adds a contact person and ends one, with the history kept', { timeout: 60_000 }, async () => {
    const tab = await openTab(h);
    const { page } = tab;
    await signInViaApi(tab, LEADER);
    await visit(page, '/');
    // The leader has the audit log but not the user administration.
    assert.deepEqual(await textsOf(page.locator('nav.app-nav a')), [
      'Oversikt',
      'Selvbetjening',
      'Kunnskap',
      'Kundeservice',
      'Statistikk',
      'Kanaler',
      'Økonomi',
      'Styring',
      'Enheter',
      'Rapporter',
      'Revisjonslogg',
    ]);
    await page.locator('.member-card h3 a', { hasText: 'Vestnes kommune' }).click();
    await page.locator('#add-contact-heading').waitFor();
    await settle(page);

    const form = page.locator('section[aria-labelledby="add-contact-heading"]');
    await form.getByRole('button', { name: 'Legg til' }).click();
    await form.getByText('Feltet må fylles ut.').first().waitFor();
    await form.getByLabel('Navn').fill('Nora Nyland');
    await form.getByLabel('Tittel').fill('Kontaktperson IKT');
    await form.getByLabel('E-post (valgfritt)').fill('nora.nyland@vestnes.kommune.no');
    await form.getByLabel('Telefon (valgfritt)').fill('+47 71 00 00 00');
    await form.getByLabel('Fra dato').fill('2026-01-01');
    await form.getByRole('button', { name: 'Legg til' }).click();
    await page.getByText('Nora Nyland er lagt til som kontaktperson.').waitFor();
    const nora = page.locator('main tbody tr', { hasText: 'Nora Nyland' });
    await nora.waitFor();
    assert.match(await textOf(nora), /fra 01\.01\.2026/);
    assert.equal(await nora.locator('a[href="tel:+4771000000"]').count(), 1);

    await page.getByRole('button', { name: 'Avslutt perioden til Lars Helland' }).click();
    const dialog = page.locator('dialog[open]');
    await dialog.getByRole('heading', { name: 'Avslutt kontaktperson' }).waitFor();
    await dialog.getByLabel('Siste dag som kontaktperson').fill('2025-12-31');
    await dialog.getByRole('button', { name: 'Avslutt perioden' }).click();
    await page.getByText('Perioden til Lars Helland er avsluttet.').waitFor();
    // the contact row (Lars also has a user account in the demo, listed in the member's users table)
    const lars = page.locator('main tbody tr', { hasText: 'Lars Helland' }).filter({ hasText: 'Kommunedirektør' });
    await lars.getByText('Avsluttet').waitFor();
    assert.match(await textOf(lars), /01\.05\.2017–31\.12\.2025/);

    // The landing page now shows Nora, not Lars, for Vestnes.
    await page.getByRole('link', { name: /Tilbake til oversikten/ }).click();
    const card = page.locator('.member-card', { hasText: 'Vestnes kommune' });
    await card.getByText('Nora Nyland').waitFor();
    assert.equal(await card.getByText('Lars Helland').count(), 0);
    await tab.close();
  });

  it('paging: 25 users a page, and the audit log\'s "Vis flere" by cursor', { timeout: 60_000 }, async () => {
    const tab = await openTab(h);
    const { page } = tab;
    await signInViaApi(tab, ADMIN);
    for (let i = 1; i <= 45; i++) {
      const n = String(i).padStart(2, '0');
      await apiCall(tab, 'POST', '/api/users', {
        email: `bulk${n}@molde.kommune.no`,
        name: `Bulk ${n}`,
        roles: [{ role: 'group_member', memberId: null }],
      });
    }
    await visit(page, '/admin/users');
    const status = page.locator('.result-count');
    await status.getByText(/^Viser 1–25 av \d+$/).waitFor();
    await page.getByRole('button', { name: 'Neste side' }).click();
    await page.waitForURL('**/admin/users?page=2');
    await status.getByText(/^Viser 26–50 av \d+$/).waitFor();
    await page.locator('.pager', { hasText: 'Side 2 av' }).waitFor();
    await page.getByRole('button', { name: 'Forrige side' }).click();
    await status.getByText(/^Viser 1–25 av/).waitFor();

    await visit(page, '/admin/audit');
    const rows = page.locator('.audit-table > tbody > tr');
    await status.getByText('Viser 50 hendelser.').waitFor();
    assert.equal(await rows.count(), 50);
    await page.getByRole('button', { name: 'Vis flere' }).click();
    await page.getByText('Alle hendelser er vist.').waitFor();
    assert.ok((await rows.count()) > 50);
    // Focus moves to the first of the newly shown events.
    const focused = await page.evaluate(() => document.activeElement?.closest('tr')?.getAttribute('data-entry'));
    assert.equal(focused, await rows.nth(50).getAttribute('data-entry'));
    await tab.close();
  });
});
