import { Button, Heading, Link, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { type FormEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useSearchParams } from 'react-router';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { Loading } from '../../components/Loading.tsx';
import { formatNumber } from '../../lib/format.ts';
import { useAsync } from '../../lib/useAsync.ts';
import { usePageTitle } from '../../lib/usePageTitle.ts';
import { ARTICLE_KINDS, type ArticleKind, knowledgeApi, type SearchResult, type SearchView } from './api.ts';
import { focusRakel, RakelPanel } from './Rakel.tsx';
import { Day, KindBadge, KnowledgeHead } from './shared.tsx';

const PAGE_SIZE = 20;
/** The tags shown before "Vis alle emner". */
const TOP_TAGS = 16;

/** The portal: search or browse the help articles, and ask Rakel. */
export function PortalPage() {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  usePageTitle(t('knowledge.portal.title'));
  const [params, setParams] = useSearchParams();
  const q = (params.get('q') ?? '').trim();
  const tag = params.get('tag') ?? '';
  const kindParam = params.get('kind');
  const kind = ARTICLE_KINDS.includes(kindParam as ArticleKind) ? (kindParam as ArticleKind) : undefined;
  const page = Math.max(1, Number.parseInt(params.get('page') ?? '1', 10) || 1);
  const [draft, setDraft] = useState(q);

  // Back and forward through searches: the field shows the search shown.
  useEffect(() => setDraft(q), [q]);

  const list = useAsync(
    () =>
      knowledgeApi.search({
        q: q || undefined,
        tag: tag || undefined,
        kind,
        limit: PAGE_SIZE,
        offset: (page - 1) * PAGE_SIZE,
      }),
    `${q}|${tag}|${kind ?? ''}|${page}`,
  );

  /** The address with some parameters changed ('' removes one); a new search or filter starts at page 1. */
  const href = (change: Record<string, string>) => {
    const next = new URLSearchParams(params);
    if (!('page' in change)) next.delete('page');
    for (const [k, v] of Object.entries(change)) {
      if (v) next.set(k, v);
      else next.delete(k);
    }
    const qs = next.toString();
    return qs ? `?${qs}` : '?';
  };

  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const text = draft.trim();
    // a new search looks in every article; filters are for browsing
    setParams(text ? { q: text } : {});
  };

  const data = list.data;
  const total = data?.total ?? 0;
  const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));

  let counted = '';
  if (data && !list.loading) {
    const n = formatNumber(total, lng);
    if (data.query)
      counted =
        total === 0
          ? t('knowledge.portal.noHits', { query: data.query })
          : t('knowledge.portal.hits', { count: total, n, query: data.query });
    else counted = total === 0 ? t('knowledge.portal.noArticles') : t('knowledge.portal.articles', { count: total, n });
  }

  return (
    <>
      <KnowledgeHead title={t('knowledge.portal.title')} intro={t('knowledge.portal.intro')} />
      <div className="kb-portal">
        <div className="kb-portal__main">
          <search>
            <form onSubmit={submit} className="kb-search" noValidate>
              <Textfield
                type="search"
                label={t('knowledge.portal.searchLabel')}
                name="q"
                value={draft}
                onChange={(e) => setDraft(e.target.value)}
                autoComplete="off"
                maxLength={300}
                className="kb-search__input"
              />
              <Button type="submit" data-color="accent">
                {t('knowledge.portal.search')}
              </Button>
            </form>
          </search>
          {/* on narrow screens Rakel is far below the articles: a way straight there */}
          <Paragraph data-size="sm" className="kb-to-rakel">
            <Link asChild>
              <RouterLink to="#rakel" onClick={focusRakel}>
                {t('knowledge.portal.toRakel')}
              </RouterLink>
            </Link>
          </Paragraph>
          {!q && <Filters tag={tag} kind={kind} href={href} />}
          {q && (
            <Paragraph data-size="sm">
              <Link asChild>
                <RouterLink to="?">{t('knowledge.portal.browseAll')}</RouterLink>
              </Link>
            </Paragraph>
          )}
          {data?.query && <Understood view={data} />}
          <p role="status" className="result-count" data-testid="kb-count">
            {counted}
          </p>
          {list.error !== undefined && <ErrorMessage error={list.error} onRetry={list.reload} level={2} />}
          {list.loading && !data && <Loading />}
          {data && data.results.length > 0 && (
            <section aria-labelledby="kb-results-heading" className="section kb-results-section">
              <Heading level={2} data-size="xs" id="kb-results-heading">
                {data.query ? t('knowledge.portal.resultsHeading') : t('knowledge.portal.browseHeading')}
              </Heading>
              <ol className="kb-results plain-list" aria-busy={list.loading || undefined}>
                {data.results.map((r) => (
                  <ResultItem key={r.id} result={r} />
                ))}
              </ol>
            </section>
          )}
          {data && pages > 1 && (
            <nav className="pager" aria-label={t('knowledge.portal.pagination')}>
              {page > 1 ? (
                <Link asChild>
                  <RouterLink to={href({ page: page > 2 ? String(page - 1) : '' })}>
                    ← {t('knowledge.portal.previous')}
                  </RouterLink>
                </Link>
              ) : (
                <span aria-hidden="true" className="pager__spacer" />
              )}
              <span>
                {t('knowledge.portal.page', { page: formatNumber(page, lng), pages: formatNumber(pages, lng) })}
              </span>
              {page < pages ? (
                <Link asChild>
                  <RouterLink to={href({ page: String(page + 1) })}>{t('knowledge.portal.next')} →</RouterLink>
                </Link>
              ) : (
                <span aria-hidden="true" className="pager__spacer" />
              )}
            </nav>
          )}
        </div>
        <div className="kb-portal__rakel">
          <RakelPanel />
        </div>
      </div>
    </>
  );
}

