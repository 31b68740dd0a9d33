// An article body (the shared rich-text document) as plain text and as passages: the sections
// under each heading that Rakel quotes and search snippets are cut from. Pure functions.

import type { RichBlock, RichDoc, RichInline, RichList } from '../../shared/rich-text.ts';
import type { Passage } from './tables.ts';

export const KB_IMAGE_SRC = /^\/api\/knowledge\/images\/([0-9a-f-]{36})$/;

const inlineText = (xs: RichInline[] | undefined) =>
  (xs ?? []).map((x) => (x.type === 'text' ? x.text : '\n')).join('');

function listLines(l: RichList, depth: number): string[] {
  const lines: string[] = [];
  l.content.forEach((item, i) => {
    const bullet = l.type === 'orderedList' ? `${(l.attrs?.start ?? 1) + i}.` : '–';
    item.content.forEach((child, j) => {
      if (child.type === 'paragraph') {
        const text = inlineText(child.content);
        lines.push(`${'  '.repeat(depth)}${j === 0 ? `${bullet} ` : '  '}${text}`);
      } else lines.push(...listLines(child as RichList, depth + 1));
    });
  });
  return lines;
}

function blockText(b: RichBlock): string {
  switch (b.type) {
    case 'paragraph':
    case 'heading':
      return inlineText(b.content);
    case 'image':
      return b.attrs.alt;
    default:
      return listLines(b as RichList, 0).join('\n');
  }
}

/** The whole body as plain text, one block per paragraph. */
export function docText(doc: RichDoc): string {
  return doc.content
    .map(blockText)
    .filter((t) => t.trim())
    .join('\n\n');
}

/** The sections of a body: text before the first heading, then each heading with what follows it. */
export function docPassages(doc: RichDoc): Passage[] {
  const out: Passage[] = [];
  let current: { heading: string | null; parts: string[] } = { heading: null, parts: [] };
  const flush = () => {
    const text = current.parts.filter((p) => p.trim()).join('\n\n');
    if (text || current.heading) out.push({ heading: current.heading, text });
  };
  for (const b of doc.content) {
    if (b.type === 'heading') {
      flush();
      current = { heading: inlineText(b.content).trim() || null, parts: [] };
    } else current.parts.push(blockText(b));
  }
  flush();
  return out.filter((p) => p.text.trim().length > 0);
}

/** At most `max` characters of a text, cut at a word boundary, with an ellipsis when cut. */
export function excerpt(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${cut.slice(0, space > max * 0.6 ? space : max).replace(/[\s,.;:–-]+$/, '')} …`;
}
