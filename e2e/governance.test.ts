import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Locator, Page } from 'playwright-core';
import {
  ADMIN,
  expectAccessible,
  type Harness,
  notice,
  openTab,
  plain,
  settle,
  signInViaForm,
  startHarness,
  textOf,
  textsOf,
  visit,
} from './harness.ts';

/** A year the demo does not use: the meeting the test plans is the council's first that year. */
const YEAR = 2031;
const DATE = `${YEAR}-03-12`;
const COUNCIL = 'Samarbeidsråd';
const ADMIN_NAME = 'Astrid Administrator';

/** The two cases the secretary adds, with the decision each gets at the meeting. */
const CASES = [
  {
    title: `Budsjett ${YEAR + 1} for IKT-samarbeidet`,
    kind: 'Vedtak',
    owner: 'Leif Leder',
    background: `Leder legger fram forslag til budsjett for ${YEAR + 1}.\n\nRammen bygger på vedtatt økonomiplan.`,
    proposed: `Samarbeidsrådet vedtar budsjettet for ${YEAR + 1} som foreslått.`,
    decision: `Samarbeidsrådet vedtar budsjettet for ${YEAR + 1} med en ramme på 44 millioner kroner.`,
  },
  {
    title: 'Orientering om utrulling av sikkerhetsnøkler',
    kind: 'Orientering',
    owner: 'Alle',
    background: 'Status for utrullingen i kommunene.',
    proposed: 'Samarbeidsrådet tar orienteringen til etterretning.',
    decision: 'Samarbeidsrådet tar orienteringen om sikkerhetsnøkler til etterretning.',
  },
];

/** The smallest file `file-type` takes for a PDF: what matters is the `%PDF` magic at the start. */
const PDF = Buffer.from(
  '%PDF-1.4\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n2 0 obj\n<< /Type /Pages /Kids [] /Count 0 >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n',
  'latin1',
);

/** A case on the meeting page, by its title. */
const caseCard = (page: Page, title: string): Locator =>
  page.locator('article.gov-case', { has: page.locator('h3', { hasText: title }) });

