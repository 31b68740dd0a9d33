import { Link, Paragraph } from '@digdir/designsystemet-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useLocation, useParams } from 'react-router';
import { devicesApi } from '../../api/endpoints.ts';
import type { DeviceDetail } from '../../api/types.ts';
import { BackLink } from '../../components/BackLink.tsx';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { Loading } from '../../components/Loading.tsx';
import { formatDateTime, formatDay } from '../../lib/format.ts';
import { useAsync } from '../../lib/useAsync.ts';
import { usePageTitle } from '../../lib/usePageTitle.ts';
import { useNotice } from '../economy/shared.tsx';
import { isNotFound } from '../governance/shared.tsx';
import { NotFound } from '../NotFound.tsx';
import { DeviceForm } from './DeviceForm.tsx';
import { HandOutForm } from './HandOutForm.tsx';
import {
  type BackState,
  deviceListUrl,
  ExpiryDate,
  focusSoon,
  formatMemory,
  formatStorage,
  isUuid,
  PageHead,
  useDevices,
} from './shared.tsx';

/** One device: every fact, and for the service desk the edit form and "hand out" while it is in stock. */
export function DevicePage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const { settings } = useDevices();
  const from = useLocation().state as BackState | null;
  const valid = isUuid(id);
  const device = useAsync(() => devicesApi.get(id), id, valid);
  const [notice, say] = useNotice();
  const d = device.data;
  usePageTitle(d ? t('devices.device.title', { serial: d.serial }) : t('devices.device.loading'));

  if (!valid || (device.error !== undefined && isNotFound(device.error))) return <NotFound />;
  if (device.error !== undefined) return <ErrorMessage error={device.error} onRetry={device.reload} />;
  if (!d) return <Loading />;

  const saved = (next: DeviceDetail, message: string) => {
    device.setData(next);
    say(message);
    // the form is rebuilt from the saved device (or gone, after a hand-out): start again at the heading
    focusSoon('.devices-h1');
  };
  return (
    <>
      <BackLink to={from?.back ?? '/devices/list'}>{from?.backLabel ?? t('devices.device.back')}</BackLink>
      <PageHead
        title={t('devices.device.title', { serial: d.serial })}
        intro={[d.name, [d.manufacturer, d.model].filter(Boolean).join(' ')].filter(Boolean).join(' – ')}
      />
      {notice}
      <DeviceFacts device={d} />
      {settings.canKeep && d.status === 'in_stock' && (
        <HandOutForm device={d} onDone={(next, message) => saved(next, message)} />
      )}
      {settings.canKeep && <DeviceForm key={d.updatedAt} device={d} onSaved={saved} />}
    </>
  );
}

function DeviceFacts({ device: d }: { device: DeviceDetail }) {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  const none = <span className="muted">{t('common.none')}</span>;
  const facts: [string, ReactNode][] = [
    [t('devices.fields.serial'), d.serial],
    [t('devices.fields.name'), d.name || none],
    [t('devices.kind'), t(`devices.kinds.${d.kind}`)],
    [t('devices.member'), d.memberName],
    [t('devices.category'), d.categoryName],
    [t('devices.status'), t(`devices.statuses.${d.status}`)],
    [t('devices.fields.manufacturer'), d.manufacturer || none],
    [t('devices.fields.model'), d.model || none],
    [t('devices.fields.os'), d.os || none],
    [t('devices.fields.memory'), d.memoryMb === null ? t('devices.unknown') : formatMemory(d.memoryMb, lng)],
    [t('devices.fields.storage'), d.storageGb === null ? t('devices.unknown') : formatStorage(d.storageGb, lng)],
    [t('devices.fields.purchasedOn'), d.purchasedOn ? formatDay(d.purchasedOn, lng) : t('devices.unknown')],
    [t('devices.fields.expiresOn'), <ExpiryDate key="e" day={d.expiresOn} expired={d.expired} />],
    [t('devices.fields.assignedTo'), d.assignedTo || none],
    [t('devices.fields.department'), d.department || none],
    [t('devices.fields.groups'), d.groups.length ? d.groups.join(', ') : none],
    [
      t('devices.fields.lastSeenAt'),
      d.lastSeenAt ? (
        <time key="seen" dateTime={d.lastSeenAt}>
          {formatDateTime(d.lastSeenAt, lng)}
        </time>
      ) : (
        t('devices.never')
      ),
    ],
    [t('devices.fields.source'), t(`devices.sources.${d.source}`)],
  ];
  if (d.orderId)
    facts.push([
      t('devices.fields.order'),
      <Link asChild key="o">
        <RouterLink to={deviceListUrl({ orderId: d.orderId })}>
          {t('devices.device.orderDevices', { date: formatDay(d.receivedOn, lng) })}
        </RouterLink>
      </Link>,
    ]);
  if (d.replacedById)
    facts.push([
      t('devices.fields.replacedBy'),
      <Link asChild key="r">
        <RouterLink to={`/devices/${d.replacedById}`}>{t('devices.device.replacement')}</RouterLink>
      </Link>,
    ]);
  if (d.replaces.length > 0)
    facts.push([
      t('devices.fields.replaces'),
      <span key="rs">
        {d.replaces.map((r, i) => (
          <span key={r.id}>
            {i > 0 && ', '}
            <Link asChild>
              <RouterLink to={`/devices/${r.id}`}>{r.serial}</RouterLink>
            </Link>
          </span>
        ))}
      </span>,
    ]);
  return (
    <section aria-labelledby="device-facts-heading" className="section">
      <h2 id="device-facts-heading" className="visually-hidden">
        {t('devices.device.facts')}
      </h2>
      <dl className="facts facts--grid">
        {facts.map(([label, value]) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      {d.notes && <Paragraph className="pre-line">{d.notes}</Paragraph>}
    </section>
  );
}
