import { Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { auditApi } from '../api/endpoints.ts';
import type { AuditEntry } from '../api/types.ts';
import { ErrorMessage } from '../components/ErrorMessage.tsx';
import { Loading } from '../components/Loading.tsx';
import { dayStartIso } from '../lib/format.ts';
import { useAsync } from '../lib/useAsync.ts';
import { usePageTitle } from '../lib/usePageTitle.ts';
import { AuditFilters, type AuditFilterValues } from './audit/AuditFilters.tsx';
import { AuditTable } from './audit/AuditTable.tsx';

const PAGE_SIZE = 50;

interface More {
  key: string;
  items: AuditEntry[];
  nextCursor: number | null;
  focusId?: number;
}

/** The audit log for administrators and the leader: filters, newest first, "Show more" by cursor. */
export function AuditPage() {
  const { t } = useTranslation();
  usePageTitle(t('audit.title'));
  const [params, setParams] = useSearchParams();
  const filters: AuditFilterValues = {
    entityType: params.get('entityType') ?? '',
    action: params.get('action') ?? '',
    from: params.get('from') ?? '',
    to: params.get('to') ?? '',
  };
  const query = {
    entityType: filters.entityType || undefined,
    action: filters.action || undefined,
    from: filters.from ? dayStartIso(filters.from) : undefined,
    to: filters.to ? dayStartIso(filters.to, 1) : undefined,
    limit: PAGE_SIZE,
  };
  const key = JSON.stringify(query);
  const first = useAsync(() => auditApi.list(query), key);
  const [more, setMore] = useState<More>();
  const [moreError, setMoreError] = useState<unknown>();
  const [loadingMore, setLoadingMore] = useState(false);

  const extra = more?.key === key ? more : undefined;
  const items = [...(first.data?.items ?? []), ...(extra?.items ?? [])];
  const nextCursor = extra ? extra.nextCursor : first.data?.nextCursor;

  useEffect(() => {
    if (extra?.focusId === undefined) return;
    document.querySelector<HTMLElement>(`[data-entry="${extra.focusId}"] th`)?.focus();
  }, [extra?.focusId]);

  const loadMore = async () => {
    if (nextCursor == null || loadingMore) return;
    setLoadingMore(true);
    setMoreError(undefined);
    try {
      const page = await auditApi.list({ ...query, cursor: nextCursor });
      setMore({
        key,
        items: [...(extra?.items ?? []), ...page.items],
        nextCursor: page.nextCursor,
        focusId: page.items[0]?.id,
      });
    } catch (err) {
      setMoreError(err);
    } finally {
      setLoadingMore(false);
    }
  };

  const apply = (next: AuditFilterValues) => {
    const p = new URLSearchParams();
    for (const [k, v] of Object.entries(next)) if (v) p.set(k, v);
    setParams(p, { replace: true });
  };

  return (
    <>
      <Heading level={1} data-size="lg">
        {t('audit.title')}
      </Heading>
      <Paragraph className="muted">{t('audit.intro')}</Paragraph>
      <AuditFilters values={filters} onApply={apply} />
      <p className="result-count" aria-live="polite">
        {first.data && (items.length === 0 ? t('audit.empty') : t('audit.count', { count: items.length }))}
      </p>
      {first.error !== undefined && <ErrorMessage error={first.error} onRetry={first.reload} />}
      {first.loading && !first.data && <Loading />}
      {first.data && items.length > 0 && <AuditTable entries={items} focusId={extra?.focusId} />}
      {moreError !== undefined && <ErrorMessage error={moreError} onRetry={loadMore} />}
      {first.data && items.length > 0 && (
        <div className="load-more">
          {nextCursor != null ? (
            <Button variant="secondary" onClick={loadMore} loading={loadingMore}>
              {loadingMore ? t('audit.loadingMore') : t('audit.more')}
            </Button>
          ) : (
            <Paragraph data-size="sm" className="muted">
              {t('audit.allShown')}
            </Paragraph>
          )}
        </div>
      )}
    </>
  );
}
