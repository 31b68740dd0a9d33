import { Paragraph, Table } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { withQuery } from '../../api/client.ts';
import { devicesApi } from '../../api/endpoints.ts';
import type { DeviceKind, RotationCell, RotationCells, RotationRow, RotationView } from '../../api/types.ts';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { Loading } from '../../components/Loading.tsx';
import { SelectField } from '../../components/SelectField.tsx';
import { TableScroll } from '../../components/TableScroll.tsx';
import { formatDay, formatMonth, monthInOslo } from '../../lib/format.ts';
import { useAsync } from '../../lib/useAsync.ts';
import { usePageTitle } from '../../lib/usePageTitle.ts';
import { byMember, CountCell, deviceListUrl, isKind, isMonth, kindOptions, monthOptions, PageHead } from './shared.tsx';

/** The columns of the table that count devices, in the council's order, and the device list cell behind each. */
const COUNT_COLUMNS: { key: keyof RotationCells; cell?: RotationCell }[] = [
  { key: 'expired', cell: 'expired' },
  { key: 'expiring', cell: 'expiring' },
  { key: 'inStock', cell: 'inStock' },
  { key: 'ordered' },
  // "Må bestilles" links to the devices due for replacement by the year's end
  { key: 'toOrder', cell: 'toReplace' },
];
const AFTER_SUM: { key: keyof RotationCells; cell: RotationCell }[] = [
  { key: 'stale', cell: 'stale' },
  { key: 'unknownExpiry', cell: 'unknownExpiry' },
];

/** The council's monthly rotation table (seed 002 §2.1.1): per member and category, every count a link. */
export function RotationPage() {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  const [params, setParams] = useSearchParams();
  const month = isMonth(params.get('month')) ? params.get('month')! : monthInOslo();
  const kindParam = params.get('kind');
  const kind: DeviceKind = isKind(kindParam) ? kindParam : 'pc';
  const kinds = t(`devices.kindsPlural.${kind}`);
  const title = t('devices.rotation.title');
  usePageTitle(title);
  const table = useAsync(() => devicesApi.rotation({ month, kind }), `${month}|${kind}`);

  const set = (key: 'month' | 'kind', value: string) => {
    const p = new URLSearchParams(params);
    p.set(key, value);
    setParams(p, { replace: true });
  };

  return (
    <>
      <PageHead
        title={t('devices.rotation.heading', { kinds, month: formatMonth(month, lng) })}
        intro={t('devices.rotation.intro')}
      />
      <search className="filters devices-filters" aria-label={t('devices.rotation.choose')}>
        <SelectField
          label={t('devices.rotation.month')}
          name="month"
          value={month}
          onChange={(e) => set('month', e.target.value)}
          options={monthOptions(lng, month)}
        />
        <SelectField
          label={t('devices.kind')}
          name="kind"
          value={kind}
          onChange={(e) => set('kind', e.target.value)}
          options={kindOptions(t)}
        />
      </search>
      {table.error !== undefined && <ErrorMessage error={table.error} onRetry={table.reload} />}
      {!table.data && table.loading && <Loading />}
      {table.data && <RotationTable view={table.data} busy={table.loading} />}
    </>
  );
}

