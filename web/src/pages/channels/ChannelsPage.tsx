import './channels.css';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, Outlet, Route, Routes, useLocation } from 'react-router';
import type { Role } from '../../api/types.ts';
import { hasRole, useSession } from '../../session/SessionContext.tsx';
import { NoAccess } from '../NoAccess.tsx';
import { NotFound } from '../NotFound.tsx';
import { MailboxesPage } from './MailboxesPage.tsx';
import { NotificationsPage } from './NotificationsPage.tsx';
import { PhonePage } from './PhonePage.tsx';
import { SecurityAlertsPage } from './SecurityAlertsPage.tsx';

interface TabDef {
  path: string;
  key: 'alerts' | 'mailboxes' | 'notifications' | 'phone';
  /** the tab's pages are for these roles only (the section itself is for the service desk, leader and admin) */
  roles?: Role[];
}

/** The alert sources and their tokens are the administrators'; the logs are the whole service desk's. */
const TABS: TabDef[] = [
  { path: 'security-alerts', key: 'alerts', roles: ['admin'] },
  { path: 'mailboxes', key: 'mailboxes' },
  { path: 'notifications', key: 'notifications' },
  { path: 'phone', key: 'phone' },
];

const PAGES: Record<TabDef['key'], ReactNode> = {
  alerts: <SecurityAlertsPage />,
  mailboxes: <MailboxesPage />,
  notifications: <NotificationsPage />,
  phone: <PhonePage />,
};

/** Channels (kanaler): security alerts, mailboxes, alerting and its delivery log, phone statistics under /channels. */
export function ChannelsPage() {
  const { user } = useSession();
  const first = TABS.find((tab) => !tab.roles || hasRole(user, ...tab.roles)) ?? TABS[1]!;
  return (
    <Routes>
      <Route element={<ChannelsLayout />}>
        <Route index element={<Navigate to={first.path} replace />} />
        {TABS.map((tab) => (
          <Route
            key={tab.key}
            path={tab.path}
            element={tab.roles && !hasRole(user, ...tab.roles) ? <NoAccess roles={tab.roles} /> : PAGES[tab.key]}
          />
        ))}
        <Route path="*" element={<NotFound />} />
      </Route>
    </Routes>
  );
}

function ChannelsLayout() {
  const { t } = useTranslation();
  const { user } = useSession();
  const { pathname } = useLocation();
  const tabs = TABS.filter((tab) => !tab.roles || hasRole(user, ...tab.roles));
  return (
    <>
      <nav className="sub-nav channels-nav" aria-label={t('channels.subNav')}>
        <ul>
          {tabs.map((tab) => {
            const to = `/channels/${tab.path}`;
            return (
              <li key={tab.key}>
                <Link to={to} aria-current={pathname === to || pathname.startsWith(`${to}/`) ? 'page' : undefined}>
                  {t(`channels.tabs.${tab.key}`)}
                </Link>
              </li>
            );
          })}
        </ul>
      </nav>
      <Outlet />
    </>
  );
}
