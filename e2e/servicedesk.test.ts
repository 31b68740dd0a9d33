import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import {
  EMPLOYEE,
  expectAccessible,
  field,
  type Harness,
  LEADER,
  notice,
  openTab,
  settle,
  signInViaApi,
  startHarness,
  textOf,
  visit,
} from './harness.ts';

const AGENT = 'kundeservice@ror-ikt.no';
const MESSAGE = 'Fargeskrivere på rådhuset skriver ikke';
const SUBJECT = 'Fargeskriveren i andre etasje skriver ikke ut';

/** The current month in Norway, 'YYYY-MM', as the statistics page defaults to. */
const thisMonth = () =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Oslo', year: 'numeric', month: '2-digit' }).format(new Date());

describe('service desk: portal, workspace and statistics', () => {
  let h: Harness;
  before(async () => {
    h = await startHarness();
  });
  after(async () => {
    await h?.stop();
  });

  it('a fault goes from the portal through the queue to the statistics; an order from the catalogue', {
    timeout: 90_000,
  }, async () => {
    const [agent, employee] = await Promise.all([openTab(h), openTab(h)]);
    await Promise.all([signInViaApi(agent, AGENT), signInViaApi(employee, EMPLOYEE)]);
    const ap = agent.page;
    const ep = employee.page;

    // The agent publishes an operational message about printers, found by category and keyword.
    await visit(ap, '/servicedesk/messages');
    await field(ap, 'Overskrift').fill(MESSAGE);
    await field(ap, 'Tekst (valgfritt)').fill('Vi feilsøker skriverkøen. Bruk skriveren i første etasje så lenge.');
    await field(ap, 'Alvorlig').check();
    await field(ap, 'Klient og utstyr › Skriver').check();
    await field(ap, 'Stikkord (valgfritt)').fill('fargeskriver, skriverkø');
    await ap.getByRole('button', { name: 'Publiser' }).click();
    await notice(ap, `Driftsmeldingen «${MESSAGE}» er publisert.`);
    await ap.locator('.op-message', { hasText: MESSAGE }).waitFor();
    await expectAccessible(ap, 'operational messages (agent)');

    // The employee sees it at the top of the portal, and again while reporting a matching fault.
    await visit(ep, '/portal');
    await ep.locator('.op-message', { hasText: MESSAGE }).waitFor();
    await expectAccessible(ep, 'portal');
    await ep.getByRole('link', { name: 'Meld feil' }).click();
    await ep.locator('main h1', { hasText: 'Meld feil' }).waitFor();
    await field(ep, 'Kort beskrivelse').fill(SUBJECT);
    await field(ep, 'Hva skjer?').fill('Utskriftene blir stående i køen.');
    await field(ep, 'Hva gjelder det? (valgfritt)').selectOption({ label: 'Klient og utstyr › Skriver' });
    const known = ep.locator('.known-issues');
    await known.getByRole('heading', { name: 'Kjent feil? Sjekk driftsmeldingene først' }).waitFor();
    await known.getByText(MESSAGE).waitFor();
    await expectAccessible(ep, 'report form with a matching operational message');
    await ep.getByRole('button', { name: 'Send feilmelding' }).click();
    await ep.waitForURL(/\/portal\/tickets\/[0-9a-f-]{36}$/);
    await notice(ep, /Saken er registrert med nummer #\d+/);
    const number = Number(/#(\d+)/.exec(await textOf(ep.locator('.notice-region')))?.[1]);
    assert.ok(number > 0);
    const ticketPath = new URL(ep.url()).pathname;
    await settle(ep);
    await expectAccessible(ep, 'portal ticket page');

    // The agent finds it in the queue by number (typed, then Enter) and opens it.
    await visit(ap, '/servicedesk');
    await ap.locator('.queue-table').waitFor();
    await expectAccessible(ap, 'workspace queue');
    await field(ap, 'Søk').fill(`#${number}`);
    await field(ap, 'Søk').press('Enter');
    await ap.waitForURL(`**/servicedesk?search=%23${number}`);
    const row = ap.locator(`.queue-table tr[data-ticket="${number}"]`);
    await row.waitFor();
    assert.match(await textOf(row), /Rauma kommune[\s\S]*Medium[\s\S]*Ny[\s\S]*Ikke tildelt/);
    await row.getByRole('link', { name: `#${number}` }).click();
    await ap.locator('main h1', { hasText: SUBJECT }).waitFor();
    await settle(ap);
    await expectAccessible(ap, 'agent ticket view');

    // Assign to me, raise to high priority and wait for the user: the SLA clock stops.
    await ap.getByRole('button', { name: 'Tildel meg' }).click();
    await notice(ap, 'Saken er tildelt deg.');
    assert.equal(await field(ap, 'Saksbehandler').locator('option:checked').textContent(), 'Kine Kundeservice');
    await field(ap, 'Prioritet').selectOption('high');
    await field(ap, 'Status').selectOption({ label: 'Venter på bruker (pause)' });
    await ap.getByRole('button', { name: 'Lagre endringene' }).click();
    await notice(ap, 'Endringene er lagret.');
    const tags = ap.locator('.title-row__tags');
    await tags.getByText('På pause').waitFor();
    assert.match(await textOf(tags), /Høy[\s\S]*Venter på bruker/);
    await ap.locator('.history').getByText('Status endret fra «Ny» til «Venter på bruker».').waitFor();

    // The employee answers; the ticket goes back to work.
    await visit(ep, ticketPath);
    await ep.getByText('Saken har status «Venter på bruker».').waitFor();
    await field(ep, 'Kommentar').fill('Det gjelder skriveren ved kantina, HP Color i andre etasje.');
    await ep.getByRole('button', { name: 'Send' }).click();
    await notice(ep, 'Kommentaren er lagt til.');
    await ep.locator('.history').getByText('Status endret fra «Venter på bruker» til «Under arbeid».').waitFor();

    // The agent sees the answer, writes an internal note and resolves the ticket.
    await ap.reload();
    await settle(ap);
    await ap.locator('.history').getByText('Det gjelder skriveren ved kantina').waitFor();
    assert.match(await textOf(ap.locator('.title-row__tags')), /Under arbeid/);
    await field(ap, 'Bare kundeservice (internt notat)').check();
    await field(ap, 'Internt notat').fill('Skriverkøen på printserveren hang; startet spooleren på nytt.');
    await ap.getByRole('button', { name: 'Lagre notatet' }).click();
    await notice(ap, 'Det interne notatet er lagret.');
    const note = ap.locator('.history__item--internal');
    assert.match(await textOf(note), /Internt notat – ikke synlig for innmelder[\s\S]*spooleren/);
    await field(ap, 'Løsning').fill('Skriverkøen er tømt og skriveren skriver ut igjen.');
    await ap.getByRole('button', { name: 'Løs saken' }).click();
    await notice(ap, 'Saken er løst.');
    // The resolve form is gone: focus continues from the ticket's heading, not lost on <body>.
    await ap.waitForFunction(() => document.activeElement?.id === 'ticket-heading');
    assert.match(await textOf(ap.locator('.title-row__tags')), /Høy[\s\S]*Løst[\s\S]*Innfridd/);

    // The requester sees the solution, not the internal note, and may reopen.
    await visit(ep, ticketPath);
    await ep.locator('.solution').getByText('Skriverkøen er tømt').waitFor();
    assert.equal(await ep.getByText('spooleren').count(), 0);
    await ep.getByRole('heading', { name: 'Ikke løst likevel?' }).waitFor();

    // The month's statistics: listed among critical and high, and met on both response and resolution.
    await visit(ap, '/servicedesk/stats');
    await ap.locator('.critical-table').waitFor();
    const critical = ap.locator(`.critical-table tr[data-ticket="${number}"]`);
    assert.match(await textOf(critical), new RegExp(`#${number}[\\s\\S]*Høy[\\s\\S]*Rauma kommune[\\s\\S]*${SUBJECT}`));
    const high = ap.locator(`.sla-table tbody[data-priority="high"] tr[data-month="${thisMonth()}"]`);
    const stats = (await (await agent.context.request.get(`/api/servicedesk/stats?month=${thisMonth()}`)).json()) as {
      slaByPriority: { priority: string; months: { month: string; resolutionMet: number; responseMet: number }[] }[];
    };
    const counts = stats.slaByPriority.find((p) => p.priority === 'high')?.months.at(-1);
    assert.ok(counts && counts.resolutionMet >= 1 && counts.responseMet >= 1, 'the ticket counts as met');
    assert.equal(await textOf(high.locator('[data-col="resolutionMet"]')), String(counts.resolutionMet));
    assert.equal(await textOf(high.locator('[data-col="responseMet"]')), String(counts.responseMet));
    await expectAccessible(ap, 'statistics (nb)');
    await critical.getByRole('link', { name: `#${number}` }).click();
    await ap.locator('main h1', { hasText: SUBJECT }).waitFor();

    // The register form: errors first, then a phone ticket for someone without an account.
    await visit(ap, '/servicedesk/new');
    await ap.getByRole('button', { name: 'Registrer saken' }).click();
    await ap.locator('main [aria-invalid="true"]').first().waitFor();
    await expectAccessible(ap, 'register form with errors');
    await field(ap, 'Medlem').selectOption({ label: 'Rauma kommune' });
    await field(ap, 'Innmelders navn').fill('Per Telefon');
    await field(ap, 'Emne').fill('Ringte om passordbytte');
    await ap.getByRole('button', { name: 'Registrer saken' }).click();
    await notice(ap, /Saken er registrert med nummer #\d+\./);
    assert.match(await textOf(ap.locator('.ticket-facts')), /Per Telefon[\s\S]*Rauma kommune[\s\S]*Telefon/);

    // The employee orders from the catalogue with the entry's own form.
    await visit(ep, '/portal/order');
    await ep.getByRole('link', { name: 'Tilgang til fagsystem' }).click();
    await ep.locator('main h1', { hasText: 'Bestill: Tilgang til fagsystem' }).waitFor();
    await ep.getByRole('button', { name: 'Send bestillingen' }).click();
    await ep.locator('main [aria-invalid="true"]').first().waitFor();
    assert.equal(await ep.evaluate(() => document.activeElement?.getAttribute('name')), 'system');
    await expectAccessible(ep, 'order form with errors');
    await field(ep, 'Fagsystem').fill('Visma Flyt Skole');
    await field(ep, 'Leder har godkjent tilgangen').check();
    await ep.getByRole('button', { name: 'Send bestillingen' }).click();
    await notice(ep, /Saken er registrert med nummer #\d+/);
    const order = ep.locator('main section', {
      has: ep.getByRole('heading', { name: 'Bestilling: Tilgang til fagsystem' }),
    });
    assert.match(await textOf(order), /Fagsystem\s+Visma Flyt Skole[\s\S]*Leder har godkjent tilgangen\s+Ja/i);
    await visit(ep, '/portal');
    await ep.locator('.my-tickets').getByText(SUBJECT).waitFor();

    await Promise.all([agent.close(), employee.close()]);
  });

  it('the statistics page in English, with a table opened', { timeout: 30_000 }, async () => {
    const tab = await openTab(h, 'en');
    const { page } = tab;
    await signInViaApi(tab, LEADER);
    await visit(page, '/servicedesk/stats');
    await page.locator('.sla-table').waitFor();
    assert.equal(await page.locator('html').getAttribute('lang'), 'en');
    await page.getByText('Show the figures as a table').first().click();
    await page.getByRole('table', { name: 'Open tickets at the end of each month' }).waitFor();
    await expectAccessible(page, 'statistics (en)');
    await tab.close();
  });
});
