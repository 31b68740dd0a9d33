import { Button, Checkbox, Paragraph, Table, Tag } from '@digdir/designsystemet-react';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { devicesApi } from '../../api/endpoints.ts';
import type { DeviceOrder, OrderState } from '../../api/types.ts';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { Loading } from '../../components/Loading.tsx';
import { SelectField } from '../../components/SelectField.tsx';
import { TableScroll } from '../../components/TableScroll.tsx';
import { formatDay, formatNumber } from '../../lib/format.ts';
import { useAsync } from '../../lib/useAsync.ts';
import { usePageTitle } from '../../lib/usePageTitle.ts';
import { useNotice } from '../economy/shared.tsx';
import { ConfirmDialog } from '../governance/shared.tsx';
import { ReceiveDialog, RegisterOrderForm } from './OrderForms.tsx';
import {
  CountCell,
  categoryOptions,
  deviceListUrl,
  isKind,
  kindOptions,
  memberOptions,
  PageHead,
  useDevices,
} from './shared.tsx';

const STATE_COLOR: Record<OrderState, 'info' | 'warning' | 'success' | 'neutral'> = {
  open: 'info',
  partly_delivered: 'warning',
  delivered: 'success',
  cancelled: 'neutral',
};

const isOpen = (o: DeviceOrder) => o.state === 'open' || o.state === 'partly_delivered';

const focusOrder = (id: string) =>
  requestAnimationFrame(() => document.querySelector<HTMLElement>(`[data-order="${id}"] th`)?.focus());

/**
 * Purchase orders, newest first: open ones (the rotation table's "bestilt ikke levert") or all, for
 * a member, category and kind from the address; the service desk registers, receives and cancels.
 */
