import { Button, Link, Table, Textfield } from '@digdir/designsystemet-react';
import { type FormEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useLocation, useNavigate, useSearchParams } from 'react-router';
import { formatNumber } from '../../lib/format.ts';
import { useAsync } from '../../lib/useAsync.ts';
import { usePageTitle } from '../../lib/usePageTitle.ts';
import { DataTable, FilterSelect, ListState } from '../channels/shared.tsx';
import { useNotice } from '../economy/shared.tsx';
import { ARTICLE_STATUSES, type ArticleStatus, knowledgeApi } from './api.ts';
import { Day, KindBadge, KnowledgeHead, ReviewDate, StatusTag } from './shared.tsx';

/** What a page that leads back to the list may tell it. */
export interface ManageListState {
  message?: string;
}

/** The editors' list of every article: drafts, published and archived, with owner and review date. */
export function ManageListPage() {
  const { t, i18n } = useTranslation();
  usePageTitle(t('knowledge.manage.title'));
  const [params, setParams] = useSearchParams();
  const navigate = useNavigate();
  const location = useLocation();
  const [region, say] = useNotice();
  const statusParam = params.get('status');
  const status = ARTICLE_STATUSES.includes(statusParam as ArticleStatus) ? (statusParam as ArticleStatus) : undefined;
  const q = params.get('q') ?? '';
  const [draft, setDraft] = useState(q);
  useEffect(() => setDraft(q), [q]);
  const list = useAsync(() => knowledgeApi.articles({ status, q: q || undefined }), `${status ?? ''}|${q}`);
  const items = list.data?.articles ?? [];

  // a message from the page that led here (an article archived)
  const message = (location.state as ManageListState | null)?.message;
  useEffect(() => {
    if (!message) return;
    say(message);
    navigate(`${location.pathname}${location.search}`, { replace: true, state: null });
  }, [message, say, navigate, location.pathname, location.search]);

  const set = (key: string, value: string) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    setParams(next, { replace: true });
  };
  const search = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    set('q', draft.trim());
  };

  const caption = t('knowledge.manage.caption');
  return (
    <>
      <KnowledgeHead title={t('knowledge.manage.title')} intro={t('knowledge.manage.intro')}>
        <Button asChild data-color="accent">
          <RouterLink to="/knowledge/manage/new">+ {t('knowledge.manage.new')}</RouterLink>
        </Button>
      </KnowledgeHead>
      {region}
      <div className="section-toolbar section-toolbar--end">
        <FilterSelect
          label={t('knowledge.manage.status')}
          name="status"
          value={status}
          onChange={(v) => set('status', v)}
          options={ARTICLE_STATUSES.map((s) => ({ value: s, label: t(`knowledge.statuses.${s}`) }))}
        />
        <search>
          <form onSubmit={search} className="kb-inline-search" noValidate>
            <Textfield
              type="search"
              label={t('knowledge.manage.titleSearch')}
              name="q"
              value={draft}
              onChange={(e) => setDraft(e.target.value)}
              autoComplete="off"
            />
            <Button type="submit" variant="secondary">
              {t('knowledge.manage.search')}
            </Button>
          </form>
        </search>
      </div>
      <ListState
        list={list}
        count={items.length}
        none={t('knowledge.manage.none')}
        counted={t('knowledge.manage.count', { count: items.length, n: formatNumber(items.length, i18n.language) })}
      />
      {items.length > 0 && (
        <DataTable
          label={caption}
          hiddenCaption
          className="kb-manage-table"
          busy={list.loading}
          columns={[
            t('knowledge.manage.articleTitle'),
            t('knowledge.manage.status'),
            t('knowledge.manage.owner'),
            t('knowledge.manage.reviewOn'),
            t('knowledge.manage.updated'),
          ]}
        >
          {items.map((a) => (
            <Table.Row key={a.id} data-article={a.slug}>
              <Table.HeaderCell scope="row" className="wrap">
                <Link asChild>
                  <RouterLink to={`/knowledge/manage/${a.id}`}>{a.title}</RouterLink>
                </Link>{' '}
                <KindBadge kind={a.kind} />
                <span className="cell-sub">{t(`knowledge.audiences.${a.audience}`)}</span>
              </Table.HeaderCell>
              <Table.Cell>
                <StatusTag status={a.status} />
              </Table.Cell>
              <Table.Cell>{a.ownerName ?? <span className="muted">{t('common.none')}</span>}</Table.Cell>
              <Table.Cell>
                <ReviewDate day={a.reviewOn} overdue={a.reviewOverdue} />
              </Table.Cell>
              <Table.Cell>
                <Day iso={a.updatedAt} />
              </Table.Cell>
            </Table.Row>
          ))}
        </DataTable>
      )}
    </>
  );
}
