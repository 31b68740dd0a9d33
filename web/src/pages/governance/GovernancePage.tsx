import './governance.css';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, Route, Routes, useLocation } from 'react-router';
import { NotFound } from '../NotFound.tsx';
import { BodiesPage } from './BodiesPage.tsx';
import { MeetingPage } from './MeetingPage.tsx';
import { MeetingsPage } from './MeetingsPage.tsx';
import { ProposalPage } from './ProposalPage.tsx';
import { ProposalsPage } from './ProposalsPage.tsx';
import { SearchPage } from './SearchPage.tsx';

const TABS = [
  { to: '/governance', key: 'overview', exact: true },
  { to: '/governance/meetings', key: 'meetings', exact: false },
  { to: '/governance/proposals', key: 'proposals', exact: false },
  { to: '/governance/search', key: 'search', exact: false },
] as const;

/** Governance (styring): bodies, meetings with their agendas, proposals and search, under /governance. */
export function GovernancePage() {
  return (
    <Routes>
      <Route element={<GovernanceLayout />}>
        <Route index element={<BodiesPage />} />
        <Route path="meetings" element={<MeetingsPage />} />
        <Route path="meetings/:id" element={<MeetingPage />} />
        <Route path="proposals" element={<ProposalsPage />} />
        <Route path="proposals/:id" element={<ProposalPage />} />
        <Route path="search" element={<SearchPage />} />
        <Route path="*" element={<NotFound />} />
      </Route>
    </Routes>
  );
}

function GovernanceLayout() {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const current = (tab: (typeof TABS)[number]) =>
    tab.exact ? pathname === tab.to || pathname === `${tab.to}/` : pathname.startsWith(tab.to);
  return (
    <>
      <nav className="sub-nav gov-nav" aria-label={t('governance.subNav')}>
        <ul>
          {TABS.map((tab) => (
            <li key={tab.key}>
              <Link to={tab.to} aria-current={current(tab) ? 'page' : undefined}>
                {t(`governance.tabs.${tab.key}`)}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <Outlet />
    </>
  );
}
