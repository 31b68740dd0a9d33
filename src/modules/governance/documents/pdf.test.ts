import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import type { DocCase, DocMeeting, DocPerson } from './model.ts';
import { norwegianDate, pdfText, renderMinutesPdf, renderNoticePdf } from './pdf.ts';

const PDFTOTEXT = '/usr/bin/pdftotext';
const dir = mkdtempSync(join(tmpdir(), 'samdrift-pdf-'));
after(() => rmSync(dir, { recursive: true, force: true }));

const person = (name: string, role: DocPerson['role'], memberName: string | null): DocPerson => ({
  name,
  role,
  memberName,
});
const fred = person('Gjørtz, Fred', 'chair', 'Molde');
const marianne = person('Aasen, Marianne Stokkereit', 'member', 'Molde');
const kristian = person('Skålhavn, Kristian', 'member', 'Aukra');
const per = person('Ersvik, Per Sverre', 'member', 'Rauma');
const gerd = person('Langøy, Gerd Marit', 'deputy', 'Vestnes');
const hege = person('Skjølberg, Hege-Beate', 'union_rep', null);
const mette = person('Kristengård, Mette Kristin', 'secretary', null);
const kirsti = person('Welander, Kirsti Johanne', 'member', 'Hustadvika');

const base = (n: string, title: string, kind: DocCase['kind']): DocCase => ({
  number: `2024/M7-${n}`,
  title,
  kind,
  owner: 'Gjørtz, Fred',
  background: '',
  proposedDecision: '',
  decision: null,
  discussion: '',
  vote: null,
  attachments: [],
  postponedTo: null,
  previousNumber: null,
  guests: [],
});

/** A council meeting modelled on the case package and minutes of 14.11.2024 (seeds 002 and 003). */
function councilMeeting(): DocMeeting {
  const cases: DocCase[] = [
    {
      ...base('001', 'Godkjenning av innkalling og saksliste', 'decision'),
      owner: 'Aasen, Marianne Stokkereit',
      proposedDecision: 'Innkalling og saksliste godkjennes',
      decision: 'Innkalling og saksliste godkjennes',
    },
    {
      ...base('002', 'Godkjenning av møtereferat', 'decision'),
      owner: 'Aasen, Marianne Stokkereit',
      proposedDecision: 'Møtereferat fra møtet 9.10.2024 godkjennes',
      decision: 'Møtereferat fra møtet 9.10.2024 godkjennes',
    },
    {
      ...base('003', 'Økonomi- og aktivitetsrapport', 'information'),
      background:
        'Saken gjelder orientering om økonomistatus og oversikt over aktiviteter for ROR-IKT siden forrige rapportering.',
      proposedDecision: 'Saken tas til orientering',
      decision: 'Saken tas til orientering',
      discussion:
        'Leder ROR-IKT trakk fram de aller viktigste momentene i rapporten:\n' +
        '• Endret tidsplan for KI i turnusplanlegging\n' +
        '• Kompetanseportalen får mange besøk – positivt etter omleggingen av menystrukturen\n' +
        '• Rakel kobles sammen med Copilot Studio for å teste ut om vi får den forventede effekten av en smartere Rakel.',
      attachments: [
        {
          fileName: '2024.11.14 - Aktivitetsrapport pr 1.11.2024.pdf',
          mediaType: 'application/pdf',
          sizeBytes: 812_345,
        },
      ],
    },
    {
      ...base('004', 'Budsjett 2025', 'information'),
      previousNumber: '2024/M6-005',
      background: 'Saken gjelder orientering om endelig budsjett for 2025.',
      proposedDecision: 'Saken tas til orientering',
      decision: 'Saken tas til orientering',
      discussion:
        'ROR-IKT sin ramme i Molde kommune sitt budsjett for 2025 er 42,539 mill. kr. Med en andel av ROR-IKT sitt ' +
        'budsjett på 48,1% blir budsjettet for ROR-IKT på 88,439 mill. kr. En reduksjon på 1,2% fra 2024.\n\n' +
        'For å oppnå dette med den bebudede økningen fra Microsoft på 5 mill. kr, er følgende tiltak identifisert:\n' +
        '1. Redusere årsverk => 4 stillinger tas bort\n' +
        '2. Avslutte SW → Junglemap, Questback\n' +
        '3. Lisenskostnader ≥ 60 % av budsjettet, lønn − 30 %',
      attachments: [
        {
          fileName: 'Presentasjon Budsjett 2025.pptx',
          mediaType: 'application/vnd.ms-powerpoint',
          sizeBytes: 2_048_000,
        },
        { fileName: 'Endelig fordeling 2025 (æøå ÆØÅ).xlsx', mediaType: 'application/vnd.ms-excel', sizeBytes: 40_960 },
      ],
    },
    {
      ...base('005', 'Prosjektskjønn', 'discussion'),
      owner: 'Alle',
      background:
        'Statsforvalteren kunngjorde fordelingen av prosjektskjønn for 2025 den 7. oktober 2024.\n\n' +
        'Leder ROR-IKT inviterer til diskusjon rundt temaet:\n' +
        '1. skal deltakerkommunene starte opp utredninger for samarbeid på lønn og regnskap?\n' +
        '2. er det en utfordring med avvikende deltakerkommuner i de to utredningene?',
      discussion:
        'Det var noe ulik oppfatning av stemningen politisk for å gå videre med dette – noen positive og noen «litt lunkne».',
      postponedTo: '2025/M1-004',
      attachments: [
        {
          fileName: '24 08875-1 Utkast til grunnavtale prosjektskjønn 2025.PDF',
          mediaType: 'application/pdf',
          sizeBytes: 120_000,
        },
      ],
    },
    {
      ...base('006', 'Møtefrekvens i samarbeidsrådet', 'decision'),
      owner: 'Gjørtz, Fred, Alle',
      background:
        'Molde kommune er vertskommune for flere administrative vertskommunesamarbeid. Fra høsten 2024 endrer Molde ' +
        'kommune på rutine for dialog og oppfølging av samarbeidsavtalene, og møtene i samarbeidsrådet må tilpasses ' +
        'denne rutinen.',
      proposedDecision: 'Samarbeidsrådet drøfter møtefrekvensen.',
      decision:
        'Møtene i mars, mai og november avlyses. Møtene starter kl. 08:15 og avsluttes kl. 12:00 og kombineres med KD ROR-møtet.',
      vote: { for: 5, against: 1, abstain: 1, note: 'Hustadvika stemte mot.' },
      discussion:
        'Kommunedirektørene etterlyste de tidligere gjennomførte faste møtene i ROR-samarbeidet og ble enige om å ' +
        'samkjøre møtene i samarbeidsrådet for ROR-IKT etterfulgt av KD-møtene for Romsdal.',
    },
    {
      ...base('007', 'Orienteringssaker', 'information'),
      owner: 'Gjørtz, Fred, Kristengård, Mette Kristin',
      background:
        'Samarbeidsrådet for ROR-IKT vil bli orientert om følgende saker:\n' +
        '• evaluering av og videre arbeid med dataplattformen\n' +
        '• arbeid med ny samstyringsstruktur\n' +
        '• kostnader i sky',
      decision: 'Sakene tas til orientering',
      guests: ['Kristengård, Mette Kristin', 'Mathisen, Elisabeth Sande'],
      discussion: `Dataplattformen\n${'Molde kommune har arbeidet med en dataplattform i skyen de siste 3-4 årene og denne evalueres nå. '.repeat(12)}`,
    },
  ];
  return {
    cooperationName: 'ROR-IKT',
    bodyName: 'Samarbeidsrådet',
    bodyKind: 'council',
    meetingNumber: '2024/M7',
    meetingId: '0b6f3c9e-3d2a-4f57-9c1e-7a2b5d4c8e10',
    date: '2024-11-14',
    startTime: '08:15',
    endTime: '11:00',
    place: 'Del (Storgata 33, 3.etg)',
    chair: fred,
    minuteTaker: mette,
    members: [fred, marianne, kristian, per, gerd, hege, mette, kirsti],
    present: [fred, marianne, kristian, per, gerd, hege, mette],
    absent: [kirsti],
    cases,
  };
}