function RotationTable({ view, busy }: { view: RotationView; busy: boolean }) {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  const kinds = t(`devices.kindsPlural.${view.kind}`);
  const monthText = formatMonth(view.month, lng);
  const caption = t('devices.rotation.caption', { kinds, month: monthText });
  const counted = t('devices.rotation.counted', {
    kinds,
    since: formatDay(`${view.month}-01`, lng),
    year: view.year,
  });
  if (view.rows.length === 0)
    return (
      <>
        <Paragraph className="muted">{t('devices.rotation.empty', { kinds, month: monthText })}</Paragraph>
        <Paragraph data-size="sm">{counted}</Paragraph>
      </>
    );

  const link = (row: Pick<RotationRow, 'memberId' | 'categoryId'> | null, cell: RotationCell | undefined) =>
    view.canList && cell
      ? deviceListUrl({
          ...(row && { memberId: row.memberId, categoryId: row.categoryId }),
          kind: view.kind,
          cell,
          month: view.month,
        })
      : undefined;
  // "Bestilt ikke levert": the open orders of the member and category
  const ordersLink = (row: Pick<RotationRow, 'memberId' | 'categoryId'> | null) =>
    withQuery('/devices/orders', {
      open: 'true',
      kind: view.kind,
      ...(row && { memberId: row.memberId, categoryId: row.categoryId }),
    });
  const cellLink = (row: RotationRow | null, key: keyof RotationCells, cell?: RotationCell) =>
    key === 'ordered' ? ordersLink(row) : link(row, cell);

  const sumOf = new Map(view.memberSums.map((s) => [s.memberId, s.toOrder]));

  return (
    <div className="section">
      <Paragraph data-size="sm" id="rotation-counted">
        {counted}
      </Paragraph>
      <TableScroll label={caption}>
        <Table
          className="data-table rotation-table"
          data-size="sm"
          aria-busy={busy}
          aria-describedby="rotation-counted"
        >
          <caption className="table-caption">{caption}</caption>
          <Table.Head>
            <Table.Row>
              <Table.HeaderCell scope="col">{t('devices.rotation.columns.member')}</Table.HeaderCell>
              <Table.HeaderCell scope="col">{t('devices.category')}</Table.HeaderCell>
              {COUNT_COLUMNS.map((c) => (
                <Table.HeaderCell key={c.key} scope="col" className="num">
                  {t(`devices.rotation.columns.${c.key}`, { year: view.year })}
                </Table.HeaderCell>
              ))}
              <Table.HeaderCell scope="col" className="num rotation-table__sum">
                {t('devices.rotation.columns.sum')}
              </Table.HeaderCell>
              {AFTER_SUM.map((c) => (
                <Table.HeaderCell key={c.key} scope="col" className="num rotation-table__aside">
                  {t(`devices.rotation.columns.${c.key}`)}
                </Table.HeaderCell>
              ))}
            </Table.Row>
          </Table.Head>
          {byMember(view.rows).map((rows) => (
            <Table.Body key={rows[0]!.memberId} className="rotation-table__member" data-member={rows[0]!.memberName}>
              {rows.map((r, i) => (
                <Table.Row key={r.categoryId} data-category={r.categoryName}>
                  {i === 0 && (
                    <Table.HeaderCell scope="rowgroup" rowSpan={rows.length} className="rotation-table__member-name">
                      {r.memberName}
                    </Table.HeaderCell>
                  )}
                  <Table.HeaderCell scope="row">{r.categoryName}</Table.HeaderCell>
                  {COUNT_COLUMNS.map((c) => (
                    <CountCell key={c.key} value={r[c.key]} to={cellLink(r, c.key, c.cell)} cell={c.key} />
                  ))}
                  {i === 0 && (
                    <CountCell
                      value={sumOf.get(r.memberId) ?? 0}
                      cell="sum"
                      className="rotation-table__sum"
                      rowSpan={rows.length}
                    />
                  )}
                  {AFTER_SUM.map((c) => (
                    <CountCell
                      key={c.key}
                      value={r[c.key]}
                      to={link(r, c.cell)}
                      cell={c.key}
                      className="rotation-table__aside"
                    />
                  ))}
                </Table.Row>
              ))}
            </Table.Body>
          ))}
          <Table.Foot>
            <Table.Row className="total-row" data-total="">
              <Table.HeaderCell scope="row" colSpan={2}>
                {t('devices.rotation.total')}
              </Table.HeaderCell>
              {COUNT_COLUMNS.map((c) => (
                <CountCell key={c.key} value={view.totals[c.key]} to={cellLink(null, c.key, c.cell)} cell={c.key} />
              ))}
              <CountCell value={view.totals.toOrder} cell="sum" className="rotation-table__sum" />
              {AFTER_SUM.map((c) => (
                <CountCell
                  key={c.key}
                  value={view.totals[c.key]}
                  to={link(null, c.cell)}
                  cell={c.key}
                  className="rotation-table__aside"
                />
              ))}
            </Table.Row>
          </Table.Foot>
        </Table>
      </TableScroll>
      <Paragraph data-size="sm" className="muted">
        {t('devices.rotation.notes', { year: view.year })}
      </Paragraph>
    </div>
  );
}
