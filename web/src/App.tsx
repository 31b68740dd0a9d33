import { BrowserRouter, Route, Routes } from 'react-router';
import { CooperationProvider } from './components/CooperationContext.tsx';
import { RequireAuth, RequireRole } from './components/Guards.tsx';
import { Layout } from './components/Layout.tsx';
import { AuditPage } from './pages/AuditPage.tsx';
import { LoginPage } from './pages/LoginPage.tsx';
import { MemberPage } from './pages/MemberPage.tsx';
import { NotFound } from './pages/NotFound.tsx';
import { OverviewPage } from './pages/OverviewPage.tsx';
import { UsersPage } from './pages/UsersPage.tsx';
import { SessionProvider } from './session/SessionContext.tsx';

export function App() {
  return (
    <SessionProvider>
      <CooperationProvider>
        <BrowserRouter>
          <Routes>
            <Route element={<Layout />}>
              <Route path="/login" element={<LoginPage />} />
              <Route element={<RequireAuth />}>
                <Route index element={<OverviewPage />} />
                <Route path="/members/:id" element={<MemberPage />} />
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
      </CooperationProvider>
    </SessionProvider>
  );
}
