// The archive metadata of one meeting (noark5-metadata.xml in the archive export): the meeting as a
// Noark 5 møtemappe with a møteregistrering per case and per meeting document, and a
// dokumentbeskrivelse/dokumentobjekt per file, so that the municipality's records manager can file
// the export in its Noark 5 archive.
//
// What we followed (Arkivverket's Noark 5 standard):
// - element names and value lists: the metadata catalogue, "Vedlegg 2 – Metadata gruppert på
//   objekter" (moetemappe M008 moetenummer, M370 utvalg, M102 moetedato, M371 moetested;
//   moetedeltaker M372 moetedeltakerNavn, M373 moetedeltakerFunksjon ("Møteleder", "Referent");
//   registrering M004 registreringsID, M020 tittel, M021 beskrivelse; moeteregistrering
//   M085 moeteregistreringstype ("Møteinnkallelse", "Saksframlegg", …), M088 moetesakstype,
//   M307 saksbehandler, M223/M224 referanseTil/FraMoeteregistrering; merknad M310/M084/M611/M612;
//   dokumentbeskrivelse M083 dokumenttype, M054 dokumentstatus, M217 tilknyttetRegistreringSom
//   ("Hoveddokument", "Vedlegg"), M007 dokumentnummer; dokumentobjekt M005 versjonsnummer,
//   M700 variantformat, M701 format, M218 referanseDokumentfil, M705 sjekksum,
//   M706 sjekksumAlgoritme ("SHA256"), M707 filstoerrelse, M716 mimeType). `filnavn` is the
//   dokumentobjekt field of the Noark 5 tjenestegrensesnitt (it has no M number).
// - nesting, namespace and order: arkivstruktur.xsd (namespace
//   http://www.arkivverket.no/standarder/noark5/arkivstruktur, elementFormDefault qualified,
//   specialisations as xsi:type="moetemappe" / "moeteregistrering"; a specialisation's own elements
//   follow the base type's, which end with the child arkivenheter).
// NOTE: this is an import file, not a complete arkivuttrekk: the root is the mappe (not arkiv/arkivdel)
// and the fields the receiving archive sets (opprettetDato/-Av, arkivertDato/-Av, tilknyttetDato/-Av)
// are left out, so it does not validate against arkivstruktur.xsd as it stands.
// What Noark has no field for (votes, postponements, guests, absentees, the proposed decision) is in
// virksomhetsspesifikkeMetadata, in our own namespace.

import { createHash } from 'node:crypto';
import { osloIso } from './ics.ts';
import type { ArchiveFile, BodyRole, CaseKind, DocCase, DocMeeting, DocPerson } from './model.ts';

const NS_ARKIVSTRUKTUR = 'http://www.arkivverket.no/standarder/noark5/arkivstruktur';
const NS_XSI = 'http://www.w3.org/2001/XMLSchema-instance';
const NS_SAMDRIFT = 'urn:x-samdrift:noark5-moete:1';
/** Namespace of the name-based (version 5) UUIDs we derive systemIDs from; never change it. */
const SYSTEM_ID_NAMESPACE = '3f0c5d52-8b1e-4c8e-9a57-6f1f2f7b9d10';

/** Noark 5 M088 moetesakstype. Its list is only a suggestion ("Politisk sak", "Referatsak", …): we use
 * the terms of the cooperation's own case documents. */
const CASE_TYPE: Record<CaseKind, string> = {
  decision: 'Vedtakssak',
  information: 'Orienteringssak',
  discussion: 'Drøftingssak',
};

/** M373 moetedeltakerFunksjon for the body roles. */
const ROLE_FUNCTION: Record<BodyRole, string> = {
  chair: 'Leder',
  member: 'Medlem',
  deputy: 'Varamedlem',
  secretary: 'Sekretær',
  union_rep: 'Tillitsvalgt',
};

const DOCUMENT_TYPE: Record<ArchiveFile['documentType'], string> = {
  innkalling: 'Møteinnkalling',
  moetereferat: 'Møtereferat',
  vedlegg: 'Vedlegg',
};

