import './knowledge.css';
import { lazy, type ReactNode, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, Route, Routes, useLocation } from 'react-router';
import type { Role } from '../../api/types.ts';
import { Loading } from '../../components/Loading.tsx';
import { hasRole, useSession } from '../../session/SessionContext.tsx';
import { NoAccess } from '../NoAccess.tsx';
import { NotFound } from '../NotFound.tsx';
import { ArticlePage } from './ArticlePage.tsx';
import { ImportPage } from './ImportPage.tsx';
import { ManageListPage } from './ManageListPage.tsx';
import { PortalPage } from './PortalPage.tsx';
import { RakelSettingsPage } from './RakelSettingsPage.tsx';
import { ReviewPage } from './ReviewPage.tsx';
import { SynonymsPage } from './SynonymsPage.tsx';
import { EDITORS, FIGURE_READERS } from './shared.tsx';
import { UsagePage } from './UsagePage.tsx';

// The article editor brings the rich-text editor (Tiptap, ProseMirror); it loads when first opened.
const ArticleEditPage = lazy(() => import('./ArticleEditPage.tsx').then((m) => ({ default: m.ArticleEditPage })));

interface TabDef {
  to: string;
  key: 'portal' | 'articles' | 'review' | 'import' | 'synonyms' | 'rakel' | 'usage';
  roles?: Role[];
}

const TABS: TabDef[] = [
  { to: '/knowledge', key: 'portal' },
  { to: '/knowledge/manage', key: 'articles', roles: EDITORS },
  { to: '/knowledge/manage/review', key: 'review', roles: EDITORS },
  { to: '/knowledge/manage/import', key: 'import', roles: EDITORS },
  { to: '/knowledge/manage/synonyms', key: 'synonyms', roles: EDITORS },
  { to: '/knowledge/manage/rakel', key: 'rakel', roles: EDITORS },
  { to: '/knowledge/usage', key: 'usage', roles: FIGURE_READERS },
];

/** Whether a tab is the current page's: the portal holds the articles, "Artikler" the article forms. */
function isCurrent(tab: TabDef, pathname: string): boolean {
  if (tab.key === 'portal') return pathname === '/knowledge' || pathname.startsWith('/knowledge/articles/');
  if (tab.key === 'articles')
    return (
      pathname === tab.to ||
      (pathname.startsWith(`${tab.to}/`) &&
        !TABS.some((other) => other.key !== 'articles' && other.to.startsWith(`${tab.to}/`) && pathname === other.to))
    );
  return pathname === tab.to || pathname.startsWith(`${tab.to}/`);
}

/** Knowledge (kunnskap): the help articles and Rakel for everyone; writing, vocabulary and figures for staff. */
export function KnowledgePage() {
  const { user } = useSession();
  const only = (roles: Role[], page: ReactNode) => (hasRole(user, ...roles) ? page : <NoAccess roles={roles} />);
  return (
    <Routes>
      <Route element={<KnowledgeLayout />}>
        <Route index element={<PortalPage />} />
        <Route path="articles/:slug" element={<ArticlePage />} />
        <Route path="manage" element={only(EDITORS, <ManageListPage />)} />
        <Route path="manage/review" element={only(EDITORS, <ReviewPage />)} />
        <Route path="manage/import" element={only(EDITORS, <ImportPage />)} />
        <Route path="manage/synonyms" element={only(EDITORS, <SynonymsPage />)} />
        <Route path="manage/rakel" element={only(EDITORS, <RakelSettingsPage />)} />
        <Route
          path="manage/:id"
          element={only(
            EDITORS,
            <Suspense fallback={<Loading />}>
              <ArticleEditPage />
            </Suspense>,
          )}
        />
        <Route path="usage" element={only(FIGURE_READERS, <UsagePage />)} />
        <Route path="*" element={<NotFound />} />
      </Route>
    </Routes>
  );
}

function KnowledgeLayout() {
  const { t } = useTranslation();
  const { user } = useSession();
  const { pathname } = useLocation();
  const tabs = TABS.filter((tab) => !tab.roles || hasRole(user, ...tab.roles));
  return (
    <>
      {/* Employees have the portal only: no tabs to choose between. */}
      {tabs.length > 1 && (
        <nav className="sub-nav kb-nav" aria-label={t('knowledge.subNav')}>
          <ul>
            {tabs.map((tab) => (
              <li key={tab.key}>
                <Link to={tab.to} aria-current={isCurrent(tab, pathname) ? 'page' : undefined}>
                  {t(`knowledge.tabs.${tab.key}`)}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      )}
      <Outlet />
    </>
  );
}
