import { Heading, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, Outlet, Route, Routes, useLocation, useNavigate, useParams } from 'react-router';
import { economyApi } from '../../api/endpoints.ts';
import { SelectField } from '../../components/SelectField.tsx';
import { todayInOslo } from '../../lib/format.ts';
import { useAsync } from '../../lib/useAsync.ts';
import { usePageTitle } from '../../lib/usePageTitle.ts';
import { hasRole, useSession } from '../../session/SessionContext.tsx';
import { NotFound } from '../NotFound.tsx';
import { InvestmentsPage } from './InvestmentsPage.tsx';
import { KeysPage } from './KeysPage.tsx';
import { OperatingPage } from './OperatingPage.tsx';
import { PaymentsPage } from './PaymentsPage.tsx';
import { ServicesPage } from './ServicesPage.tsx';
import type { EconomyContext } from './shared.tsx';

const TABS = ['payments', 'operating', 'investments', 'keys', 'services'] as const;
type Tab = (typeof TABS)[number];

/** Years offered in the picker around the current one; a year in the address outside them is added. */
const YEARS_BACK = 6;
const YEARS_AHEAD = 2;

const thisYear = () => Number(todayInOslo().slice(0, 4));

/** The economy section: `/economy/:year/<page>`, a year picker and the pages as sub-navigation. */
export function EconomyPage() {
  return (
    <Routes>
      <Route index element={<Navigate to={`${thisYear()}/payments`} replace />} />
      <Route path=":year" element={<EconomyLayout />}>
        <Route index element={<Navigate to="payments" replace />} />
        <Route path="payments" element={<PaymentsPage />} />
        <Route path="operating" element={<OperatingPage />} />
        <Route path="investments" element={<InvestmentsPage />} />
        <Route path="keys" element={<KeysPage />} />
        <Route path="services" element={<ServicesPage />} />
        <Route path="*" element={<NotFound />} />
      </Route>
      <Route path="*" element={<NotFound />} />
    </Routes>
  );
}

function EconomyLayout() {
  const params = useParams();
  const year = /^\d{4}$/.test(params.year ?? '') ? Number(params.year) : Number.NaN;
  if (!(year >= 2000 && year <= 2100)) return <NotFound />;
  // A new year starts afresh: its members, and forms filled from its figures.
  return <YearLayout key={year} year={year} />;
}

function YearLayout({ year }: { year: number }) {
  const { t } = useTranslation();
  const { user } = useSession();
  const location = useLocation();
  const navigate = useNavigate();
  const tab: Tab | undefined = TABS.find((x) => location.pathname.endsWith(`/${x}`));
  const page = tab ? t(`economy.tabs.${tab}`) : t('economy.title');
  usePageTitle(t('economy.pageTitle', { page, year }));
  const drivers = useAsync(() => economyApi.drivers(year), String(year));

  const current = thisYear();
  const years = Array.from({ length: YEARS_BACK + YEARS_AHEAD + 1 }, (_, i) => current + YEARS_AHEAD - i);
  if (!years.includes(year)) years.push(year);
  years.sort((a, b) => b - a);

  const context: EconomyContext = { year, editor: hasRole(user, 'leader', 'admin'), drivers };

  return (
    <>
      <div className="page-head">
        <div>
          <Paragraph data-size="sm" className="eyebrow">
            {t('economy.title')}
          </Paragraph>
          <Heading level={1} data-size="lg">
            {t('economy.heading', { page, year })}
          </Heading>
          {tab && <Paragraph className="muted">{t(`economy.intro.${tab}`)}</Paragraph>}
        </div>
        <div className="economy-year">
          <SelectField
            label={t('economy.year')}
            name="year"
            value={String(year)}
            onChange={(e) => navigate(`/economy/${e.target.value}/${tab ?? 'payments'}${location.search}`)}
            options={years.map((y) => ({ value: String(y), label: String(y) }))}
          />
        </div>
      </div>
      <nav className="sub-nav" aria-label={t('economy.subNav', { year })}>
        <ul>
          {TABS.map((x) => (
            <li key={x}>
              <Link to={`/economy/${year}/${x}`} aria-current={x === tab ? 'page' : undefined}>
                {t(`economy.tabs.${x}`)}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <Outlet context={context} />
    </>
  );
}
