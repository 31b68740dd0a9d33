import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Locator, Page } from 'playwright-core';
import {
  ADMIN,
  EMPLOYEE,
  expectAccessible,
  field,
  type Harness,
  LEADER,
  notice,
  openTab,
  plain,
  settle,
  signInViaApi,
  startHarness,
  tabFor,
  textOf,
  textsOf,
  visit,
} from './harness.ts';

const AGENT = 'kundeservice@ror-ikt.no';
const PRINTER_TITLE = 'Utskriften kommer ikke ut: når skriverkøen står fast';

/** Wait until the focused element is the one with this id. */
const focusedId = (page: Page, id: string) => page.waitForFunction((want) => document.activeElement?.id === want, id);

const rakelInput = (page: Page) => page.getByRole('textbox', { name: 'Spør Rakel', exact: true });
const rakelLog = (page: Page) => page.getByRole('log', { name: 'Samtalen med Rakel' });

/** Ask Rakel by typing and Enter; the answer that comes back, once it is there. */
async function ask(page: Page, text: string): Promise<Locator> {
  const answers = page.locator('.rakel-msg--rakel');
  const before = await answers.count();
  await rakelInput(page).fill(text);
  await rakelInput(page).press('Enter');
  const answer = answers.nth(before);
  await answer.waitFor();
  // the cursor stays in the question field, ready for the next
  await focusedId(page, 'rakel-question');
  return answer;
}

/** The last answer after a click that asks Rakel (a suggested reply). */
async function answerAfter(page: Page, click: () => Promise<void>): Promise<Locator> {
  const answers = page.locator('.rakel-msg--rakel');
  const before = await answers.count();
  await click();
  const answer = answers.nth(before);
  await answer.waitFor();
  return answer;
}

/** Wait for a dialog's opening animation to end (axe reads colours half-way through it otherwise). */
const opened = (dialog: Locator) =>
  dialog.evaluate((el) => Promise.all(el.getAnimations({ subtree: true }).map((a) => a.finished)));

/** A toolbar button of the rich-text editor. */
const tool = (page: Page, name: string) =>
  page.getByRole('toolbar', { name: 'Formatering' }).getByRole('button', { name, exact: true });

