import assert from 'node:assert/strict';
import { createHmac } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import {
  ADMIN,
  apiCall,
  EMPLOYEE,
  expectAccessible,
  field,
  type Harness,
  notice,
  plain,
  settle,
  startHarness,
  tabFor,
  textOf,
  textsOf,
  visit,
} from './harness.ts';

const AGENT = 'kundeservice@ror-ikt.no';
const ALERT_TITLE = 'Mistenkelig innlogging fra utlandet';
const MESSAGE = 'Fagsystemet for byggesak er nede';

/** Wait until the focused element is the one with this id (after a form goes away or a result appears). */
const focusedId = (page: Page, id: string) => page.waitForFunction((want) => document.activeElement?.id === want, id);

/** A receiver for the Teams webhook: answers 200 and keeps what it got. */
async function teamsReceiver(): Promise<{ url: string; posts: string[]; close: () => Promise<void> }> {
  const posts: string[] = [];
  const server: Server = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk) => {
      body += chunk;
    });
    req.on('end', () => {
      posts.push(body);
      res.writeHead(200, { 'content-type': 'text/plain' }).end('1');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/teams`,
    posts,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

describe('channels: security alerts, mailboxes, alerting, phone statistics, and faults attached to a message', () => {
  let h: Harness;
  before(async () => {
    h = await startHarness();
  });
  after(async () => {
    await h?.stop();
  });

  it('the administrator registers a signed alert source, sees its token once, and the posted alerts become tickets in the receipts', {
    timeout: 90_000,
  }, async () => {
    const admin = await tabFor(h, ADMIN);
    const { page } = admin;
    await visit(page, '/channels');
    await page.waitForURL('**/channels/security-alerts');
    await page.locator('main h1', { hasText: 'Sikkerhetsvarsler' }).waitFor();
    await settle(page);
    assert.equal(await page.locator('nav.app-nav a[aria-current="page"]').textContent(), 'Kanaler');
    assert.deepEqual(await textsOf(page.locator('nav.channels-nav a')), [
      'Sikkerhetsvarsler',
      'E-postkasser',
      'Varsling',
      'Telefoni',
    ]);
    await page.getByText('Ingen kilder er registrert ennå.').waitFor();
    await expectAccessible(page, 'security alerts (no sources)');

    // The form says what is missing and puts the cursor there.
    await page.getByRole('button', { name: 'Registrer kilden' }).click();
    await page.locator('main [aria-invalid="true"]').first().waitFor();
    assert.equal(await page.evaluate(() => document.activeElement?.getAttribute('name')), 'name');
    await expectAccessible(page, 'new source form with errors');

    await field(page, 'Navn').fill('SOC-tjenesten');
    assert.equal(await field(page, 'Avsenderen signerer varslene (HMAC-SHA256)').isChecked(), true);
    await field(page, 'Medlem (valgfritt)').selectOption({ label: 'Molde kommune' });
    await page.getByRole('button', { name: 'Registrer kilden' }).click();

    // The token and the key, shown this once, with a clear warning; focus is on the result.
    await page.getByRole('heading', { name: 'Kilden «SOC-tjenesten» er registrert' }).waitFor();
    await focusedId(page, 'secrets-heading');
    await page.getByText('Kopier nå – vises bare denne ene gangen').waitFor();
    const token = await field(page, 'Token').inputValue();
    const key = await field(page, 'Nøkkel for signatur (HMAC)').inputValue();
    assert.match(token, /^sdt_/);
    assert.match(key, /^sdk_/);
    assert.equal(await field(page, 'Token').getAttribute('readonly'), '');
    const row = page.locator('.sources-table tr[data-source="SOC-tjenesten"]');
    assert.match(await textOf(row), new RegExp(`…${token.slice(-4)}[\\s\\S]*Ja[\\s\\S]*Molde kommune[\\s\\S]*Aktiv`));
    await expectAccessible(page, 'the one-time token and key');

    // The webhook address and how to call it.
    const url = await field(page, 'Webhook-adresse').inputValue();
    assert.equal(url, `${h.baseUrl}/api/inbound/security-alerts`);
    await page.locator('.code-block', { hasText: 'X-Samdrift-Signature: sha256=<hex>' }).waitFor();

    // The SOC posts: a new alert, the same again, and one with a wrong signature.
    const post = (body: string, signature: string) =>
      fetch(url, {
        method: 'POST',
        headers: {
          authorization: `Bearer ${token}`,
          'content-type': 'application/json',
          'x-samdrift-signature': signature,
        },
        body,
      });
    const body = JSON.stringify({
      alertId: 'SOC-2026-000123',
      title: ALERT_TITLE,
      description: 'Innlogging for en tjenestekonto fra et land vi ikke har brukere i.',
      severity: 'high',
    });
    const sign = (b: string) => `sha256=${createHmac('sha256', key).update(b).digest('hex')}`;
    const first = await post(body, sign(body));
    assert.equal(first.status, 201);
    const created = (await first.json()) as { ticketId: string; ticketNumber: number };
    const again = await post(body, sign(body));
    assert.equal(again.status, 200);
    assert.equal(((await again.json()) as { ticketNumber: number }).ticketNumber, created.ticketNumber);
    const forged = JSON.stringify({ alertId: 'SOC-2026-000124', title: 'Falsk' });
    assert.equal((await post(forged, sign(body))).status, 401);

    // Done with the secrets: they are gone, the form is back.
    await page.getByRole('button', { name: 'Jeg har tatt vare på dem' }).click();
    await focusedId(page, 'new-source-heading');
    assert.equal(await page.locator('input[name="token"]').count(), 0);

    // The receipts: created and duplicate link the ticket, the forged one is rejected with its reason.
    await row.getByRole('link', { name: 'Vis mottak fra «SOC-tjenesten»' }).click();
    await page.waitForURL(/\?source=[0-9a-f-]{36}$/);
    await focusedId(page, 'source-heading');
    const receipts = page.locator('.receipts-table');
    await receipts.waitFor();
    assert.equal(await receipts.locator('tbody tr').count(), 3);
    const createdRow = receipts.locator('tr[data-outcome="created"]');
    assert.match(
      await textOf(createdRow),
      new RegExp(`SOC-2026-000123[\\s\\S]*Opprettet[\\s\\S]*#${created.ticketNumber}`),
    );
    assert.match(await textOf(receipts.locator('tr[data-outcome="duplicate"]')), /Duplikat/);
    assert.match(await textOf(receipts.locator('tr[data-outcome="rejected"]')), /Avvist[\s\S]*bad signature/);
    assert.match(await textOf(row), /\d{2}\.\d{2}\.\d{4} \d{2}:\d{2}/, 'last received is shown');
    await expectAccessible(page, 'security alerts with receipts');

    // Turned off, the token is refused.
    await row.getByRole('button', { name: 'Slå av «SOC-tjenesten»' }).click();
    await notice(page, 'Kilden «SOC-tjenesten» er slått av. Varsler med tokenet avvises.');
    assert.match(await textOf(row), /Slått av/);
    const body2 = JSON.stringify({ alertId: 'SOC-2026-000125', title: 'Etter avslått' });
    assert.equal((await post(body2, sign(body2))).status, 401);

    // The ticket link opens the security alert in the service desk.
    await createdRow.getByRole('link', { name: `#${created.ticketNumber}` }).click();
    await page.locator('main h1', { hasText: ALERT_TITLE }).waitFor();
    await settle(page);
    assert.match(await textOf(page.locator('.ticket-facts')), /Sikkerhetsvarsel[\s\S]*Høy[\s\S]*Molde kommune/);
    await admin.close();
  });

  it('an agent imports the phone log (a bad file first) and reads calls, answer rate, wait and talk time per month', {
    timeout: 60_000,
  }, async () => {
    const agent = await tabFor(h, AGENT);
    const { page } = agent;
    agent.allow(/status of 400/); // the file with lines that cannot be read
    await visit(page, '/channels');
    // Agents have no alert sources: the section opens on the mailboxes.
    await page.waitForURL('**/channels/mailboxes');
    assert.deepEqual(await textsOf(page.locator('nav.channels-nav a')), ['E-postkasser', 'Varsling', 'Telefoni']);
    await visit(page, '/channels/security-alerts');
    await page.locator('h1', { hasText: 'Ingen tilgang' }).waitFor();

    await page.locator('nav.channels-nav a', { hasText: 'Telefoni' }).click();
    await page.locator('main h1', { hasText: 'Telefoni' }).waitFor();
    await settle(page);
    await expectAccessible(page, 'phone statistics (this year)');

    // Without a file: the field says so.
    await page.getByRole('button', { name: 'Importer' }).click();
    await page.getByText('Velg en CSV-fil fra telefonisystemet.').waitFor();

    // A file with lines that cannot be read imports nothing and lists the lines.
    await field(page, 'CSV-fil').setInputFiles({
      name: 'feil.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from('Tidspunkt;Besvart\nigår;kanskje\n'),
    });
    await page.getByRole('button', { name: 'Importer' }).click();
    await page.getByRole('heading', { name: 'Filen ble ikke importert' }).waitFor();
    const problem = page.locator('.import-errors tr[data-line="2"]');
    assert.match(await textOf(problem), /^2\s+time: "igår" is not a date and time/);
    await expectAccessible(page, 'phone import with line problems');

    // The call log of March 2020 (the last call is 1 April in Norway).
    const log = [
      'Tidspunkt;Besvart;Ventetid;Samtaletid',
      '01.03.2020 08:01;ja;20;4:00',
      '01.03.2020 08:05;ja;40;5:00',
      '01.03.2020 23:30;nei;90;',
      '2020-03-31T23:30:00Z;ja;30;60',
    ].join('\n');
    await field(page, 'CSV-fil').setInputFiles({ name: 'mars.csv', mimeType: 'text/csv', buffer: Buffer.from(log) });
    await page.getByRole('button', { name: 'Importer' }).click();
    await page.getByRole('heading', { name: 'Importert' }).waitFor();
    await focusedId(page, 'phone-import-result');
    assert.equal(
      plain(await textOf(page.locator('main .ds-alert', { hasText: 'mars.csv' }))),
      'Importert mars.csv: 4 anrop over 2 dager (01.03.2020–01.04.2020), lest som samtalelogg.',
    );

    // The table moved to 2020: per month, and the year's total.
    await page.waitForURL('**/channels/phone?year=2020');
    assert.equal(await field(page, 'År').inputValue(), '2020');
    const table = page.getByRole('table', { name: 'Anrop til kundeservice per måned i 2020' });
    await table.locator('tr[data-month="2020-03"]').waitFor();
    assert.deepEqual(await textsOf(table.locator('thead th')), [
      'Måned',
      'Anrop',
      'Besvart',
      'Svarprosent',
      'Snitt ventetid (s)',
      'Snitt samtaletid (min)',
    ]);
    const cells = async (month: string) => (await textsOf(table.locator(`tr[data-month="${month}"] > *`))).map(plain);
    assert.deepEqual(await cells('2020-03'), ['Mars 2020', '3', '2', '67 %', '30', '4,5']);
    assert.deepEqual(await cells('2020-04'), ['April 2020', '1', '1', '100 %', '30', '1,0']);
    assert.deepEqual(await cells('2020-05'), ['Mai 2020', '0', '0', '–', '–', '–']);
    assert.deepEqual(await cells('total'), ['Hele 2020', '4', '3', '75 %', '30', '3,3']);
    await expectAccessible(page, 'phone statistics 2020');

    // The year picker goes back to this year, where 2020 stays on offer.
    const thisYear = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Oslo', year: 'numeric' }).format(new Date());
    await field(page, 'År').selectOption(thisYear);
    await page.waitForURL(`**/channels/phone?year=${thisYear}`);
    await page.getByRole('table', { name: `Anrop til kundeservice per måned i ${thisYear}` }).waitFor();
    assert.ok((await textsOf(field(page, 'År').locator('option'))).includes('2020'));
    await agent.close();
  });

  it('the administrator adds a mailbox and an alert rule to Teams; the delivery log shows the post and its attempt', {
    timeout: 90_000,
  }, async () => {
    const teams = await teamsReceiver();
    const admin = await tabFor(h, ADMIN);
    const { page } = admin;
    try {
      // Mailboxes: the form's errors, then a mailbox (nothing listens on its port; that is fine).
      await visit(page, '/channels/mailboxes');
      await page.getByText('Ingen e-postkasser er satt opp.').waitFor();
      await expectAccessible(page, 'mailboxes (none)');
      await page.getByRole('button', { name: 'Legg til', exact: true }).click();
      await page.locator('main [aria-invalid="true"]').first().waitFor();
      assert.equal(await page.evaluate(() => document.activeElement?.getAttribute('name')), 'name');
      await expectAccessible(page, 'mailbox form with errors');
      await field(page, 'Navn').fill('Kundeservice');
      await field(page, 'E-postadresse').fill('kundeservice@ror-ikt.no');
      await field(page, 'IMAP-server').fill('127.0.0.1');
      await field(page, 'Port').fill('1');
      await field(page, 'Brukernavn').fill('kundeservice');
      await field(page, 'Passord').fill('hemmelig-passord');
      await field(page, 'Krypter forbindelsen (TLS)').uncheck();
      await field(page, 'Standard medlem (valgfritt)').selectOption({ label: 'Molde kommune' });
      await page.getByRole('button', { name: 'Legg til', exact: true }).click();
      await notice(page, 'E-postkassen «Kundeservice» er lagt til.');
      const mailbox = page.locator('.mailbox-table tr[data-mailbox="kundeservice@ror-ikt.no"]');
      assert.match(
        plain(await textOf(mailbox)),
        /Kundeservice kundeservice@ror-ikt\.no 127\.0\.0\.1:1 Uten TLS · INBOX · kundeservice Molde kommune Aktiv/,
      );
      assert.match(plain(await textOf(mailbox)), /Sak: 0 Kommentar: 0 Ignorert: 0 Feilet: 0/);

      // Its log (empty), filtered by outcome in the address.
      await mailbox.getByRole('link', { name: 'Vis logg for «Kundeservice»' }).click();
      await focusedId(page, 'mailbox-log-heading');
      await page.locator('main .result-count', { hasText: '0 e-poster.' }).waitFor();
      await field(page, 'Resultat').selectOption({ label: 'Feilet' });
      await page.waitForURL(/outcome=failed/);
      await expectAccessible(page, 'mailboxes with the log');

      // Changing it keeps the password when the field is left empty.
      await mailbox.getByRole('button', { name: 'Endre «Kundeservice»' }).click();
      await focusedId(page, 'mailbox-form-heading');
      assert.equal(await field(page, 'Passord (valgfritt)').inputValue(), '');
      await field(page, 'Leseintervall (sekunder)').fill('300');
      await page.getByRole('button', { name: 'Lagre endringene' }).click();
      await notice(page, 'Endringene i «Kundeservice» er lagret.');
      await mailbox.getByText('hvert 300. sekund').waitFor();

      // An alert rule: critical and high incidents to the system owners by e-mail and to a Teams channel.
      await page.locator('nav.channels-nav a', { hasText: 'Varsling' }).click();
      await page.locator('main h1', { hasText: 'Varsling' }).waitFor();
      await settle(page);
      await expectAccessible(page, 'alerting (no rules)');
      await field(page, 'Navn').fill('Alvorlige hendelser');
      assert.equal(await field(page, 'Kritisk').isChecked(), true);
      assert.equal(await field(page, 'Høy').isChecked(), true);
      await field(page, 'Teams-kanalens webhook-adresse (valgfritt)').fill(teams.url);
      await page.getByRole('button', { name: 'Legg til regelen' }).click();
      await notice(page, 'Varslingsregelen «Alvorlige hendelser» er lagt til.');
      const host = new URL(teams.url).host;
      const rule = page.locator('.rules-table tr[data-rule="Alvorlige hendelser"]');
      assert.equal(
        plain(await textOf(rule)),
        `Alvorlige hendelser Ny hendelse (feil) Kritisk, Høy Alle medlemmer E-post, Teams (${host}) Aktiv Endre`,
      );

      // A high-priority incident fires it: the worker posts to Teams within a few seconds.
      await apiCall(admin, 'POST', '/api/tickets', {
        kind: 'incident',
        subject: 'Brannmuren i Molde svarer ikke',
        priority: 'high',
        channel: 'phone',
        requesterName: 'Driftsvakt',
      });
      const deliveries = page.locator('.deliveries-table');
      const webhook = deliveries.locator('tr[data-status="sent"]', { hasText: 'Webhook' });
      for (let i = 0; i < 30 && (await webhook.count()) === 0; i++) {
        await page.waitForTimeout(500);
        await page.locator('#deliveries-heading ~ .section-toolbar').getByRole('button', { name: 'Oppdater' }).click();
        await settle(page);
      }
      assert.equal(teams.posts.length, 1, 'Teams got the alert');
      assert.match(plain(await textOf(webhook)), new RegExp(`Varsel: ny hendelse Webhook ${host} Sendt`));
      await webhook.getByText('1 forsøk').click();
      await webhook.locator('.attempts__list').waitFor();
      assert.match(
        plain(await textOf(webhook.locator('.attempts__list'))),
        /^Forsøk 1 \d{2}\.\d{2}\.\d{4} \d{2}:\d{2} – OK HTTP 200$/,
      );
      await expectAccessible(page, 'alerting with the delivery log and an attempt open');

      // The status filter: what waits (the e-mails, no SMTP server here), and nothing failed.
      await field(page, 'Status').selectOption({ label: 'Venter' });
      await page.waitForURL(/status=pending/);
      await settle(page);
      // the filtered list replaces the whole one once its answer is in: wait for that, not for a guess
      const onlyPending = async () => {
        const statuses = await deliveries
          .locator('tbody tr')
          .evaluateAll((rows) => rows.map((r) => r.getAttribute('data-status')));
        return statuses.length > 0 && statuses.every((s) => s === 'pending');
      };
      for (let i = 0; i < 40 && !(await onlyPending()); i++) await page.waitForTimeout(250);
      assert.ok(await onlyPending(), 'only pending deliveries');
      assert.match(plain(await textOf(deliveries.locator('tbody tr').first())), /Venter neste forsøk/);
      await field(page, 'Status').selectOption({ label: 'Feilet' });
      await page.locator('main .result-count', { hasText: '0 sendinger.' }).waitFor();
      await expectAccessible(page, 'delivery log filtered');
    } finally {
      await teams.close();
    }
    await admin.close();
  });

  it('an agent publishes a message with its incident ticket and edits it; an employee reports being affected; closing resolves it', {
    timeout: 90_000,
  }, async () => {
    const [agent, employee] = await Promise.all([tabFor(h, AGENT), tabFor(h, EMPLOYEE)]);
    const ap = agent.page;
    const ep = employee.page;

    // The incident the service desk works the fault in.
    const incident = (await apiCall(agent, 'POST', '/api/tickets', {
      kind: 'incident',
      subject: 'Byggesakssystemet svarer ikke',
      priority: 'high',
      channel: 'phone',
      requesterName: 'Driftsvakt',
    })) as { id: string; number: number };

    // Publish with the incident's number, then edit the text and the expected end.
    await visit(ap, '/servicedesk/messages');
    await field(ap, 'Overskrift').fill(MESSAGE);
    await field(ap, 'Hendelsessak (valgfritt)').fill('999999');
    await ap.getByRole('button', { name: 'Publiser' }).click();
    await ap.getByText('Fant ingen sak med nummer 999999.').waitFor();
    await field(ap, 'Hendelsessak (valgfritt)').fill(`#${incident.number}`);
    await ap.getByRole('button', { name: 'Publiser' }).click();
    await notice(ap, `Driftsmeldingen «${MESSAGE}» er publisert.`);
    const messages = (await (await agent.context.request.get('/api/operational-messages')).json()) as {
      items: { id: string; title: string; incidentTicketId: string | null }[];
    };
    const message = messages.items.find((m) => m.title === MESSAGE);
    assert.ok(message);
    assert.equal(message.incidentTicketId, incident.id);
    const card = ap.locator(`#melding-${message.id}`);
    await card.getByRole('link', { name: `#${incident.number} Byggesakssystemet svarer ikke` }).waitFor();

    await card.getByRole('button', { name: `Endre «${MESSAGE}»` }).click();
    await focusedId(ap, `edit-${message.id}-heading`);
    assert.equal(
      await card.getByLabel('Hendelsessak (valgfritt)', { exact: true }).inputValue(),
      String(incident.number),
    );
    await card
      .getByLabel('Tekst (valgfritt)', { exact: true })
      .fill('Leverandøren feilsøker. Søknader kan sendes på e-post så lenge.');
    await card.getByLabel('Alvorlig', { exact: true }).check();
    await card.getByLabel('Forventet løst (valgfritt)', { exact: true }).fill('2099-06-01T15:30');
    await expectAccessible(ap, 'operational message being edited');
    await card.getByRole('button', { name: 'Lagre endringene' }).click();
    await notice(ap, `Driftsmeldingen «${MESSAGE}» er oppdatert.`);
    assert.match(
      plain(await textOf(card.locator('.op-message'))),
      /Alvorlig Leverandøren feilsøker\. .* forventet løst 01\.06\.2099 15:30/,
    );

    // The public feeds, for the members' intranets.
    const feeds = ap.locator('section[aria-labelledby="feeds-heading"]');
    const rss = `${h.baseUrl}/api/public/ror-ikt/operational-messages/rss`;
    await feeds.getByRole('link', { name: rss }).waitFor();
    await feeds.getByText('?member=<kode>', { exact: false }).waitFor();
    const feed = (await (await fetch(`${h.baseUrl}/api/public/ror-ikt/operational-messages?member=rauma`)).json()) as {
      items: { id: string; title: string }[];
    };
    assert.ok(feed.items.some((i) => i.id === message.id && i.title === MESSAGE));
    await expectAccessible(ap, 'operational messages with an incident and the feeds');

    // The employee comes from the feed's link: the message is in focus.
    await ep.goto(`/portal#melding-${message.id}`);
    await settle(ep);
    const item = ep.locator(`#melding-${message.id}`);
    await ep.waitForFunction((id) => document.activeElement?.id === id, `melding-${message.id}`);
    await item.getByRole('button', { name: `Jeg har også denne feilen: «${MESSAGE}»` }).click();
    await ep.waitForFunction(() => document.activeElement?.tagName === 'TEXTAREA');
    await item
      .getByLabel('Beskriv gjerne hva du opplever (valgfritt)')
      .fill('Får ikke åpnet søknaden om rammetillatelse.');
    await expectAccessible(ep, 'portal with the "I have this fault too" form');
    await item.getByRole('button', { name: 'Meld at jeg er berørt' }).click();
    await ep.waitForURL(/\/portal\/tickets\/[0-9a-f-]{36}$/);
    await notice(ep, /Saken er registrert med nummer #\d+/);
    const number = Number(/#(\d+)/.exec(await textOf(ep.locator('.notice-region')))?.[1]);
    const faultPath = new URL(ep.url()).pathname;
    await ep.getByText('Saken gjelder en kjent driftsforstyrrelse').waitFor();
    await ep.locator('main h1', { hasText: `Berørt av driftsmelding: ${MESSAGE}` }).waitFor();
    await settle(ep);
    await expectAccessible(ep, 'the fault attached to the message (portal)');

    // The agent sees the fault attached to the incident, and the incident's history names it.
    await visit(ap, `/servicedesk/tickets/${faultPath.split('/').at(-1)}`);
    await ap.getByRole('link', { name: `Knyttet til hendelse #${incident.number}` }).click();
    await ap.locator('main h1', { hasText: 'Byggesakssystemet svarer ikke' }).waitFor();
    await settle(ap);
    await ap.locator('.history').getByText('En berørt bruker meldte seg på hendelsen:').waitFor();
    await ap
      .locator('.history')
      .getByRole('link', { name: `#${number}` })
      .waitFor();
    await expectAccessible(ap, 'the incident with an attached fault');

    // Closing the message resolves the employee's fault.
    await visit(ap, '/servicedesk/messages');
    await ap
      .locator(`#melding-${message.id}`)
      .getByRole('button', { name: `Avslutt «${MESSAGE}»` })
      .click();
    await ap.getByRole('button', { name: 'Ja, avslutt' }).click();
    await notice(ap, `Driftsmeldingen «${MESSAGE}» er avsluttet.`);
    await visit(ep, faultPath);
    await ep.locator('.solution').getByText(`Feilen er rettet: ${MESSAGE}`).waitFor();

    await Promise.all([agent.close(), employee.close()]);
  });
});
