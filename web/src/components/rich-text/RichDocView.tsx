import type { ReactNode } from 'react';
import type { RichBlock, RichDoc, RichInline, RichList } from '../../api/types.ts';
import { SAFE_HREF } from './rich-doc.ts';

/** Images of our own server only (the API refuses others; a stored document is still not trusted). */
const OWN_IMAGE = /^\/api\/[a-z]+\/images\/[0-9a-f-]{36}$/;

function Inlines({ nodes }: { nodes: RichInline[] | undefined }) {
  return (
    <>
      {(nodes ?? []).map((n, i) => {
        const key = `${i}`;
        if (n.type === 'hardBreak') return <br key={key} />;
        let out: ReactNode = n.text;
        for (const m of n.marks ?? []) {
          if (m.type === 'bold') out = <strong>{out}</strong>;
          else if (m.type === 'italic') out = <em>{out}</em>;
        }
        const link = n.marks?.find((m) => m.type === 'link');
        if (link && link.type === 'link' && SAFE_HREF.test(link.attrs.href)) {
          const external = /^https?:/i.test(link.attrs.href);
          out = (
            <a href={link.attrs.href} {...(external && { rel: 'noopener noreferrer' })}>
              {out}
            </a>
          );
        }
        return <span key={key}>{out}</span>;
      })}
    </>
  );
}

function List({ list }: { list: RichList }) {
  const items = list.content.map((item, i) => (
    // biome-ignore lint/suspicious/noArrayIndexKey: a stored document is shown as it is, never reordered
    <li key={i}>
      {item.content.map((c, j) =>
        c.type === 'paragraph' ? (
          // biome-ignore lint/suspicious/noArrayIndexKey: as above
          <p key={j}>
            <Inlines nodes={c.content} />
          </p>
        ) : (
          // biome-ignore lint/suspicious/noArrayIndexKey: as above
          <List key={j} list={c} />
        ),
      )}
    </li>
  ));
  if (list.type === 'orderedList') return <ol start={list.attrs?.start}>{items}</ol>;
  return <ul>{items}</ul>;
}

function Block({ block }: { block: RichBlock }) {
  switch (block.type) {
    case 'paragraph':
      return (
        <p>
          <Inlines nodes={block.content} />
        </p>
      );
    case 'heading':
      return block.attrs.level === 3 ? (
        <h3>
          <Inlines nodes={block.content} />
        </h3>
      ) : (
        <h2>
          <Inlines nodes={block.content} />
        </h2>
      );
    case 'image':
      return OWN_IMAGE.test(block.attrs.src) ? (
        <img src={block.attrs.src} alt={block.attrs.alt} loading="lazy" />
      ) : null;
    case 'bulletList':
    case 'orderedList':
      return <List list={block} />;
    default:
      return null;
  }
}

/**
 * Rich text for reading (a help article's body), built as React elements from the stored document:
 * paragraphs, headings 2 and 3, lists, images of our own server with their text alternative, and
 * text with bold, italic and links. No HTML string is ever inserted.
 */
export function RichDocView({ doc, className }: { doc: RichDoc; className?: string }) {
  return (
    <div className={className ? `rich-text ${className}` : 'rich-text'}>
      {(doc.content ?? []).map((b, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: a stored document is shown as it is, never reordered
        <Block key={i} block={b} />
      ))}
    </div>
  );
}
