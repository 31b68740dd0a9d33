import { Alert, Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { usersApi } from '../api/endpoints.ts';
import type { User } from '../api/types.ts';
import { useCooperation } from '../components/CooperationContext.tsx';
import { ErrorMessage } from '../components/ErrorMessage.tsx';
import { Loading } from '../components/Loading.tsx';
import { formatNumber } from '../lib/format.ts';
import { useAsync } from '../lib/useAsync.ts';
import { usePageTitle } from '../lib/usePageTitle.ts';
import { useSession } from '../session/SessionContext.tsx';
import { memberOptions } from './users/memberOptions.ts';
import { UserDialog, type UserDialogMode } from './users/UserDialog.tsx';
import { UserFilters, type UserFilterValues } from './users/UserFilters.tsx';
import { UsersTable } from './users/UsersTable.tsx';

const PAGE_SIZE = 25;

/** Administrators: find, create and change users. Filters and page live in the address. */
export function UsersPage() {
  const { t, i18n } = useTranslation();
  usePageTitle(t('users.title'));
  const { user: me } = useSession();
  const { overview } = useCooperation();
  const [params, setParams] = useSearchParams();
  const [dialog, setDialog] = useState<UserDialogMode>();
  const [notice, setNotice] = useState<string>();

  const filters: UserFilterValues = {
    search: params.get('search') ?? '',
    memberId: params.get('memberId') ?? '',
    role: params.get('role') ?? '',
    active: params.get('active') ?? '',
  };
  const page = Math.max(1, Number(params.get('page')) || 1);
  const query = {
    search: filters.search || undefined,
    memberId: filters.memberId || undefined,
    role: filters.role || undefined,
    active: filters.active === 'true' || filters.active === 'false' ? filters.active : undefined,
    limit: PAGE_SIZE,
    offset: (page - 1) * PAGE_SIZE,
  } as const;
  const list = useAsync(() => usersApi.list(query), JSON.stringify(query));

  const setFilters = useCallback(
    (next: UserFilterValues) => {
      const p = new URLSearchParams();
      for (const [k, v] of Object.entries(next)) if (v) p.set(k, v);
      setParams(p, { replace: true });
    },
    [setParams],
  );
  const goToPage = (n: number) => {
    const p = new URLSearchParams(params);
    if (n > 1) p.set('page', String(n));
    else p.delete('page');
    setParams(p);
  };

  const members = memberOptions(overview, t('users.formerSuffix'));
  const total = list.data?.total ?? 0;
  const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));
  const from = total === 0 ? 0 : (page - 1) * PAGE_SIZE + 1;
  const to = Math.min(total, page * PAGE_SIZE);
  const n = (x: number) => formatNumber(x, i18n.language);

  return (
    <>
      <div className="page-head">
        <div>
          <Heading level={1} data-size="lg">
            {t('users.title')}
          </Heading>
          <Paragraph className="muted">{t('users.intro')}</Paragraph>
        </div>
        <Button
          onClick={() => {
            setNotice(undefined);
            setDialog({ kind: 'create' });
          }}
        >
          + {t('users.new')}
        </Button>
      </div>
      <div role="status" className="notice-region">
        {notice && <Alert data-color="success">{notice}</Alert>}
      </div>
      <UserFilters values={filters} members={members} onChange={setFilters} />
      <p className="result-count" aria-live="polite">
        {list.data &&
          (total === 0 ? t('users.empty') : t('users.showing', { from: n(from), to: n(to), total: n(total) }))}
      </p>
      {list.error !== undefined && <ErrorMessage error={list.error} onRetry={list.reload} />}
      {!list.data && list.loading && <Loading />}
      {list.data && total > 0 && (
        <UsersTable
          users={list.data.items}
          caption={t('users.count', { count: total })}
          busy={list.loading}
          onEdit={(u: User) => {
            setNotice(undefined);
            setDialog({ kind: 'edit', user: u });
          }}
        />
      )}
      {pages > 1 && (
        <nav className="pager" aria-label={t('users.pagination')}>
          <Button variant="secondary" data-size="sm" disabled={page <= 1} onClick={() => goToPage(page - 1)}>
            ← {t('users.previous')}
          </Button>
          <span>{t('users.page', { page: n(page), pages: n(pages) })}</span>
          <Button variant="secondary" data-size="sm" disabled={page >= pages} onClick={() => goToPage(page + 1)}>
            {t('users.next')} →
          </Button>
        </nav>
      )}
      <UserDialog
        mode={dialog}
        members={members}
        currentUserId={me?.id}
        onClose={() => setDialog(undefined)}
        onSaved={(message) => {
          setDialog(undefined);
          setNotice(message);
          list.reload();
        }}
      />
    </>
  );
}
