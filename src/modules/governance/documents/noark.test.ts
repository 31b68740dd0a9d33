import assert from 'node:assert/strict';
import { test } from 'node:test';
// NOTE: saxes (a strict, namespace-aware XML parser) comes with exceljs; we use it only to check that
// the output is well-formed XML and reads back as what we wrote.
import { SaxesParser } from 'saxes';
import type { ArchiveFile, DocCase, DocMeeting } from './model.ts';
import { noarkMeetingXml, xmlEscape } from './noark.ts';

const ARKIVSTRUKTUR = 'http://www.arkivverket.no/standarder/noark5/arkivstruktur';
const XSI = 'http://www.w3.org/2001/XMLSchema-instance';

interface XmlNode {
  name: string;
  uri: string;
  attrs: Record<string, string>;
  children: XmlNode[];
  text: string;
}

/** Parses with a strict XML parser (it throws on anything not well-formed) into a small tree. */
function parse(xml: string): XmlNode {
  const parser = new SaxesParser({ xmlns: true });
  const stack: XmlNode[] = [];
  let root: XmlNode | undefined;
  parser.on('opentag', (tag) => {
    const attrs: Record<string, string> = {};
    for (const a of Object.values(tag.attributes)) attrs[a.name] = a.value;
    const node: XmlNode = { name: tag.local, uri: tag.uri, attrs, children: [], text: '' };
    stack.at(-1)?.children.push(node);
    stack.push(node);
    root ??= node;
  });
  parser.on('text', (t) => {
    const top = stack.at(-1);
    if (top) top.text += t;
  });
  parser.on('closetag', () => void stack.pop());
  parser.write(xml).close();
  assert.ok(root);
  return root;
}

const kids = (n: XmlNode, name: string) => n.children.filter((c) => c.name === name);
const kid = (n: XmlNode, name: string) => {
  const found = kids(n, name);
  assert.equal(found.length, 1, `${n.name} has one ${name}`);
  return found[0]!;
};
const textOf = (n: XmlNode, name: string) => kid(n, name).text;

const TRICKY = `Budsjett <2025> & "rammer" – 'Øst'\u0001`;

const decisionCase = (over: Partial<DocCase>): DocCase => ({
  number: '2024/M3-001',
  title: 'Godkjenning av innkalling og saksliste',
  kind: 'decision',
  owner: 'Aasen, Marianne Stokkereit',
  background: '',
  proposedDecision: 'Innkalling og saksliste godkjennes',
  decision: 'Innkalling og saksliste godkjennes',
  discussion: '',
  vote: null,
  attachments: [],
  postponedTo: null,
  previousNumber: null,
  guests: [],
  ...over,
});

function meeting(): DocMeeting {
  const fred = { name: 'Gjørtz, Fred', role: 'chair' as const, memberName: 'Molde' };
  const mette = { name: 'Kristengård, Mette Kristin', role: 'secretary' as const, memberName: null };
  const per = { name: 'Ersvik, Per Sverre', role: 'member' as const, memberName: 'Rauma' };
  const gerd = { name: 'Langøy, Gerd Marit', role: 'deputy' as const, memberName: 'Vestnes' };
  return {
    cooperationName: 'ROR-IKT',
    bodyName: 'Samarbeidsrådet',
    bodyKind: 'council',
    meetingNumber: '2024/M3',
    meetingId: 'c2f1a0de-51a4-4d7e-8a43-0f3a7b1e9d22',
    date: '2024-06-12',
    startTime: '08:15',
    endTime: '12:00',
    place: 'Rådhuset, møterom "Øst" & Vest',
    chair: fred,
    minuteTaker: mette,
    members: [fred, per, gerd, mette],
    present: [fred, per, mette],
    absent: [gerd],
    cases: [
      decisionCase({}),
      decisionCase({
        number: '2024/M3-002',
        title: TRICKY,
        kind: 'information',
        owner: 'Gjørtz, Fred',
        background: 'Linje 1\r\nLinje 2',
        decision: 'Saken tas til orientering <ok>',
        discussion: 'Diskusjon med æøå.',
        vote: { for: 5, against: 1, abstain: 0, note: 'Rauma mot' },
        guests: ['Mathisen, Elisabeth Sande'],
        attachments: [{ fileName: 'rapport.pdf', mediaType: 'application/pdf', sizeBytes: 1234 }],
      }),
      decisionCase({
        number: '2024/M3-003',
        title: 'Prosjektskjønn',
        kind: 'discussion',
        owner: 'Alle',
        decision: null,
        proposedDecision: '',
        postponedTo: '2024/M4-002',
        previousNumber: '2024/M2-006',
      }),
    ],
  };
}

