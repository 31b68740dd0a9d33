import { Button, SkipLink } from '@digdir/designsystemet-react';
import { type MouseEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, useLocation, useNavigate } from 'react-router';
import type { Role } from '../api/types.ts';
import { hasRole, useSession } from '../session/SessionContext.tsx';
import { useCooperation } from './CooperationContext.tsx';
import { LanguageSwitch } from './LanguageSwitch.tsx';
import { Logo } from './Logo.tsx';
import { roleLabel } from './RoleList.tsx';

interface NavItem {
  to: string;
  label: string;
  roles?: Role[];
  /** paths under `to` that belong to another item */
  except?: string[];
}

/** Whether the item is the current page's section: its path or a path below it, minus the exceptions. */
function isCurrent(item: NavItem, pathname: string): boolean {
  const within = (base: string) => pathname === base || pathname.startsWith(`${base}/`);
  if (item.to === '/') return pathname === '/';
  return within(item.to) && !(item.except ?? []).some(within);
}

const MAIN_ID = 'main-content';

/** The shell of every page: skip link, header with brand, navigation and user, main, footer. */
export function Layout() {
  const { t } = useTranslation();
  const { user, logout } = useSession();
  const { overview, memberById } = useCooperation();
  const location = useLocation();
  const navigate = useNavigate();
  const mainRef = useRef<HTMLElement>(null);
  const firstRender = useRef(true);
  const [signingOut, setSigningOut] = useState(false);

  // After client-side navigation, start keyboard and screen reader users at the new page's content.
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs on every change of page
  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    mainRef.current?.focus();
    window.scrollTo(0, 0);
  }, [location.pathname]);

  const items: NavItem[] = [
    { to: '/', label: t('nav.overview') },
    { to: '/portal', label: t('nav.portal') },
    { to: '/knowledge', label: t('nav.knowledge') },
    {
      to: '/servicedesk',
      label: t('nav.servicedesk'),
      roles: ['agent', 'admin', 'leader'],
      except: ['/servicedesk/stats'],
    },
    { to: '/servicedesk/stats', label: t('nav.stats'), roles: ['agent', 'admin', 'leader', 'system_owner'] },
    { to: '/channels', label: t('nav.channels'), roles: ['admin', 'agent', 'leader'] },
    { to: '/economy', label: t('nav.economy'), roles: ['leader', 'admin', 'council_member'] },
    { to: '/governance', label: t('nav.governance') },
    {
      to: '/devices',
      label: t('nav.devices'),
      roles: ['admin', 'leader', 'agent', 'council_member', 'system_owner'],
    },
    {
      to: '/reports',
      label: t('nav.reports'),
      roles: ['admin', 'leader', 'agent', 'council_member', 'group_member'],
    },
    { to: '/admin/users', label: t('nav.users'), roles: ['admin'] },
    { to: '/admin/audit', label: t('nav.audit'), roles: ['admin', 'leader'] },
  ];
  const visible = items.filter((i) => !i.roles || hasRole(user, ...i.roles));

  const skipToMain = (e: MouseEvent<HTMLAnchorElement>) => {
    e.preventDefault();
    mainRef.current?.focus();
    mainRef.current?.scrollIntoView();
  };

  const signOut = async () => {
    setSigningOut(true);
    try {
      await logout();
    } finally {
      setSigningOut(false);
      navigate('/login', { replace: true, state: null });
    }
  };

  const roles = user ? user.roles.map((g) => roleLabel(t, g, (id) => memberById.get(id)?.name)).join(', ') : '';

  return (
    <div className="app">
      <SkipLink href={`#${MAIN_ID}`} onClick={skipToMain}>
        {t('app.skipToMain')}
      </SkipLink>
      <header className="app-header">
        <div className="app-header__bar container">
          <Link to="/" className="brand">
            <Logo />
            <span className="brand__name">{t('app.name')}</span>
            {overview && <span className="brand__coop">{overview.cooperation.shortName}</span>}
          </Link>
          <div className="app-header__tools">
            <LanguageSwitch />
            {user && (
              <>
                <div className="user-badge">
                  <span className="visually-hidden">{t('app.signedInAs')} </span>
                  <span className="user-badge__name">{user.name}</span>
                  {roles && <span className="user-badge__role">{roles}</span>}
                </div>
                <Button variant="secondary" data-size="sm" onClick={signOut} loading={signingOut}>
                  {signingOut ? t('app.loggingOut') : t('app.logout')}
                </Button>
              </>
            )}
          </div>
        </div>
        {user && (
          <nav className="app-nav" aria-label={t('app.mainNav')}>
            <ul className="container">
              {visible.map((item) => (
                <li key={item.to}>
                  <Link to={item.to} aria-current={isCurrent(item, location.pathname) ? 'page' : undefined}>
                    {item.label}
                  </Link>
                </li>
              ))}
            </ul>
          </nav>
        )}
      </header>
      <main id={MAIN_ID} ref={mainRef} tabIndex={-1} className="app-main container">
        <Outlet />
      </main>
      <footer className="app-footer">
        <div className="container app-footer__inner">
          <span>{t('app.footer')}</span>
          {hasRole(user, 'admin') && (
            <a href="/api/docs" className="app-footer__link">
              {t('app.apiDocs')}
            </a>
          )}
        </div>
      </footer>
    </div>
  );
}
