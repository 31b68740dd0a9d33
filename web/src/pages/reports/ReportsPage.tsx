import './reports.css';
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, Route, Routes, useLocation } from 'react-router';
import { Loading } from '../../components/Loading.tsx';
import { NotFound } from '../NotFound.tsx';
import { GlossaryPage } from './GlossaryPage.tsx';
import { PreviewPage } from './PreviewPage.tsx';
import { ReportListPage } from './ReportListPage.tsx';
import { ReportPage } from './ReportPage.tsx';
import { StaffPage } from './StaffPage.tsx';

// The section editor brings the rich-text editor (Tiptap, ProseMirror); it loads when first opened.
const SectionEditorPage = lazy(() => import('./SectionEditorPage.tsx').then((m) => ({ default: m.SectionEditorPage })));

const TABS = [
  { to: '/reports', key: 'reports' },
  { to: '/reports/glossary', key: 'glossary' },
  { to: '/reports/staff', key: 'staff' },
] as const;

/** Reports (rapporter): the monthly economy and activity report and the annual report, under /reports. */
export function ReportsPage() {
  return (
    <Routes>
      <Route element={<ReportsLayout />}>
        <Route index element={<ReportListPage />} />
        <Route path="glossary" element={<GlossaryPage />} />
        <Route path="staff" element={<StaffPage />} />
        <Route path=":id" element={<ReportPage />} />
        <Route path=":id/preview" element={<PreviewPage />} />
        <Route
          path=":id/sections/:key"
          element={
            <Suspense fallback={<Loading />}>
              <SectionEditorPage />
            </Suspense>
          }
        />
        <Route path="*" element={<NotFound />} />
      </Route>
    </Routes>
  );
}

function ReportsLayout() {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  // a report and its pages (/reports/<id>/…) belong to the first tab
  const current = (tab: (typeof TABS)[number]) =>
    tab.key === 'reports'
      ? !TABS.some((other) => other.key !== 'reports' && pathname.startsWith(other.to))
      : pathname === tab.to || pathname.startsWith(`${tab.to}/`);
  return (
    <>
      <nav className="sub-nav reports-nav" aria-label={t('reports.subNav')}>
        <ul>
          {TABS.map((tab) => (
            <li key={tab.key}>
              <Link to={tab.to} aria-current={current(tab) ? 'page' : undefined}>
                {t(`reports.tabs.${tab.key}`)}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <Outlet />
    </>
  );
}
