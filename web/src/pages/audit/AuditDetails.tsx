import { Paragraph, Table, Tag } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import type { AuditEntry } from '../../api/types.ts';
import { useCooperation } from '../../components/CooperationContext.tsx';
import { displayValue } from './values.ts';

/** The before/after values of one audit entry, field by field, changed fields marked. */
export function AuditDetails({ entry }: { entry: AuditEntry }) {
  const { t, i18n } = useTranslation();
  const { memberById } = useCooperation();
  const memberName = (id: string) => memberById.get(id)?.name;
  const keys = [...new Set([...Object.keys(entry.before ?? {}), ...Object.keys(entry.after ?? {})])];
  if (keys.length === 0) return <Paragraph data-size="sm">{t('audit.noChanges')}</Paragraph>;
  const show = (record: Record<string, unknown> | null, key: string) =>
    record ? displayValue(t, i18n.language, key, record[key], memberName) : t('common.none');
  return (
    <Table data-size="sm" className="diff-table">
      <caption className="visually-hidden">{t('audit.detailsLabel', { id: entry.id })}</caption>
      <Table.Head>
        <Table.Row>
          <Table.HeaderCell scope="col">{t('audit.field')}</Table.HeaderCell>
          {entry.before && <Table.HeaderCell scope="col">{t('audit.before')}</Table.HeaderCell>}
          {entry.after && <Table.HeaderCell scope="col">{t('audit.after')}</Table.HeaderCell>}
        </Table.Row>
      </Table.Head>
      <Table.Body>
        {keys.map((key) => {
          const changed =
            !!entry.before && !!entry.after && JSON.stringify(entry.before[key]) !== JSON.stringify(entry.after[key]);
          return (
            <Table.Row key={key} className={changed ? 'diff-table__changed' : undefined}>
              <Table.HeaderCell scope="row">
                <code>{key}</code>
                {changed && (
                  <Tag data-color="warning" data-size="sm" className="diff-table__tag">
                    {t('audit.changed')}
                  </Tag>
                )}
              </Table.HeaderCell>
              {entry.before && <Table.Cell className="break">{show(entry.before, key)}</Table.Cell>}
              {entry.after && <Table.Cell className="break">{show(entry.after, key)}</Table.Cell>}
            </Table.Row>
          );
        })}
      </Table.Body>
    </Table>
  );
}
