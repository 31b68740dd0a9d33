import { Link, Paragraph, Table } from '@digdir/designsystemet-react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useLocation, useSearchParams } from 'react-router';
import { devicesApi } from '../../api/endpoints.ts';
import type { Device, DeviceQuery, DeviceSettings, RotationCell } from '../../api/types.ts';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { Loading } from '../../components/Loading.tsx';
import { TableScroll } from '../../components/TableScroll.tsx';
import { formatDateTime, formatDay, formatMonth, formatNumber } from '../../lib/format.ts';
import { useAsync } from '../../lib/useAsync.ts';
import { usePageTitle } from '../../lib/usePageTitle.ts';
import { DeviceFilters } from './DeviceFilters.tsx';
import {
  type BackState,
  ExpiryDate,
  isKind,
  isMonth,
  isStatus,
  isUuid,
  PageHead,
  Pager,
  useDevices,
} from './shared.tsx';

export const PAGE_SIZE = 50;

const CELLS: readonly RotationCell[] = ['expired', 'expiring', 'inStock', 'toReplace', 'stale', 'unknownExpiry'];
const SORTS = ['serial', 'expires', 'lastSeen', 'member', 'name'] as const;

/** The API query the address asks for (unknown values are left out rather than refused). */
export function queryOf(params: URLSearchParams): DeviceQuery {
  const get = (k: string) => params.get(k)?.trim() || undefined;
  const id = (k: string) => (isUuid(get(k)) ? get(k) : undefined);
  const month = (k: string) => (isMonth(get(k) ?? null) ? get(k) : undefined);
  const cell = get('cell') as RotationCell | undefined;
  const kind = get('kind') ?? null;
  const status = get('status') ?? null;
  const sort = get('sort') as DeviceQuery['sort'];
  const offset = Number(get('offset'));
  return {
    memberId: id('memberId'),
    categoryId: id('categoryId'),
    kind: isKind(kind) ? kind : undefined,
    status: isStatus(status) ? status : undefined,
    cell: cell && CELLS.includes(cell) && month('month') ? cell : undefined,
    month: month('month'),
    expiresIn: month('expiresIn'),
    overdueBefore: month('overdueBefore'),
    q: get('q')?.slice(0, 100),
    department: get('department'),
    group: get('group'),
    orderId: id('orderId'),
    sort: sort && SORTS.includes(sort) ? sort : undefined,
    limit: PAGE_SIZE,
    offset: Number.isInteger(offset) && offset > 0 ? offset - (offset % PAGE_SIZE) : 0,
  };
}

/** What the list shows, in words: the table cell, and the member, category and kind it is limited to. */
function describe(t: TFunction, lng: string, q: DeviceQuery, s: DeviceSettings) {
  const year = q.month?.slice(0, 4);
  const title = q.cell
    ? t(`devices.cells.${q.cell}`, { year, month: formatMonth(q.month!, lng) })
    : q.expiresIn
      ? t('devices.list.expiresIn', { month: formatMonth(q.expiresIn, lng) })
      : q.overdueBefore
        ? t('devices.list.overdueBefore', { month: formatMonth(q.overdueBefore, lng) })
        : t('devices.list.title');
  const scope = [
    q.memberId && s.members.find((m) => m.id === q.memberId)?.name,
    q.categoryId && t('devices.list.inCategory', { name: s.categories.find((c) => c.id === q.categoryId)?.name }),
    q.kind && t(`devices.kindsPlural.${q.kind}`),
    q.status && t('devices.list.withStatus', { status: t(`devices.statuses.${q.status}`).toLowerCase() }),
    q.department && t('devices.list.inDepartment', { name: q.department }),
    q.group && t('devices.list.inGroup', { name: q.group }),
    q.orderId && t('devices.list.fromOrder'),
    q.cell && t('devices.list.ofTable', { month: formatMonth(q.month!, lng) }),
  ].filter(Boolean);
  return { title, scope: scope.join(', ') };
}

