import { Button, Table } from '@digdir/designsystemet-react';
import { Fragment, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AuditEntry } from '../../api/types.ts';
import { TableScroll } from '../../components/TableScroll.tsx';
import { formatDateTime } from '../../lib/format.ts';
import { AuditDetails } from './AuditDetails.tsx';
import { subjectOf } from './values.ts';

interface Props {
  entries: AuditEntry[];
  /** id of the first entry of the last page loaded: focus goes there after "Show more" */
  focusId: number | undefined;
}

const COLUMNS = 6;

/** The audit log: one row per event, each with its before/after values on demand. */
export function AuditTable({ entries, focusId }: Props) {
  const { t, i18n } = useTranslation();
  const [open, setOpen] = useState<Set<number>>(new Set());
  const toggle = (id: number) =>
    setOpen((s) => {
      const next = new Set(s);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
  const label = (group: 'actions' | 'entityTypes', key: string) => t(`audit.${group}.${key}`, { defaultValue: key });

  return (
    <TableScroll label={t('audit.caption')}>
      <Table className="data-table audit-table">
        <caption className="visually-hidden">{t('audit.caption')}</caption>
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell scope="col">{t('audit.time')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('audit.actor')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('audit.action')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('audit.what')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('audit.summary')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('audit.details')}</Table.HeaderCell>
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {entries.map((e) => {
            const expanded = open.has(e.id);
            const detailsId = `audit-details-${e.id}`;
            const subject = subjectOf(e.before, e.after);
            const hasValues = !!e.before || !!e.after;
            return (
              <Fragment key={e.id}>
                <Table.Row data-entry={e.id}>
                  <Table.HeaderCell scope="row" className="nowrap" tabIndex={e.id === focusId ? -1 : undefined}>
                    <time dateTime={e.at}>{formatDateTime(e.at, i18n.language)}</time>
                  </Table.HeaderCell>
                  <Table.Cell>
                    {e.actorUserId ? e.actorName : <span className="muted">{e.actorName || t('audit.system')}</span>}
                  </Table.Cell>
                  <Table.Cell>{label('actions', e.action)}</Table.Cell>
                  <Table.Cell>
                    <span className="audit-what__type">{label('entityTypes', e.entityType)}</span>
                    {subject && <span className="audit-what__subject break">{subject}</span>}
                  </Table.Cell>
                  <Table.Cell lang="en" className="break">
                    {e.summary}
                  </Table.Cell>
                  <Table.Cell>
                    {hasValues ? (
                      <Button
                        variant="tertiary"
                        data-size="sm"
                        aria-expanded={expanded}
                        aria-controls={expanded ? detailsId : undefined}
                        onClick={() => toggle(e.id)}
                      >
                        {expanded ? t('audit.hideDetails') : t('audit.showDetails')}
                      </Button>
                    ) : (
                      <span className="muted">{t('common.none')}</span>
                    )}
                  </Table.Cell>
                </Table.Row>
                {expanded && (
                  <Table.Row id={detailsId} className="audit-table__details">
                    <Table.Cell colSpan={COLUMNS}>
                      <AuditDetails entry={e} />
                    </Table.Cell>
                  </Table.Row>
                )}
              </Fragment>
            );
          })}
        </Table.Body>
      </Table>
    </TableScroll>
  );
}
