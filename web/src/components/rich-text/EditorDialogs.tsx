import { Button, Dialog, Heading, Paragraph, Spinner, Textfield } from '@digdir/designsystemet-react';
import type { Editor } from '@tiptap/react';
import type { TFunction } from 'i18next';
import { type FormEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client.ts';
import { errorText } from '../../lib/errors.ts';
import { formatBytes } from '../../lib/format.ts';
import { focusFirstInvalid } from '../../lib/forms.ts';
import { fileToBase64 } from '../../pages/economy/format.ts';
import { ErrorMessage } from '../ErrorMessage.tsx';
import { linkHref } from './rich-doc.ts';

/** The image types the API takes (reports and articles alike). */
const IMAGE_TYPES = ['image/png', 'image/jpeg', 'image/gif', 'image/webp'];
const MAX_ALT = 500;

/** Where the images of a text go: the upload, its size limit, and what to say once one is in. */
export interface ImageUpload {
  /** store the file (its content as base64) and give the address the text refers to it by */
  upload: (file: File, contentBase64: string) => Promise<{ src: string }>;
  maxBytes: number;
  /** 'Bildet x.png er satt inn. Husk å lagre avsnittet.' */
  inserted: (file: string) => string;
  altChanged: string;
}

/** Back to the text once a dialog has closed (the dialog first gives focus back to its toolbar button). */
const backToText = (editor: Editor) => requestAnimationFrame(() => editor.commands.focus());

/**
 * "Lenke": the address of a link on the selected text (or a new link with its own text where nothing
 * is selected); on a link, change its address or remove it.
 */
export function LinkDialog({ editor, open, onClose }: { editor: Editor; open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Dialog
      open={open}
      onClose={() => {
        onClose();
        backToText(editor);
      }}
      closeButton={t('common.close')}
      aria-labelledby="link-dialog-title"
      className="dialog dialog--narrow"
    >
      {open && (
        <LinkForm
          editor={editor}
          onDone={() => {
            onClose();
            backToText(editor);
          }}
        />
      )}
    </Dialog>
  );
}

function LinkForm({ editor, onDone }: { editor: Editor; onDone: () => void }) {
  const { t } = useTranslation();
  // what the dialog works on, as it was when it opened
  const [onLink] = useState(() => editor.isActive('link'));
  const [empty] = useState(() => editor.state.selection.empty);
  const [href, setHref] = useState(() => (onLink ? String(editor.getAttributes('link').href ?? '') : ''));
  const [text, setText] = useState('');
  const [errors, setErrors] = useState<{ href?: string; text?: string }>({});
  const askText = empty && !onLink;

  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    e.stopPropagation();
    const form = e.currentTarget;
    const url = linkHref(href);
    const found: typeof errors = {};
    if (!href.trim()) found.href = t('richText.link.hrefMissing');
    else if (!url) found.href = t('richText.link.hrefInvalid');
    setErrors(found);
    if (!url || Object.keys(found).length > 0) return focusFirstInvalid(form);
    if (onLink) editor.chain().focus().extendMarkRange('link').setLink({ href: url }).run();
    else if (askText)
      editor
        .chain()
        .focus()
        .insertContent({ type: 'text', text: text.trim() || url, marks: [{ type: 'link', attrs: { href: url } }] })
        .run();
    else editor.chain().focus().setLink({ href: url }).run();
    onDone();
  };

  return (
    <form onSubmit={submit} noValidate className="form">
      <Heading level={2} data-size="sm" id="link-dialog-title">
        {onLink ? t('richText.link.editTitle') : t('richText.link.title')}
      </Heading>
      <Textfield
        label={t('richText.link.href')}
        description={t('richText.link.hrefHelp')}
        name="href"
        type="url"
        inputMode="url"
        autoComplete="url"
        value={href}
        onChange={(e) => setHref(e.target.value)}
        error={errors.href}
        required
        autoFocus
      />
      {askText && (
        <Textfield
          label={`${t('richText.link.text')} ${t('common.optional')}`}
          description={t('richText.link.textHelp')}
          name="linkText"
          value={text}
          onChange={(e) => setText(e.target.value)}
          error={errors.text}
        />
      )}
      <div className="button-row">
        <Button type="submit" data-color="accent">
          {onLink ? t('richText.link.change') : t('richText.link.insert')}
        </Button>
        {onLink && (
          <Button
            type="button"
            variant="secondary"
            onClick={() => {
              editor.chain().focus().extendMarkRange('link').unsetLink().run();
              onDone();
            }}
          >
            {t('richText.link.remove')}
          </Button>
        )}
        <Button type="button" variant="secondary" onClick={onDone}>
          {t('common.cancel')}
        </Button>
      </div>
    </form>
  );
}

/**
 * "Bilde": upload an image (PNG, JPEG, GIF, WebP up to 10 MB) with its required text alternative,
 * and insert it after the block the cursor is in; on a selected image, change its text alternative.
 */
export function ImageDialog({
  editor,
  images,
  open,
  onClose,
  onInserted,
}: {
  editor: Editor;
  images: ImageUpload;
  open: boolean;
  onClose: () => void;
  onInserted: (message: string) => void;
}) {
  const { t } = useTranslation();
  return (
    <Dialog
      open={open}
      onClose={() => {
        onClose();
        backToText(editor);
      }}
      closeButton={t('common.close')}
      aria-labelledby="image-dialog-title"
      className="dialog dialog--narrow"
    >
      {open && (
        <ImageForm
          editor={editor}
          images={images}
          onDone={(message) => {
            onClose();
            backToText(editor);
            if (message) onInserted(message);
          }}
        />
      )}
    </Dialog>
  );
}

