// Numbered headings as in the cooperation's reports (2, 2.1, 2.1.4, 2.1.4.6): the builders add
// headings level by level and the outline numbers them; staff-written sections add their own headings
// under the section's heading, numbered the same way.

import type { Block, Inline } from './model.ts';
import type { RichBlock, RichDoc, RichInline, RichList } from './rich-text.ts';
import { IMAGE_SRC } from './rich-text.ts';

export class Outline {
  private counters: number[] = [];
  readonly blocks: Block[] = [];

  /** A numbered heading at `level` (1 = chapter); returns its number. */
  heading(level: number, text: string): string {
    const counters = this.counters.slice(0, level);
    while (counters.length < level) counters.push(0);
    counters[level - 1] = (counters[level - 1] ?? 0) + 1;
    this.counters = counters;
    const number = counters.join('.');
    this.blocks.push({ type: 'heading', level, number, text, id: `kap-${number.replace(/\./g, '-')}` });
    return number;
  }

  push(...blocks: Block[]) {
    this.blocks.push(...blocks);
  }

  paragraph(...content: (string | Inline)[]) {
    this.blocks.push({ type: 'paragraph', content: content.map((c) => (typeof c === 'string' ? { text: c } : c)) });
  }

  /**
   * A section's staff-written text under a heading of `level`: its level-2 headings become level + 1,
   * its level-3 headings level + 2 (or level + 1 when no level-2 heading came before).
   */
  rich(doc: RichDoc, level: number) {
    let sawH2 = false;
    for (const b of doc.content) {
      if (b.type === 'heading') {
        const text = inlineText(b.content ?? []);
        if (text.trim() === '') continue;
        const h2 = b.attrs.level === 2;
        sawH2 ||= h2;
        this.heading(h2 || !sawH2 ? level + 1 : level + 2, text);
      } else {
        const converted = richBlock(b);
        if (converted) this.blocks.push(converted);
      }
    }
  }
}

const inlineText = (xs: RichInline[]) => xs.map((x) => (x.type === 'text' ? x.text : ' ')).join('');

export function richInlines(xs: RichInline[]): Inline[] {
  const out: Inline[] = [];
  for (const x of xs) {
    if (x.type === 'hardBreak') {
      const last = out[out.length - 1];
      if (last) last.br = true;
      else out.push({ text: '', br: true });
      continue;
    }
    const run: Inline = { text: x.text };
    for (const m of x.marks ?? []) {
      if (m.type === 'bold') run.bold = true;
      else if (m.type === 'italic') run.italic = true;
      else run.href = m.attrs.href;
    }
    out.push(run);
  }
  return out;
}

function listBlock(l: RichList): Block {
  return {
    type: 'list',
    ordered: l.type === 'orderedList',
    ...(l.type === 'orderedList' && l.attrs?.start && l.attrs.start !== 1 && { start: l.attrs.start }),
    items: l.content.map((item) =>
      item.content
        .map((c) => (c.type === 'paragraph' ? richBlock(c) : listBlock(c)))
        .filter((b): b is Block => b !== null),
    ),
  };
}

function richBlock(b: RichBlock): Block | null {
  switch (b.type) {
    case 'paragraph': {
      const content = richInlines(b.content ?? []);
      return content.length === 0 ? null : { type: 'paragraph', content };
    }
    case 'image': {
      const id = IMAGE_SRC.exec(b.attrs.src)?.[1];
      if (!id) return null;
      return { type: 'image', imageId: id, alt: b.attrs.alt, ...(b.attrs.title && { title: b.attrs.title }) };
    }
    case 'bulletList':
    case 'orderedList':
      return listBlock(b as RichList);
    default:
      return null;
  }
}
