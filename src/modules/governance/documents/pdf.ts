// The notice with agenda ("Innkalling og saksliste") and the minutes ("Møtereferat") of a meeting as
// PDF, laid out like the cooperation's own documents: the case package of a council meeting (each
// case with number, title, saksansvarlig, background, kind, proposed decision and attachments) and
// its minutes (a header block, then per case the decision, the vote and the discussion). The printer
// and its fonts are shared (src/shared/pdf.ts).

import type { Content, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces.js';
import { FONT, pdfText, renderPdf } from '../../../shared/pdf.ts';
import { osloInstant } from './ics.ts';

export { pdfText };

import type { BodyRole, CaseKind, DocCase, DocMeeting, DocPerson } from './model.ts';

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

const render = renderPdf;

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
