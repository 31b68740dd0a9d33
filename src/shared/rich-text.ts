// The rich text staff write (a report section, a help article): a ProseMirror/Tiptap document limited
// to paragraphs, headings (level 2 and 3), bullet and numbered lists, bold, italic, links and images
// uploaded to our own server. Everything else is refused at the API, so the renderers never meet
// raw HTML and never have to sanitise it. Each use names where its images live.

import { z } from '@hono/zod-openapi';

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

const imageNode = (imageSrc: RegExp, where: string) =>
  z.object({
    type: z.literal('image'),
    attrs: z.looseObject({
      src: z.string().regex(imageSrc, `an image must be one uploaded here (${where}…)`),
      alt: z.string().trim().min(1, 'an image needs a text alternative (alt)').max(500),
      title: z.string().max(500).nullable().optional(),
    }),
  });

/** The schema of a document whose images are served at paths matching `imageSrc` (id in group 1). */
export function richDocSchema(imageSrc: RegExp, where: string, name: string) {
  const Block = z.union([Paragraph, Heading, imageNode(imageSrc, where), List]);
  return z.object({ type: z.literal('doc'), content: z.array(Block).max(2000) }).openapi(name, {
    description:
      'A Tiptap/ProseMirror document: paragraph, heading (level 2|3), bulletList, orderedList, listItem, image ' +
      `(src ${where}{id}, alt required), text with marks bold, italic, link (http, https, mailto), hardBreak.`,
  });
}

const AnyImage = imageNode(/^\//, '/');
const Block = z.union([Paragraph, Heading, AnyImage, List]);
const RichDocShape = z.object({ type: z.literal('doc'), content: z.array(Block).max(2000) });

export type RichDoc = z.infer<typeof RichDocShape>;
export type RichBlock = z.infer<typeof Block>;
export type RichInline = z.infer<typeof Inline>;

export const EMPTY_DOC: RichDoc = { type: 'doc', content: [] };

/** The image ids a document refers to (`imageSrc` has the id in group 1). */
export function imageIdsOf(doc: RichDoc, imageSrc: RegExp): string[] {
  const ids: string[] = [];
  for (const b of doc.content) {
    if (b.type === 'image') {
      const m = imageSrc.exec(b.attrs.src);
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
