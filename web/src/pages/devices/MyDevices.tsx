import './my-devices.css';
import { Card, Heading, Paragraph, Tag } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { devicesApi } from '../../api/endpoints.ts';
import type { MyDevice } from '../../api/types.ts';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { Loading } from '../../components/Loading.tsx';
import { formatDay } from '../../lib/format.ts';
import { useAsync } from '../../lib/useAsync.ts';

/** "Mine enheter" in the portal: the signed-in user's devices and when each is due for replacement. */
export function MyDevices() {
  const { t } = useTranslation();
  const mine = useAsync(() => devicesApi.mine(), 'mine');
  const items = mine.data?.items ?? [];
  return (
    <section aria-labelledby="my-devices-heading" className="section">
      <Heading level={2} data-size="sm" id="my-devices-heading">
        {t('devices.mine.title')}
      </Heading>
      {mine.error !== undefined && <ErrorMessage error={mine.error} onRetry={mine.reload} level={3} />}
      {mine.loading && !mine.data && <Loading />}
      {mine.data && items.length === 0 && <Paragraph className="muted">{t('devices.mine.empty')}</Paragraph>}
      {items.length > 0 && (
        <ul className="card-grid plain-list my-devices">
          {items.map((d) => (
            <li key={d.id}>
              <MyDeviceCard device={d} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function MyDeviceCard({ device: d }: { device: MyDevice }) {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  const model = [d.manufacturer, d.model].filter(Boolean).join(' ') || t(`devices.kinds.${d.kind}`);
  return (
    <Card className="my-device" data-serial={d.serial}>
      <Heading level={3} data-size="xs">
        {model}
      </Heading>
      <dl className="facts facts--compact">
        <div>
          <dt>{t('devices.kind')}</dt>
          <dd>{t(`devices.kinds.${d.kind}`)}</dd>
        </div>
        <div>
          <dt>{t('devices.fields.serial')}</dt>
          <dd>{d.serial}</dd>
        </div>
        <div>
          <dt>{t('devices.fields.purchasedOn')}</dt>
          <dd>{d.purchasedOn ? formatDay(d.purchasedOn, lng) : t('devices.unknown')}</dd>
        </div>
      </dl>
      <Paragraph data-size="sm" className="my-device__due">
        {d.expired ? (
          <Tag data-color="danger" data-size="sm">
            {t('devices.mine.expired')}
          </Tag>
        ) : d.expiresOn ? (
          t('devices.mine.replaceOn', { date: formatDay(d.expiresOn, lng) })
        ) : (
          t('devices.mine.noExpiry')
        )}
      </Paragraph>
    </Card>
  );
}
