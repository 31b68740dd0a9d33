import { Heading, Paragraph, Table } from '@digdir/designsystemet-react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { economyApi } from '../../api/endpoints.ts';
import type { EconomyMeasures, EconomyService } from '../../api/types.ts';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { Loading } from '../../components/Loading.tsx';
import { TableScroll } from '../../components/TableScroll.tsx';
import { formatKroner, formatNumber } from '../../lib/format.ts';
import { useAsync } from '../../lib/useAsync.ts';
import { AddMeasureForm, AddServiceForm, QuantitiesForm } from './ServiceForms.tsx';
import { Section, useEconomy, useNotice } from './shared.tsx';

/** Chargeable services (unit price × quantity per member) and savings measures with consequences. */
export function ServicesPage() {
  const { t } = useTranslation();
  const { year, editor, drivers } = useEconomy();
  const services = useAsync(() => economyApi.services(year), String(year));
  const measures = useAsync(() => economyApi.measures(year), String(year));
  const [notice, say] = useNotice();
  const list = services.data?.services ?? [];

  return (
    <>
      {notice}
      <Section id="services-heading" title={t('economy.services.title', { year })} intro={t('economy.services.intro')}>
        {services.error !== undefined && <ErrorMessage error={services.error} onRetry={services.reload} level={3} />}
        {services.loading && !services.data && <Loading />}
        {services.data && list.length === 0 && <Paragraph className="muted">{t('economy.services.empty')}</Paragraph>}
        {list.map((s) => (
          <ServiceTable key={s.id} service={s} year={year} />
        ))}
      </Section>
      {editor && (
        <AddServiceForm
          onAdded={(name) => {
            services.reload();
            say(t('economy.services.added', { name }));
          }}
        />
      )}
      {editor && list.length > 0 && drivers.data && (
        <QuantitiesForm
          year={year}
          services={list}
          members={drivers.data.members}
          onSaved={(saved, name) => {
            services.setData(saved);
            say(t('economy.services.quantitiesSaved', { name }));
          }}
        />
      )}
      <Section id="measures-heading" title={t('economy.measures.title', { year })} intro={t('economy.measures.intro')}>
        {measures.error !== undefined && <ErrorMessage error={measures.error} onRetry={measures.reload} level={3} />}
        {measures.loading && !measures.data && <Loading />}
        {measures.data && <MeasuresTable measures={measures.data} />}
      </Section>
      {editor && (
        <AddMeasureForm
          year={year}
          onAdded={(title) => {
            measures.reload();
            say(t('economy.measures.added', { title }));
          }}
        />
      )}
    </>
  );
}

const priceText = (t: TFunction, s: EconomyService, lng: string) =>
  t(`economy.services.per.${s.per}`, { price: formatKroner(s.priceOre, lng) });

function ServiceTable({ service, year }: { service: EconomyService; year: number }) {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  const headingId = `service-${service.id}`;
  const caption = t('economy.services.caption', { name: service.name, year });
  return (
    <div className="service-block">
      <Heading level={3} data-size="xs" id={headingId}>
        {service.name}
      </Heading>
      <Paragraph data-size="sm">
        {priceText(t, service, lng)}
        {service.description && <span className="muted"> · {service.description}</span>}
      </Paragraph>
      {service.lines.length === 0 ? (
        <Paragraph data-size="sm" className="muted">
          {t('economy.services.noQuantities', { year })}
        </Paragraph>
      ) : (
        <TableScroll label={caption}>
          <Table className="data-table service-table" data-size="sm">
            <caption className="table-caption">{caption}</caption>
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell scope="col">{t('economy.member')}</Table.HeaderCell>
                <Table.HeaderCell scope="col" className="num">
                  {t('economy.services.quantity')}
                </Table.HeaderCell>
                <Table.HeaderCell scope="col" className="num">
                  {t('economy.services.yearAmount')}
                </Table.HeaderCell>
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {service.lines.map((l) => (
                <Table.Row key={l.memberId}>
                  <Table.HeaderCell scope="row">{l.name}</Table.HeaderCell>
                  <Table.Cell className="num">{formatNumber(l.quantity, lng)}</Table.Cell>
                  <Table.Cell className="num nowrap">{formatKroner(l.yearOre, lng)}</Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
            <tfoot>
              <Table.Row className="total-row">
                <Table.HeaderCell scope="row" colSpan={2}>
                  {t('economy.sum')}
                </Table.HeaderCell>
                <Table.Cell className="num nowrap">{formatKroner(service.totalOre, lng)}</Table.Cell>
              </Table.Row>
            </tfoot>
          </Table>
        </TableScroll>
      )}
    </div>
  );
}

function MeasuresTable({ measures }: { measures: EconomyMeasures }) {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  const caption = t('economy.measures.caption', { year: measures.year });
  if (measures.measures.length === 0)
    return <Paragraph className="muted">{t('economy.measures.empty', { year: measures.year })}</Paragraph>;
  return (
    <TableScroll label={caption}>
      <Table className="data-table measures-table" data-size="sm">
        <caption className="table-caption">{caption}</caption>
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell scope="col">{t('economy.measures.measure')}</Table.HeaderCell>
            <Table.HeaderCell scope="col" className="num">
              {t('economy.measures.amount')}
            </Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('economy.measures.consequence')}</Table.HeaderCell>
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {measures.measures.map((m) => (
            <Table.Row key={m.id}>
              <Table.HeaderCell scope="row" className="break">
                {m.title}
              </Table.HeaderCell>
              <Table.Cell className="num nowrap">{formatKroner(m.amountOre, lng)}</Table.Cell>
              <Table.Cell className="pre-line">
                {m.consequence || <span className="muted">{t('common.none')}</span>}
              </Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
        <tfoot>
          <Table.Row className="total-row">
            <Table.HeaderCell scope="row">{t('economy.sum')}</Table.HeaderCell>
            <Table.Cell className="num nowrap">{formatKroner(measures.totalOre, lng)}</Table.Cell>
            <Table.Cell />
          </Table.Row>
        </tfoot>
      </Table>
    </TableScroll>
  );
}
