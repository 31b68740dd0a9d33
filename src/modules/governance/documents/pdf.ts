// The notice with agenda ("Innkalling og saksliste") and the minutes ("Møtereferat") of a meeting as
// PDF, laid out like the cooperation's own documents: the case package of a council meeting (each
// case with number, title, saksansvarlig, background, kind, proposed decision and attachments) and
// its minutes (a header block, then per case the decision, the vote and the discussion).
//
// NOTE: pdfmake renders with the 14 standard PDF fonts (Helvetica), so no font files are read. Their
// text is encoded as WinAnsi (Windows-1252): æøå, «», – — • € … are in it, but →, ≥, − (minus) and
// most other symbols are not, and pdfkit would write them as garbage. pdfText() maps those to ASCII
// look-alikes first, so that everything in the PDF can be read and copied (pdftotext finds it).

import pdfmake from 'pdfmake';
import type { Content, TableCell, TCreatedPdf, TDocumentDefinitions, TFontDictionary } from 'pdfmake/interfaces.js';
import { osloInstant } from './ics.ts';
import type { BodyRole, CaseKind, DocCase, DocMeeting, DocPerson } from './model.ts';

// ---- the printer ----------------------------------------------------------------------------------

const FONT = 'Helvetica';
const FONTS: TFontDictionary = {
  [FONT]: {
    normal: 'Helvetica',
    bold: 'Helvetica-Bold',
    italics: 'Helvetica-Oblique',
    bolditalics: 'Helvetica-BoldOblique',
  },
};
const STANDARD_FONT_NAMES = new Set(['Helvetica', 'Helvetica-Bold', 'Helvetica-Oblique', 'Helvetica-BoldOblique']);

/** What we use of pdfmake 0.3's server API (the module's default export is an instance of it). */
interface PdfMakeServer {
  setFonts(fonts: TFontDictionary): void;
  setUrlAccessPolicy(allow: (url: string) => boolean): void;
  setLocalAccessPolicy(allow: (path: string) => boolean): void;
  createPdf(doc: TDocumentDefinitions): TCreatedPdf;
}

let printer: PdfMakeServer | undefined;

/**
 * Our own pdfmake instance: the module's default export is one shared, mutable instance (fonts and
 * access policies are set on it), so another part of the app configuring it would change our output
 * and the other way round. Its class is the prototype's constructor. Nothing may be fetched (URL policy
 * refuses everything) and the only "local files" pdfmake may open are the standard font names.
 */
function pdfPrinter(): PdfMakeServer {
  if (!printer) {
    const Server = Object.getPrototypeOf(pdfmake).constructor as new () => PdfMakeServer;
    const p = new Server();
    p.setFonts(FONTS);
    p.setUrlAccessPolicy(() => false);
    p.setLocalAccessPolicy((path) => STANDARD_FONT_NAMES.has(path));
    printer = p;
  }
  return printer;
}

// ---- text -----------------------------------------------------------------------------------------

/** Characters above U+00FF that WinAnsi has (pdfkit's WIN_ANSI_MAP). */
const WIN_ANSI_EXTRA = new Set(
  '\u0152\u0153\u0160\u0161\u0178\u017D\u017E\u0192\u02C6\u02DC\u2013\u2014\u2018\u2019\u201A\u201C\u201D\u201E\u2020\u2021\u2022\u2026\u2030\u2039\u203A\u20AC\u2122',
);

/** Look-alikes for common characters WinAnsi lacks. */
const REPLACEMENTS: Record<string, string> = {
  '\u00AD': '', // soft hyphen
  '\u200B': '',
  '\u200C': '',
  '\u200D': '',
  '\u2060': '',
  '\uFEFF': '',
  '\u2002': ' ',
  '\u2003': ' ',
  '\u2007': ' ',
  '\u2009': ' ',
  '\u200A': ' ',
  '\u202F': '\u00A0', // narrow no-break space (Intl's thousands separator in nb)
  '\u2010': '-',
  '\u2011': '-',
  '\u2012': '\u2013',
  '\u2015': '\u2014',
  '\u2212': '-',
  '\u2032': "'",
  '\u2033': '"',
  '\u2190': '<-',
  '\u2192': '->',
  '\u2194': '<->',
  '\u21D2': '=>',
  '\u2248': '~',
  '\u2260': '!=',
  '\u2264': '<=',
  '\u2265': '>=',
  '\u2023': '\u2022',
  '\u2043': '-',
  '\u25AA': '\u2022',
  '\u25CF': '\u2022',
  '\u25E6': '\u2022',
  '\u2713': 'x',
  '\u2714': 'x',
  // letters without a decomposition (Sami Đ Ŋ Ŧ among them): the plain letter beats "?"
  '\u0110': 'D',
  '\u0111': 'd',
  '\u014A': 'N',
  '\u014B': 'n',
  '\u0166': 'T',
  '\u0167': 't',
  '\u0141': 'L',
  '\u0142': 'l',
  '\u0131': 'i',
};

