// A report as one accessible, self-contained HTML page: landmarks, a table of contents, numbered
// headings, real tables with captions and scoped headers, charts as inline SVG (role img, named by
// their title) each followed by its data table, images embedded as data URLs. Links to the records
// behind the figures only in drafts (options.links). The same blocks as the PDF (pdf.ts).

import { esc } from '../../shared/html.ts';
import { chartSvg } from './charts.ts';
import type { Block, Cell, Inline, ReportDoc, TableBlock } from './model.ts';
import { headingsOf } from './model.ts';

export interface ImageData {
  mediaType: string;
  bytes: Uint8Array;
}

export interface RenderOptions {
  /** figures link to the records behind them (drafts) */
  links: boolean;
  images: ReadonlyMap<string, ImageData>;
}

const CSS = `
:root { color-scheme: light; }
body { font-family: Helvetica, Arial, sans-serif; font-size: 11pt; line-height: 1.45; color: #1a1a1a; margin: 0; background: #f4f4f4; }
main { max-width: 50rem; margin: 0 auto; background: #fff; padding: 2.5rem 3rem 4rem; }
header.report-head h1 { font-size: 1.8rem; margin: 0 0 .25rem; }
header.report-head p.subtitle { margin: 0 0 1rem; font-size: 1.1rem; }
dl.fields { display: grid; grid-template-columns: max-content 1fr; gap: .2rem 1rem; margin: 0 0 1.5rem; }
dl.fields dt { font-weight: bold; }
dl.fields dd { margin: 0; }
nav.toc ol { list-style: none; padding-left: 0; }
nav.toc li { margin: .1rem 0; }
nav.toc .l2 { padding-left: 1.5rem; } nav.toc .l3 { padding-left: 3rem; } nav.toc .l4 { padding-left: 4.5rem; }
h2 { font-size: 1.45rem; margin: 2rem 0 .5rem; text-transform: uppercase; }
h3 { font-size: 1.2rem; margin: 1.6rem 0 .4rem; text-transform: uppercase; }
h4, h5, h6 { font-size: 1.05rem; margin: 1.3rem 0 .3rem; text-transform: uppercase; }
.num { margin-right: .6rem; }
table { border-collapse: collapse; margin: .5rem 0 1.2rem; width: 100%; font-size: 10pt; }
caption { text-align: left; font-weight: bold; padding: .3rem 0; }
caption small { font-weight: normal; margin-left: .5rem; }
th, td { border-bottom: 1px solid #c8c8c8; padding: .25rem .45rem; vertical-align: top; text-align: left; }
thead th { background: #e8e8e8; }
td.n, th.n { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
tfoot td, tfoot th { font-weight: bold; border-top: 2px solid #555; }
figure { margin: 1rem 0; }
figure svg { max-width: 100%; height: auto; }
figcaption { font-weight: bold; }
img { max-width: 100%; height: auto; }
a { color: #0b4f9c; }
.muted { color: #555; }
@media print { body { background: #fff; } main { max-width: none; padding: 0; } a { color: inherit; text-decoration: none; } }
`;

function inlines(xs: Inline[], links: boolean): string {
  return xs
    .map((x) => {
      let h = esc(x.text);
      if (x.bold) h = `<strong>${h}</strong>`;
      if (x.italic) h = `<em>${h}</em>`;
      // links staff wrote are always kept; links to our own records only in drafts
      if (x.href && (links || !x.href.startsWith('/'))) h = `<a href="${esc(x.href)}">${h}</a>`;
      return x.br ? `${h}<br>` : h;
    })
    .join('');
}

function cell(c: Cell, numeric: boolean, links: boolean, tag = 'td', scope = ''): string {
  let content = esc(c.text);
  if (c.href && links) content = `<a href="${esc(c.href)}">${content}</a>`;
  if (c.bold && tag === 'td') content = `<strong>${content}</strong>`;
  const cls = numeric ? ' class="n"' : '';
  return `<${tag}${cls}${scope}>${content}</${tag}>`;
}

