import { Heading, Link, Paragraph, Table, Tag } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import type { Report } from '../../api/types.ts';
import { isEmptyDoc } from '../../components/rich-text/rich-doc.ts';
import { TableScroll } from '../../components/TableScroll.tsx';
import { formatDateTime } from '../../lib/format.ts';
import { sectionLabel } from './shared.tsx';

/** The editor of a section. */
export const sectionPath = (reportId: string, key: string) =>
  `/reports/${reportId}/sections/${encodeURIComponent(key)}`;

/** The report's sections in document order: number, title, who wrote last, and a link to edit where allowed. */
export function SectionList({ report: r }: { report: Report }) {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  const caption = t('reports.sections.caption');
  const editable = r.sections.some((s) => s.canEdit);
  const numbered = r.sections.some((s) => s.number);
  return (
    <section aria-labelledby="report-sections-heading" className="section">
      <Heading level={2} data-size="sm" id="report-sections-heading">
        {t('reports.sections.title')}
      </Heading>
      <Paragraph data-size="sm" className="muted intro__text">
        {editable ? t('reports.sections.introEdit') : t('reports.sections.introRead')}
      </Paragraph>
      <TableScroll label={caption}>
        <Table className="data-table reports-sections" data-size="sm">
          <caption className="table-caption visually-hidden">{caption}</caption>
          <Table.Head>
            <Table.Row>
              {numbered && (
                <Table.HeaderCell scope="col" className="num">
                  {t('reports.sections.number')}
                </Table.HeaderCell>
              )}
              <Table.HeaderCell scope="col">{t('reports.sections.section')}</Table.HeaderCell>
              <Table.HeaderCell scope="col">{t('reports.sections.updated')}</Table.HeaderCell>
              {editable && <Table.HeaderCell scope="col">{t('reports.sections.actions')}</Table.HeaderCell>}
            </Table.Row>
          </Table.Head>
          <Table.Body>
            {r.sections.map((s) => (
              <Table.Row key={s.key} data-section={s.key} data-can-edit={s.canEdit}>
                {numbered && <Table.Cell className="num nowrap">{s.number}</Table.Cell>}
                <Table.HeaderCell scope="row" className="break">
                  {s.title}
                  {s.canEdit && isEmptyDoc(s.body) && (
                    <>
                      {' '}
                      <Tag data-color="warning" data-size="sm">
                        {t('reports.sections.empty')}
                      </Tag>
                    </>
                  )}
                </Table.HeaderCell>
                <Table.Cell>
                  {s.updatedAt ? (
                    <>
                      <time dateTime={s.updatedAt}>{formatDateTime(s.updatedAt, lng)}</time>
                      {s.updatedBy && <span className="muted"> – {s.updatedBy}</span>}
                    </>
                  ) : (
                    <span className="muted">{t('reports.sections.notWritten')}</span>
                  )}
                </Table.Cell>
                {editable && (
                  <Table.Cell>
                    {s.canEdit && (
                      <Link asChild>
                        <RouterLink to={sectionPath(r.id, s.key)}>
                          {t('reports.sections.edit')}
                          <span className="visually-hidden"> {sectionLabel(s)}</span>
                        </RouterLink>
                      </Link>
                    )}
                  </Table.Cell>
                )}
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      </TableScroll>
    </section>
  );
}