const SHA = 'AB'.repeat(32);
const files: ArchiveFile[] = [
  {
    fileName: '2024-M3-innkalling.pdf',
    mediaType: 'application/pdf',
    caseNumber: null,
    documentType: 'innkalling',
    title: 'Innkalling og saksliste',
    sha256: SHA,
    sizeBytes: 9611,
  },
  {
    fileName: '2024-M3-moetereferat.pdf',
    mediaType: 'application/pdf',
    caseNumber: null,
    documentType: 'moetereferat',
    title: 'Møtereferat',
    sha256: SHA,
    sizeBytes: 10522,
  },
  {
    fileName: 'vedlegg/2024-M3-002/rapport & <tabeller>.pdf',
    mediaType: 'application/pdf',
    caseNumber: '2024/M3-002',
    documentType: 'vedlegg',
    title: 'Rapport & tabeller',
    sha256: SHA,
    sizeBytes: 1234,
  },
];

test('xmlEscape escapes markup and drops characters XML cannot carry', () => {
  assert.equal(xmlEscape(`<a href="x">&'</a>`), '&lt;a href=&quot;x&quot;&gt;&amp;&apos;&lt;/a&gt;');
  assert.equal(xmlEscape('a\u0000b\u0007c\uFFFEd\uD800e\r\nf'), 'abcde\nf');
  assert.equal(xmlEscape('😀 æøå'), '😀 æøå');
});

