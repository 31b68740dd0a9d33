import { Heading, Link } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { serviceDeskApi, ticketFileUrl } from '../../api/endpoints.ts';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { formatBytes, formatDateTime } from '../../lib/format.ts';
import { useAsync } from '../../lib/useAsync.ts';

/** "Vedlegg": the files kept on a ticket (from e-mail), as download links; nothing when there are none. */
export function TicketFiles({ ticketId }: { ticketId: string }) {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  const files = useAsync(() => serviceDeskApi.files(ticketId), ticketId);
  const items = files.data?.files ?? [];
  if (files.error === undefined && items.length === 0) return null;
  return (
    <section aria-labelledby="files-heading" className="section">
      <Heading level={2} data-size="sm" id="files-heading">
        {t('ticket.files')}
      </Heading>
      {files.error !== undefined && <ErrorMessage error={files.error} onRetry={files.reload} level={3} />}
      {items.length > 0 && (
        <ul className="plain-list ticket-files">
          {items.map((f) => (
            <li key={f.id} data-file={f.fileName}>
              <Link href={ticketFileUrl(ticketId, f.id)} download={f.fileName} className="break">
                {f.fileName}
              </Link>{' '}
              <span className="muted">
                ({formatBytes(f.sizeBytes, lng)}, {t(`ticket.fileSources.${f.source}`)},{' '}
                <time dateTime={f.createdAt}>{formatDateTime(f.createdAt, lng)}</time>)
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
