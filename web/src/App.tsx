import { lazy, Suspense } from 'react';
import { BrowserRouter, Route, Routes } from 'react-router';
import { CooperationProvider } from './components/CooperationContext.tsx';
import { RequireAuth, RequireRole } from './components/Guards.tsx';
import { Layout } from './components/Layout.tsx';
import { Loading } from './components/Loading.tsx';
import { AuditPage } from './pages/AuditPage.tsx';
import { RakelProvider } from './pages/knowledge/RakelContext.tsx';
import { LoginPage } from './pages/LoginPage.tsx';
import { MemberPage } from './pages/MemberPage.tsx';
import { NotFound } from './pages/NotFound.tsx';
import { OverviewPage } from './pages/OverviewPage.tsx';
import { PortalPage } from './pages/PortalPage.tsx';
import { OrderFormPage } from './pages/portal/OrderFormPage.tsx';
import { OrderPage } from './pages/portal/OrderPage.tsx';
import { PortalTicketPage } from './pages/portal/PortalTicketPage.tsx';
import { ReportPage } from './pages/portal/ReportPage.tsx';
import { MessagesPage } from './pages/servicedesk/MessagesPage.tsx';
import { QueuePage } from './pages/servicedesk/QueuePage.tsx';
import { RegisterPage } from './pages/servicedesk/RegisterPage.tsx';
import { TicketPage } from './pages/servicedesk/TicketPage.tsx';
import { UsersPage } from './pages/UsersPage.tsx';
import { SessionProvider } from './session/SessionContext.tsx';

// The statistics page brings the chart library; it loads when first opened.
const StatsPage = lazy(() => import('./pages/stats/StatsPage.tsx').then((m) => ({ default: m.StatsPage })));
// So does the economy section (its operating page has a chart); its pages are routes of their own below it.
const EconomyPage = lazy(() => import('./pages/economy/EconomyPage.tsx').then((m) => ({ default: m.EconomyPage })));
// Devices (rotation table, fleet, forecast, orders, rules, imports) is a section of its own too.
const DevicesPage = lazy(() => import('./pages/devices/DevicesPage.tsx').then((m) => ({ default: m.DevicesPage })));
// Governance (bodies, meetings, proposals) is a section of its own, loaded when first opened.
const GovernancePage = lazy(() =>
  import('./pages/governance/GovernancePage.tsx').then((m) => ({ default: m.GovernancePage })),
);
// Channels (security alerts, mailboxes, alerting and its delivery log, phone statistics) is a section too.
const ChannelsPage = lazy(() => import('./pages/channels/ChannelsPage.tsx').then((m) => ({ default: m.ChannelsPage })));
// Knowledge (the help articles and Rakel for everyone; writing, vocabulary and figures for staff) is a section too.
const KnowledgePage = lazy(() =>
  import('./pages/knowledge/KnowledgePage.tsx').then((m) => ({ default: m.KnowledgePage })),
);
// Reports (the monthly activity report and the annual report, their editor and preview) is a section too.
const ReportsPage = lazy(() => import('./pages/reports/ReportsPage.tsx').then((m) => ({ default: m.ReportsPage })));

export function App() {
  return (
    <SessionProvider>
      <CooperationProvider>
        {/* Rakel's conversation lasts while the user moves around the app (to a ticket she linked, and back) */}
        <RakelProvider>
          <BrowserRouter>
            <Routes>
              <Route element={<Layout />}>
                <Route path="/login" element={<LoginPage />} />
                <Route element={<RequireAuth />}>
                  <Route index element={<OverviewPage />} />
                  <Route path="/members/:id" element={<MemberPage />} />
                  <Route path="/portal" element={<PortalPage />} />
                  <Route path="/portal/report" element={<ReportPage />} />
                  <Route path="/portal/order" element={<OrderPage />} />
                  <Route path="/portal/order/:itemId" element={<OrderFormPage />} />
                  <Route path="/portal/tickets/:id" element={<PortalTicketPage />} />
                  <Route
                    path="/knowledge/*"
                    element={
                      <Suspense fallback={<Loading />}>
                        <KnowledgePage />
                      </Suspense>
                    }
                  />
                  <Route element={<RequireRole roles={['agent', 'admin', 'leader']} />}>
                    <Route path="/servicedesk" element={<QueuePage />} />
                    <Route path="/servicedesk/tickets/:id" element={<TicketPage />} />
                  </Route>
                  <Route element={<RequireRole roles={['agent', 'admin']} />}>
                    <Route path="/servicedesk/new" element={<RegisterPage />} />
                    <Route path="/servicedesk/messages" element={<MessagesPage />} />
                  </Route>
                  <Route element={<RequireRole roles={['agent', 'admin', 'leader', 'system_owner']} />}>
                    <Route
                      path="/servicedesk/stats"
                      element={
                        <Suspense fallback={<Loading />}>
                          <StatsPage />
                        </Suspense>
                      }
                    />
                  </Route>
                  <Route element={<RequireRole roles={['admin', 'agent', 'leader']} />}>
                    <Route
                      path="/channels/*"
                      element={
                        <Suspense fallback={<Loading />}>
                          <ChannelsPage />
                        </Suspense>
                      }
                    />
                  </Route>
                  <Route element={<RequireRole roles={['leader', 'admin', 'council_member']} />}>
                    <Route
                      path="/economy/*"
                      element={
                        <Suspense fallback={<Loading />}>
                          <EconomyPage />
                        </Suspense>
                      }
                    />
                  </Route>
                  <Route
                    element={<RequireRole roles={['admin', 'leader', 'agent', 'council_member', 'system_owner']} />}
                  >
                    <Route
                      path="/devices/*"
                      element={
                        <Suspense fallback={<Loading />}>
                          <DevicesPage />
                        </Suspense>
                      }
                    />
                  </Route>
                  <Route
                    element={<RequireRole roles={['admin', 'leader', 'agent', 'council_member', 'group_member']} />}
                  >
                    <Route
                      path="/reports/*"
                      element={
                        <Suspense fallback={<Loading />}>
                          <ReportsPage />
                        </Suspense>
                      }
                    />
                  </Route>
                  <Route
                    path="/governance/*"
                    element={
                      <Suspense fallback={<Loading />}>
                        <GovernancePage />
                      </Suspense>
                    }
                  />
                  <Route element={<RequireRole roles={['admin']} />}>
                    <Route path="/admin/users" element={<UsersPage />} />
                  </Route>
                  <Route element={<RequireRole roles={['admin', 'leader']} />}>
                    <Route path="/admin/audit" element={<AuditPage />} />
                  </Route>
                  <Route path="*" element={<NotFound />} />
                </Route>
              </Route>
            </Routes>
          </BrowserRouter>
        </RakelProvider>
      </CooperationProvider>
    </SessionProvider>
  );
}