const inWinAnsi = (ch: string): boolean => {
  const cp = ch.codePointAt(0)!;
  return (cp >= 0x20 && cp <= 0x7e) || (cp >= 0xa0 && cp <= 0xff) || cp === 0x0a || WIN_ANSI_EXTRA.has(ch);
};

/**
 * Text the standard fonts can show: NFC, tabs as spaces, other control characters dropped, characters
 * outside WinAnsi replaced by a look-alike, by their letter without accents (ŝ → s), or by "?".
 */
export function pdfText(s: string): string {
  let out = '';
  for (const ch of s.normalize('NFC').replace(/\r\n?/g, '\n').replace(/\t/g, '    ')) {
    if (inWinAnsi(ch)) out += ch;
    else if (ch in REPLACEMENTS) out += REPLACEMENTS[ch];
    else if (/\p{Cc}|\p{Cf}/u.test(ch)) continue;
    else {
      const base = ch.normalize('NFKD').replace(/\p{M}/gu, '');
      out += base !== '' && [...base].every(inWinAnsi) ? base : '?';
    }
  }
  return out;
}

/** Paragraphs split on blank lines; single line breaks are kept, blank paragraphs dropped. */
function paragraphTexts(text: string): string[] {
  return pdfText(text)
    .split(/\n[ \t\u00A0]*\n/)
    .map((p) => p.replace(/[ \t]+$/gm, '').replace(/^\n+|\n+$/g, ''))
    .filter((p) => p.trim() !== '');
}

function paragraphs(text: string, style = 'body'): Content[] {
  return paragraphTexts(text).map((p) => ({ text: p, style }));
}

// ---- labels ---------------------------------------------------------------------------------------

const KIND_LABEL: Record<CaseKind, string> = {
  decision: 'Vedtak',
  information: 'Orientering',
  discussion: 'Diskusjon',
};
const ROLE_LABEL: Record<BodyRole, string> = {
  chair: 'leder',
  member: 'medlem',
  deputy: 'vara',
  secretary: 'sekretær',
  union_rep: 'tillitsvalgt',
};

/** '2024-11-14' → '14.11.2024' (d.m.yyyy, as in the cooperation's documents). */
export function norwegianDate(date: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!m) throw new RangeError(`"${date}" is not a calendar day (YYYY-MM-DD).`);
  return `${Number(m[3])}.${Number(m[2])}.${m[1]}`;
}

/** "Gjørtz, Fred (leder, Molde)" */
function personLabel(p: DocPerson): string {
  const about = [p.role ? ROLE_LABEL[p.role] : null, p.memberName].filter((s): s is string => !!s);
  return about.length === 0 ? p.name : `${p.name} (${about.join(', ')})`;
}

const caseHeading = (c: DocCase) => `${c.number} - ${c.title}`;

// ---- building blocks ------------------------------------------------------------------------------

const MARGIN_X = 56;

const STYLES: TDocumentDefinitions['styles'] = {
  title: { fontSize: 20, bold: true, margin: [0, 0, 0, 4] },
  subtitle: { fontSize: 12, margin: [0, 0, 0, 14] },
  h2: { fontSize: 14, bold: true, margin: [0, 16, 0, 6] },
  caseTitle: { fontSize: 12, bold: true, margin: [0, 14, 0, 4] },
  label: { bold: true, margin: [0, 6, 0, 2] },
  body: { margin: [0, 0, 0, 6] },
  note: { italics: true, margin: [0, 0, 0, 6] },
  tableHeader: { bold: true, fillColor: '#eeeeee' },
  footer: { fontSize: 8, color: '#555555' },
};