function table(t: TableBlock, links: boolean): string {
  const head: string[] = [];
  if (t.groups) {
    head.push(
      `<tr>${t.groups
        .map(([l, span]) =>
          l === '' ? `<td colspan="${span}"></td>` : `<th scope="colgroup" colspan="${span}">${esc(l)}</th>`,
        )
        .join('')}</tr>`,
    );
  }
  head.push(
    `<tr>${t.columns.map((c) => `<th scope="col"${c.numeric ? ' class="n"' : ''}>${esc(c.label)}</th>`).join('')}</tr>`,
  );
  const row = (r: Cell[]) =>
    `<tr>${r
      .map((c, i) =>
        i === 0 ? cell(c, false, links, 'th', ' scope="row"') : cell(c, t.columns[i]?.numeric ?? false, links),
      )
      .join('')}</tr>`;
  const caption = `<caption>${esc(t.caption)}${t.note ? ` <small>(${esc(t.note)})</small>` : ''}</caption>`;
  const foot = t.total ? `<tfoot>${row(t.total)}</tfoot>` : '';
  return `<table id="${esc(t.id)}">${caption}<thead>${head.join('')}</thead><tbody>${t.rows.map(row).join('')}</tbody>${foot}</table>`;
}

/** An image as a data URL, for a page or PDF that carries its images inside it. */
export const dataUrl = (img: ImageData) => `data:${img.mediaType};base64,${Buffer.from(img.bytes).toString('base64')}`;

function imageTag(b: Extract<Block, { type: 'image' }>, o: RenderOptions): string {
  const img = o.images.get(b.imageId);
  if (!img) return `<p class="muted">[Bildet «${esc(b.alt)}» finnes ikke lenger.]</p>`;
  const src = dataUrl(img);
  const caption = b.title ? `<figcaption>${esc(b.title)}</figcaption>` : '';
  return `<figure><img src="${src}" alt="${esc(b.alt)}">${caption}</figure>`;
}

function block(b: Block, o: RenderOptions): string {
  switch (b.type) {
    case 'heading': {
      const tag = `h${Math.min(6, b.level + 1)}`;
      return `<${tag} id="${esc(b.id)}"><span class="num">${esc(b.number)}</span>${esc(b.text)}</${tag}>`;
    }
    case 'paragraph':
      return `<p>${inlines(b.content, o.links)}</p>`;
    case 'list': {
      const tag = b.ordered ? 'ol' : 'ul';
      const start = b.start ? ` start="${b.start}"` : '';
      return `<${tag}${start}>${b.items.map((item) => `<li>${item.map((x) => block(x, o)).join('')}</li>`).join('')}</${tag}>`;
    }
    case 'fields':
      return `<dl class="fields">${b.rows.map(([k, v]) => `<dt>${esc(k)}</dt><dd>${esc(v)}</dd>`).join('')}</dl>`;
    case 'table':
      return table(b, o.links);
    case 'chart': {
      const svg = chartSvg(b).replace(
        /^<svg /,
        `<svg role="img" aria-labelledby="${esc(b.id)}-title" focusable="false" `,
      );
      return `<figure id="${esc(b.id)}"><figcaption id="${esc(b.id)}-title">${esc(b.title)}</figcaption>${svg}</figure>${table(b.table, o.links)}`;
    }
    case 'image':
      return imageTag(b, o);
  }
}

function toc(doc: ReportDoc): string {
  const items = headingsOf(doc)
    .filter((h) => h.level <= 3)
    .map((h) => `<li class="l${h.level}"><a href="#${esc(h.id)}">${esc(h.number)} ${esc(h.text)}</a></li>`)
    .join('');
  return `<nav class="toc" aria-labelledby="toc-title"><h2 id="toc-title">Innhold</h2><ol>${items}</ol></nav>`;
}

/** The report as a complete HTML document (UTF-8, lang nb). */
export function renderHtml(doc: ReportDoc, o: RenderOptions): string {
  const m = doc.meta;
  const [header, ...rest] = doc.blocks;
  const fields = header?.type === 'fields' ? block(header, o) : '';
  const body = (header?.type === 'fields' ? rest : doc.blocks).map((b) => block(b, o)).join('\n');
  return `<!doctype html>
<html lang="nb">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(`${m.title} ${m.subtitle} – ${m.cooperationName}`)}</title>
<style>${CSS}</style>
</head>
<body>
<main>
<header class="report-head">
<h1>${esc(m.title)}</h1>
<p class="subtitle">${esc(`${m.cooperationName} – ${m.subtitle}`)}</p>
${fields}
</header>
${toc(doc)}
${body}
</main>
</body>
</html>
`;
}