describe('governance: a secretary runs a council meeting from plan to minutes, every page axe-clean', () => {
  let h: Harness;
  before(async () => {
    h = await startHarness();
  });
  after(async () => {
    await h?.stop();
  });

  it('the administrator seats herself as secretary, plans a meeting, sends the notice, records it and sends the minutes', {
    timeout: 240_000,
  }, async () => {
    const tab = await openTab(h);
    const { page } = tab;
    tab.allow(/status of 400/); // the text file refused as an attachment below
    await visit(page, '/login');
    await signInViaForm(page, ADMIN);
    await page.locator('.member-card').first().waitFor();

    // "Styring" is in the menu for everyone signed in; it opens on the bodies.
    await page.locator('.app-nav').getByRole('link', { name: 'Styring' }).click();
    await page.waitForURL('**/governance');
    await settle(page);
    assert.equal(await page.title(), 'Styring – Samdrift');
    await page.locator('main h1', { hasText: 'Styringsorganer' }).waitFor();
    const council = page.locator('section[aria-labelledby="kind-council"] article.gov-body');
    await council.waitFor();
    await expectAccessible(page, 'governance overview');

    // The council's meeting plan is a calendar file.
    const planHref = await council.getByRole('link', { name: /Møteplan \d{4} \(iCalendar\)/ }).getAttribute('href');
    assert.match(planHref ?? '', /^\/api\/governance\/bodies\/[0-9a-f-]{36}\/plan\.ics\?year=\d{4}$/);
    const ics = await page.request.get(planHref!);
    assert.equal(ics.status(), 200);
    assert.match(ics.headers()['content-type'] ?? '', /text\/calendar/);
    assert.match(await ics.text(), /BEGIN:VCALENDAR/);

    // Seat the administrator in the council as its secretary (the form's person list is the users API).
    await council.getByRole('button', { name: /Legg til medlem/ }).click();
    const addForm = page.locator('section[aria-labelledby="add-member-heading"]');
    assert.equal(await addForm.getByLabel('Organ', { exact: true }).inputValue(), await councilId(page));
    await addForm.getByLabel('Søk etter person', { exact: true }).fill('Astrid');
    const person = addForm.getByLabel('Person', { exact: true });
    await person.locator('option', { hasText: ADMIN_NAME }).waitFor({ state: 'attached' });
    await person.selectOption({ label: `${ADMIN_NAME} (${ADMIN})` });
    await addForm.getByLabel('Rolle', { exact: true }).selectOption({ label: 'Sekretær' });
    await addForm.getByRole('button', { name: 'Legg til medlemmet' }).click();
    await notice(page, `${ADMIN_NAME} er lagt til i ${COUNCIL} som Sekretær.`);
    const seat = council.locator(`tr[data-seat="${ADMIN_NAME}"]`);
    assert.deepEqual((await textsOf(seat.locator('th, td'))).slice(0, 2).map(plain), [ADMIN_NAME, 'Sekretær']);

    // The meetings page: a new council meeting in the test's year.
    await page.locator('.gov-nav').getByRole('link', { name: 'Møter' }).click();
    await page.waitForURL('**/governance/meetings');
    await settle(page);
    await page.locator('.gov-meetings, main p[role="status"]').first().waitFor();
    await expectAccessible(page, 'meetings list');
    const newMeeting = page.locator('section[aria-labelledby="new-meeting-heading"]');
    await newMeeting.getByLabel('Organ', { exact: true }).selectOption({ label: COUNCIL });
    await newMeeting.getByLabel('Dato', { exact: true }).fill(DATE);
    await newMeeting.getByLabel('Starter', { exact: true }).fill('08:15');
    await newMeeting.getByLabel('Slutter', { exact: true }).fill('12:00');
    await newMeeting.getByLabel('Sted (valgfritt)', { exact: true }).fill('Molde rådhus, møterom Romsdal');
    await newMeeting.getByRole('button', { name: 'Opprett møtet' }).click();
    await page.waitForURL(/\/governance\/meetings\/[0-9a-f-]{36}$/);
    await settle(page);
    const meetingUrl = new URL(page.url()).pathname;
    await notice(page, `Møtet ${YEAR}/M1 er opprettet.`);
    const h1 = page.locator('main h1');
    assert.equal(plain(await textOf(h1)), `${COUNCIL} ${YEAR}/M1 (foreløpig)`);
    assert.equal(await page.title(), `${COUNCIL} ${YEAR}/M1 – Samdrift`);
    const facts = plain(await textOf(page.locator('.gov-meeting-facts')));
    assert.match(facts, /12\.3\.2031/);
    assert.match(facts, /08:15–12:00/);
    assert.match(facts, /Planlagt/);

    // The two opening cases are there; the secretary adds two more.
    const agenda = page.locator('.gov-agenda > li');
    assert.equal(await agenda.count(), 2);
    const addCase = page.locator('section[aria-labelledby="add-case-heading"]');
    for (const [i, c] of CASES.entries()) {
      await addCase.getByLabel('Tittel', { exact: true }).fill(c.title);
      await addCase.getByLabel(c.kind, { exact: true }).check();
      await addCase.getByLabel('Saksansvarlig (valgfritt)', { exact: true }).fill(c.owner);
      await addCase.getByLabel('Bakgrunn (valgfritt)', { exact: true }).fill(c.background);
      await addCase.getByLabel('Forslag til vedtak (valgfritt)', { exact: true }).fill(c.proposed);
      await addCase.getByRole('button', { name: 'Legg til saken' }).click();
      const number = `${YEAR}/M1-00${i + 3}`;
      await notice(page, `Sak ${number} «${c.title}» er lagt til.`);
      // The keyboard is taken to the new case.
      await page.waitForFunction(
        (title) => document.activeElement?.tagName === 'H3' && document.activeElement.textContent?.includes(title),
        c.title,
      );
      const card = caseCard(page, c.title);
      assert.match(plain(await textOf(card.locator('h3'))), new RegExp(`^${number} ${c.title} \\(foreløpig\\)$`));
      assert.match(plain(await textOf(card)), /Bakgrunn Leder legger fram|Bakgrunn Status for/);
    }
    assert.equal(await agenda.count(), 4);

    // Attachments: a text file is refused by its content, a PDF is accepted.
    const budget = caseCard(page, CASES[0]!.title);
    const fileField = budget.getByLabel(`Legg ved fil til sak ${YEAR}/M1-003`, { exact: true });
    await fileField.setInputFiles({ name: 'notat.txt', mimeType: 'text/plain', buffer: Buffer.from('bare tekst\n') });
    await budget.getByRole('button', { name: /Last opp/ }).click();
    await budget.getByText('notat.txt er ikke en PDF, Office-fil eller et bilde').waitFor();
    assert.equal(await fileField.getAttribute('aria-invalid'), 'true');
    await page.waitForFunction(() => (document.activeElement as HTMLInputElement | null)?.type === 'file');
    await fileField.setInputFiles({ name: 'saksgrunnlag.pdf', mimeType: 'application/pdf', buffer: PDF });
    await budget.getByRole('button', { name: /Last opp/ }).click();
    await notice(page, `saksgrunnlag.pdf er lagt ved sak ${YEAR}/M1-003.`);
    const attachment = budget.getByRole('link', { name: 'saksgrunnlag.pdf' });
    const attachmentHref = await attachment.getAttribute('href');
    assert.match(attachmentHref ?? '', /^\/api\/governance\/attachments\/[0-9a-f-]{36}$/);
    const downloaded = await page.request.get(attachmentHref!);
    assert.equal(downloaded.status(), 200);
    assert.equal((await downloaded.body()).subarray(0, 5).toString('latin1'), '%PDF-');
    await expectAccessible(page, 'meeting page (planned, with its forms)');

    // The notice: reachable with Tab from the heading, opened with Enter, confirmed, and the numbers lock.
    await h1.focus();
    const noticeButton = page.getByRole('button', { name: 'Send innkalling', exact: true });
    let reached = false;
    for (let i = 0; i < 30 && !reached; i++) {
      await page.keyboard.press('Tab');
      reached = await noticeButton.evaluate((el) => el === document.activeElement);
    }
    assert.ok(reached, 'the notice button is reachable with Tab');
    await page.keyboard.press('Enter');
    const dialog = page.locator('dialog[open]');
    await dialog.getByRole('heading', { name: 'Send innkallingen?' }).waitFor();
    assert.match(plain(await textOf(dialog)), new RegExp(`Innkallingen til ${YEAR}/M1 med 4 saker`));
    // Let the dialog's opening transition finish: half-faded colours are not what the user reads.
    await dialog.evaluate((el) => Promise.all(el.getAnimations({ subtree: true }).map((a) => a.finished)));
    await expectAccessible(page, 'meeting page with the notice dialog');
    await dialog.getByRole('button', { name: 'Send innkallingen' }).focus();
    await page.keyboard.press('Enter');
    await notice(page, new RegExp(`Innkallingen til ${YEAR}/M1 er sendt til \\d+ mottakere?\\.`));
    await page.waitForFunction(() => document.activeElement?.id === 'meeting-heading');
    assert.equal(plain(await textOf(h1)), `${COUNCIL} ${YEAR}/M1`);
    assert.match(plain(await textOf(page.locator('.gov-meeting-facts'))), /Innkalling sendt/);
    const noticeDoc = page.getByRole('link', { name: 'Innkalling og saksliste, versjon 1' });
    assert.equal((await page.request.get((await noticeDoc.getAttribute('href'))!)).status(), 200);

    // Attendance: everyone seated is ticked by default; the administrator takes the minutes.
    const attendance = page.locator('form.gov-attendance-form');
    const herself = attendance.getByLabel(new RegExp(`^${ADMIN_NAME} \\(Sekretær`));
    await herself.waitFor();
    assert.ok(await herself.isChecked());
    await attendance.getByLabel('Referent', { exact: true }).selectOption({ label: ADMIN_NAME });
    await attendance.getByRole('button', { name: 'Lagre oppmøtet' }).click();
    await notice(page, /Oppmøtet er lagret: \d+ til stede, 0 med forfall\./);
    assert.match(plain(await textOf(page.locator('.gov-meeting-facts'))), /Avholdt/);
    assert.match(plain(await textOf(page.locator('.gov-attendance'))), new RegExp(`Til stede .*${ADMIN_NAME}`, 'i'));

    // A decision for every case: the opening cases as proposed, ours with their own texts (and a vote).
    const numbers = (await textsOf(page.locator('.gov-case__number'))).map(plain);
    assert.deepEqual(
      numbers,
      [1, 2, 3, 4].map((n) => `${YEAR}/M1-00${n}`),
    );
    const decisions: string[] = [];
    for (const number of numbers) {
      const card = page.locator('article.gov-case', { has: page.locator('.gov-case__number', { hasText: number }) });
      const field = card.getByLabel('Vedtak', { exact: true });
      const prefilled = plain(await field.inputValue());
      const ours = CASES.find((c) => c.proposed === prefilled);
      if (ours) {
        await field.fill(ours.decision);
        await card.getByLabel('Drøfting (sammendrag) (valgfritt)', { exact: true }).fill('Rådet drøftet saken.');
      }
      if (ours === CASES[0]) {
        await card.getByLabel('Saken ble avgjort ved votering').check();
        await card.getByLabel('For', { exact: true }).fill('5');
        await card.getByLabel('Mot', { exact: true }).fill('0');
        await card.getByLabel('Avsto', { exact: true }).fill('1');
      }
      decisions.push(plain(await field.inputValue()));
      await card.getByRole('button', { name: 'Lagre vedtaket' }).click();
      await notice(page, `Vedtaket i sak ${number} er lagret.`);
      await card.locator('.gov-decision-text').first().waitFor();
    }
    assert.ok(decisions.every((d) => d.length > 0));
    assert.match(plain(await textOf(caseCard(page, CASES[0]!.title))), /Votering: 5 for, 0 mot, 1 avsto\./);
    await expectAccessible(page, 'meeting page (held, with decisions)');

    // The minutes: a draft first, then sent for approval.
    await page.getByRole('button', { name: 'Lag referat', exact: true }).click();
    await notice(page, 'Referatet er laget (versjon 1). Det ligger under Dokumenter.');
    await page.waitForFunction(() => document.activeElement?.id === 'documents-heading');
    await page.getByRole('button', { name: 'Send referat til godkjenning' }).click();
    await notice(page, /Referatet er sendt til godkjenning til \d+ mottakere?\./);
    assert.match(plain(await textOf(page.locator('.gov-meeting-facts'))), /Referat sendt/);

    // The mail log: the notice and the minutes for every seated member, waiting for the mail server.
    const mail = page.locator('table.gov-mail');
    await mail.locator('caption', { hasText: 'E-post om møtet' }).waitFor();
    const mailText = plain(await textOf(mail));
    assert.match(mailText, new RegExp(`Innkalling: ${COUNCIL} ${YEAR}/M1 12\\.3\\.${YEAR}`));
    assert.match(mailText, new RegExp(`Møtereferat til godkjenning: ${COUNCIL} ${YEAR}/M1`));
    assert.match(mailText, /admin@ror-ikt\.no/);

    // The minutes PDF through the page's link: every case number and every decision is in it.
    const minutesLink = page.getByRole('link', { name: 'Møtereferat, versjon 2' });
    const minutesHref = await minutesLink.getAttribute('href');
    assert.match(minutesHref ?? '', /^\/api\/governance\/documents\/[0-9a-f-]{36}$/);
    const pdf = await page.request.get(minutesHref!);
    assert.equal(pdf.status(), 200);
    assert.match(pdf.headers()['content-type'] ?? '', /application\/pdf/);
    const text = plain(await pdfText(await pdf.body()));
    for (const number of numbers) assert.ok(text.includes(number), `the minutes name case ${number}`);
    for (const decision of decisions)
      assert.ok(text.includes(decision), `the minutes carry the decision «${decision}»`);

    // The year's list: the held meeting with its four cases, and two more planned at once (provisional).
    await visit(page, `/governance/meetings?body=${await councilId(page)}&year=${YEAR}`);
    const plan = page.locator('section[aria-labelledby="plan-heading"]');
    await plan.getByLabel('Organ', { exact: true }).selectOption({ label: COUNCIL });
    await plan.getByLabel('Dato 1', { exact: true }).fill(`${YEAR}-06-11`);
    await plan.getByLabel('Dato 2', { exact: true }).fill(`${YEAR}-09-17`);
    await plan.getByRole('button', { name: 'Opprett møtene' }).click();
    await notice(page, '2 møter er lagt inn.');
    const rows = page.locator('table.gov-meetings tbody tr');
    await page.locator(`table.gov-meetings tr[data-meeting="${YEAR}/M3"]`).waitFor();
    const table = await Promise.all(
      (await rows.all()).map(async (r) => (await textsOf(r.locator('th, td'))).map(plain)),
    );
    assert.deepEqual(table, [
      [`${YEAR}/M1`, '12.3.2031', '08:15–12:00', 'Molde rådhus, møterom Romsdal', 'Referat sendt', '4'],
      [`${YEAR}/M2 (foreløpig)`, '11.6.2031', '08:15–12:00', '–', 'Planlagt', '2'],
      [`${YEAR}/M3 (foreløpig)`, '17.9.2031', '08:15–12:00', '–', 'Planlagt', '2'],
    ]);
    await expectAccessible(page, 'meetings list with the year planned');
    await page.locator(`tr[data-meeting="${YEAR}/M1"] a`).click();
    await page.waitForURL(`**${meetingUrl}`);
    await settle(page);

    // Proposals: submit one (estimated cost in kroner), see it in "Mine innspill".
    await page.locator('.gov-nav').getByRole('link', { name: 'Innspill' }).click();
    await page.waitForURL('**/governance/proposals');
    await settle(page);
    await page.locator('.gov-proposals, main p[role="status"]').first().waitFor();
    await expectAccessible(page, 'proposals');
    const form = page.locator('section[aria-labelledby="proposal-form-heading"]');
    await form.getByLabel('Tittel', { exact: true }).fill('Felles budsjettverktøy for kommunene');
    await form.getByLabel('Behov', { exact: true }).fill('Kommunene lager budsjettet i hvert sitt regneark.');
    await form.getByLabel('Forventet gevinst (valgfritt)', { exact: true }).fill('Mindre dobbeltarbeid.');
    await form.getByLabel('Anslått kostnad (kr) (valgfritt)', { exact: true }).fill('250 000');
    await form.getByRole('button', { name: 'Send inn innspillet' }).click();
    await page.waitForURL(/\/governance\/proposals\/[0-9a-f-]{36}$/);
    await settle(page);
    await notice(page, /Innspillet INN-\d{4}-\d{3} er sendt til Innovasjonsråd/);
    assert.match(plain(await textOf(page.locator('main .facts'))), /Anslått kostnad 250 000 kr/i);
    await expectAccessible(page, 'proposal page');
    await visit(page, '/governance/proposals?mine=1');
    await page.locator('table.gov-proposals', { hasText: 'Felles budsjettverktøy for kommunene' }).waitFor();

    // Search: Norwegian full text finds the case ("budsjett" in "Budsjett 2032 …") and the proposal.
    await page.locator('.gov-nav').getByRole('link', { name: 'Søk' }).click();
    await page.waitForURL('**/governance/search');
    await settle(page);
    await page.getByLabel('Søkeord', { exact: true }).fill('budsjett');
    await page.getByRole('button', { name: 'Søk', exact: true }).click();
    await page.waitForURL('**/governance/search?q=budsjett');
    const found = page.locator('table.gov-search-cases tr', { hasText: CASES[0]!.title });
    await found.waitFor();
    assert.match(plain(await textOf(found)), new RegExp(`${YEAR}/M1-003 .* ${COUNCIL} 12\\.3\\.${YEAR}`));
    await page.locator('table.gov-search-proposals', { hasText: 'Felles budsjettverktøy' }).waitFor();
    await expectAccessible(page, 'search with results');
    // The result leads to the case on its meeting's page, with the keyboard at the case.
    await found.getByRole('link').click();
    await page.waitForURL(`**${meetingUrl}#case-*`);
    await page.waitForFunction(
      (title) => document.activeElement?.tagName === 'H3' && document.activeElement.textContent?.includes(title),
      CASES[0]!.title,
    );

    await tab.close();
  });

  it("the demo's council meetings are listed with their numbers", { timeout: 60_000 }, async () => {
    const tab = await openTab(h);
    const { page } = tab;
    await visit(page, '/login');
    await signInViaForm(page, ADMIN);
    await page.locator('.member-card').first().waitFor();
    await visit(page, '/governance/meetings?year=2024');
    await page.getByLabel('Organ', { exact: true }).first().selectOption({ label: COUNCIL });
    await page.locator('table.gov-meetings tr[data-meeting="2024/M7"]').waitFor();
    assert.ok(await page.locator('table.gov-meetings tr[data-meeting="2024/M6"]').isVisible());
    await visit(page, '/governance/meetings?year=2023');
    await page.getByLabel('Organ', { exact: true }).first().selectOption({ label: COUNCIL });
    await page.locator('table.gov-meetings tr[data-meeting="2023/M6"]').waitFor();
    await tab.close();
  });
});

/** The council's body id, from the API the pages use. */
async function councilId(page: Page): Promise<string> {
  const res = await page.request.get('/api/governance/bodies');
  const { bodies } = (await res.json()) as { bodies: { id: string; kind: string }[] };
  const council = bodies.find((b) => b.kind === 'council');
  assert.ok(council, 'the demo has a council');
  return council.id;
}

/** The text of a PDF as poppler's pdftotext reads it. */
async function pdfText(bytes: Buffer): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'samdrift-minutes-'));
  try {
    const file = path.join(dir, 'referat.pdf');
    await writeFile(file, bytes);
    return execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
