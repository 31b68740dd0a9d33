// Rich text as the API takes it (a report section, a help article): Tiptap JSON limited to
// paragraphs, headings (level 2 and 3), bullet and numbered lists, images uploaded to our own server
// at the top level, and text with bold, italic and links (http, https, mailto). The server refuses
// anything else; these pure helpers keep what the editor sends within those bounds and name what
// the user must fix.

import type { RichBlock, RichDoc, RichInline, RichList, RichMark, RichParagraph } from '../../api/types.ts';

/** The addresses a link may have (as the API checks them). */
export const SAFE_HREF = /^(https?:\/\/|mailto:)[^\s<>"']+$/i;
/** An image uploaded to a report. */
export const REPORT_IMAGE_SRC = /^\/api\/reports\/images\/[0-9a-f-]{36}$/;
/** An image uploaded for a help article. */
export const ARTICLE_IMAGE_SRC = /^\/api\/knowledge\/images\/[0-9a-f-]{36}$/;

/** A JSON node as the editor gives it (any node type, any attributes). */
export interface AnyNode {
  type?: string;
  attrs?: Record<string, unknown>;
  content?: AnyNode[];
  text?: string;
  marks?: { type: string; attrs?: Record<string, unknown> }[];
}

/** Whether a document has no text yet (no block, or only empty paragraphs). */
export function isEmptyDoc(doc: RichDoc): boolean {
  return doc.content.every((b) => b.type === 'paragraph' && (b.content ?? []).length === 0);
}

function inlines(nodes: AnyNode[] | undefined): RichInline[] {
  const out: RichInline[] = [];
  for (const n of nodes ?? []) {
    if (n.type === 'hardBreak') out.push({ type: 'hardBreak' });
    else if (n.type === 'text' && n.text) {
      const marks: RichMark[] = [];
      for (const m of n.marks ?? []) {
        if (m.type === 'bold' || m.type === 'italic') marks.push({ type: m.type });
        else if (m.type === 'link' && typeof m.attrs?.href === 'string')
          marks.push({ type: 'link', attrs: { href: m.attrs.href } });
      }
      out.push(marks.length ? { type: 'text', text: n.text, marks } : { type: 'text', text: n.text });
    } else if (n.content) out.push(...inlines(n.content));
  }
  return out;
}

const paragraph = (n: AnyNode): RichParagraph => {
  const content = inlines(n.content);
  return content.length ? { type: 'paragraph', content } : { type: 'paragraph' };
};

/**
 * A list whose items hold only paragraphs and lists; a heading in an item becomes a paragraph and
 * an image is moved out (into `hoisted`, to follow the list at the top level).
 */
function list(n: AnyNode, hoisted: RichBlock[]): RichList {
  const start = typeof n.attrs?.start === 'number' && n.attrs.start > 1 ? n.attrs.start : undefined;
  const items: RichList['content'] = [];
  for (const item of n.content ?? []) {
    const content: (RichParagraph | RichList)[] = [];
    for (const child of item.content ?? []) {
      if (child.type === 'bulletList' || child.type === 'orderedList') {
        const inner = list(child, hoisted);
        if (inner.content.length) content.push(inner);
      } else if (child.type === 'image') {
        const image = imageBlock(child);
        if (image) hoisted.push(image);
      } else content.push(paragraph(child));
    }
    // an item starts with a paragraph
    if (content[0]?.type !== 'paragraph') content.unshift({ type: 'paragraph' });
    items.push({ type: 'listItem', content });
  }
  return {
    type: n.type === 'orderedList' ? 'orderedList' : 'bulletList',
    ...(start !== undefined && n.type === 'orderedList' && { attrs: { start } }),
    content: items,
  };
}

function imageBlock(n: AnyNode): RichBlock | undefined {
  const src = typeof n.attrs?.src === 'string' ? n.attrs.src : '';
  if (!src) return undefined;
  const alt = typeof n.attrs?.alt === 'string' ? n.attrs.alt : '';
  return { type: 'image', attrs: { src, alt } };
}

/**
 * The editor's JSON as the API takes it: only the allowed nodes, marks and attributes, lists whose
 * items hold paragraphs and lists, images at the top level. Text stays as it is.
 */
export function normalizeDoc(json: AnyNode): RichDoc {
  const content: RichBlock[] = [];
  for (const n of json.content ?? []) {
    if (n.type === 'heading') {
      const level = n.attrs?.level === 3 ? 3 : 2;
      const inner = inlines(n.content);
      content.push(
        inner.length ? { type: 'heading', attrs: { level }, content: inner } : { type: 'heading', attrs: { level } },
      );
    } else if (n.type === 'bulletList' || n.type === 'orderedList') {
      const hoisted: RichBlock[] = [];
      const l = list(n, hoisted);
      if (l.content.length) content.push(l);
      content.push(...hoisted);
    } else if (n.type === 'image') {
      const image = imageBlock(n);
      if (image) content.push(image);
    } else content.push(paragraph(n));
  }
  // trailing empty paragraphs (the editor keeps one to type in) are not part of the text
  while (content.length > 0) {
    const last = content[content.length - 1]!;
    if (last.type !== 'paragraph' || (last.content ?? []).length > 0) break;
    content.pop();
  }
  return { type: 'doc', content };
}

export type DocProblem = { kind: 'imageAlt' | 'imageSrc'; index: number } | { kind: 'link'; href: string };

/**
 * What the API would refuse in a document: images without a text alternative or not uploaded where
 * `imageSrc` says (the report's or the articles' images), unsafe links.
 */
export function docProblems(doc: RichDoc, imageSrc: RegExp): DocProblem[] {
  const problems: DocProblem[] = [];
  let image = 0;
  const walkInlines = (xs: RichInline[] | undefined) => {
    for (const x of xs ?? []) {
      if (x.type !== 'text') continue;
      for (const m of x.marks ?? []) {
        if (m.type === 'link' && !SAFE_HREF.test(m.attrs.href)) problems.push({ kind: 'link', href: m.attrs.href });
      }
    }
  };
  const walkList = (l: RichList) => {
    for (const item of l.content)
      for (const c of item.content) {
        if (c.type === 'paragraph') walkInlines(c.content);
        else walkList(c);
      }
  };
  for (const b of doc.content) {
    if (b.type === 'image') {
      image += 1;
      if (!imageSrc.test(b.attrs.src)) problems.push({ kind: 'imageSrc', index: image });
      else if (!b.attrs.alt.trim()) problems.push({ kind: 'imageAlt', index: image });
    } else if (b.type === 'paragraph' || b.type === 'heading') walkInlines(b.content);
    else walkList(b);
  }
  return problems;
}

/**
 * A link address as typed → one the API takes: 'www.vestnes.kommune.no' → 'https://www.vestnes.kommune.no',
 * 'post@ror-ikt.no' → 'mailto:post@ror-ikt.no'; undefined when it cannot be one.
 */
export function linkHref(typed: string): string | undefined {
  const s = typed.trim();
  if (!s) return undefined;
  if (SAFE_HREF.test(s)) return s;
  if (/^[^\s@:/]+@[^\s@:/]+\.[^\s@:/]+$/.test(s)) return `mailto:${s}`;
  if (/^[a-z][a-z0-9+.-]*:/i.test(s)) return undefined;
  if (/^[^\s<>"']+\.[^\s<>"']+$/.test(s)) return `https://${s}`;
  return undefined;
}