function ResultItem({ result: r }: { result: SearchResult }) {
  const { t } = useTranslation();
  return (
    <li className="kb-result" data-slug={r.slug}>
      <div className="kb-result__head">
        <Heading level={3} data-size="2xs" className="kb-result__title">
          <Link asChild>
            <RouterLink to={`/knowledge/articles/${encodeURIComponent(r.slug)}`}>{r.title}</RouterLink>
          </Link>
        </Heading>
        <KindBadge kind={r.kind} />
      </div>
      {r.snippet ? (
        <p className="kb-result__snippet">
          {r.snippet.heading && (
            <strong className="kb-result__snippet-heading">
              {/[?!.:]$/.test(r.snippet.heading) ? r.snippet.heading : `${r.snippet.heading}:`}{' '}
            </strong>
          )}
          {r.snippet.text}
        </p>
      ) : (
        r.summary && <p className="kb-result__snippet">{r.summary}</p>
      )}
      <p className="kb-result__meta">
        {t('knowledge.portal.updated')} <Day iso={r.updatedAt} />
      </p>
    </li>
  );
}

/** How the search read the words: those matched through a synonym, a compound or a spelling, and those not found. */
function Understood({ view }: { view: SearchView }) {
  const { t } = useTranslation();
  // how a word was read when not as itself; the compounds that merely begin with a found word are left out
  const readings = view.understood.flatMap((u) => {
    const found = u.matches.some((m) => m.via === 'word');
    return u.matches
      .filter((m) => m.via !== 'word' && !(found && m.via === 'compound' && m.terms.length === 1))
      .map((m) => ({ word: u.word, terms: m.words, via: m.via }));
  });
  if (readings.length === 0 && view.unknownWords.length === 0) return null;
  return (
    <section aria-labelledby="kb-understood-heading" className="kb-understood">
      <Heading level={2} data-size="2xs" id="kb-understood-heading">
        {t('knowledge.portal.understood')}
      </Heading>
      <ul>
        {readings.map((r) => (
          <li key={`${r.word}-${r.via}-${r.terms.join('+')}`} data-via={r.via}>
            {t(`knowledge.portal.via.${r.via}`, {
              word: r.word,
              terms: r.terms.join(r.via === 'compound' ? ' + ' : ', '),
            })}
          </li>
        ))}
        {view.unknownWords.length > 0 && (
          <li data-via="unknown">
            {t('knowledge.portal.unknownWords', {
              count: view.unknownWords.length,
              words: view.unknownWords.map((w) => `«${w}»`).join(', '),
            })}
          </li>
        )}
      </ul>
    </section>
  );
}

/** Browsing: articles of one kind, or with one tag. */
function Filters({
  tag,
  kind,
  href,
}: {
  tag: string;
  kind: ArticleKind | undefined;
  href: (change: Record<string, string>) => string;
}) {
  const { t } = useTranslation();
  const tags = useAsync(() => knowledgeApi.tags(), 'tags');
  const [allTags, setAllTags] = useState(false);
  const items = tags.data?.tags ?? [];
  const shown = allTags ? [...items] : items.slice(0, TOP_TAGS);
  if (tag && !shown.some((x) => x.tag === tag)) shown.push({ tag, articles: 0 });
  return (
    <div className="kb-filters">
      <nav aria-label={t('knowledge.portal.kindFilter')} className="kb-filter">
        <span className="kb-filter__label" aria-hidden="true">
          {t('knowledge.portal.kindFilter')}
        </span>
        <ul className="kb-chips">
          {[undefined, ...ARTICLE_KINDS].map((k) => (
            <li key={k ?? 'all'}>
              <RouterLink
                to={href({ kind: k ?? '' })}
                className="kb-chip"
                aria-current={k === kind ? 'true' : undefined}
              >
                {k ? t(`knowledge.kindsPlural.${k}`) : t('knowledge.portal.allKinds')}
              </RouterLink>
            </li>
          ))}
        </ul>
      </nav>
      {items.length > 0 && (
        <nav aria-label={t('knowledge.portal.tagFilter')} className="kb-filter">
          <span className="kb-filter__label" aria-hidden="true">
            {t('knowledge.portal.tagFilter')}
          </span>
          <ul className="kb-chips">
            <li>
              <RouterLink to={href({ tag: '' })} className="kb-chip" aria-current={!tag ? 'true' : undefined}>
                {t('knowledge.portal.allTags')}
              </RouterLink>
            </li>
            {shown.map((x) => (
              <li key={x.tag}>
                <RouterLink
                  to={href({ tag: x.tag })}
                  className="kb-chip"
                  aria-current={x.tag === tag ? 'true' : undefined}
                >
                  {x.tag}
                  {x.articles > 0 && (
                    <span className="kb-chip__count">
                      {' '}
                      <span className="visually-hidden">(</span>
                      {x.articles}
                      <span className="visually-hidden">)</span>
                    </span>
                  )}
                </RouterLink>
              </li>
            ))}
          </ul>
          {items.length > TOP_TAGS && (
            <Button
              type="button"
              variant="tertiary"
              data-size="sm"
              aria-expanded={allTags}
              onClick={() => setAllTags((x) => !x)}
            >
              {allTags ? t('knowledge.portal.fewerTags') : t('knowledge.portal.moreTags', { count: items.length })}
            </Button>
          )}
        </nav>
      )}
    </div>
  );
}
