import './devices.css';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, Route, Routes, useLocation } from 'react-router';
import { devicesApi } from '../../api/endpoints.ts';
import type { DeviceSettings, Role } from '../../api/types.ts';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { Loading } from '../../components/Loading.tsx';
import { useAsync } from '../../lib/useAsync.ts';
import { NoAccess } from '../NoAccess.tsx';
import { NotFound } from '../NotFound.tsx';
import { DeviceListPage } from './DeviceListPage.tsx';
import { DevicePage } from './DevicePage.tsx';
import { ForecastPage } from './ForecastPage.tsx';
import { ImportPage } from './ImportPage.tsx';
import { OrdersPage } from './OrdersPage.tsx';
import { RotationPage } from './RotationPage.tsx';
import { RulePage } from './RulePage.tsx';
import { RulesPage } from './RulesPage.tsx';
import { SettingsPage } from './SettingsPage.tsx';
import { type DevicesContext, useDevices } from './shared.tsx';

type Permission = 'canList' | 'canKeep' | 'canAdmin';

interface TabDef {
  to: string;
  key: string;
  /** the pages of the tab are for users with this permission only */
  needs?: Permission;
  exact?: boolean;
}

/** Council members see the tables (rotation, forecast, orders); the fleet itself is for staff and system owners. */
const TABS: TabDef[] = [
  { to: '/devices', key: 'rotation', exact: true },
  { to: '/devices/list', key: 'list', needs: 'canList' },
  { to: '/devices/forecast', key: 'forecast' },
  { to: '/devices/orders', key: 'orders' },
  { to: '/devices/rules', key: 'rules', needs: 'canList' },
  { to: '/devices/import', key: 'import', needs: 'canKeep' },
  { to: '/devices/settings', key: 'settings', needs: 'canAdmin' },
];

/** The roles a permission stands for, for the "no access" page. */
const ROLES_OF: Record<Permission, Role[]> = {
  canList: ['admin', 'leader', 'agent', 'system_owner'],
  canKeep: ['admin', 'agent'],
  canAdmin: ['admin'],
};

/** Devices (enheter): rotation table, device list, forecast, orders, rules, import and settings under /devices. */
export function DevicesPage() {
  return (
    <Routes>
      <Route element={<DevicesLayout />}>
        <Route index element={<RotationPage />} />
        <Route path="forecast" element={<ForecastPage />} />
        <Route path="orders" element={<OrdersPage />} />
        <Route
          path="list"
          element={
            <Allowed needs="canList">
              <DeviceListPage />
            </Allowed>
          }
        />
        <Route
          path="rules"
          element={
            <Allowed needs="canList">
              <RulesPage />
            </Allowed>
          }
        />
        <Route
          path="rules/:id"
          element={
            <Allowed needs="canList">
              <RulePage />
            </Allowed>
          }
        />
        <Route
          path="import"
          element={
            <Allowed needs="canKeep">
              <ImportPage />
            </Allowed>
          }
        />
        <Route
          path="settings"
          element={
            <Allowed needs="canAdmin">
              <SettingsPage />
            </Allowed>
          }
        />
        <Route
          path=":id"
          element={
            <Allowed needs="canList">
              <DevicePage />
            </Allowed>
          }
        />
        <Route path="*" element={<NotFound />} />
      </Route>
    </Routes>
  );
}

function Allowed({ needs, children }: { needs: Permission; children: ReactNode }) {
  const { settings } = useDevices();
  return settings[needs] ? children : <NoAccess roles={ROLES_OF[needs]} />;
}

function DevicesLayout() {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const settings = useAsync<DeviceSettings>(() => devicesApi.settings(), 'settings');
  if (settings.error !== undefined) return <ErrorMessage error={settings.error} onRetry={settings.reload} />;
  if (!settings.data) return <Loading />;
  // the server lists only the members the user may choose among (a system owner: their own)
  const s = settings.data;
  const tabs = TABS.filter((tab) => !tab.needs || s[tab.needs]);
  const current = (tab: TabDef) =>
    tab.exact
      ? pathname === tab.to || pathname === `${tab.to}/`
      : pathname === tab.to || pathname.startsWith(`${tab.to}/`);
  // a device's own page (/devices/<id>) belongs to the list
  const listTab = tabs.find((tab) => tab.key === 'list');
  const onDevice = !tabs.some((tab) => tab.key !== 'rotation' && current(tab)) && !current(TABS[0]!);
  const context: DevicesContext = { settings: s, reloadSettings: settings.reload };
  return (
    <>
      <nav className="sub-nav devices-nav" aria-label={t('devices.subNav')}>
        <ul>
          {tabs.map((tab) => (
            <li key={tab.key}>
              <Link to={tab.to} aria-current={current(tab) || (onDevice && tab === listTab) ? 'page' : undefined}>
                {t(`devices.tabs.${tab.key}`)}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <Outlet context={context} />
    </>
  );
}
