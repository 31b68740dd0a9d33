import { Heading, Link, Paragraph, Table, Tag } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { TableScroll } from '../../components/TableScroll.tsx';
import { formatDateTime } from '../../lib/format.ts';
import { governanceUrls, type MailStatus, type Meeting } from './api.ts';

const MAIL_COLOR: Record<MailStatus, 'neutral' | 'success' | 'danger'> = {
  pending: 'neutral',
  sent: 'success',
  failed: 'danger',
};

/** The notice and minutes as issued, every version, newest first. */
export function DocumentsSection({ meeting: m }: { meeting: Meeting }) {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  const docs = [...m.documents].sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.version - a.version);
  const caption = t('governance.documents.caption');
  return (
    <section aria-labelledby="documents-heading" className="section">
      <Heading level={2} data-size="sm" id="documents-heading" tabIndex={-1}>
        {t('governance.documents.title')}
      </Heading>
      {docs.length === 0 ? (
        <Paragraph className="muted">{t('governance.documents.none')}</Paragraph>
      ) : (
        <TableScroll label={caption}>
          <Table className="data-table gov-documents" data-size="sm">
            <caption className="table-caption">{caption}</caption>
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell scope="col">{t('governance.documents.document')}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t('governance.documents.file')}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t('governance.documents.created')}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t('governance.documents.published')}</Table.HeaderCell>
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {docs.map((d) => (
                <Table.Row key={d.id} data-kind={d.kind} data-version={d.version}>
                  <Table.HeaderCell scope="row">
                    <Link href={governanceUrls.document(d.id)} target="_blank" rel="noopener">
                      {t(`governance.documents.kinds.${d.kind}`, { version: d.version })}
                    </Link>
                  </Table.HeaderCell>
                  <Table.Cell className="break">{d.fileName}</Table.Cell>
                  <Table.Cell className="nowrap">{formatDateTime(d.createdAt, lng)}</Table.Cell>
                  <Table.Cell>
                    {d.publishedAt ? (
                      formatDateTime(d.publishedAt, lng)
                    ) : (
                      <span className="muted">{t('governance.documents.notPublished')}</span>
                    )}
                  </Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </TableScroll>
      )}
    </section>
  );
}

/** The mail sent about the meeting (the notice, the minutes): who, what, and whether it went. */
export function MailLog({ meeting: m }: { meeting: Meeting }) {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  const caption = t('governance.mail.caption');
  return (
    <section aria-labelledby="mail-heading" className="section">
      <Heading level={2} data-size="sm" id="mail-heading">
        {t('governance.mail.title')}
      </Heading>
      {m.mails.length === 0 ? (
        <Paragraph className="muted">{t('governance.mail.none')}</Paragraph>
      ) : (
        <TableScroll label={caption}>
          <Table className="data-table gov-mail" data-size="sm">
            <caption className="table-caption">{caption}</caption>
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell scope="col">{t('governance.mail.to')}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t('governance.mail.subject')}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t('governance.mail.status')}</Table.HeaderCell>
                <Table.HeaderCell scope="col" className="num">
                  {t('governance.mail.attempts')}
                </Table.HeaderCell>
                <Table.HeaderCell scope="col">{t('governance.mail.lastError')}</Table.HeaderCell>
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {m.mails.map((x) => (
                <Table.Row key={x.id}>
                  <Table.HeaderCell scope="row" className="break">
                    {x.to}
                  </Table.HeaderCell>
                  <Table.Cell className="break">{x.subject}</Table.Cell>
                  <Table.Cell>
                    <Tag data-color={MAIL_COLOR[x.status]} data-size="sm">
                      {t(`governance.mail.statuses.${x.status}`)}
                    </Tag>
                    {x.sentAt && <span className="muted nowrap"> {formatDateTime(x.sentAt, lng)}</span>}
                  </Table.Cell>
                  <Table.Cell className="num">{x.attempts}</Table.Cell>
                  <Table.Cell className="break">
                    {x.lastError ? (
                      <span lang="en">{x.lastError}</span>
                    ) : (
                      <span className="muted">{t('common.none')}</span>
                    )}
                  </Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </TableScroll>
      )}
    </section>
  );
}