function fieldTable(rows: [string, Content][]): Content {
  return {
    table: {
      widths: [80, '*'],
      body: rows.map(([label, value]): TableCell[] => [{ text: pdfText(label), bold: true }, value]),
    },
    layout: 'noBorders',
    margin: [0, 0, 0, 8],
  };
}

/** One line per person, so that "Etternavn, Fornavn" names stay apart. */
function people(list: DocPerson[], empty: string): Content {
  return list.length === 0 ? { text: empty, italics: true } : { stack: list.map((p) => pdfText(personLabel(p))) };
}

function headerRows(m: DocMeeting): [string, Content][] {
  return [
    ['Møte', pdfText(m.meetingNumber)],
    ['Dato', norwegianDate(m.date)],
    ['Tid', pdfText(`${m.startTime} - ${m.endTime}`)],
    ['Sted', pdfText(m.place)],
  ];
}

function attachmentList(c: DocCase): Content[] {
  if (c.attachments.length === 0) return [];
  return [
    { text: 'Vedlegg', style: 'label' },
    { ul: c.attachments.map((a) => pdfText(a.fileName)), margin: [0, 0, 0, 6] },
  ];
}

function documentDefinition(m: DocMeeting, title: string, content: Content[]): TDocumentDefinitions {
  const footerText = pdfText(`${m.bodyName} for ${m.cooperationName} - ${norwegianDate(m.date)}`);
  return {
    pageSize: 'A4',
    pageMargins: [MARGIN_X, 56, MARGIN_X, 60],
    language: 'nb-NO',
    displayTitle: true,
    info: {
      title: `${title} – ${m.bodyName} ${m.meetingNumber}`,
      author: m.cooperationName,
      subject: `${title} for møte ${m.meetingNumber} i ${m.bodyName} for ${m.cooperationName}, ${norwegianDate(m.date)}`,
      keywords: m.cases.map((c) => c.number).join(', '),
      creator: 'Samdrift',
      producer: 'Samdrift (pdfmake)',
      // from the input, never the clock: the same meeting gives the same bytes
      creationDate: new Date(osloInstant(m.date, m.startTime)),
    },
    defaultStyle: { font: FONT, fontSize: 10, lineHeight: 1.2 },
    styles: STYLES,
    footer: (currentPage: number, pageCount: number): Content => ({
      columns: [
        { text: footerText, style: 'footer' },
        { text: `Side ${currentPage} av ${pageCount}`, style: 'footer', alignment: 'right', width: 'auto' },
      ],
      margin: [MARGIN_X, 24, MARGIN_X, 0],
    }),
    content,
  };
}

async function render(doc: TDocumentDefinitions): Promise<Buffer> {
  return pdfPrinter().createPdf(doc).getBuffer();
}

// ---- the notice -----------------------------------------------------------------------------------

function noticeCase(c: DocCase): Content[] {
  const meta: [string, Content][] = [
    ['Saksansvarlig', pdfText(c.owner)],
    ['Type', KIND_LABEL[c.kind]],
  ];
  const head: Content[] = [{ text: pdfText(caseHeading(c)), style: 'caseTitle' }, fieldTable(meta)];
  if (c.previousNumber) head.push({ text: pdfText(`Videreført fra sak ${c.previousNumber}`), style: 'note' });
  const proposed = paragraphs(c.proposedDecision);
  return [
    // heading and its facts move to the next page together rather than leave the heading alone
    { stack: head, unbreakable: true },
    ...paragraphs(c.background),
    ...(proposed.length > 0 ? [{ text: 'Forslag til vedtak', style: 'label' }, ...proposed] : []),
    ...attachmentList(c),
  ];
}

/**
 * The notice and agenda ("Innkalling og saksliste") sent to the body's members: the meeting's time
 * and place, the recipients with their roles, the agenda as a table, then every case in full with its
 * proposed decision and attachments. Deterministic: the same meeting gives the same bytes.
 */
