import { Alert, Link, Paragraph, Table } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { economyApi, paymentsFileUrl } from '../../api/endpoints.ts';
import type { EconomyPayments } from '../../api/types.ts';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { Loading } from '../../components/Loading.tsx';
import { TableScroll } from '../../components/TableScroll.tsx';
import { useAsync } from '../../lib/useAsync.ts';
import { FramesFacts, FramesForm } from './FramesSection.tsx';
import { formatPercent } from './format.ts';
import { Num, Section, UnitToggle, unitText, useEconomy, useNotice, useUnit } from './shared.tsx';

/** What each member pays this year (share, operating, investment net of VAT, carry-over) beside last year. */
export function PaymentsPage() {
  const { t } = useTranslation();
  const { year, editor, drivers } = useEconomy();
  const [unit, setUnit] = useUnit();
  const payments = useAsync(() => economyApi.payments(year, unit), `${year}|${unit}`);
  const frames = useAsync(() => economyApi.frames(year), String(year));
  const [notice, say] = useNotice();
  const data = payments.data;

  return (
    <>
      {notice}
      <Section id="payments-heading" title={t('economy.payments.title')} intro={t('economy.payments.intro')}>
        <div className="economy-toolbar">
          <UnitToggle unit={unit} onChange={setUnit} name="payments-unit" />
          <ul className="plain-list download-links" aria-label={t('economy.payments.downloads')}>
            <li>
              <Link href={paymentsFileUrl(year, unit, 'csv')} download>
                {t('economy.payments.csv')}
              </Link>
            </li>
            <li>
              <Link href={paymentsFileUrl(year, unit, 'xlsx')} download>
                {t('economy.payments.xlsx')}
              </Link>
            </li>
          </ul>
        </div>
        {payments.error !== undefined && <ErrorMessage error={payments.error} onRetry={payments.reload} level={3} />}
        {payments.loading && !data && <Loading />}
        {data && !data.hasOperatingKey && (
          <Alert data-color="info">
            <Paragraph>
              {t('economy.payments.noKey', { year })}{' '}
              <Link asChild>
                <RouterLink to={`/economy/${year}/keys`}>{t('economy.payments.toKeys')}</RouterLink>
              </Link>
            </Paragraph>
          </Alert>
        )}
        {data && <PaymentsTable payments={data} busy={payments.loading} />}
      </Section>
      <Section id="frames-heading" title={t('economy.frames.title', { year })} intro={t('economy.frames.intro')}>
        {frames.error !== undefined && <ErrorMessage error={frames.error} onRetry={frames.reload} level={3} />}
        {frames.loading && !frames.data && <Loading />}
        {frames.data && <FramesFacts frames={frames.data} members={drivers.data?.members ?? []} />}
      </Section>
      {editor && frames.data && (
        <FramesForm
          year={year}
          frames={frames.data}
          members={drivers.data?.members ?? []}
          onSaved={(saved) => {
            frames.setData(saved);
            payments.reload();
            say(t('economy.frames.saved', { year }));
          }}
        />
      )}
    </>
  );
}

function PaymentsTable({ payments, busy }: { payments: EconomyPayments; busy: boolean }) {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  const { year, unit, rows, sum } = payments;
  const caption = t('economy.payments.caption', { year, unit: unitText(t, unit) });
  const last = year - 1;
  const pct = (p: string | undefined) => (p === undefined ? '' : formatPercent(p, lng));
  return (
    <TableScroll label={caption}>
      <Table className="data-table payments-table" data-size="sm" aria-busy={busy}>
        <caption className="table-caption">{caption}</caption>
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell scope="col">{t('economy.member')}</Table.HeaderCell>
            <Table.HeaderCell scope="col" className="num">
              {t('economy.payments.share', { year })}
            </Table.HeaderCell>
            <Table.HeaderCell scope="col" className="num">
              {t('economy.payments.operating')}
            </Table.HeaderCell>
            <Table.HeaderCell scope="col" className="num">
              {t('economy.payments.investmentNet')}
            </Table.HeaderCell>
            <Table.HeaderCell scope="col" className="num">
              {t('economy.payments.carryOver')}
            </Table.HeaderCell>
            <Table.HeaderCell scope="col" className="num">
              {t('economy.payments.total', { year })}
            </Table.HeaderCell>
            <Table.HeaderCell scope="col" className="num">
              {t('economy.payments.share', { year: last })}
            </Table.HeaderCell>
            <Table.HeaderCell scope="col" className="num">
              {t('economy.payments.total', { year: last })}
            </Table.HeaderCell>
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {rows.length === 0 && (
            <Table.Row>
              <Table.Cell colSpan={8} className="muted">
                {t('economy.payments.empty')}
              </Table.Cell>
            </Table.Row>
          )}
          {rows.map((r) => (
            <Table.Row key={r.memberId} data-member={r.name}>
              <Table.HeaderCell scope="row">{r.name}</Table.HeaderCell>
              <Table.Cell className="num">{pct(r.sharePercent)}</Table.Cell>
              <Num value={r.operating} lng={lng} />
              <Num value={r.investmentNet} lng={lng} />
              <Num value={-r.carryOver} lng={lng} />
              <Num value={r.total} lng={lng} />
              <Table.Cell className="num">{pct(r.lastYear?.sharePercent)}</Table.Cell>
              {r.lastYear ? <Num value={r.lastYear.total} lng={lng} /> : <Table.Cell />}
            </Table.Row>
          ))}
        </Table.Body>
        {rows.length > 0 && (
          <tfoot>
            <Table.Row className="total-row">
              <Table.HeaderCell scope="row">{t('economy.sum')}</Table.HeaderCell>
              <Table.Cell className="num">{payments.hasOperatingKey ? pct('100.000') : ''}</Table.Cell>
              <Num value={sum.operating} lng={lng} />
              <Num value={sum.investmentNet} lng={lng} />
              <Num value={-sum.carryOver} lng={lng} />
              <Num value={sum.total} lng={lng} />
              <Table.Cell />
              {sum.lastYearTotal === null ? <Table.Cell /> : <Num value={sum.lastYearTotal} lng={lng} />}
            </Table.Row>
          </tfoot>
        )}
      </Table>
    </TableScroll>
  );
}