export function OrdersPage() {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  const { settings } = useDevices();
  const [params, setParams] = useSearchParams();
  const open = params.get('open') === 'true';
  const memberId = params.get('memberId') ?? '';
  const categoryId = params.get('categoryId') ?? '';
  const kindParam = params.get('kind');
  const kind = isKind(kindParam) ? kindParam : '';
  usePageTitle(t('devices.orders.title'));
  const orders = useAsync(() => devicesApi.orders(open || undefined), String(open));
  const [notice, say] = useNotice();
  const [receiving, setReceiving] = useState<DeviceOrder>();
  const [cancelling, setCancelling] = useState<DeviceOrder>();
  const cancelled = useRef<string>(undefined);

  const set = (key: string, value: string) => {
    const p = new URLSearchParams(params);
    if (value) p.set(key, value);
    else p.delete(key);
    setParams(p, { replace: true });
  };
  const items = (orders.data?.items ?? []).filter(
    (o) =>
      (!memberId || o.memberId === memberId) &&
      (!categoryId || o.categoryId === categoryId) &&
      (!kind || o.kind === kind),
  );
  const member = settings.members.find((m) => m.id === memberId)?.name;
  const category = settings.categories.find((c) => c.id === categoryId)?.name;
  const scope = [
    member,
    category && t('devices.list.inCategory', { name: category }),
    kind && t(`devices.kindsPlural.${kind}`),
  ]
    .filter(Boolean)
    .join(', ');
  const caption = open ? t('devices.orders.captionOpen') : t('devices.orders.caption');
  const outstanding = items.reduce((s, o) => s + o.outstanding, 0);

  return (
    <>
      <PageHead title={t('devices.orders.title')} intro={scope ? `${caption}: ${scope}.` : t('devices.orders.intro')} />
      {notice}
      <search className="filters devices-filters" aria-label={t('devices.orders.filters')}>
        <SelectField
          label={t('devices.member')}
          name="memberId"
          value={memberId}
          onChange={(e) => set('memberId', e.target.value)}
          empty={t('devices.allMembers')}
          options={memberOptions(settings)}
        />
        <SelectField
          label={t('devices.category')}
          name="categoryId"
          value={categoryId}
          onChange={(e) => set('categoryId', e.target.value)}
          empty={t('devices.allCategories')}
          options={categoryOptions(settings, categoryId)}
        />
        <SelectField
          label={t('devices.kind')}
          name="kind"
          value={kind}
          onChange={(e) => set('kind', e.target.value)}
          empty={t('devices.allKinds')}
          options={kindOptions(t)}
        />
        <div className="filters__clear">
          <Checkbox
            label={t('devices.orders.openOnly')}
            checked={open}
            onChange={(e) => set('open', e.target.checked ? 'true' : '')}
          />
        </div>
      </search>
      <p className="result-count" aria-live="polite">
        {orders.data &&
          (items.length === 0
            ? t('devices.orders.empty')
            : t('devices.orders.count', {
                count: items.length,
                n: formatNumber(items.length, lng),
                outstanding: formatNumber(outstanding, lng),
              }))}
      </p>
      {orders.error !== undefined && <ErrorMessage error={orders.error} onRetry={orders.reload} />}
      {!orders.data && orders.loading && <Loading />}
      {items.length > 0 && (
        <TableScroll label={caption}>
          <Table className="data-table orders-table" data-size="sm" aria-busy={orders.loading}>
            <caption className="table-caption">{caption}</caption>
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell scope="col">{t('devices.fields.model')}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t('devices.status')}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t('devices.member')}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t('devices.category')}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t('devices.kind')}</Table.HeaderCell>
                <Table.HeaderCell scope="col" className="num">
                  {t('devices.orders.columns.quantity')}
                </Table.HeaderCell>
                <Table.HeaderCell scope="col" className="num">
                  {t('devices.orders.columns.received')}
                </Table.HeaderCell>
                <Table.HeaderCell scope="col" className="num">
                  {t('devices.orders.columns.outstanding')}
                </Table.HeaderCell>
                <Table.HeaderCell scope="col">{t('devices.orders.columns.orderedOn')}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t('devices.orders.columns.expectedOn')}</Table.HeaderCell>
                {settings.canKeep && <Table.HeaderCell scope="col">{t('devices.actions')}</Table.HeaderCell>}
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {items.map((o) => (
                <Table.Row key={o.id} data-order={o.id}>
                  <Table.HeaderCell scope="row" className="break" tabIndex={-1}>
                    {o.model}
                    {(o.reference || o.supplier) && (
                      <span className="orders-table__sub">{[o.supplier, o.reference].filter(Boolean).join(', ')}</span>
                    )}
                  </Table.HeaderCell>
                  <Table.Cell>
                    <Tag data-color={STATE_COLOR[o.state]} data-size="sm" className="nowrap">
                      {t(`devices.orders.states.${o.state}`)}
                    </Tag>
                  </Table.Cell>
                  <Table.Cell>{o.memberName}</Table.Cell>
                  <Table.Cell>{o.categoryName}</Table.Cell>
                  <Table.Cell>{t(`devices.kinds.${o.kind}`)}</Table.Cell>
                  <CountCell value={o.quantity} />
                  <CountCell
                    value={o.received}
                    to={settings.canList ? deviceListUrl({ orderId: o.id }) : undefined}
                    cell="received"
                  />
                  <CountCell value={o.outstanding} cell="outstanding" />
                  <Table.Cell className="nowrap">{formatDay(o.orderedOn, lng)}</Table.Cell>
                  <Table.Cell className="nowrap">
                    {o.deliveredOn
                      ? t('devices.orders.deliveredOn', { date: formatDay(o.deliveredOn, lng) })
                      : formatDay(o.expectedOn, lng)}
                  </Table.Cell>
                  {settings.canKeep && (
                    <Table.Cell>
                      {isOpen(o) && (
                        <div className="button-row nowrap">
                          <Button variant="secondary" data-size="sm" onClick={() => setReceiving(o)}>
                            {t('devices.orders.receive.button')}
                            <span className="visually-hidden">
                              {' '}
                              {t('devices.orders.which', { model: o.model, member: o.memberName })}
                            </span>
                          </Button>
                          <Button variant="tertiary" data-size="sm" onClick={() => setCancelling(o)}>
                            {t('devices.orders.cancel.button')}
                            <span className="visually-hidden">
                              {' '}
                              {t('devices.orders.which', { model: o.model, member: o.memberName })}
                            </span>
                          </Button>
                        </div>
                      )}
                    </Table.Cell>
                  )}
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </TableScroll>
      )}
      {settings.canKeep && (
        <RegisterOrderForm
          onCreated={(o, message) => {
            say(message);
            // the new order shows at once, even when the filters would hide it
            setParams(new URLSearchParams(), { replace: true });
            orders.setData({ items: [o, ...(orders.data?.items ?? [])] });
            focusOrder(o.id);
          }}
        />
      )}
      <ReceiveDialog
        order={receiving}
        onClose={() => setReceiving(undefined)}
        onReceived={(o, message) => {
          setReceiving(undefined);
          orders.setData({ items: (orders.data?.items ?? []).map((x) => (x.id === o.id ? o : x)) });
          say(message);
          focusOrder(o.id);
        }}
      />
      <ConfirmDialog
        id="cancel-order"
        open={!!cancelling}
        danger
        title={t('devices.orders.cancel.title')}
        confirm={t('devices.orders.cancel.confirm')}
        onClose={() => setCancelling(undefined)}
        onConfirm={async () => {
          const o = await devicesApi.cancelOrder(cancelling!.id);
          cancelled.current = o.id;
          setCancelling(undefined);
          orders.setData({ items: (orders.data?.items ?? []).map((x) => (x.id === o.id ? o : x)) });
          say(t('devices.orders.cancel.done', { model: o.model, member: o.memberName }));
        }}
        afterConfirm={() => cancelled.current && focusOrder(cancelled.current)}
      >
        {cancelling && (
          <Paragraph>
            {t('devices.orders.cancel.text', {
              quantity: formatNumber(cancelling.quantity, lng),
              model: cancelling.model,
              member: cancelling.memberName,
              received: formatNumber(cancelling.received, lng),
            })}
          </Paragraph>
        )}
      </ConfirmDialog>
    </>
  );
}