const pageCount = (pdf: Buffer) => pdf.toString('latin1').match(/\/Type \/Page\b/g)?.length ?? 0;

/** pdftotext's text with all white space removed, so that wrapped lines still match. */
function extract(pdf: Buffer, name: string): string {
  const file = join(dir, name);
  writeFileSync(file, pdf);
  return execFileSync(PDFTOTEXT, ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, '');
}

function assertHas(text: string, needle: string) {
  const n = pdfText(needle).replace(/\s+/g, '');
  assert.ok(text.includes(n), `expected the PDF text to contain "${needle}"`);
}

test('norwegianDate writes d.m.yyyy', () => {
  assert.equal(norwegianDate('2024-11-14'), '14.11.2024');
  assert.equal(norwegianDate('2025-02-03'), '3.2.2025');
  assert.throws(() => norwegianDate('14.11.2024'), RangeError);
});

test('pdfText keeps Norwegian letters and WinAnsi punctuation, maps the rest', () => {
  assert.equal(pdfText('Økonomi – æøå ÆØÅ • «sitat» € …'), 'Økonomi – æøå ÆØÅ • «sitat» € …');
  assert.equal(pdfText('a → b ≥ c − d'), 'a -> b >= c - d');
  assert.equal(pdfText('Łódź\u0007 ✓ 漢 Đ'), 'Lódz x ? D');
  assert.equal(pdfText('a\tb\r\nc'), 'a    b\nc');
  // decomposed å (a + combining ring) is composed first
  assert.equal(pdfText('a\u030A'), 'å');
});

