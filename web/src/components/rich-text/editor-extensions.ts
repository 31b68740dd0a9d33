// The editor's schema: exactly the nodes and marks rich text may hold (see rich-doc.ts), so
// neither typing, shortcuts nor pasting can produce what the API refuses.
import { Extension } from '@tiptap/core';
import Image from '@tiptap/extension-image';
import StarterKit from '@tiptap/starter-kit';
import { SAFE_HREF } from './rich-doc.ts';

/** Keyboard commands of the page around the editor (save, go to the toolbar). */
export interface EditorKeys {
  save: () => void;
  toToolbar: () => void;
}

export function editorExtensions(keys: { current: EditorKeys }) {
  return [
    StarterKit.configure({
      blockquote: false,
      codeBlock: false,
      code: false,
      horizontalRule: false,
      strike: false,
      underline: false,
      heading: { levels: [2, 3] },
      link: {
        openOnClick: false,
        autolink: true,
        linkOnPaste: true,
        defaultProtocol: 'https',
        protocols: [],
        isAllowedUri: (url) => SAFE_HREF.test(url),
      },
    }),
    Image.configure({ inline: false, allowBase64: false }),
    Extension.create({
      name: 'pageKeys',
      addKeyboardShortcuts() {
        return {
          'Mod-s': () => {
            keys.current.save();
            return true;
          },
          // the usual way from a rich-text field to its toolbar (as in CKEditor and TinyMCE)
          'Alt-F10': () => {
            keys.current.toToolbar();
            return true;
          },
        };
      },
    }),
  ];
}
