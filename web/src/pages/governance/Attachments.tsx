import { Button, Heading, Link, Paragraph, Spinner, Textfield } from '@digdir/designsystemet-react';
import type { TFunction } from 'i18next';
import { type FormEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client.ts';
import { errorText } from '../../lib/errors.ts';
import { formatBytes } from '../../lib/format.ts';
import { fileToBase64 } from '../economy/format.ts';
import { type GovCase, governanceApi, governanceUrls } from './api.ts';

/** The server's limit (meetings.service MAX_ATTACHMENT_BYTES); checked here too so a large file is not sent. */
const MAX_BYTES = 25 * 1024 * 1024;
const ACCEPT =
  '.pdf,.docx,.xlsx,.pptx,.doc,.xls,.ppt,.odt,.ods,.odp,.png,.jpg,.jpeg,.gif,.webp,application/pdf,image/*';

/** A case's attachments as download links, and for the secretary an upload (read, base64, send). */
export function Attachments({
  item: c,
  editable,
  onCase,
  say,
}: {
  item: GovCase;
  editable: boolean;
  onCase: (c: GovCase) => void;
  say: (text: string) => void;
}) {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  const [file, setFile] = useState<File>();
  const [fieldError, setFieldError] = useState<string>();
  const [phase, setPhase] = useState<'reading' | 'uploading'>();
  const inputRef = useRef<HTMLInputElement>(null);
  const prefix = `attach-${c.id}`;

  if (!editable && c.attachments.length === 0) return null;

  const fail = (message: string) => {
    setFieldError(message);
    requestAnimationFrame(() => inputRef.current?.focus());
  };

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (phase) return;
    if (!file) return fail(t('governance.attachments.chooseFile'));
    if (file.size === 0) return fail(t('governance.attachments.empty', { file: file.name }));
    if (file.size > MAX_BYTES)
      return fail(t('governance.attachments.tooLarge', { file: file.name, size: formatBytes(file.size, lng) }));
    setFieldError(undefined);
    try {
      setPhase('reading');
      const content = await fileToBase64(file);
      setPhase('uploading');
      const added = await governanceApi.addAttachment(c.id, file.name, content);
      onCase({ ...c, attachments: [...c.attachments, added] });
      setFile(undefined);
      if (inputRef.current) inputRef.current.value = '';
      say(t('governance.attachments.added', { file: added.fileName, label: c.number ?? c.title }));
    } catch (err) {
      fail(uploadError(t, err, file.name));
    } finally {
      setPhase(undefined);
    }
  };

  return (
    <div className="gov-case__block gov-attachments">
      <Heading level={4} data-size="2xs">
        {t('governance.attachments.title')}
      </Heading>
      {c.attachments.length === 0 ? (
        <Paragraph data-size="sm" className="muted">
          {t('governance.attachments.none')}
        </Paragraph>
      ) : (
        <ul className="gov-attachments__list">
          {c.attachments.map((a) => (
            <li key={a.id}>
              <Link href={governanceUrls.attachment(a.id)} download={a.fileName}>
                {a.fileName}
              </Link>{' '}
              <span className="muted">({formatBytes(a.sizeBytes, lng)})</span>
            </li>
          ))}
        </ul>
      )}
      {editable && (
        <form onSubmit={submit} noValidate className="form form--compact gov-upload">
          <Textfield
            ref={inputRef}
            type="file"
            label={t('governance.attachments.file', { label: c.number ?? c.title })}
            description={t('governance.attachments.help')}
            name={prefix}
            accept={ACCEPT}
            onChange={(e) => {
              setFile((e.target as HTMLInputElement).files?.[0] ?? undefined);
              setFieldError(undefined);
            }}
            error={fieldError}
          />
          <div className="button-row gov-upload__row">
            <Button type="submit" variant="secondary" data-size="sm" disabled={phase !== undefined}>
              {t('governance.attachments.upload')}
              <span className="visually-hidden"> {t('governance.case.which', { label: c.number ?? c.title })}</span>
            </Button>
            <span role="status" className="gov-upload__status">
              {phase && file && (
                <>
                  <Spinner aria-hidden="true" data-size="xs" />{' '}
                  {phase === 'reading'
                    ? t('governance.attachments.reading', { file: file.name })
                    : t('governance.attachments.uploading', {
                        file: file.name,
                        size: formatBytes(file.size, lng),
                      })}
                </>
              )}
            </span>
          </div>
        </form>
      )}
    </div>
  );
}

/** The server's refusal of an upload in the user's words: wrong type, too large, empty, or the general text. */
function uploadError(t: TFunction, err: unknown, fileName: string): string {
  if (err instanceof ApiError) {
    if (err.code === 'payload_too_large') return t('governance.attachments.tooLargeServer', { file: fileName });
    const issue = err.issues.find((i) => i.path === 'file' || i.path === 'contentBase64' || i.path === 'fileName');
    if (issue) {
      if (/empty/i.test(issue.message)) return t('governance.attachments.empty', { file: fileName });
      // "… (it is text/plain)" names what the file turned out to be.
      const found = /\(it is ([^)]+)\)/.exec(issue.message)?.[1];
      return found
        ? t('governance.attachments.wrongTypeFound', { file: fileName, type: found })
        : t('governance.attachments.wrongType', { file: fileName });
    }
  }
  return errorText(t, err);
}