function ImageForm({
  editor,
  images,
  onDone,
}: {
  editor: Editor;
  images: ImageUpload;
  onDone: (message?: string) => void;
}) {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  const [onImage] = useState(() => editor.isActive('image'));
  const [file, setFile] = useState<File>();
  const [alt, setAlt] = useState(() => (onImage ? String(editor.getAttributes('image').alt ?? '') : ''));
  const [errors, setErrors] = useState<{ file?: string; alt?: string }>({});
  const [error, setError] = useState<unknown>();
  const [phase, setPhase] = useState<'reading' | 'uploading'>();
  const fileRef = useRef<HTMLInputElement>(null);
  const max = Math.round(images.maxBytes / 1024 / 1024);

  const submit = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    e.stopPropagation();
    if (phase) return;
    const form = e.currentTarget;
    const found: typeof errors = {};
    const text = alt.trim();
    if (!onImage) {
      if (!file) found.file = t('richText.image.fileMissing');
      else if (!IMAGE_TYPES.includes(file.type)) found.file = t('richText.image.wrongType', { file: file.name });
      else if (file.size === 0) found.file = t('richText.image.empty', { file: file.name });
      else if (file.size > images.maxBytes)
        found.file = t('richText.image.tooLarge', { file: file.name, size: formatBytes(file.size, lng), max });
    }
    if (!text) found.alt = t('richText.image.altMissing');
    else if (text.length > MAX_ALT) found.alt = t('richText.tooLong', { max: MAX_ALT });
    setErrors(found);
    setError(undefined);
    if (Object.keys(found).length > 0) return focusFirstInvalid(form);
    if (onImage) {
      editor.chain().focus().updateAttributes('image', { alt: text }).run();
      onDone(images.altChanged);
      return;
    }
    try {
      setPhase('reading');
      const content = await fileToBase64(file!);
      setPhase('uploading');
      const image = await images.upload(file!, content);
      // images stand at the top level of the text: after the block the cursor is in
      const { $from } = editor.state.selection;
      const at = $from.depth === 0 ? $from.pos : $from.after(1);
      editor
        .chain()
        .focus()
        .insertContentAt(at, { type: 'image', attrs: { src: image.src, alt: text } })
        .run();
      onDone(images.inserted(file!.name));
    } catch (err) {
      const message = uploadError(t, err, file!.name, max);
      if (message) {
        setErrors({ file: message });
        requestAnimationFrame(() => fileRef.current?.focus());
      } else setError(err);
    } finally {
      setPhase(undefined);
    }
  };

  return (
    <form onSubmit={submit} noValidate className="form">
      <Heading level={2} data-size="sm" id="image-dialog-title">
        {onImage ? t('richText.image.altTitle') : t('richText.image.title')}
      </Heading>
      {error !== undefined && <ErrorMessage error={error} level={3} />}
      {!onImage && (
        <Textfield
          ref={fileRef}
          type="file"
          label={t('richText.image.file')}
          description={t('richText.image.fileHelp', { max })}
          name="image"
          accept={IMAGE_TYPES.join(',')}
          onChange={(e) => {
            setFile((e.target as HTMLInputElement).files?.[0] ?? undefined);
            setErrors((x) => ({ ...x, file: undefined }));
          }}
          error={errors.file}
          required
        />
      )}
      <Textfield
        label={t('richText.image.alt')}
        description={t('richText.image.altHelp')}
        name="alt"
        multiline
        rows={2}
        value={alt}
        onChange={(e) => setAlt(e.target.value)}
        error={errors.alt}
        required
      />
      <div className="button-row">
        <Button type="submit" data-color="accent" disabled={phase !== undefined}>
          {onImage ? t('richText.image.saveAlt') : t('richText.image.insert')}
        </Button>
        <Button type="button" variant="secondary" onClick={() => onDone()}>
          {t('common.cancel')}
        </Button>
      </div>
      <Paragraph data-size="sm" role="status" className="upload-status">
        {phase && file && (
          <>
            <Spinner aria-hidden="true" data-size="xs" />{' '}
            {phase === 'reading'
              ? t('richText.image.reading', { file: file.name })
              : t('richText.image.uploading', { file: file.name, size: formatBytes(file.size, lng) })}
          </>
        )}
      </Paragraph>
    </form>
  );
}

/** The server's refusal of an image in the user's words, or undefined for errors that are not about the file. */
function uploadError(t: TFunction, err: unknown, fileName: string, max: number): string | undefined {
  if (!(err instanceof ApiError)) return undefined;
  if (err.code === 'payload_too_large') return t('richText.image.tooLargeServer', { file: fileName, max });
  if (err.code === 'validation_failed' || err.code === 'bad_request') {
    const issue = err.issues.find((i) => ['file', 'contentBase64', 'fileName', 'mediaType'].includes(i.path));
    if (issue || err.issues.length === 0) return t('richText.image.refused', { file: fileName, max });
  }
  return err.code === 'network' ? errorText(t, err) : undefined;
}
