// Importing existing articles (an export of intranet pages) from HTML or Markdown files into our
// rich-text document. Markdown is turned into HTML by markdown-it, HTML is parsed by htmlparser2;
// what our documents cannot hold (scripts, styles, tables, images on other servers, unsafe links)
// is left out or flattened, and every such loss is named so the editor can check the draft.

import type { Element, ChildNode as Node } from 'domhandler';
import { DomUtils, parseDocument } from 'htmlparser2';
import MarkdownIt from 'markdown-it';
import type { RichBlock, RichDoc, RichInline } from '../../shared/rich-text.ts';

/** What an import left out or changed: a code for clients that word it themselves, the thing concerned, and English text. */
export interface ImportWarning {
  code: 'image_not_imported' | 'unsafe_link' | 'nested_list_flattened' | 'content_left_out' | 'table_flattened';
  /** the image's description, the link, or the element left out; null when there is nothing to name */
  detail: string | null;
  message: string;
}

export interface ImportedArticle {
  title: string;
  summary: string;
  body: RichDoc;
  tags: string[];
  warnings: ImportWarning[];
}

/** Why a file became no article. */
export class ImportFailure extends Error {
  constructor(
    readonly code: 'unsupported_type' | 'no_text',
    message: string,
  ) {
    super(message);
  }
}

const SAFE_HREF = /^(https?:\/\/|mailto:)[^\s<>"']+$/i;
const SKIP = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'iframe',
  'object',
  'embed',
  'form',
  'button',
  'nav',
  'svg',
]);
const markdown = new MarkdownIt({ html: false, linkify: true });

const isTag = (n: Node): n is Element => DomUtils.isTag(n);
const textOf = (n: Node) => DomUtils.textContent(n).replace(/\s+/g, ' ').trim();

interface Marks {
  bold?: boolean;
  italic?: boolean;
  href?: string;
}

class Builder {
  blocks: RichBlock[] = [];
  warnings: ImportWarning[] = [];
  private inline: RichInline[] = [];

  warn(code: ImportWarning['code'], detail: string | null, message: string) {
    if (!this.warnings.some((w) => w.code === code && w.detail === detail))
      this.warnings.push({ code, detail, message });
  }

  text(t: string, m: Marks) {
    const text = t.replace(/\s+/g, ' ');
    if (!text || (text === ' ' && this.inline.length === 0)) return;
    const marks = [
      ...(m.bold ? [{ type: 'bold' as const }] : []),
      ...(m.italic ? [{ type: 'italic' as const }] : []),
      ...(m.href ? [{ type: 'link' as const, attrs: { href: m.href } }] : []),
    ];
    this.inline.push({ type: 'text', text, ...(marks.length ? { marks } : {}) });
  }

  hardBreak() {
    if (this.inline.length) this.inline.push({ type: 'hardBreak' });
  }

  /** The inline content gathered since the last block, trimmed. */
  takeInline(): RichInline[] {
    const xs = this.inline;
    this.inline = [];
    while (xs.length && xs[xs.length - 1]?.type === 'hardBreak') xs.pop();
    const first = xs[0];
    if (first?.type === 'text') first.text = first.text.replace(/^\s+/, '');
    const last = xs[xs.length - 1];
    if (last?.type === 'text') last.text = last.text.replace(/\s+$/, '');
    return xs.filter((x) => x.type !== 'text' || x.text.length > 0);
  }

  paragraph() {
    const content = this.takeInline();
    if (content.length) this.blocks.push({ type: 'paragraph', content });
  }

  inlines(nodes: Node[], m: Marks) {
    for (const n of nodes) {
      if (n.type === 'text') this.text((n as { data: string }).data, m);
      else if (isTag(n)) this.inlineElement(n, m);
    }
  }