// ---- a tiny XML writer ----------------------------------------------------------------------------

interface El {
  name: string;
  attrs?: [string, string][];
  text?: string;
  children?: (El | null)[];
}

/** Characters XML 1.0 does not allow at all (controls other than tab/LF/CR, lone surrogates, FFFE/FFFF). */
const NOT_XML_CHAR = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;
const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

/** Text or attribute value as XML: escaped, without characters XML cannot carry, line ends as LF. */
export function xmlEscape(s: string): string {
  return s
    .replace(NOT_XML_CHAR, '')
    .replace(/\r\n?/g, '\n')
    .replace(/[&<>"']/g, (c) => ENTITIES[c]!);
}

/** An element with text, or null (left out) when the value is missing or blank. */
function leaf(name: string, value: string | number | null | undefined): El | null {
  if (value === null || value === undefined) return null;
  const text = String(value);
  return text.trim() === '' ? null : { name, text };
}

function serialize(el: El, indent: string, out: string[]): void {
  const attrs = (el.attrs ?? []).map(([k, v]) => ` ${k}="${xmlEscape(v)}"`).join('');
  const children = (el.children ?? []).filter((c): c is El => c !== null);
  if (children.length === 0 && el.text === undefined) {
    out.push(`${indent}<${el.name}${attrs}/>`);
  } else if (children.length === 0) {
    out.push(`${indent}<${el.name}${attrs}>${xmlEscape(el.text ?? '')}</${el.name}>`);
  } else {
    out.push(`${indent}<${el.name}${attrs}>`);
    for (const c of children) serialize(c, `${indent}  `, out);
    out.push(`${indent}</${el.name}>`);
  }
}

// ---- identifiers ----------------------------------------------------------------------------------

const UUID_RE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** RFC 9562 name-based UUID (version 5, SHA-1): the same name always gives the same systemID. */
function uuidV5(name: string): string {
  const ns = Buffer.from(SYSTEM_ID_NAMESPACE.replaceAll('-', ''), 'hex');
  const hash = createHash('sha1').update(ns).update(name, 'utf8').digest();
  hash[6] = (hash[6]! & 0x0f) | 0x50;
  hash[8] = (hash[8]! & 0x3f) | 0x80;
  const h = hash.subarray(0, 16).toString('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

/**
 * The systemID of a case's møteregistrering. Derived from the body and the case number (not from
 * the meeting), so that the meeting a case is postponed to can be referred to before it is exported.
 */
function caseSystemId(m: DocMeeting, caseNumber: string): string {
  return uuidV5(`moetesak\n${m.cooperationName}\n${m.bodyName}\n${caseNumber}`);
}

// ---- the mapping ----------------------------------------------------------------------------------

const samdrift = (name: string, value: string | number | null | undefined) => leaf(`samdrift:${name}`, value);

function participants(m: DocMeeting): El[] {
  const out: El[] = [];
  const named = new Set<string>();
  const add = (p: DocPerson, fn: string | null) => {
    named.add(p.name);
    out.push({
      name: 'moetedeltaker',
      children: [leaf('moetedeltakerNavn', p.name), leaf('moetedeltakerFunksjon', fn)],
    });
  };
  for (const p of m.present) {
    if (m.minuteTaker?.name === p.name) add(p, 'Referent');
    else if (m.chair?.name === p.name) add(p, 'Møteleder');
    else add(p, p.role ? ROLE_FUNCTION[p.role] : null);
  }
  if (m.chair && !named.has(m.chair.name)) add(m.chair, 'Møteleder');
  if (m.minuteTaker && !named.has(m.minuteTaker.name)) add(m.minuteTaker, 'Referent');
  return out;
}

function documentDescriptions(files: ArchiveFile[], mappeId: string): El[] {
  return files.map((f, i) => {
    if (!/^[0-9a-f]{64}$/i.test(f.sha256)) throw new TypeError(`${f.fileName}: "${f.sha256}" is not a SHA-256 in hex.`);
    if (!Number.isSafeInteger(f.sizeBytes) || f.sizeBytes < 0)
      throw new TypeError(`${f.fileName}: ${f.sizeBytes} is not a file size in bytes.`);
    const extension = /\.([A-Za-z0-9]{1,8})$/.exec(f.fileName)?.[1];
    const main = f.documentType !== 'vedlegg' && i === files.findIndex((g) => g.documentType !== 'vedlegg');
    return {
      name: 'dokumentbeskrivelse',
      children: [
        leaf('systemID', uuidV5(`dokument\n${mappeId}\n${f.fileName}`)),
        leaf('dokumenttype', DOCUMENT_TYPE[f.documentType]),
        leaf('dokumentstatus', 'Dokumentet er ferdigstilt'),
        leaf('tittel', f.title),
        leaf('tilknyttetRegistreringSom', main ? 'Hoveddokument' : 'Vedlegg'),
        leaf('dokumentnummer', i + 1),
        {
          name: 'dokumentobjekt',
          children: [
            leaf('versjonsnummer', 1),
            // not PDF/A, so not "Arkivformat": the archive converts on receipt
            leaf('variantformat', 'Produksjonsformat'),
            leaf('format', extension ? extension.toUpperCase() : f.mediaType),
            leaf('referanseDokumentfil', f.fileName),
            leaf('sjekksum', f.sha256.toLowerCase()),
            leaf('sjekksumAlgoritme', 'SHA256'),
            leaf('filstoerrelse', f.sizeBytes),
            leaf('filnavn', f.fileName),
            leaf('mimeType', f.mediaType),
          ],
        },
      ],
    };
  });
}

function note(type: string, text: string | null, m: DocMeeting, at: string): El | null {
  if (text === null || text.trim() === '') return null;
  return {
    name: 'merknad',
    children: [
      leaf('merknadstekst', text),
      leaf('merknadstype', type),
      leaf('merknadsdato', at),
      leaf('merknadRegistrertAv', m.minuteTaker?.name ?? m.chair?.name ?? m.bodyName),
    ],
  };
}

function voteText(c: DocCase): string | null {
  if (!c.vote) return null;
  const v = c.vote;
  const counts = `For ${v.for}, mot ${v.against}, avholdende ${v.abstain}.`;
  return v.note.trim() === '' ? counts : `${counts} ${v.note.trim()}`;
}

function caseRegistration(m: DocMeeting, c: DocCase, files: ArchiveFile[], mappeId: string, at: string): El {
  const vote = c.vote
    ? {
        name: 'samdrift:stemmer',
        attrs: [
          ['for', String(c.vote.for)],
          ['mot', String(c.vote.against)],
          ['avholdende', String(c.vote.abstain)],
        ] as [string, string][],
        text: c.vote.note.trim() === '' ? undefined : c.vote.note,
      }
    : null;
  return {
    name: 'registrering',
    attrs: [['xsi:type', 'moeteregistrering']],
    children: [
      leaf('systemID', caseSystemId(m, c.number)),
      ...documentDescriptions(files, mappeId),
      leaf('registreringsID', c.number),
      leaf('tittel', c.title),
      leaf('beskrivelse', c.background),
      {
        name: 'virksomhetsspesifikkeMetadata',
        children: [
          samdrift('saksnummer', c.number),
          samdrift('saksansvarlig', c.owner),
          samdrift('forslagTilVedtak', c.proposedDecision),
          samdrift('vedtak', c.decision),
          vote,
          samdrift('utsattTilSak', c.postponedTo),
          samdrift('videreFoertFraSak', c.previousNumber),
          ...c.guests.map((g) => samdrift('deltok', g)),
        ],
      },
      note('Vedtak', c.decision, m, at),
      note('Votering', voteText(c), m, at),
      note('Referat', c.discussion, m, at),
      c.postponedTo ? note('Utsatt', `Utsatt til sak ${c.postponedTo}`, m, at) : null,
      leaf('moeteregistreringstype', 'Saksframlegg'),
      leaf('moetesakstype', CASE_TYPE[c.kind]),
      leaf('saksbehandler', c.owner),
      c.postponedTo ? leaf('referanseTilMoeteregistrering', caseSystemId(m, c.postponedTo)) : null,
      c.previousNumber ? leaf('referanseFraMoeteregistrering', caseSystemId(m, c.previousNumber)) : null,
    ],
  };
}

function meetingDocumentRegistration(
  key: string,
  type: string,
  title: string,
  files: ArchiveFile[],
  mappeId: string,
): El | null {
  if (files.length === 0) return null;
  return {
    name: 'registrering',
    attrs: [['xsi:type', 'moeteregistrering']],
    children: [
      leaf('systemID', uuidV5(`moetedokument\n${mappeId}\n${key}`)),
      ...documentDescriptions(files, mappeId),
      leaf('tittel', files[0]?.title || title),
      leaf('moeteregistreringstype', type),
    ],
  };
}

/**
 * The Noark 5 metadata of one meeting and its exported files, as UTF-8 XML (see the notes at the top
 * of this file for the standard's names we use). The same meeting and files always give the same
 * bytes: systemIDs are name-based UUIDs, dates come from the meeting. Every file with a case number
 * must belong to a case of the meeting.
 */
export function noarkMeetingXml(m: DocMeeting, files: ArchiveFile[]): string {
  const mappeId = UUID_RE.test(m.meetingId) ? m.meetingId.toLowerCase() : uuidV5(`moete\n${m.meetingId}`);
  const at = osloIso(m.date, m.startTime);

  const caseNumbers = new Set(m.cases.map((c) => c.number));
  for (const f of files)
    if (f.caseNumber !== null && !caseNumbers.has(f.caseNumber))
      throw new RangeError(
        `${f.fileName} belongs to case ${f.caseNumber}, which is not on meeting ${m.meetingNumber}.`,
      );
  const meetingFiles = (type: ArchiveFile['documentType']) =>
    files.filter((f) => f.caseNumber === null && f.documentType === type);

  const mappe: El = {
    name: 'mappe',
    attrs: [
      ['xmlns', NS_ARKIVSTRUKTUR],
      ['xmlns:xsi', NS_XSI],
      ['xmlns:samdrift', NS_SAMDRIFT],
      ['xsi:type', 'moetemappe'],
    ],
    children: [
      leaf('systemID', mappeId),
      leaf('mappeID', m.meetingNumber),
      leaf('tittel', `${m.bodyName} for ${m.cooperationName}, møte ${m.meetingNumber}`),
      {
        name: 'virksomhetsspesifikkeMetadata',
        children: [
          samdrift('samarbeid', m.cooperationName),
          samdrift('moeteId', m.meetingId),
          samdrift('tid', `${m.startTime}-${m.endTime}`),
          ...m.absent.map((p) => samdrift('forfall', p.name)),
        ],
      },
      meetingDocumentRegistration(
        'innkalling',
        'Møteinnkallelse',
        'Innkalling og saksliste',
        meetingFiles('innkalling'),
        mappeId,
      ),
      meetingDocumentRegistration('moetereferat', 'Møtereferat', 'Møtereferat', meetingFiles('moetereferat'), mappeId),
      meetingDocumentRegistration(
        'vedlegg',
        'Vedlegg til møtet',
        'Vedlegg til møtet',
        meetingFiles('vedlegg'),
        mappeId,
      ),
      ...m.cases.map((c) =>
        caseRegistration(
          m,
          c,
          files.filter((f) => f.caseNumber === c.number),
          mappeId,
          at,
        ),
      ),
      leaf('moetenummer', m.meetingNumber),
      leaf('utvalg', m.bodyName),
      leaf('moetedato', at),
      leaf('moetested', m.place),
      ...participants(m),
    ],
  };

  const out = ['<?xml version="1.0" encoding="UTF-8"?>'];
  serialize(mappe, '', out);
  return `${out.join('\n')}\n`;
}