test('the meeting is a well-formed Noark 5 moetemappe that reads back as written', () => {
  const m = meeting();
  const xml = noarkMeetingXml(m, files);
  assert.ok(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n'));
  const root = parse(xml);

  assert.equal(root.name, 'mappe');
  assert.equal(root.uri, ARKIVSTRUKTUR);
  assert.equal(root.attrs['xsi:type'], 'moetemappe');
  assert.equal(root.attrs['xmlns:xsi'], XSI);
  assert.equal(textOf(root, 'systemID'), m.meetingId);
  assert.equal(textOf(root, 'moetenummer'), '2024/M3');
  assert.equal(textOf(root, 'utvalg'), 'Samarbeidsrådet');
  // summer time: 08:15 in Oslo on 12 June is +02:00
  assert.equal(textOf(root, 'moetedato'), '2024-06-12T08:15:00+02:00');
  assert.equal(textOf(root, 'moetested'), m.place);

  const participants = kids(root, 'moetedeltaker').map((d) => [
    textOf(d, 'moetedeltakerNavn'),
    kids(d, 'moetedeltakerFunksjon')[0]?.text,
  ]);
  assert.deepEqual(participants, [
    ['Gjørtz, Fred', 'Møteleder'],
    ['Ersvik, Per Sverre', 'Medlem'],
    ['Kristengård, Mette Kristin', 'Referent'],
  ]);
  assert.equal(root.children.at(-1)?.name, 'moetedeltaker', 'the moetemappe fields come after the registreringer');

  const regs = kids(root, 'registrering');
  assert.ok(regs.every((r) => r.attrs['xsi:type'] === 'moeteregistrering'));
  const byType = (t: string) => regs.filter((r) => textOf(r, 'moeteregistreringstype') === t);
  assert.equal(byType('Møteinnkallelse').length, 1);
  assert.equal(byType('Møtereferat').length, 1);
  const cases = byType('Saksframlegg');
  assert.deepEqual(
    cases.map((r) => [textOf(r, 'registreringsID'), textOf(r, 'moetesakstype'), textOf(r, 'saksbehandler')]),
    [
      ['2024/M3-001', 'Vedtakssak', 'Aasen, Marianne Stokkereit'],
      ['2024/M3-002', 'Orienteringssak', 'Gjørtz, Fred'],
      ['2024/M3-003', 'Drøftingssak', 'Alle'],
    ],
  );

  // escaping round trip: <&>"' come back as they were; U+0001 cannot be carried and is dropped
  const tricky = cases[1]!;
  assert.equal(textOf(tricky, 'tittel'), TRICKY.replace('\u0001', ''));
  assert.equal(textOf(tricky, 'beskrivelse'), 'Linje 1\nLinje 2');
  const notes = kids(tricky, 'merknad').map((n) => [textOf(n, 'merknadstype'), textOf(n, 'merknadstekst')]);
  assert.deepEqual(notes, [
    ['Vedtak', 'Saken tas til orientering <ok>'],
    ['Votering', 'For 5, mot 1, avholdende 0. Rauma mot'],
    ['Referat', 'Diskusjon med æøå.'],
  ]);
  for (const n of kids(tricky, 'merknad')) {
    assert.equal(textOf(n, 'merknadRegistrertAv'), 'Kristengård, Mette Kristin');
    assert.equal(textOf(n, 'merknadsdato'), '2024-06-12T08:15:00+02:00');
  }
  const own = kid(tricky, 'virksomhetsspesifikkeMetadata');
  assert.deepEqual(kid(own, 'stemmer').attrs, { for: '5', mot: '1', avholdende: '0' });
  assert.equal(kid(own, 'deltok').text, 'Mathisen, Elisabeth Sande');

  // the attachment as dokumentbeskrivelse/dokumentobjekt
  const doc = kid(tricky, 'dokumentbeskrivelse');
  assert.equal(textOf(doc, 'tittel'), 'Rapport & tabeller');
  assert.equal(textOf(doc, 'tilknyttetRegistreringSom'), 'Vedlegg');
  assert.equal(textOf(doc, 'dokumentnummer'), '1');
  const obj = kid(doc, 'dokumentobjekt');
  assert.equal(textOf(obj, 'referanseDokumentfil'), 'vedlegg/2024-M3-002/rapport & <tabeller>.pdf');
  assert.equal(textOf(obj, 'filnavn'), 'vedlegg/2024-M3-002/rapport & <tabeller>.pdf');
  assert.equal(textOf(obj, 'format'), 'PDF');
  assert.equal(textOf(obj, 'mimeType'), 'application/pdf');
  assert.equal(textOf(obj, 'sjekksum'), SHA.toLowerCase());
  assert.equal(textOf(obj, 'sjekksumAlgoritme'), 'SHA256');
  assert.equal(textOf(obj, 'filstoerrelse'), '1234');
  const main = kid(byType('Møteinnkallelse')[0]!, 'dokumentbeskrivelse');
  assert.equal(textOf(main, 'tilknyttetRegistreringSom'), 'Hoveddokument');
  assert.equal(textOf(main, 'dokumenttype'), 'Møteinnkalling');

  // a postponed case without a decision: no Vedtak note, references to the next and previous case
  const postponed = cases[2]!;
  assert.deepEqual(
    kids(postponed, 'merknad').map((n) => textOf(n, 'merknadstekst')),
    ['Utsatt til sak 2024/M4-002'],
  );
  assert.match(textOf(postponed, 'referanseTilMoeteregistrering'), /^[0-9a-f-]{36}$/);
  assert.match(textOf(postponed, 'referanseFraMoeteregistrering'), /^[0-9a-f-]{36}$/);
  assert.equal(kid(kid(postponed, 'virksomhetsspesifikkeMetadata'), 'utsattTilSak').text, '2024/M4-002');

  // systemIDs are unique
  const ids = [root, ...regs, ...regs.flatMap((r) => kids(r, 'dokumentbeskrivelse'))].map((n) => textOf(n, 'systemID'));
  assert.equal(new Set(ids).size, ids.length);
});

test('the XML is the same for the same meeting, and a case keeps its systemID across meetings', () => {
  const m = meeting();
  assert.equal(noarkMeetingXml(m, files), noarkMeetingXml(meeting(), files));

  // the meeting the case was postponed to refers back to the same systemID
  const next: DocMeeting = {
    ...m,
    meetingNumber: '2024/M4',
    meetingId: 'another-id',
    date: '2024-09-18',
    cases: [decisionCase({ number: '2024/M4-002', title: 'Prosjektskjønn', previousNumber: '2024/M3-003' })],
  };
  const first = kids(parse(noarkMeetingXml(m, [])), 'registrering').find(
    (r) => kids(r, 'registreringsID')[0]?.text === '2024/M3-003',
  )!;
  const second = kids(parse(noarkMeetingXml(next, [])), 'registrering')[0]!;
  assert.equal(textOf(first, 'referanseTilMoeteregistrering'), textOf(second, 'systemID'));
  assert.equal(textOf(second, 'referanseFraMoeteregistrering'), textOf(first, 'systemID'));
  // a meeting id that is not a UUID gets a name-based UUID as systemID
  assert.match(textOf(parse(noarkMeetingXml(next, [])), 'systemID'), /^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab]/);
});

test('files must belong to a case of the meeting and carry a SHA-256', () => {
  const m = meeting();
  const stray = { ...files[2]!, caseNumber: '2024/M9-001' };
  assert.throws(() => noarkMeetingXml(m, [stray]), /2024\/M9-001/);
  assert.throws(() => noarkMeetingXml(m, [{ ...files[0]!, sha256: 'abc' }]), /SHA-256/);
});