  inlineElement(e: Element, m: Marks) {
    const name = e.name.toLowerCase();
    if (SKIP.has(name)) return;
    if (name === 'br') return this.hardBreak();
    if (name === 'img') {
      const alt = e.attribs.alt?.trim();
      this.warn(
        'image_not_imported',
        alt || null,
        `An image (${alt ? `«${alt}»` : 'without a description'}) was not imported; upload it in the editor.`,
      );
      return;
    }
    if (name === 'strong' || name === 'b') return this.inlines(e.children, { ...m, bold: true });
    if (name === 'em' || name === 'i') return this.inlines(e.children, { ...m, italic: true });
    if (name === 'a') {
      const href = e.attribs.href?.trim() ?? '';
      if (href && !SAFE_HREF.test(href))
        this.warn(
          'unsafe_link',
          href.slice(0, 80),
          `A link to "${href.slice(0, 80)}" was kept as text (only https, http and mailto links).`,
        );
      return this.inlines(e.children, SAFE_HREF.test(href) ? { ...m, href } : m);
    }
    this.inlines(e.children, m);
  }

  listItems(list: Element, depth: number) {
    const ordered = list.name.toLowerCase() === 'ol';
    const items: { type: 'listItem'; content: RichBlock[] }[] = [];
    for (const li of list.children.filter(isTag)) {
      if (li.name.toLowerCase() !== 'li') continue;
      const content: RichBlock[] = [];
      const flushInline = () => {
        const xs = this.takeInline();
        if (xs.length) content.push({ type: 'paragraph', content: xs });
      };
      for (const c of li.children) {
        if (isTag(c) && ['ul', 'ol'].includes(c.name.toLowerCase())) {
          flushInline();
          if (depth >= 1) {
            this.warn('nested_list_flattened', null, 'Lists nested more than two levels deep were flattened.');
            for (const inner of c.children.filter(isTag)) {
              this.inlines(inner.children, {});
              flushInline();
            }
          } else {
            const inner = this.listItems(c, depth + 1);
            if (inner) content.push(inner);
          }
        } else if (isTag(c) && c.name.toLowerCase() === 'p') {
          flushInline();
          this.inlines(c.children, {});
          flushInline();
        } else if (c.type === 'text') this.text((c as { data: string }).data, {});
        else if (isTag(c)) this.inlineElement(c, {});
      }
      flushInline();
      if (content.length === 0) continue;
      if (content[0]?.type !== 'paragraph') content.unshift({ type: 'paragraph', content: [] });
      items.push({ type: 'listItem', content });
    }
    if (items.length === 0) return null;
    return { type: ordered ? 'orderedList' : 'bulletList', content: items } as RichBlock;
  }

  blocksOf(nodes: Node[]) {
    for (const n of nodes) {
      if (n.type === 'text') {
        this.text((n as { data: string }).data, {});
        continue;
      }
      if (!isTag(n)) continue;
      const name = n.name.toLowerCase();
      if (SKIP.has(name)) {
        if (name === 'script' || name === 'iframe' || name === 'form')
          this.warn('content_left_out', name, `<${name}> content was left out.`);
        continue;
      }
      if (/^h[1-6]$/.test(name)) {
        this.paragraph();
        this.inlines(n.children, {});
        const content = this.takeInline().map((x) => (x.type === 'text' ? { type: 'text' as const, text: x.text } : x));
        if (content.length)
          this.blocks.push({ type: 'heading', attrs: { level: name === 'h1' || name === 'h2' ? 2 : 3 }, content });
      } else if (name === 'p' || name === 'blockquote' || name === 'pre' || name === 'figcaption') {
        this.paragraph();
        if (name === 'blockquote' || name === 'pre') this.blocksOf(n.children);
        else this.inlines(n.children, {});
        this.paragraph();
      } else if (name === 'ul' || name === 'ol') {
        this.paragraph();
        const list = this.listItems(n, 0);
        if (list) this.blocks.push(list);
      } else if (name === 'table') {
        this.paragraph();
        this.warn('table_flattened', null, 'A table was turned into one paragraph per row.');
        for (const tr of DomUtils.getElementsByTagName('tr', n.children)) {
          const cells = tr.children.filter(isTag).map((c) => textOf(c));
          if (cells.some(Boolean))
            this.blocks.push({ type: 'paragraph', content: [{ type: 'text', text: cells.join(' | ') }] });
        }
      } else if (name === 'hr') {
        this.paragraph();
      } else if (
        [
          'div',
          'section',
          'article',
          'main',
          'header',
          'footer',
          'aside',
          'figure',
          'body',
          'html',
          'span',
          'font',
          'center',
          'dl',
          'dd',
          'dt',
          'details',
          'summary',
        ].includes(name)
      ) {
        const block = !['span', 'font'].includes(name);
        if (block) this.paragraph();
        this.blocksOf(n.children);
        if (block) this.paragraph();
      } else this.inlineElement(n, {});
    }
  }
}

