import './rich-text.css';
import { Button } from '@digdir/designsystemet-react';
import type { Editor } from '@tiptap/react';
import { useEditorState } from '@tiptap/react';
import { type KeyboardEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

interface Tool {
  key: string;
  /** toggles: whether the format is on where the cursor is (aria-pressed); actions have none */
  pressed?: boolean;
  disabled?: boolean;
  run: () => void;
  /** starts a group (a thin line before it) */
  group?: boolean;
  shortcut?: string;
}

/**
 * The formatting toolbar: one tab stop (the ARIA toolbar pattern), arrow keys, Home and End move
 * between the buttons, Escape goes back to the text. Toggles carry aria-pressed.
 */
export function EditorToolbar({
  editor,
  editorId,
  onLink,
  onImage,
  toolbarRef,
}: {
  editor: Editor;
  editorId: string;
  onLink: () => void;
  onImage: () => void;
  toolbarRef: React.RefObject<HTMLDivElement | null>;
}) {
  const { t } = useTranslation();
  const [current, setCurrent] = useState(0);
  const buttons = useRef<(HTMLButtonElement | null)[]>([]);
  const state = useEditorState({
    editor,
    selector: ({ editor: e }) => ({
      h2: e.isActive('heading', { level: 2 }),
      h3: e.isActive('heading', { level: 3 }),
      bold: e.isActive('bold'),
      italic: e.isActive('italic'),
      bullet: e.isActive('bulletList'),
      ordered: e.isActive('orderedList'),
      link: e.isActive('link'),
      image: e.isActive('image'),
      canUndo: e.can().undo(),
      canRedo: e.can().redo(),
    }),
  });
  const chain = () => editor.chain().focus();
  const tools: Tool[] = [
    { key: 'h2', pressed: state.h2, run: () => chain().toggleHeading({ level: 2 }).run() },
    { key: 'h3', pressed: state.h3, run: () => chain().toggleHeading({ level: 3 }).run() },
    { key: 'bold', pressed: state.bold, run: () => chain().toggleBold().run(), group: true, shortcut: 'Control+B' },
    { key: 'italic', pressed: state.italic, run: () => chain().toggleItalic().run(), shortcut: 'Control+I' },
    { key: 'bulletList', pressed: state.bullet, run: () => chain().toggleBulletList().run(), group: true },
    { key: 'orderedList', pressed: state.ordered, run: () => chain().toggleOrderedList().run() },
    { key: 'link', pressed: state.link, run: onLink, group: true },
    { key: 'image', run: onImage },
    { key: 'undo', disabled: !state.canUndo, run: () => chain().undo().run(), group: true, shortcut: 'Control+Z' },
    { key: 'redo', disabled: !state.canRedo, run: () => chain().redo().run(), shortcut: 'Control+Shift+Z' },
  ];
  const active = Math.min(current, tools.length - 1);

  const move = (to: number) => {
    const n = (to + tools.length) % tools.length;
    setCurrent(n);
    buttons.current[n]?.focus();
  };
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (e.key === 'ArrowRight') move(active + 1);
    else if (e.key === 'ArrowLeft') move(active - 1);
    else if (e.key === 'Home') move(0);
    else if (e.key === 'End') move(tools.length - 1);
    else if (e.key === 'Escape') editor.commands.focus();
    else return;
    e.preventDefault();
  };

  return (
    <div
      ref={toolbarRef}
      role="toolbar"
      aria-label={t('richText.toolbar')}
      aria-controls={editorId}
      className="rich-toolbar"
      onKeyDown={onKeyDown}
    >
      {tools.map((tool, i) => (
        <span
          key={tool.key}
          className={tool.group ? 'rich-toolbar__item rich-toolbar__item--group' : 'rich-toolbar__item'}
        >
          <Button
            ref={(el) => {
              buttons.current[i] = el;
            }}
            type="button"
            variant="tertiary"
            data-size="sm"
            data-tool={tool.key}
            tabIndex={i === active ? 0 : -1}
            aria-pressed={tool.pressed === undefined ? undefined : tool.pressed}
            aria-disabled={tool.disabled || undefined}
            aria-keyshortcuts={tool.shortcut}
            className="rich-toolbar__button"
            onFocus={() => setCurrent(i)}
            // keep the text's selection while the mouse is pressed on a button
            onMouseDown={(e) => e.preventDefault()}
            onClick={() => {
              if (!tool.disabled) tool.run();
            }}
          >
            {tool.key === 'image' && state.image ? t('richText.tools.imageAlt') : t(`richText.tools.${tool.key}`)}
          </Button>
        </span>
      ))}
    </div>
  );
}
