import { createContext, type ReactNode, useContext, useMemo } from 'react';
import { cooperationApi } from '../api/endpoints.ts';
import type { Member, Overview } from '../api/types.ts';
import { useAsync } from '../lib/useAsync.ts';
import { useSession } from '../session/SessionContext.tsx';

interface CooperationApi {
  overview: Overview | undefined;
  error: unknown;
  loading: boolean;
  reload: () => void;
  /** every member, current and former, by id */
  memberById: Map<string, Member>;
}

const Ctx = createContext<CooperationApi | undefined>(undefined);

/** The signed-in user's cooperation (name, members, bodies), loaded once and shared by the pages. */
export function CooperationProvider({ children }: { children: ReactNode }) {
  const { user } = useSession();
  const state = useAsync(() => cooperationApi.overview(), user?.id ?? '', !!user);
  const { data, error, loading, reload } = state;
  const value = useMemo<CooperationApi>(() => {
    const memberById = new Map<string, Member>();
    for (const m of [...(data?.members ?? []), ...(data?.formerMembers ?? [])]) memberById.set(m.id, m);
    return { overview: user ? data : undefined, error, loading, reload, memberById };
  }, [data, error, loading, reload, user]);
  return <Ctx.Provider value={value}>{children}</Ctx.Provider>;
}

export function useCooperation(): CooperationApi {
  const ctx = useContext(Ctx);
  if (!ctx) throw new Error('useCooperation outside CooperationProvider');
  return ctx;
}