test('the notice and the minutes are PDFs with several pages, the same bytes every time', async (t) => {
  const m = councilMeeting();
  for (const [name, render] of [
    ['notice', renderNoticePdf],
    ['minutes', renderMinutesPdf],
  ] as const) {
    const started = performance.now();
    const pdf = await render(m);
    t.diagnostic(
      `${name}: ${(performance.now() - started).toFixed(0)} ms, ${pdf.length} bytes, ${pageCount(pdf)} pages`,
    );
    assert.equal(pdf.subarray(0, 5).toString('latin1'), '%PDF-');
    assert.match(pdf.subarray(-8).toString('latin1'), /%%EOF\s*$/);
    assert.ok(pageCount(pdf) >= 2, `${name} has ${pageCount(pdf)} pages`);
    // metadata from the meeting, never the clock: 08:15 in Oslo on 14.11.2024 is 07:15Z
    assert.ok(pdf.includes('D:20241114071500Z'), 'creation date from the meeting');
    assert.ok((await render(m)).equals(pdf), `${name} is deterministic`);
  }
});

test('the minutes hold every case number, decision and header field (pdftotext)', async (t) => {
  if (!existsSync(PDFTOTEXT)) return t.skip('pdftotext is not installed');
  const m = councilMeeting();
  const text = extract(await renderMinutesPdf(m), 'minutes.pdf');
  for (const s of ['Møtereferat', 'Samarbeidsrådet for ROR-IKT', 'Dato', '14.11.2024', 'Tid', '08:15 - 11:00'])
    assertHas(text, s);
  for (const s of ['Sted', m.place, 'Til stede', 'Forfall', 'Referent', 'Kristengård, Mette Kristin', 'Agenda'])
    assertHas(text, s);
  for (const p of m.present) assertHas(text, p.name);
  assertHas(text, 'Welander, Kirsti Johanne');
  for (const c of m.cases) {
    assertHas(text, `${c.number} - ${c.title}`);
    if (c.decision) assertHas(text, `Vedtak: ${c.decision}`);
  }
  assertHas(text, 'Stemmer: for 5, mot 1, avholdende 1');
  assertHas(text, 'Hustadvika stemte mot.');
  assertHas(text, 'Utsatt til sak 2025/M1-004');
  assertHas(text, 'Videreført fra sak 2024/M6-005');
  assertHas(text, 'Deltok: Kristengård, Mette Kristin; Mathisen, Elisabeth Sande');
  assertHas(text, '• Kompetanseportalen får mange besøk – positivt etter omleggingen av menystrukturen');
  assertHas(text, 'Redusere årsverk => 4 stillinger tas bort');
  assertHas(text, '2. Avslutte SW -> Junglemap, Questback');
  assertHas(text, 'Lisenskostnader >= 60 % av budsjettet, lønn - 30 %');
  assertHas(text, 'noen «litt lunkne»');
  assertHas(text, 'Samarbeidsrådet for ROR-IKT - 14.11.2024');
  assertHas(text, 'Side 1 av');
});

test('the notice holds the recipients, the agenda and every case in full (pdftotext)', async (t) => {
  if (!existsSync(PDFTOTEXT)) return t.skip('pdftotext is not installed');
  const m = councilMeeting();
  const text = extract(await renderNoticePdf(m), 'notice.pdf');
  for (const s of ['Innkalling og saksliste', 'Møte', '2024/M7', 'Dato', '14.11.2024', '08:15 - 11:00', m.place])
    assertHas(text, s);
  assertHas(text, 'Mottakere');
  assertHas(text, 'Gjørtz, Fred (leder, Molde)');
  assertHas(text, 'Langøy, Gerd Marit (vara, Vestnes)');
  assertHas(text, 'Skjølberg, Hege-Beate (tillitsvalgt)');
  assertHas(text, 'Kristengård, Mette Kristin (sekretær)');
  assertHas(text, 'Welander, Kirsti Johanne (medlem, Hustadvika)');
  assertHas(text, 'Saksliste');
  for (const c of m.cases) {
    assertHas(text, c.number);
    assertHas(text, `${c.number} - ${c.title}`);
    assertHas(text, c.owner);
    for (const a of c.attachments) assertHas(text, a.fileName);
    if (c.proposedDecision) assertHas(text, `Forslag til vedtak${c.proposedDecision}`);
  }
  for (const kind of ['Vedtak', 'Orientering', 'Diskusjon']) assertHas(text, kind);
  assertHas(text, 'Saksansvarlig');
  assertHas(text, 'Vedlegg');
  assertHas(text, 'Videreført fra sak 2024/M6-005');
  assertHas(text, 'Samarbeidsrådet for ROR-IKT - 14.11.2024');
  assertHas(text, 'Side 1 av');
});

test('a meeting without cases, people or places still renders', async () => {
  const m: DocMeeting = {
    ...councilMeeting(),
    chair: null,
    minuteTaker: null,
    members: [],
    present: [],
    absent: [],
    place: '',
    cases: [],
  };
  for (const pdf of [await renderNoticePdf(m), await renderMinutesPdf(m)]) {
    assert.equal(pdf.subarray(0, 5).toString('latin1'), '%PDF-');
    assert.equal(pageCount(pdf), 1);
  }
});