export async function renderNoticePdf(m: DocMeeting): Promise<Buffer> {
  const rows = headerRows(m);
  if (m.chair) rows.push(['Møteleder', pdfText(personLabel(m.chair))]);
  if (m.minuteTaker) rows.push(['Referent', pdfText(personLabel(m.minuteTaker))]);

  const agenda: TableCell[][] = [
    [
      { text: 'Saksnr.', style: 'tableHeader' },
      { text: 'Sak', style: 'tableHeader' },
      { text: 'Type', style: 'tableHeader' },
      { text: 'Saksansvarlig', style: 'tableHeader' },
    ],
    ...m.cases.map((c): TableCell[] => [
      { text: pdfText(c.number), noWrap: true },
      pdfText(c.title),
      KIND_LABEL[c.kind],
      pdfText(c.owner),
    ]),
  ];

  const content: Content[] = [
    { text: 'Innkalling og saksliste', style: 'title' },
    { text: pdfText(`${m.bodyName} for ${m.cooperationName}`), style: 'subtitle' },
    fieldTable(rows),
    { text: 'Mottakere', style: 'h2' },
    m.members.length === 0
      ? { text: 'Ingen medlemmer registrert.', italics: true }
      : { ul: m.members.map((p) => pdfText(personLabel(p))) },
    { text: 'Saksliste', style: 'h2' },
    m.cases.length === 0
      ? { text: 'Ingen saker.', italics: true }
      : {
          table: { headerRows: 1, dontBreakRows: true, widths: ['auto', '*', 'auto', 'auto'], body: agenda },
          layout: 'lightHorizontalLines',
        },
    ...(m.cases.length > 0 ? [{ text: 'Saker', style: 'h2' }] : []),
    ...m.cases.flatMap(noticeCase),
  ];
  return render(documentDefinition(m, 'Innkalling og saksliste', content));
}

// ---- the minutes ----------------------------------------------------------------------------------

function voteLine(c: DocCase): Content[] {
  if (!c.vote) return [];
  const v = c.vote;
  const line: Content = {
    text: [{ text: 'Stemmer: ', bold: true }, `for ${v.for}, mot ${v.against}, avholdende ${v.abstain}`],
    style: 'body',
  };
  return [line, ...paragraphs(v.note, 'note')];
}

function decisionBlock(c: DocCase): Content[] {
  if (c.decision === null) return [];
  const [first, ...rest] = paragraphTexts(c.decision);
  if (first === undefined) return [];
  return [
    { text: [{ text: 'Vedtak: ', bold: true }, first], style: 'body' },
    ...rest.map((p) => ({ text: p, style: 'body' })),
  ];
}

function minutesCase(c: DocCase): Content[] {
  const lead: Content[] = [{ text: pdfText(caseHeading(c)), style: 'caseTitle' }];
  if (c.previousNumber) lead.push({ text: pdfText(`Videreført fra sak ${c.previousNumber}`), style: 'note' });
  if (c.guests.length > 0)
    lead.push({ text: [{ text: 'Deltok: ', bold: true }, pdfText(c.guests.join('; '))], style: 'body' });
  return [
    { stack: lead, unbreakable: true },
    ...decisionBlock(c),
    ...voteLine(c),
    ...(c.postponedTo ? [{ text: pdfText(`Utsatt til sak ${c.postponedTo}`), bold: true, style: 'body' }] : []),
    ...paragraphs(c.background),
    ...paragraphs(c.discussion),
    ...attachmentList(c),
  ];
}

/**
 * The minutes ("Møtereferat"): a header block (date, time, place, present, absent, minute taker),
 * then per case its number and title, who took part ("Deltok"), the decision, the vote where there was
 * one, a postponement or continuation, the background and the discussion. Deterministic.
 */
export async function renderMinutesPdf(m: DocMeeting): Promise<Buffer> {
  const rows = headerRows(m);
  rows.push(['Til stede', people(m.present, 'Ingen registrert')]);
  rows.push(['Forfall', people(m.absent, 'Ingen')]);
  if (m.chair) rows.push(['Møteleder', pdfText(personLabel(m.chair))]);
  rows.push([
    'Referent',
    m.minuteTaker ? pdfText(personLabel(m.minuteTaker)) : { text: 'Ikke oppgitt', italics: true },
  ]);

  const content: Content[] = [
    { text: 'Møtereferat', style: 'title' },
    { text: pdfText(`${m.bodyName} for ${m.cooperationName}`), style: 'subtitle' },
    fieldTable(rows),
    { text: 'Agenda', style: 'h2' },
    ...(m.cases.length === 0 ? [{ text: 'Ingen saker.', italics: true }] : m.cases.flatMap(minutesCase)),
  ];
  return render(documentDefinition(m, 'Møtereferat', content));
}