/** A file name without its extension and with dashes as spaces: the title of last resort. */
const titleFromFileName = (fileName: string) =>
  fileName
    .replace(/\.[^.]+$/, '')
    .replace(/[-_]+/g, ' ')
    .trim() || 'Uten tittel';

/** Import one HTML page: the first h1 (else <title>) is the title, meta description or first paragraph the summary. */
export function importHtml(html: string, fileName: string): ImportedArticle {
  const dom = parseDocument(html, { decodeEntities: true, lowerCaseTags: true });
  const h1 = DomUtils.findOne((e) => e.name === 'h1', dom.children, true);
  const titleTag = DomUtils.findOne((e) => e.name === 'title', dom.children, true);
  const meta = DomUtils.findOne(
    (e) => e.name === 'meta' && (e.attribs.name ?? '').toLowerCase() === 'description',
    dom.children,
    true,
  );
  const keywords = DomUtils.findOne(
    (e) => e.name === 'meta' && (e.attribs.name ?? '').toLowerCase() === 'keywords',
    dom.children,
    true,
  );
  const title = (h1 && textOf(h1)) || (titleTag && textOf(titleTag)) || titleFromFileName(fileName);
  if (h1) DomUtils.removeElement(h1);
  const body = DomUtils.findOne((e) => e.name === 'body', dom.children, true);
  const b = new Builder();
  const head = DomUtils.findOne((e) => e.name === 'head', dom.children, true);
  if (head) DomUtils.removeElement(head);
  b.blocksOf(body ? body.children : dom.children);
  b.paragraph();
  const firstParagraph = b.blocks.find((x) => x.type === 'paragraph');
  const summaryFrom =
    meta?.attribs.content?.trim() ||
    (firstParagraph?.type === 'paragraph'
      ? (firstParagraph.content ?? []).map((x) => (x.type === 'text' ? x.text : ' ')).join('')
      : '');
  const tags = (keywords?.attribs.content ?? '')
    .split(',')
    .map((t) => t.trim().toLowerCase())
    .filter((t) => t && t.length <= 40)
    .slice(0, 10);
  return {
    title: title.slice(0, 200),
    summary: summaryFrom.replace(/\s+/g, ' ').trim().slice(0, 500),
    body: { type: 'doc', content: b.blocks },
    tags,
    warnings: b.warnings,
  };
}

/** Import one Markdown file (CommonMark): a leading `# Title` is the title. */
export function importMarkdown(text: string, fileName: string): ImportedArticle {
  // front matter some exports carry (--- title: … ---) gives title and tags
  let source = text.replace(/^\uFEFF/, '');
  let frontTitle: string | undefined;
  let frontTags: string[] = [];
  const front = /^---\r?\n([\s\S]*?)\r?\n---\r?\n/.exec(source);
  if (front) {
    source = source.slice(front[0].length);
    frontTitle = /^title:\s*["']?(.+?)["']?\s*$/m.exec(front[1] as string)?.[1];
    const tagLine = /^tags:\s*\[?(.+?)\]?\s*$/m.exec(front[1] as string)?.[1];
    if (tagLine)
      frontTags = tagLine
        .split(',')
        .map((t) =>
          t
            .trim()
            .replace(/^["']|["']$/g, '')
            .toLowerCase(),
        )
        .filter(Boolean);
  }
  const html = markdown.render(source);
  const imported = importHtml(`<html><body>${html}</body></html>`, fileName);
  return {
    ...imported,
    title: frontTitle ?? imported.title,
    tags: frontTags.length ? frontTags : imported.tags,
  };
}

/** Import a file by its name: .md/.markdown as Markdown, .htm/.html as HTML. */
export function importFile(fileName: string, text: string): ImportedArticle {
  if (/\.(md|markdown)$/i.test(fileName)) return importMarkdown(text, fileName);
  if (/\.html?$/i.test(fileName)) return importHtml(text, fileName);
  throw new ImportFailure(
    'unsupported_type',
    `"${fileName}" is neither HTML (.html, .htm) nor Markdown (.md, .markdown).`,
  );
}