/** Devices filtered by the address: a table cell's devices, or any search; 50 a page. */
export function DeviceListPage() {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  const { settings } = useDevices();
  const [params, setParams] = useSearchParams();
  const query = queryOf(params);
  const { title, scope } = describe(t, lng, query, settings);
  usePageTitle(title);
  const list = useAsync(() => devicesApi.list(query), JSON.stringify(query));

  const total = list.data?.total ?? 0;
  const page = Math.floor((query.offset ?? 0) / PAGE_SIZE) + 1;
  const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));
  const goTo = (n: number) => {
    const p = new URLSearchParams(params);
    if (n > 1) p.set('offset', String((n - 1) * PAGE_SIZE));
    else p.delete('offset');
    setParams(p);
    requestAnimationFrame(() => document.querySelector<HTMLElement>('.devices-h1')?.focus());
  };
  const n = (x: number) => formatNumber(x, lng);

  return (
    <>
      <PageHead title={title} intro={scope ? `${scope}.` : t('devices.list.intro')} />
      <DeviceFilters params={params} setParams={setParams} />
      <p className="result-count" aria-live="polite" data-testid="device-count">
        {list.data &&
          (total === 0
            ? t('devices.list.empty')
            : t('devices.list.count', { count: total, n: n(total) }) +
              (pages > 1
                ? ` ${t('devices.list.showing', { from: n(query.offset! + 1), to: n(Math.min(total, query.offset! + PAGE_SIZE)) })}`
                : ''))}
      </p>
      {list.error !== undefined && <ErrorMessage error={list.error} onRetry={list.reload} />}
      {!list.data && list.loading && <Loading />}
      {list.data && list.data.items.length > 0 && (
        <DeviceTable devices={list.data.items} caption={title} busy={list.loading} />
      )}
      <Pager page={page} pages={pages} label={t('devices.pager.label')} onPage={goTo} />
      {list.data && list.data.items.length === 0 && total > 0 && (
        <Paragraph className="muted">{t('devices.list.pastEnd')}</Paragraph>
      )}
    </>
  );
}

/** Devices as a table: serial number (to the device), name, member, category, model, dates, status, user. */
export function DeviceTable({ devices, caption, busy }: { devices: Device[]; caption: string; busy?: boolean }) {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  const location = useLocation();
  const back: BackState = { back: `${location.pathname}${location.search}`, backLabel: t('devices.device.back') };
  return (
    <TableScroll label={caption}>
      <Table className="data-table device-table" data-size="sm" aria-busy={busy}>
        <caption className="table-caption">{caption}</caption>
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell scope="col">{t('devices.fields.serial')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('devices.fields.name')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('devices.member')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('devices.category')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('devices.fields.model')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('devices.fields.purchasedOn')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('devices.fields.expiresOn')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('devices.status')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('devices.fields.assignedTo')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('devices.fields.lastSeenAt')}</Table.HeaderCell>
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {devices.map((d) => (
            <Table.Row key={d.id} data-serial={d.serial}>
              <Table.HeaderCell scope="row" className="nowrap">
                <Link asChild>
                  <RouterLink to={`/devices/${d.id}`} state={back}>
                    {d.serial}
                  </RouterLink>
                </Link>
              </Table.HeaderCell>
              <Table.Cell className="break">{d.name}</Table.Cell>
              <Table.Cell>{d.memberName}</Table.Cell>
              <Table.Cell>{d.categoryName}</Table.Cell>
              <Table.Cell className="break">
                {[d.manufacturer, d.model].filter(Boolean).join(' ') || t(`devices.kinds.${d.kind}`)}
              </Table.Cell>
              <Table.Cell className="nowrap">{formatDay(d.purchasedOn, lng)}</Table.Cell>
              <Table.Cell>
                <ExpiryDate day={d.expiresOn} expired={d.expired} />
              </Table.Cell>
              <Table.Cell className="nowrap">{t(`devices.statuses.${d.status}`)}</Table.Cell>
              <Table.Cell className="break">{d.assignedTo}</Table.Cell>
              <Table.Cell className="nowrap">
                {d.lastSeenAt ? (
                  <time dateTime={d.lastSeenAt}>{formatDateTime(d.lastSeenAt, lng)}</time>
                ) : (
                  <span className="muted">{t('devices.never')}</span>
                )}
              </Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </TableScroll>
  );
}
