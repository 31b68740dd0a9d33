import { Card, Heading, Paragraph, Table } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { economyApi } from '../../api/endpoints.ts';
import { DRIVERS, type EconomyDrivers, type EconomyKey, type KeyPurpose } from '../../api/types.ts';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { Loading } from '../../components/Loading.tsx';
import { TableScroll } from '../../components/TableScroll.tsx';
import { formatDateTime, formatNumber } from '../../lib/format.ts';
import { useAsync } from '../../lib/useAsync.ts';
import { DriversForm } from './DriversForm.tsx';
import { formatPercent } from './format.ts';
import { KeyForm } from './KeyForm.tsx';
import { Section, useEconomy, useNotice } from './shared.tsx';

/** The year's operating and investment keys, the drivers they build on, and forms to set them. */
export function KeysPage() {
  const { t } = useTranslation();
  const { year, editor, drivers } = useEconomy();
  const keys = useAsync(() => economyApi.keys(year), String(year));
  const [notice, say] = useNotice();

  return (
    <>
      {notice}
      <Section id="keys-heading" title={t('economy.keys.title', { year })} intro={t('economy.keys.intro')}>
        {keys.error !== undefined && <ErrorMessage error={keys.error} onRetry={keys.reload} level={3} />}
        {keys.loading && !keys.data && <Loading />}
        {keys.data && (
          <div className="key-grid">
            <KeyCard purpose="operating" economyKey={keys.data.operating} year={year} />
            <KeyCard purpose="investment" economyKey={keys.data.investment} year={year} />
          </div>
        )}
      </Section>
      <Section id="drivers-heading" title={t('economy.drivers.title', { year })} intro={t('economy.drivers.intro')}>
        {drivers.error !== undefined && <ErrorMessage error={drivers.error} onRetry={drivers.reload} level={3} />}
        {drivers.loading && !drivers.data && <Loading />}
        {drivers.data && <DriversTable drivers={drivers.data} />}
      </Section>
      {editor && drivers.data && (
        <DriversForm
          year={year}
          drivers={drivers.data}
          onSaved={(saved, label) => {
            drivers.setData(saved);
            say(t('economy.drivers.saved', { driver: label }));
          }}
        />
      )}
      {editor && keys.data && drivers.data && (
        <KeyForm
          year={year}
          keys={keys.data}
          members={drivers.data.members}
          onSaved={(saved) => {
            keys.setData({ ...keys.data!, [saved.purpose]: saved });
            say(t('economy.keys.saved', { key: t(`economy.keys.purpose.${saved.purpose}`).toLowerCase(), year }));
          }}
        />
      )}
    </>
  );
}

function KeyCard({ purpose, economyKey, year }: { purpose: KeyPurpose; economyKey: EconomyKey | null; year: number }) {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  const title = t(`economy.keys.purpose.${purpose}`);
  const headingId = `key-${purpose}-heading`;
  if (!economyKey)
    return (
      <Card className="key-card" data-color="neutral" variant="tinted">
        <Heading level={3} data-size="xs" id={headingId}>
          {title}
        </Heading>
        <Paragraph data-size="sm">
          {purpose === 'operating' ? t('economy.keys.noOperating', { year }) : t('economy.keys.noInvestment', { year })}
        </Paragraph>
      </Card>
    );
  const spec = economyKey.spec;
  const caption = t('economy.keys.caption', { key: title.toLowerCase(), year });
  return (
    <Card className="key-card" data-color="neutral" variant="tinted">
      <Heading level={3} data-size="xs" id={headingId}>
        {title}
      </Heading>
      <dl className="facts facts--compact">
        <div>
          <dt>{t('economy.keys.kind')}</dt>
          <dd>{t(`economy.keys.kinds.${economyKey.kind}`)}</dd>
        </div>
        {spec.kind === 'formula' && (
          <>
            <div>
              <dt>{t('economy.keys.equal')}</dt>
              <dd>{formatPercent(spec.equal, lng)}</dd>
            </div>
            <div>
              <dt>{t('economy.keys.weights')}</dt>
              <dd>
                {spec.drivers.length === 0
                  ? t('common.none')
                  : spec.drivers
                      .map((d) => `${t(`economy.drivers.names.${d.driver}`)} ${formatPercent(d.weight, lng)}`)
                      .join(', ')}
              </dd>
            </div>
          </>
        )}
        {spec.kind === 'fixed' && spec.normalize && (
          <div>
            <dt>{t('economy.keys.normalized')}</dt>
            <dd>{t('common.yes')}</dd>
          </div>
        )}
        <div>
          <dt>{t('economy.keys.decision')}</dt>
          <dd>{economyKey.decision || t('common.none')}</dd>
        </div>
        <div>
          <dt>{t('economy.keys.setAt')}</dt>
          <dd>{formatDateTime(economyKey.createdAt, lng)}</dd>
        </div>
      </dl>
      <TableScroll label={caption}>
        <Table className="data-table key-table" data-size="sm">
          <caption className="table-caption">{caption}</caption>
          <Table.Head>
            <Table.Row>
              <Table.HeaderCell scope="col">{t('economy.member')}</Table.HeaderCell>
              <Table.HeaderCell scope="col" className="num">
                {t('economy.keys.share')}
              </Table.HeaderCell>
            </Table.Row>
          </Table.Head>
          <Table.Body>
            {economyKey.shares.map((s) => (
              <Table.Row key={s.memberId}>
                <Table.HeaderCell scope="row">{s.name}</Table.HeaderCell>
                <Table.Cell className="num">{formatPercent(s.percent, lng)}</Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      </TableScroll>
    </Card>
  );
}

function DriversTable({ drivers }: { drivers: EconomyDrivers }) {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  const caption = t('economy.drivers.caption', { year: drivers.year });
  if (drivers.members.length === 0) return <Paragraph className="muted">{t('economy.drivers.noMembers')}</Paragraph>;
  return (
    <TableScroll label={caption}>
      <Table className="data-table drivers-table" data-size="sm">
        <caption className="table-caption">{caption}</caption>
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell scope="col">{t('economy.member')}</Table.HeaderCell>
            {DRIVERS.map((d) => (
              <Table.HeaderCell key={d} scope="col" className="num">
                {t(`economy.drivers.names.${d}`)}
              </Table.HeaderCell>
            ))}
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {drivers.members.map((m) => (
            <Table.Row key={m.memberId}>
              <Table.HeaderCell scope="row">{m.name}</Table.HeaderCell>
              {DRIVERS.map((d) => {
                const v = m.values[d];
                return (
                  <Table.Cell key={d} className="num">
                    {v === undefined ? <span className="muted">{t('common.none')}</span> : formatNumber(v, lng)}
                  </Table.Cell>
                );
              })}
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </TableScroll>
  );
}
