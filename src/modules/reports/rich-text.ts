// The text staff write in a report section: a ProseMirror/Tiptap document limited to what a council
// report needs — paragraphs, headings (level 2 and 3), bullet and numbered lists, bold, italic,
// links and images uploaded to the report. Everything else is refused at the API, so the renderers
// never meet raw HTML and never have to sanitise it.

import { z } from '@hono/zod-openapi';

export const IMAGE_SRC = /^\/api\/reports\/images\/([0-9a-f-]{36})$/;
const SAFE_HREF = /^(https?:\/\/|mailto:)[^\s<>"']+$/i;

const Mark = z.discriminatedUnion('type', [
  z.object({ type: z.literal('bold') }),
  z.object({ type: z.literal('italic') }),
  z.object({
    type: z.literal('link'),
    // Tiptap also sends target, rel and class; they are accepted and ignored
    attrs: z.looseObject({
      href: z.string().max(2000).regex(SAFE_HREF, 'a link must start with https://, http:// or mailto:'),
    }),
  }),
]);

const TextNode = z.object({
  type: z.literal('text'),
  text: z.string().min(1).max(20_000),
  marks: z.array(Mark).max(3).optional(),
});
const HardBreak = z.object({ type: z.literal('hardBreak') });
const Inline = z.discriminatedUnion('type', [TextNode, HardBreak]);
const inlines = z.array(Inline).max(2000).optional();

const Paragraph = z.object({ type: z.literal('paragraph'), attrs: z.looseObject({}).optional(), content: inlines });
const Heading = z.object({
  type: z.literal('heading'),
  attrs: z.looseObject({ level: z.union([z.literal(2), z.literal(3)]) }),
  content: inlines,
});
const Image = z.object({
  type: z.literal('image'),
  attrs: z.looseObject({
    src: z.string().regex(IMAGE_SRC, 'an image must be one uploaded to the report (/api/reports/images/…)'),
    alt: z.string().trim().min(1, 'an image needs a text alternative (alt)').max(500),
    title: z.string().max(500).nullable().optional(),
  }),
});

/** A list inside a list item: one level of nesting is what a report needs. */
const InnerList = z.object({
  type: z.enum(['bulletList', 'orderedList']),
  attrs: z.looseObject({ start: z.number().int().min(1).max(10_000).optional() }).optional(),
  content: z
    .array(z.object({ type: z.literal('listItem'), content: z.array(Paragraph).min(1).max(50) }))
    .min(1)
    .max(500),
});
const List = z.object({
  type: z.enum(['bulletList', 'orderedList']),
  attrs: z.looseObject({ start: z.number().int().min(1).max(10_000).optional() }).optional(),
  content: z
    .array(
      z.object({
        type: z.literal('listItem'),
        content: z
          .array(z.union([Paragraph, InnerList]))
          .min(1)
          .max(50),
      }),
    )
    .min(1)
    .max(500),
});
export type RichList = z.infer<typeof List> | z.infer<typeof InnerList>;

const Block = z.union([Paragraph, Heading, Image, List]);

export const RichDocSchema = z
  .object({ type: z.literal('doc'), content: z.array(Block).max(2000) })
  .openapi('RichText', {
    description:
      'A Tiptap/ProseMirror document: paragraph, heading (level 2|3), bulletList, orderedList, listItem, image ' +
      '(src /api/reports/images/{id}, alt required), text with marks bold, italic, link (http, https, mailto), hardBreak.',
  });

export type RichDoc = z.infer<typeof RichDocSchema>;
export type RichBlock = z.infer<typeof Block>;
export type RichInline = z.infer<typeof Inline>;

export const EMPTY_DOC: RichDoc = { type: 'doc', content: [] };

/** The image ids a document refers to. */
export function imageIds(doc: RichDoc): string[] {
  const ids: string[] = [];
  for (const b of doc.content) {
    if (b.type === 'image') {
      const m = IMAGE_SRC.exec(b.attrs.src);
      if (m?.[1]) ids.push(m[1]);
    }
  }
  return ids;
}

/** A document of plain paragraphs (demo data, tests). */
export function plainDoc(...paragraphs: string[]): RichDoc {
  return {
    type: 'doc',
    content: paragraphs.map((text) => ({ type: 'paragraph' as const, content: [{ type: 'text' as const, text }] })),
  };
}
