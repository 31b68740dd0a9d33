import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import { onUnauthenticated, setCsrfToken } from '../api/client.ts';
import { authApi } from '../api/endpoints.ts';
import type { Role, SessionUser, SessionView } from '../api/types.ts';
import { adoptUserLanguage } from '../i18n/index.ts';

export type SessionState =
  | { status: 'loading' }
  | { status: 'error'; error: unknown }
  | { status: 'anonymous'; expired: boolean }
  | { status: 'authenticated'; user: SessionUser };

interface SessionApi {
  state: SessionState;
  user: SessionUser | undefined;
  login(email: string, password: string): Promise<void>;
  logout(): Promise<void>;
  reload(): void;
}

const SessionContext = createContext<SessionApi | undefined>(undefined);

function fromView(view: SessionView): SessionState {
  setCsrfToken(view.csrfToken);
  if (view.authenticated && view.user) {
    adoptUserLanguage(view.user.locale);
    return { status: 'authenticated', user: view.user };
  }
  return { status: 'anonymous', expired: false };
}

/** Holds who is signed in: loads the session once, and follows sign-in, sign-out and expiry. */
export function SessionProvider({ children }: { children: ReactNode }) {
  const [state, setState] = useState<SessionState>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);

  // biome-ignore lint/correctness/useExhaustiveDependencies: a new attempt loads the session again
  useEffect(() => {
    let live = true;
    authApi.session().then(
      (view) => live && setState(fromView(view)),
      (error: unknown) => live && setState({ status: 'error', error }),
    );
    return () => {
      live = false;
    };
  }, [attempt]);

  useEffect(
    () =>
      onUnauthenticated(() => {
        setCsrfToken(undefined);
        setState({ status: 'anonymous', expired: true });
      }),
    [],
  );

  const login = useCallback(async (email: string, password: string) => {
    setState(fromView(await authApi.login(email, password)));
  }, []);

  const logout = useCallback(async () => {
    try {
      await authApi.logout();
    } catch {
      // Already signed out (an expired session answers 401): the result is the same.
    } finally {
      setCsrfToken(undefined);
      setState({ status: 'anonymous', expired: false });
    }
  }, []);

  const reload = useCallback(() => {
    setState({ status: 'loading' });
    setAttempt((n) => n + 1);
  }, []);

  const value = useMemo<SessionApi>(
    () => ({ state, user: state.status === 'authenticated' ? state.user : undefined, login, logout, reload }),
    [state, login, logout, reload],
  );
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): SessionApi {
  const ctx = useContext(SessionContext);
  if (!ctx) throw new Error('useSession outside SessionProvider');
  return ctx;
}

export function hasRole(user: SessionUser | undefined, ...roles: Role[]): boolean {
  return !!user && user.roles.some((g) => roles.includes(g.role));
}
