// A report as an A4 PDF with the same blocks as the HTML page (html.ts): a title block, a table of
// contents, numbered headings that never end a page alone, tables that repeat their header row,
// charts as vector SVG each followed by its data table, a running header (title, version, status)
// and "Side n av N" in the footer. Deterministic: the same document gives the same bytes.

import type { Content, ContentTable, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces.js';
import { FONT, pdfText, renderPdf } from '../../shared/pdf.ts';
import { CHART_WIDTH, chartSvg } from './charts.ts';
import { dataUrl, type RenderOptions } from './html.ts';
import type { Block, Cell, Inline, ReportDoc, TableBlock } from './model.ts';

const MARGIN_X = 50;
/** A4 is 595 pt wide */
const CONTENT_WIDTH = 595 - 2 * MARGIN_X;

const STYLES: TDocumentDefinitions['styles'] = {
  title: { fontSize: 22, bold: true, margin: [0, 0, 0, 4] },
  subtitle: { fontSize: 13, margin: [0, 0, 0, 16] },
  tocTitle: { fontSize: 14, bold: true, margin: [0, 12, 0, 8] },
  h1: { fontSize: 15, bold: true, margin: [0, 18, 0, 8] },
  h2: { fontSize: 13, bold: true, margin: [0, 14, 0, 6] },
  h3: { fontSize: 11.5, bold: true, margin: [0, 12, 0, 4] },
  h4: { fontSize: 10.5, bold: true, margin: [0, 10, 0, 4] },
  body: { margin: [0, 0, 0, 6] },
  caption: { bold: true, margin: [0, 6, 0, 3] },
  note: { fontSize: 8.5, color: '#444444' },
  th: { bold: true, fillColor: '#e8e8e8' },
  running: { fontSize: 8, color: '#444444' },
};

function runs(xs: Inline[]): Content[] {
  return xs.map((x) => ({
    text: pdfText(x.text) + (x.br ? '\n' : ''),
    ...(x.bold && { bold: true }),
    ...(x.italic && { italics: true }),
    // only absolute links work outside the app
    ...(x.href && !x.href.startsWith('/') && { link: x.href, color: '#0b4f9c', decoration: 'underline' as const }),
  }));
}

function cell(c: Cell, numeric: boolean, opts: { bold?: boolean; style?: string } = {}): TableCell {
  return {
    text: pdfText(c.text),
    ...(numeric && { alignment: 'right' as const, noWrap: true }),
    ...((c.bold || opts.bold) && { bold: true }),
    ...(opts.style && { style: opts.style }),
  };
}

function table(t: TableBlock): Content[] {
  // the label column takes the rest of the width; in a text-only table (the glossary) the last one does
  const wide = t.columns.every((c) => !c.numeric) ? t.columns.length - 1 : 0;
  const widths = t.columns.map((_, i) => (i === wide ? '*' : 'auto'));
  const head: TableCell[][] = [];
  if (t.groups) {
    const row: TableCell[] = [];
    for (const [label, span] of t.groups) {
      row.push({ text: pdfText(label), style: 'th', colSpan: span, alignment: 'center' });
      for (let i = 1; i < span; i++) row.push({ text: '' });
    }
    head.push(row);
  }
  head.push(t.columns.map((c) => cell({ text: c.label }, c.numeric, { style: 'th' })));
  const body: TableCell[][] = [
    ...head,
    ...t.rows.map((r) => r.map((c, i) => cell(c, t.columns[i]?.numeric ?? false))),
    ...(t.total ? [t.total.map((c, i) => cell(c, t.columns[i]?.numeric ?? false, { bold: true }))] : []),
  ];
  const captionText: Content[] = [{ text: pdfText(t.caption) }];
  if (t.note) captionText.push({ text: pdfText(`  (${t.note})`), style: 'note', bold: false });
  const grid: ContentTable = {
    table: { headerRows: head.length, dontBreakRows: true, widths, body },
    layout: {
      hLineWidth: (i: number, node: { table: { body: unknown[] } }) =>
        i === head.length || (t.total && i === node.table.body.length - 1) ? 1 : 0.4,
      vLineWidth: () => 0,
      hLineColor: () => '#9a9a9a',
      paddingLeft: () => 4,
      paddingRight: () => 4,
      paddingTop: () => 2,
      paddingBottom: () => 2,
    },
    fontSize: t.columns.length > 6 ? 8 : 9,
    margin: [0, 0, 0, 10],
  };
  return [{ text: captionText, style: 'caption', headlineLevel: 9 } as Content, grid];
}

function block(b: Block, o: RenderOptions): Content[] {
  switch (b.type) {
    case 'heading': {
      const style = `h${Math.min(4, b.level)}`;
      const text = pdfText(`${b.number}  ${b.text.toLocaleUpperCase('nb-NO')}`);
      return [
        {
          text,
          style,
          id: b.id,
          headlineLevel: b.level,
          ...(b.level <= 3 && {
            tocItem: true,
            tocMargin: [(b.level - 1) * 14, 0, 0, 2] as [number, number, number, number],
          }),
        } as Content,
      ];
    }
    case 'paragraph':
      return [{ text: runs(b.content), style: 'body' }];
    case 'list': {
      const items = b.items.map((item) => ({ stack: item.flatMap((x) => block(x, o)) }));
      return [
        b.ordered
          ? { ol: items, ...(b.start && { start: b.start }), margin: [0, 0, 0, 6] }
          : { ul: items, margin: [0, 0, 0, 6] },
      ];
    }
    case 'fields':
      return [
        {
          table: {
            widths: [90, '*'],
            body: b.rows.map(([k, v]): TableCell[] => [{ text: pdfText(k), bold: true }, pdfText(v)]),
          },
          layout: 'noBorders',
          margin: [0, 0, 0, 10],
        },
      ];
    case 'table':
      return table(b);
    case 'chart':
      return [
        {
          // the title stays with its chart
          stack: [
            { text: pdfText(b.title), style: 'caption' },
            {
              svg: chartSvg(b),
              width: Math.min(CONTENT_WIDTH, CHART_WIDTH * 0.75),
              alignment: 'center',
              margin: [0, 0, 0, 6],
            },
          ],
          unbreakable: true,
        },
        ...table(b.table),
      ];
    case 'image': {
      const img = o.images.get(b.imageId);
      if (!img || !/^image\/(png|jpeg)$/.test(img.mediaType))
        return [{ text: pdfText(`[Bilde: ${b.alt}]`), italics: true, style: 'body' }];
      const data = dataUrl(img);
      return [
        { image: data, fit: [CONTENT_WIDTH, 360], alignment: 'center', margin: [0, 4, 0, 4] },
        ...(b.title
          ? [
              {
                text: pdfText(b.title),
                style: 'note',
                alignment: 'center' as const,
                margin: [0, 0, 0, 8] as [number, number, number, number],
              },
            ]
          : []),
      ];
    }
  }
}

/**
 * Headings never end a page: each run of headings moves to the next page together with the paragraph
 * that follows it (pdfmake's pageBreakBefore cannot see a node that is itself moved).
 */
function keepWithNext(blocks: Block[], o: RenderOptions): Content[] {
  const out: Content[] = [];
  let pending: Content[] = [];
  for (const b of blocks) {
    if (b.type === 'heading') {
      pending.push(...block(b, o));
      continue;
    }
    if (pending.length > 0 && b.type === 'paragraph') {
      out.push({ stack: [...pending, ...block(b, o)], unbreakable: true });
    } else {
      if (pending.length > 0) out.push({ stack: pending, unbreakable: true });
      out.push(...block(b, o));
    }
    pending = [];
  }
  if (pending.length > 0) out.push({ stack: pending, unbreakable: true });
  return out;
}

/** The report as a PDF (A4). */
export async function renderReportPdf(doc: ReportDoc, o: RenderOptions): Promise<Buffer> {
  const m = doc.meta;
  const [header, ...rest] = doc.blocks;
  const running = pdfText(`Tittel: ${m.title}   Versjon: ${m.versionDate}   Status: ${m.statusLabel}`);
  const footerText = pdfText(`${m.cooperationName} – ${m.title} ${m.subtitle}`);
  const content: Content[] = [
    { text: pdfText(m.title), style: 'title' },
    { text: pdfText(`${m.cooperationName} – ${m.subtitle}`), style: 'subtitle' },
    ...(header?.type === 'fields' ? block(header, o) : []),
    { toc: { title: { text: 'Innhold', style: 'tocTitle' } } },
    ...keepWithNext(header?.type === 'fields' ? rest : doc.blocks, o),
  ];
  const def: TDocumentDefinitions = {
    pageSize: 'A4',
    pageMargins: [MARGIN_X, 60, MARGIN_X, 56],
    language: 'nb-NO',
    displayTitle: true,
    info: {
      title: `${m.title} ${m.subtitle}`,
      author: m.documentOwner,
      subject: `${m.title} ${m.subtitle} – ${m.cooperationName}, versjon ${m.version} (${m.statusLabel})`,
      creator: 'Samdrift',
      producer: 'Samdrift (pdfmake)',
      // from the document, never the clock: the same report gives the same bytes
      creationDate: new Date(m.generatedAt),
    },
    defaultStyle: { font: FONT, fontSize: 10, lineHeight: 1.2 },
    styles: STYLES,
    header: (page: number): Content =>
      page === 1 ? { text: '' } : { text: running, style: 'running', margin: [MARGIN_X, 28, MARGIN_X, 0] },
    footer: (page: number, pages: number): Content => ({
      columns: [
        { text: footerText, style: 'running' },
        { text: `Side ${page} av ${pages}`, style: 'running', alignment: 'right', width: 'auto' },
      ],
      margin: [MARGIN_X, 20, MARGIN_X, 0],
    }),
    // a heading or caption never ends a page: it moves to the next page with what follows it
    pageBreakBefore: (node, q) => node.headlineLevel !== undefined && q.getFollowingNodesOnPage().length === 0,
    content,
  };
  return renderPdf(def);
}
