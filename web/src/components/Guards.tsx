import { useTranslation } from 'react-i18next';
import { Navigate, Outlet, useLocation } from 'react-router';
import type { Role } from '../api/types.ts';
import { NoAccess } from '../pages/NoAccess.tsx';
import { hasRole, useSession } from '../session/SessionContext.tsx';
import { ErrorMessage } from './ErrorMessage.tsx';
import { Loading } from './Loading.tsx';

export interface LoginState {
  from?: { pathname: string; search?: string; hash?: string };
  expired?: boolean;
}

/** Pages behind sign-in: anyone signed out is sent to /login and brought back afterwards. */
export function RequireAuth() {
  const { state, reload } = useSession();
  const location = useLocation();
  const { t } = useTranslation();
  if (state.status === 'loading') return <Loading label={t('common.loading')} />;
  if (state.status === 'error') return <ErrorMessage error={state.error} onRetry={reload} />;
  if (state.status === 'anonymous') {
    const to: LoginState = { from: location, expired: state.expired };
    return <Navigate to="/login" replace state={to} />;
  }
  return <Outlet />;
}

/** Pages for some roles only; others get "Ingen tilgang". */
export function RequireRole({ roles }: { roles: Role[] }) {
  const { user } = useSession();
  if (!hasRole(user, ...roles)) return <NoAccess roles={roles} />;
  return <Outlet />;
}