describe('knowledge: the help articles, Rakel, writing and importing articles, and the usage figures', () => {
  let h: Harness;
  before(async () => {
    h = await startHarness();
  });
  after(async () => {
    await h?.stop();
  });

  it('an employee finds "Kunnskap" in the menu, searches for «skriverkø» and reads the printer-queue article', {
    timeout: 60_000,
  }, async () => {
    const tab = await tabFor(h, EMPLOYEE);
    const { page } = tab;
    await visit(page, '/');
    await page.locator('nav.app-nav a', { hasText: 'Kunnskap' }).click();
    await page.waitForURL('**/knowledge');
    await page.locator('main h1', { hasText: 'Hjelpeartikler' }).waitFor();
    await settle(page);
    assert.equal(await page.locator('nav.app-nav a[aria-current="page"]').textContent(), 'Kunnskap');
    // employees have the portal only: no tabs
    assert.equal(await page.locator('nav.kb-nav').count(), 0);
    // browsing: every article the employee may read, a page at a time, with topics and types to choose from
    await page
      .getByTestId('kb-count')
      .getByText(/^\d+ artikler$/)
      .waitFor();
    assert.equal(await page.locator('.kb-results > li').count(), 20);
    await page
      .getByRole('navigation', { name: 'Emne' })
      .getByRole('link', { name: /^skriver/ })
      .click();
    await page.waitForURL('**/knowledge?tag=skriver');
    await page
      .getByTestId('kb-count')
      .getByText(/^\d artikler$/)
      .waitFor();
    assert.ok((await textsOf(page.locator('.kb-result__title'))).includes(PRINTER_TITLE));
    await page.getByRole('navigation', { name: 'Type' }).getByRole('link', { name: 'E-læring' }).click();
    await page.waitForURL(/kind=elearning/);
    await expectAccessible(page, 'the help articles, browsing by topic and type');

    // A search for a compound word: the search says how it read it.
    const search = page.getByRole('searchbox', { name: 'Søk i hjelpeartikler' });
    await search.fill('skriverkø');
    await search.press('Enter');
    await page.waitForURL('**/knowledge?q=skriverk%C3%B8');
    await page
      .getByTestId('kb-count')
      .getByText(/^\d+ treff for «skriverkø»$/)
      .waitFor();
    assert.equal(
      await textOf(page.locator('.kb-understood li[data-via="compound"]')),
      '«skriverkø» er søkt som skriver + kø.',
    );
    const hit = page.locator('.kb-result[data-slug="skriverko-star-fast"]');
    assert.equal(await textOf(page.locator('.kb-result__title').first()), PRINTER_TITLE);
    assert.match(plain(await textOf(hit)), /Tømme skriverkøen på PC-en: .+ Oppdatert \d\d\.\d\d\.\d{4}$/);
    await expectAccessible(page, 'search results with how the search was read');

    // The address keeps the search: opened anew, the field and the results are there.
    await visit(page, '/knowledge?q=skriverk%C3%B8');
    assert.equal(await search.inputValue(), 'skriverkø');
    await hit.getByRole('link', { name: PRINTER_TITLE }).click();
    await page.waitForURL('**/knowledge/articles/skriverko-star-fast');
    await page.locator('main h1', { hasText: PRINTER_TITLE }).waitFor();
    await settle(page);
    const article = page.locator('article.kb-article');
    assert.equal(await textOf(article.locator('h2').first()), 'Sjekk først hvor utskriften stopper');
    assert.ok((await textsOf(article.locator('strong'))).includes('Åpne utskriftskø'));
    assert.match(await textOf(article.locator('.kb-article__meta')), /Oppdatert \d\d\.\d\d\.\d{4}/);
    assert.ok((await textsOf(article.locator('.kb-article__facts a'))).includes('skriverkø'));
    await page.getByRole('heading', { name: 'Fant du ikke svaret?' }).waitFor();
    assert.equal(
      await page.getByRole('link', { name: 'Meld en sak til Kundeservice' }).getAttribute('href'),
      '/portal/report',
    );
    // "Spør Rakel" brings the cursor to Rakel, on the article's own page
    await page.locator('.kb-more-help').getByRole('link', { name: 'Spør Rakel' }).click();
    await focusedId(page, 'rakel-question');
    await expectAccessible(page, 'a help article');

    // Not an article the employee may read, or none at all: "not found".
    tab.allow(/status of 404/);
    await visit(page, '/knowledge/articles/finnes-ikke');
    await page.locator('main h1', { hasText: 'Fant ikke siden' }).waitFor();
    await tab.close();
  });

  it('an employee asks Rakel about a new PC, gets an answer with its source, and reports a fault through her', {
    timeout: 60_000,
  }, async () => {
    const tab = await tabFor(h, EMPLOYEE);
    const { page } = tab;
    const mine = (await (await tab.context.request.get('/api/devices/mine')).json()) as {
      items: { kind: string; name: string; expiresOn: string; expired: boolean }[];
    };
    const pc = mine.items.find((d) => d.kind === 'pc' && d.expired);
    assert.ok(pc, 'the demo employee has a PC past its rotation date');
    const norwegian = (d: string) => `${d.slice(8, 10)}.${d.slice(5, 7)}.${d.slice(0, 4)}`;

    await visit(page, '/knowledge');
    await rakelLog(page)
      .getByText(/Skriv et spørsmål/)
      .waitFor();
    await expectAccessible(page, 'Rakel before the first question');

    // A dialogue: the user's own PC and when it expired.
    const newPc = await ask(page, 'når får jeg ny pc');
    assert.match(await textOf(newPc), /Dette er PC-en som er registrert på deg/);
    const device = newPc.locator(`li[data-device="${pc.name}"]`);
    assert.match(
      plain(await textOf(device)),
      new RegExp(`^${pc.name} .*gikk ut ${norwegian(pc.expiresOn)} Står for tur$`),
    );

    // An answer from the articles, with its source.
    const answer = await ask(page, 'hvordan tar jeg opp et teams-møte');
    assert.match(await textOf(answer.locator('.rakel-msg__text')), /^Dette fant jeg i «Ta opp et Teams-møte»/);
    const source = answer.getByRole('link', { name: 'Ta opp et Teams-møte – Starte opptaket' });
    assert.equal(await source.getAttribute('href'), '/knowledge/articles/teams-mote-opptak');
    assert.match(
      await textOf(answer.locator('.rakel-sources li').first()),
      /^Kilde: Ta opp et Teams-møte – Starte opptaket$/,
    );
    // newlines in the answer are kept
    assert.equal(await answer.locator('.rakel-msg__text').evaluate((e) => getComputedStyle(e).whiteSpace), 'pre-line');
    await answer.getByRole('button', { name: 'Nyttig', exact: true }).click();
    await answer.getByText('Takk for tilbakemeldingen!').waitFor();
    assert.equal(
      await answer.getByRole('button', { name: 'Nyttig', exact: true }).getAttribute('aria-pressed'),
      'true',
    );
    await expectAccessible(page, 'Rakel with a dialogue and an answer');

    // Reporting a fault: describe it, pick the urgency, confirm.
    const start = await ask(page, 'meld feil');
    assert.match(await textOf(start), /Hva er det som ikke virker\?/);
    const urgency = await ask(page, 'Skjermen på kontoret blinker hele tiden');
    assert.match(await textOf(urgency), /Hvor mange er rammet/);
    const confirm = await answerAfter(page, () =>
      urgency.getByRole('button', { name: 'Bare meg – det kan vente litt' }).click(),
    );
    assert.match(await textOf(confirm), /Emne: Skjermen på kontoret blinker hele tiden/);
    assert.match(await textOf(confirm), /Skal jeg sende den\?/);
    // the suggested replies of earlier answers are gone
    assert.equal(await urgency.getByRole('button').count(), 0);
    await expectAccessible(page, 'Rakel asking to confirm a ticket');
    const done = await ask(page, 'ja');
    const ticketLink = done.getByRole('link', { name: /^Åpne sak #\d+$/ });
    const number = (await ticketLink.textContent())?.replace(/\D/g, '');
    assert.match(await textOf(done), new RegExp(`Saken er sendt: sak #${number}`));
    await ticketLink.click();
    await page.waitForURL(/\/portal\/tickets\/[0-9a-f-]{36}$/);
    await page.locator('main h1', { hasText: 'Skjermen på kontoret blinker hele tiden' }).waitFor();
    await settle(page);

    // The conversation is kept on the knowledge pages; "Ny samtale" starts afresh.
    await page.goBack();
    await rakelLog(page).locator('.rakel-msg').first().waitFor();
    assert.ok((await rakelLog(page).locator('.rakel-msg').count()) >= 8);
    await page.getByRole('button', { name: 'Ny samtale' }).click();
    await rakelLog(page)
      .getByText(/Skriv et spørsmål/)
      .waitFor();
    await focusedId(page, 'rakel-question');
    await tab.close();
  });

  it('when Rakel does not know, she offers a ticket with the question filled in', { timeout: 60_000 }, async () => {
    const tab = await tabFor(h, EMPLOYEE);
    const { page } = tab;
    await visit(page, '/knowledge');
    const question = 'hvordan baker jeg surdeigsbrød';
    const unknown = await ask(page, question);
    assert.match(await textOf(unknown), /Det vet jeg dessverre ikke/);
    const offer = unknown.getByRole('link', { name: 'Lag sak med spørsmålet' });
    const href = new URL(String(await offer.getAttribute('href')), h.baseUrl);
    assert.equal(href.pathname, '/portal/report');
    assert.equal(href.searchParams.get('subject'), question);
    assert.equal(href.searchParams.get('description'), question);
    await expectAccessible(page, 'Rakel not knowing');
    await offer.click();
    await page.waitForURL('**/portal/report?**');
    await page.locator('main h1', { hasText: 'Meld feil' }).waitFor();
    await settle(page);
    assert.equal(await field(page, 'Kort beskrivelse').inputValue(), question);
    assert.equal(await field(page, 'Hva skjer?').inputValue(), question);
    await expectAccessible(page, 'the report form filled in by Rakel');
    await tab.close();
  });

  it('an agent writes an article with a heading, publishes it, and an employee finds it by searching', {
    timeout: 90_000,
  }, async () => {
    const agent = await tabFor(h, AGENT);
    const { page } = agent;
    await visit(page, '/knowledge');
    assert.deepEqual(await textsOf(page.locator('nav.kb-nav a')), [
      'Hjelpeartikler',
      'Artikler',
      'Til gjennomgang',
      'Importer',
      'Synonymer',
      'Rakel',
      'Bruk',
    ]);
    await page.locator('nav.kb-nav').getByRole('link', { name: 'Artikler', exact: true }).click();
    await page.locator('main h1', { hasText: 'Artikler' }).waitFor();
    await settle(page);
    await page.locator('.kb-manage-table tbody tr').first().waitFor();
    assert.match(await textOf(page.locator('.result-count')), /^\d+ artikler$/);
    // the status filter and the title search
    await field(page, 'Status').selectOption({ label: 'Utkast' });
    await page.waitForURL('**/knowledge/manage?status=draft');
    await page.getByText('Ingen artikler passer med valgene.').waitFor();
    await field(page, 'Status').selectOption({ label: 'Alle' });
    await page.getByRole('searchbox', { name: 'Søk i titler' }).fill('skriverkøen');
    await page.getByRole('searchbox', { name: 'Søk i titler' }).press('Enter');
    await page.waitForURL('**/knowledge/manage?q=**');
    await page.locator('.result-count', { hasText: /^1 artikkel$/ }).waitFor();
    const row = page.locator('.kb-manage-table tr[data-article="skriverko-star-fast"]');
    assert.match(await textOf(row), /Publisert[\s\S]*Kine Kundeservice/);
    await expectAccessible(page, 'the editors’ article list');

    await page.getByRole('link', { name: '+ Ny artikkel' }).click();
    await page.waitForURL('**/knowledge/manage/new');
    await page.locator('main h1', { hasText: 'Ny artikkel' }).waitFor();
    await settle(page);
    const editor = page.locator('#kb-body-editor');
    await editor.waitFor();
    await expectAccessible(page, 'a new article');

    // What is missing is said at the field, with the cursor there.
    await page.getByTestId('save-article').click();
    await page.locator('main [aria-invalid="true"]').first().waitFor();
    assert.equal(await page.evaluate(() => document.activeElement?.getAttribute('name')), 'title');
    assert.equal(await field(page, 'Tittel').getAttribute('aria-invalid'), 'true');

    await field(page, 'Tittel').fill('Koble PC-en til Zylofon-skjermen');
    await field(page, 'Sammendrag (valgfritt)').fill('Slik viser du skjermen din på møterommets Zylofon-skjerm.');
    await editor.click();
    await tool(page, 'Overskrift 2').click();
    await page.keyboard.type('Slik kobler du til');
    await page.keyboard.press('Enter');
    await page.keyboard.type('Sett USB-C-kabelen på bordet i PC-en. ');
    await page.keyboard.press('Control+b');
    await page.keyboard.type('Zylofon');
    await page.keyboard.press('Control+b');
    await page.keyboard.type(' finner PC-en av seg selv.');
    await field(page, 'Emner (valgfritt)').fill('møterom, skjerm');
    await field(page, 'Video eller e-læring (valgfritt)').fill('ftp://video.example.no/zylofon');
    await field(page, 'Gjennomgås innen (valgfritt)').fill('2027-01-31');
    await page.getByTestId('save-state').getByText('Endringer som ikke er lagret').waitFor();
    await page.getByTestId('save-article').click();
    await page.getByText('Lenken må være en nettadresse som begynner med https://.').waitFor();
    await field(page, 'Video eller e-læring (valgfritt)').fill('https://video.example.no/zylofon');
    await page.getByTestId('save-article').click();
    await page.waitForURL(/\/knowledge\/manage\/[0-9a-f-]{36}$/);
    await notice(page, 'Artikkelen «Koble PC-en til Zylofon-skjermen» er lagret.');
    assert.match(await textOf(page.getByTestId('article-status')), /^Utkast/);
    assert.equal(await textOf(page.locator('#kb-body-editor h2')), 'Slik kobler du til');
    assert.equal(await field(page, 'Gjennomgås innen (valgfritt)').inputValue(), '2027-01-31');
    await page.getByTestId('save-state').getByText('Alt er lagret').waitFor();

    await page.getByRole('button', { name: 'Publiser' }).click();
    await notice(page, 'Artikkelen «Koble PC-en til Zylofon-skjermen» er publisert.');
    assert.match(await textOf(page.getByTestId('article-status')), /^Publisert/);
    await page.getByRole('button', { name: 'Gjør til utkast' }).waitFor();
    await expectAccessible(page, 'a published article in the editor');

    // Leaving with unsaved changes asks first.
    await field(page, 'Tittel').fill('Koble PC-en til Zylofon-skjermen i møterommet');
    await page.locator('nav.kb-nav a', { hasText: 'Synonymer' }).click();
    const unsaved = page.getByTestId('unsaved-dialog');
    await unsaved.getByText('Forlate siden uten å lagre?').waitFor();
    await unsaved.getByRole('button', { name: 'Bli på siden' }).click();
    await field(page, 'Tittel').fill('Koble PC-en til Zylofon-skjermen');
    await page.getByTestId('save-state').getByText('Alt er lagret').waitFor();
    await agent.close();

    // The employee finds it.
    const employee = await tabFor(h, EMPLOYEE);
    const ep = employee.page;
    await visit(ep, '/knowledge?q=zylofon');
    const hit = ep.locator('.kb-result', { hasText: 'Koble PC-en til Zylofon-skjermen' });
    await hit.waitFor();
    await hit.getByRole('link').click();
    await ep.locator('main h1', { hasText: 'Koble PC-en til Zylofon-skjermen' }).waitFor();
    await settle(ep);
    assert.equal(await textOf(ep.locator('.kb-article__body h2')), 'Slik kobler du til');
    assert.equal(await textOf(ep.locator('.kb-article__body strong')), 'Zylofon');
    assert.equal(
      await ep.getByRole('link', { name: 'Se videoen' }).getAttribute('href'),
      'https://video.example.no/zylofon',
    );
    await employee.close();
  });

  it('an agent imports a Markdown file (and an empty one) and opens the draft it became', {
    timeout: 60_000,
  }, async () => {
    const agent = await tabFor(h, AGENT);
    const { page } = agent;
    await visit(page, '/knowledge/manage/import');
    await page.locator('main h1', { hasText: 'Importer artikler' }).waitFor();
    await expectAccessible(page, 'the import page');

    await page.getByRole('button', { name: 'Importer', exact: true }).click();
    await page.getByText('Velg minst én fil.').waitFor();

    const markdown = [
      '# Koble til VPN hjemmefra',
      '',
      'Slik kobler du til **VPN** når du jobber hjemme.',
      '',
      '## Før du starter',
      '',
      '- Ha PC-en oppdatert',
      '- Ha mobilen med Authenticator',
      '',
      '![Skjermbilde av VPN-klienten](https://example.com/vpn.png)',
      '',
    ].join('\n');
    await field(page, 'Filer').setInputFiles([
      { name: 'vpn-hjemmefra.md', mimeType: 'text/markdown', buffer: Buffer.from(markdown) },
      { name: 'tom.md', mimeType: 'text/markdown', buffer: Buffer.from('   \n') },
    ]);
    await page.getByRole('button', { name: 'Importer', exact: true }).click();
    await page.getByRole('heading', { name: 'Resultat av importen' }).waitFor();
    await focusedId(page, 'kb-import-result');
    assert.equal(
      plain(await textOf(page.locator('main .ds-alert', { hasText: 'Resultat av importen' }))),
      'Resultat av importen 1 artikkel er opprettet. 1 fil kunne ikke importeres.',
    );
    const created = page.locator('.kb-import-table tr[data-file="vpn-hjemmefra.md"]');
    assert.equal(await created.getAttribute('data-status'), 'created');
    assert.match(await textOf(created), /Utkast: Koble til VPN hjemmefra/);
    assert.match(
      await textOf(created),
      /Et bilde \(Skjermbilde av VPN-klienten\) ble ikke importert\. Last det opp i redigeringen\./,
    );
    const failed = page.locator('.kb-import-table tr[data-file="tom.md"]');
    assert.equal(await failed.getAttribute('data-status'), 'failed');
    assert.match(await textOf(failed), /Ikke importert: Filen har ingen tekst å importere\./);
    await expectAccessible(page, 'the import result');

    await created.getByRole('link', { name: 'Koble til VPN hjemmefra' }).click();
    await page.waitForURL(/\/knowledge\/manage\/[0-9a-f-]{36}$/);
    await page.locator('main h1', { hasText: 'Koble til VPN hjemmefra' }).waitFor();
    await settle(page);
    assert.match(await textOf(page.getByTestId('article-status')), /^Utkast/);
    assert.equal(await textOf(page.locator('#kb-body-editor h2')), 'Før du starter');
    assert.deepEqual(await textsOf(page.locator('#kb-body-editor ul > li')), [
      'Ha PC-en oppdatert',
      'Ha mobilen med Authenticator',
    ]);
    await agent.close();
  });

  it('the leader reads the usage figures of October 2024, and has no editors’ pages', { timeout: 60_000 }, async () => {
    const tab = await tabFor(h, LEADER);
    const { page } = tab;
    await visit(page, '/knowledge');
    assert.deepEqual(await textsOf(page.locator('nav.kb-nav a')), ['Hjelpeartikler', 'Bruk']);
    await page.locator('nav.kb-nav a', { hasText: 'Bruk' }).click();
    await page.locator('main h1', { hasText: 'Bruk' }).waitFor();
    await settle(page);
    await field(page, 'Måned').selectOption('2024-10');
    await page.waitForURL('**/knowledge/usage?month=2024-10');
    await page.getByText('Viser oktober 2024.').waitFor();
    const figure = async (id: string) => plain(await textOf(page.locator(`.kb-figure[data-figure="${id}"]`)));
    assert.equal(await figure('views'), 'Visninger 3 020 September 2024: 2 015');
    assert.equal(await figure('visitors'), 'Unike besøkende 676 September 2024: 376');
    assert.match(await figure('since-launch'), /^Unike besøkende siden lansering 1 585/);
    // the numbers are grouped the Norwegian way, with a no-break space
    assert.match(
      await textOf(page.locator('.kb-figure[data-figure="views"] .kb-figure__value')),
      /^3[\u00a0\u202f]020$/,
    );
    const top = page.getByRole('table', { name: 'Mest leste artikler i oktober 2024' });
    assert.deepEqual((await textsOf(top.locator('tbody tr').first().locator('> *'))).map(plain), [
      '1',
      'Sette opp Microsoft Authenticator',
      '95',
    ]);
    await page.locator('.kb-figure[data-figure="searches"]').waitFor();
    await page.locator('.kb-figure[data-figure="conversations"]').waitFor();
    await expectAccessible(page, 'the usage figures');

    await visit(page, '/knowledge/manage');
    await page.locator('h1', { hasText: 'Ingen tilgang' }).waitFor();
    await tab.close();
  });

  it('the service desk keeps the vocabulary, the review list and Rakel’s dialogues; the admin her settings and bots', {
    timeout: 90_000,
  }, async () => {
    const admin = await tabFor(h, ADMIN);
    const { page } = admin;

    // For review: the overdue articles with their days, linking to the form.
    await visit(page, '/knowledge/manage/review');
    await page.locator('main h1', { hasText: 'Til gjennomgang' }).waitFor();
    const overdue = page.locator('.kb-overdue-table tbody tr');
    await overdue.first().waitFor();
    assert.match(plain(await textOf(overdue.first())), /Kine Kundeservice \d\d\.\d\d\.\d{4} \d+/);
    await expectAccessible(page, 'the review list');

    // Synonyms: add, change, delete.
    await page.locator('nav.kb-nav a', { hasText: 'Synonymer' }).click();
    await page.locator('main h1', { hasText: 'Synonymer' }).waitFor();
    await settle(page);
    await page.locator('.kb-synonyms-table tbody tr').first().waitFor();
    await expectAccessible(page, 'the synonyms');
    await field(page, 'Ord').fill('zylofon');
    await page.getByRole('button', { name: 'Legg til', exact: true }).click();
    await page.getByText('Skriv minst to ord, skilt med komma.').waitFor();
    await field(page, 'Ord').fill('møteromsskjerm, storskjerm');
    await page.getByRole('button', { name: 'Legg til', exact: true }).click();
    await notice(page, '«møteromsskjerm, storskjerm» er lagt til.');
    const synonym = page.locator('.kb-synonyms-table tr', { hasText: 'møteromsskjerm, storskjerm' });
    await synonym.getByRole('button', { name: 'Endre møteromsskjerm, storskjerm' }).click();
    await focusedId(page, 'kb-synonym-edit-heading');
    await page.getByRole('radio', { name: 'Feilstaving («riktig ord først»)' }).check();
    await field(page, 'Ord').fill('storskjerm, storskjern');
    await page.getByRole('button', { name: 'Lagre', exact: true }).click();
    await notice(page, '«storskjerm, storskjern» er lagret.');
    const changed = page.locator('.kb-synonyms-table tr', { hasText: 'storskjern' });
    assert.match(await textOf(changed), /storskjerm\s*feilstavet: storskjern\s*Feilstavinger/);
    await changed.getByRole('button', { name: 'Slett storskjerm, storskjern' }).click();
    const confirm = page.getByRole('dialog', { name: 'Slette «storskjerm, storskjern»?' });
    await confirm.waitFor();
    await opened(confirm);
    await expectAccessible(page, 'deleting a synonym');
    await confirm.getByRole('button', { name: 'Slett', exact: true }).click();
    await notice(page, '«storskjerm, storskjern» er slettet.');
    assert.equal(await page.locator('.kb-synonyms-table tr', { hasText: 'storskjern' }).count(), 0);

    // Rakel: a dialogue's examples, the questions she could not answer, settings and bots.
    await page.locator('nav.kb-nav a', { hasText: 'Rakel' }).click();
    await page.locator('main h1', { hasText: 'Rakel' }).waitFor();
    await settle(page);
    const newPc = page.locator('.kb-intent[data-intent="new_pc"]');
    await newPc.waitFor();
    await page.getByText('Rakel bruker standardeksemplene.', { exact: false }).waitFor();
    const examples = newPc.getByRole('textbox');
    await examples.fill(`${await examples.inputValue()}\nnår kommer den nye laptopen min`);
    await newPc.getByRole('button', { name: /^Lagre eksemplene/ }).click();
    await notice(page, 'Eksemplene for «Når får jeg ny PC?» er lagret.');
    assert.match(await examples.inputValue(), /når kommer den nye laptopen min/);

    await page.getByRole('heading', { name: 'Spørsmål Rakel ikke kunne svare på' }).waitFor();
    await page.locator('.kb-unanswered-table tbody tr', { hasText: 'hvordan baker jeg surdeigsbrød' }).waitFor();

    await field(page, 'Modellnavn').fill('gpt-4o');
    await field(page, 'Adresse').fill('https://ai.example.no/openai');
    await field(page, 'Nøkkel').fill('hemmelig-nokkel');
    await page.getByRole('button', { name: 'Lagre innstillingene' }).click();
    await notice(page, 'Innstillingene er lagret.');
    await page.getByTestId('key-state').getByText('Nøkkel lagret').waitFor();
    assert.equal(await field(page, 'Nøkkel').inputValue(), '');
    await page.getByRole('button', { name: 'Fjern språkmodellen' }).click();
    await notice(page, 'Språkmodellen er fjernet. Rakel siterer hjelpeartiklene.');
    assert.equal(await field(page, 'Adresse').inputValue(), '');

    await field(page, 'Navn').fill('Teams-boten');
    await page.getByRole('button', { name: 'Registrer boten' }).click();
    await page.getByRole('heading', { name: 'Boten «Teams-boten» er registrert' }).waitFor();
    await focusedId(page, 'kb-bot-token-heading');
    assert.ok((await field(page, 'Token').inputValue()).length > 20);
    const bot = page.locator('.kb-bots-table tr[data-bot="Teams-boten"]');
    assert.match(await textOf(bot), /Aktiv/);
    await expectAccessible(page, 'Rakel’s dialogues, settings and a new bot’s token');
    await page.getByRole('button', { name: 'Jeg har tatt vare på tokenet' }).click();
    await bot.getByRole('button', { name: 'Slå av «Teams-boten»' }).click();
    await notice(page, 'Boten «Teams-boten» er slått av. Tokenet avvises.');
    assert.match(await textOf(bot), /Slått av/);
    await admin.close();
  });
  it('in English: the portal, Rakel (who answers in Norwegian) and an article are axe-clean', {
    timeout: 60_000,
  }, async () => {
    const tab = await openTab(h, 'en');
    await signInViaApi(tab, EMPLOYEE);
    const { page } = tab;
    await visit(page, '/knowledge?q=skriverk%C3%B8');
    await page.locator('main h1', { hasText: 'Help articles' }).waitFor();
    await page
      .getByTestId('kb-count')
      .getByText(/^\d+ results for “skriverkø”$/)
      .waitFor();
    assert.equal(
      await textOf(page.locator('.kb-understood li[data-via="compound"]')),
      '“skriverkø” was searched as skriver + kø.',
    );
    const input = page.getByRole('textbox', { name: 'Ask Rakel', exact: true });
    await input.fill('glemt passord');
    await input.press('Enter');
    const answer = page.locator('.rakel-msg--rakel').first();
    await answer.waitFor();
    assert.equal(await answer.locator('.rakel-msg__text').getAttribute('lang'), 'nb');
    await answer
      .getByText(/^Source:/)
      .first()
      .waitFor();
    await expectAccessible(page, 'the portal and Rakel in English');
    await visit(page, '/knowledge/articles/glemt-passord');
    await page.getByRole('heading', { name: 'Didn’t find the answer?' }).waitFor();
    await expectAccessible(page, 'an article in English');
    await tab.close();
  });
});
