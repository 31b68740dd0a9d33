import { Heading, Link, Paragraph, Table } from '@digdir/designsystemet-react';
import { Trans, useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import type { Overview } from '../../api/types.ts';
import { TableScroll } from '../../components/TableScroll.tsx';
import { formatDay } from '../../lib/format.ts';

/** Members that left or merged into another; their history stays. */
export function FormerMembers({ overview }: { overview: Overview }) {
  const { t, i18n } = useTranslation();
  const all = new Map([...overview.members, ...overview.formerMembers].map((m) => [m.id, m]));
  return (
    <section aria-labelledby="former-heading" className="section">
      <Heading level={2} data-size="md" id="former-heading">
        {t('overview.formerMembers')}
      </Heading>
      {overview.formerMembers.length === 0 ? (
        <Paragraph className="muted">{t('overview.noFormerMembers')}</Paragraph>
      ) : (
        <TableScroll label={t('overview.formerCaption')}>
          <Table zebra className="data-table">
            <caption className="visually-hidden">{t('overview.formerCaption')}</caption>
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell scope="col">{t('overview.member')}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t('overview.municipalityNumber')}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t('overview.period')}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t('overview.note')}</Table.HeaderCell>
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {overview.formerMembers.map((m) => {
                const merged = m.mergedIntoMemberId ? all.get(m.mergedIntoMemberId) : undefined;
                return (
                  <Table.Row key={m.id}>
                    <Table.HeaderCell scope="row">
                      <Link asChild>
                        <RouterLink to={`/members/${m.id}`}>{m.name}</RouterLink>
                      </Link>
                    </Table.HeaderCell>
                    <Table.Cell>{m.municipalityNumber ?? t('common.none')}</Table.Cell>
                    <Table.Cell>
                      {formatDay(m.joinedOn, i18n.language)}–{formatDay(m.leftOn, i18n.language)}
                    </Table.Cell>
                    <Table.Cell>
                      {merged ? (
                        <Trans
                          i18nKey="overview.mergedInto"
                          values={{ name: merged.name }}
                          components={{ member: <RouterLink to={`/members/${merged.id}`} className="ds-link" /> }}
                        />
                      ) : (
                        t('overview.left')
                      )}
                    </Table.Cell>
                  </Table.Row>
                );
              })}
            </Table.Body>
          </Table>
        </TableScroll>
      )}
    </section>
  );
}
