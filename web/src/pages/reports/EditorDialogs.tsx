import { Button, Dialog, Heading, Paragraph, Spinner, Textfield } from '@digdir/designsystemet-react';
import type { Editor } from '@tiptap/react';
import type { TFunction } from 'i18next';
import { type FormEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client.ts';
import { reportsApi } from '../../api/endpoints.ts';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { errorText } from '../../lib/errors.ts';
import { formatBytes } from '../../lib/format.ts';
import { focusFirstInvalid } from '../../lib/forms.ts';
import { fileToBase64 } from '../economy/format.ts';
import { linkHref } from './rich-doc.ts';

/** The API's limits on an image (reports.service). */
const MAX_IMAGE_BYTES = 10 * 1024 * 1024;
const IMAGE_TYPES = ['image/png', 'image/jpeg', 'image/gif', 'image/webp'];
const MAX_ALT = 500;

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
    if (!href.trim()) found.href = t('reports.editor.link.hrefMissing');
    else if (!url) found.href = t('reports.editor.link.hrefInvalid');
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
        {onLink ? t('reports.editor.link.editTitle') : t('reports.editor.link.title')}
      </Heading>
      <Textfield
        label={t('reports.editor.link.href')}
        description={t('reports.editor.link.hrefHelp')}
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
          label={`${t('reports.editor.link.text')} ${t('common.optional')}`}
          description={t('reports.editor.link.textHelp')}
          name="linkText"
          value={text}
          onChange={(e) => setText(e.target.value)}
          error={errors.text}
        />
      )}
      <div className="button-row">
        <Button type="submit" data-color="accent">
          {onLink ? t('reports.editor.link.change') : t('reports.editor.link.insert')}
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
            {t('reports.editor.link.remove')}
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
  reportId,
  open,
  onClose,
  onInserted,
}: {
  editor: Editor;
  reportId: string;
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
          reportId={reportId}
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
  reportId,
  onDone,
}: {
  editor: Editor;
  reportId: string;
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

  const submit = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    e.stopPropagation();
    if (phase) return;
    const form = e.currentTarget;
    const found: typeof errors = {};
    const text = alt.trim();
    if (!onImage) {
      if (!file) found.file = t('reports.editor.image.fileMissing');
      else if (!IMAGE_TYPES.includes(file.type)) found.file = t('reports.editor.image.wrongType', { file: file.name });
      else if (file.size === 0) found.file = t('reports.editor.image.empty', { file: file.name });
      else if (file.size > MAX_IMAGE_BYTES)
        found.file = t('reports.editor.image.tooLarge', { file: file.name, size: formatBytes(file.size, lng) });
    }
    if (!text) found.alt = t('reports.editor.image.altMissing');
    else if (text.length > MAX_ALT) found.alt = t('reports.create.tooLong', { max: MAX_ALT });
    setErrors(found);
    setError(undefined);
    if (Object.keys(found).length > 0) return focusFirstInvalid(form);
    if (onImage) {
      editor.chain().focus().updateAttributes('image', { alt: text }).run();
      onDone(t('reports.editor.image.altChanged'));
      return;
    }
    try {
      setPhase('reading');
      const content = await fileToBase64(file!);
      setPhase('uploading');
      const image = await reportsApi.uploadImage(reportId, file!.name, content);
      // images stand at the top level of the text: after the block the cursor is in
      const { $from } = editor.state.selection;
      const at = $from.depth === 0 ? $from.pos : $from.after(1);
      editor
        .chain()
        .focus()
        .insertContentAt(at, { type: 'image', attrs: { src: image.src, alt: text } })
        .run();
      onDone(t('reports.editor.image.inserted', { file: file!.name }));
    } catch (err) {
      const message = uploadError(t, err, file!.name);
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
        {onImage ? t('reports.editor.image.altTitle') : t('reports.editor.image.title')}
      </Heading>
      {error !== undefined && <ErrorMessage error={error} level={3} />}
      {!onImage && (
        <Textfield
          ref={fileRef}
          type="file"
          label={t('reports.editor.image.file')}
          description={t('reports.editor.image.fileHelp')}
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
        label={t('reports.editor.image.alt')}
        description={t('reports.editor.image.altHelp')}
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
          {onImage ? t('reports.editor.image.saveAlt') : t('reports.editor.image.insert')}
        </Button>
        <Button type="button" variant="secondary" onClick={() => onDone()}>
          {t('common.cancel')}
        </Button>
      </div>
      <Paragraph data-size="sm" role="status" className="reports-upload-status">
        {phase && file && (
          <>
            <Spinner aria-hidden="true" data-size="xs" />{' '}
            {phase === 'reading'
              ? t('reports.editor.image.reading', { file: file.name })
              : t('reports.editor.image.uploading', { file: file.name, size: formatBytes(file.size, lng) })}
          </>
        )}
      </Paragraph>
    </form>
  );
}

/** The server's refusal of an image in the user's words, or undefined for errors that are not about the file. */
function uploadError(t: TFunction, err: unknown, fileName: string): string | undefined {
  if (!(err instanceof ApiError)) return undefined;
  if (err.code === 'payload_too_large') return t('reports.editor.image.tooLargeServer', { file: fileName });
  if (err.code === 'validation_failed' || err.code === 'bad_request') {
    const issue = err.issues.find((i) => ['file', 'contentBase64', 'fileName'].includes(i.path));
    if (issue || err.issues.length === 0) return t('reports.editor.image.refused', { file: fileName });
  }
  return err.code === 'network' ? errorText(t, err) : undefined;
}
