// Searching and browsing the portal: a query is analysed against what the cooperation's published
// articles contain (stems, synonyms, compounds, spelling), the GIN index finds the articles with
// any of its terms, the best few hundred by PostgreSQL's own rank are ranked again by ours
// (field weights, IDF, coverage, freshness), and each hit carries its best passage.

import { type Expression, type SqlBool, sql } from 'kysely';
import type { Actor } from '../../app/auth/roles.ts';
import type { Db } from '../../db/database.ts';
import { seesAllArticles } from './access.ts';
import { countTerms, parseTsvector, stem, words } from './analyzer.ts';
import { excerpt } from './content.ts';
import { lookupCandidates, type ParsedQuery, parseQuery, queryTerms, type SynonymEntry } from './query.ts';
import { type Ranked, rank, relevance } from './rank.ts';
import type { ArticleKind, Passage } from './tables.ts';
import { recordSearch } from './usage.service.ts';

/** How many of PostgreSQL's best matches our ranking looks at. */
const CANDIDATES = 80;

/** The visibility rule of `canReadArticle`, as SQL over kb_article. */
function visible(actor: Actor) {
  return (eb: any): Expression<SqlBool> => {
    if (seesAllArticles(actor)) return eb.val(true);
    const member = actor.memberId;
    return eb.and([
      eb('audience', '<>', 'it_staff'),
      eb.or([
        sql<boolean>`cardinality(member_ids) = 0`,
        ...(member ? [sql<boolean>`${member}::uuid = any(member_ids)`] : []),
      ]),
    ]);
  };
}

/** The editors' synonyms and misspellings of a cooperation. */
export async function loadSynonyms(db: Db, cooperationId: string): Promise<SynonymEntry[]> {
  return db.selectFrom('kb_synonym').select(['kind', 'words']).where('cooperation_id', '=', cooperationId).execute();
}

export interface Understood {
  parsed: ParsedQuery;
  df: Map<string, number>;
  total: number;
}

/** Analyse a query for a cooperation: three small queries (synonyms, lexicon, spelling candidates). */
export async function understand(db: Db, cooperationId: string, query: string): Promise<Understood> {
  const synonyms = await loadSynonyms(db, cooperationId);
  const candidates = lookupCandidates(query, synonyms);
  const [lex, totalRow] = await Promise.all([
    candidates.length
      ? db
          .selectFrom('kb_term')
          .select(['term', 'df'])
          .where('cooperation_id', '=', cooperationId)
          .where('term', 'in', candidates)
          .where('df', '>', 0)
          .execute()
      : Promise.resolve([]),
    db
      .selectFrom('kb_article')
      .select((eb) => eb.fn.countAll().as('n'))
      .where('cooperation_id', '=', cooperationId)
      .where('status', '=', 'published')
      .executeTakeFirstOrThrow(),
  ]);
  const df = new Map(lex.map((r) => [r.term, r.df]));
  let parsed = parseQuery(query, df, synonyms);
  const repairable = parsed.unknown.map(stem).filter((w) => w.length >= 5);
  if (repairable.length) {
    const prefixes = [...new Set(repairable.map((w) => w.slice(0, 2)))];
    const near = await db
      .selectFrom('kb_term')
      .select(['term', 'df'])
      .where('cooperation_id', '=', cooperationId)
      .where('df', '>', 0)
      .where((eb) => eb.or(prefixes.map((p) => eb('term', 'like', `${p}%`))))
      .where(
        sql<boolean>`length(term) between ${Math.min(...repairable.map((w) => w.length)) - 2} and ${Math.max(...repairable.map((w) => w.length)) + 2}`,
      )
      .limit(20_000)
      .execute();
    for (const r of near) df.set(r.term, r.df);
    const byPrefix = (w: string) =>
      near.filter((r) => r.term.startsWith(w.slice(0, 2))).map((r) => [r.term, r.df] as [string, number]);
    parsed = parseQuery(query, df, synonyms, byPrefix);
  }
  return { parsed, df, total: Number(totalRow.n) };
}

export interface SearchInput {
  q?: string;
  tag?: string;
  kind?: ArticleKind;
  serviceId?: string;
  limit?: number;
  offset?: number;
}

export interface Hit {
  id: string;
  score: number;
}

/** The ids of the best articles for a query the actor may read, best first. */
export async function rankedArticles(db: Db, actor: Actor, u: Understood, input: SearchInput, now: Date) {
  const terms = queryTerms(u.parsed);
  if (terms.length === 0) return [];
  const tsquery = terms.join(' | ');
  const rows = await db
    .selectFrom('kb_article')
    .select(['id', 'updated_at', sql<string>`search::text`.as('vec')])
    .where('cooperation_id', '=', actor.cooperationId)
    .where('status', '=', 'published')
    .where(sql<boolean>`search @@ to_tsquery('simple', ${tsquery})`)
    .where(visible(actor))
    .$if(Boolean(input.tag), (q) => q.where(sql<boolean>`${input.tag}::text = any(tags)`))
    .$if(Boolean(input.kind), (q) => q.where('kind', '=', input.kind as ArticleKind))
    .$if(Boolean(input.serviceId), (q) => q.where(sql<boolean>`${input.serviceId}::uuid = any(service_ids)`))
    .orderBy(sql`ts_rank('{0.1, 0.3, 0.6, 1.0}', search, to_tsquery('simple', ${tsquery}))`, 'desc')
    .limit(CANDIDATES)
    .execute();
  const ranked = rank(
    u.parsed,
    rows.map((r) => ({ id: r.id, counts: parseTsvector(r.vec), updatedAt: r.updated_at })),
    (t) => u.df.get(t) ?? 1,
    u.total,
    now,
  );
  return withPassageEvidence(db, actor.cooperationId, u, ranked);
}

/** How many of the best articles are ranked again by their best section. */
const RERANK = 12;
/** The weight of the best section's relevance beside the whole article's. */
const PASSAGE_WEIGHT = 0.7;

/**
 * An answer usually sits in one section: an article whose words meet in one of its sections beats
 * one that has them spread out. The best articles are ranked again with their best section.
 */
async function withPassageEvidence(db: Db, cooperationId: string, u: Understood, ranked: Ranked[]) {
  const head = ranked.slice(0, RERANK);
  if (head.length < 2) return ranked;
  const rows = await db
    .selectFrom('kb_article')
    .select(['id', 'title', 'passages'])
    .where('cooperation_id', '=', cooperationId)
    .where(
      'id',
      'in',
      head.map((r) => r.id),
    )
    .execute();
  const byId = new Map(rows.map((r) => [r.id, r]));
  const rescored = head
    .map((r) => {
      const a = byId.get(r.id);
      const best = a ? bestPassage(u, a.title, a.passages) : null;
      return { ...r, score: r.score + PASSAGE_WEIGHT * (best?.score ?? 0) };
    })
    .sort((a, b) => b.score - a.score || a.id.localeCompare(b.id));
  return [...rescored, ...ranked.slice(RERANK)];
}

/** The passage of an article that answers the query best (its first one when none matches). */
export function bestPassage(
  u: Understood,
  title: string,
  passages: Passage[],
): { passage: Passage; score: number } | null {
  let best: { passage: Passage; score: number } | null = null;
  for (const p of passages) {
    const counts = countTerms({ title: p.heading ?? '', summary: '', tags: [], body: p.text });
    const score = relevance(u.parsed, counts, (t) => u.df.get(t) ?? 1, u.total).score;
    if (!best || score > best.score) best = { passage: p, score };
  }
  if (best && best.score === 0 && passages[0]) return { passage: passages[0], score: 0 };
  void title;
  return best;
}

async function cards(db: Db, actor: Actor, ids: string[]) {
  if (ids.length === 0) return new Map();
  const rows = await db
    .selectFrom('kb_article')
    .select(['id', 'slug', 'kind', 'title', 'summary', 'tags', 'video_url', 'updated_at', 'passages'])
    .where('cooperation_id', '=', actor.cooperationId)
    .where('id', 'in', ids)
    .execute();
  return new Map(rows.map((r) => [r.id, r]));
}

/**
 * Search (with `q`) or browse (without) the articles the actor may read. A search says how it
 * understood each word (synonym, compound, spelling) and which words matched nothing.
 */
export async function searchArticles(db: Db, actor: Actor, input: SearchInput, now: Date) {
  const limit = Math.min(input.limit ?? 20, 100);
  const offset = input.offset ?? 0;
  const q = input.q?.trim() ?? '';
  if (!q) return browse(db, actor, input, limit, offset);
  const u = await understand(db, actor.cooperationId, q);
  const ranked = await rankedArticles(db, actor, u, input, now);
  const page = ranked.slice(offset, offset + limit);
  const byId = await cards(
    db,
    actor,
    page.map((r) => r.id),
  );
  return {
    query: q,
    total: ranked.length,
    understood: u.parsed.groups.map((g) => ({
      word: g.word,
      matches: g.alternatives.map((a) => ({ terms: a.terms, via: a.via })),
    })),
    unknownWords: u.parsed.unknown,
    results: page.map((r) => {
      const a = byId.get(r.id);
      const best = bestPassage(u, a.title, a.passages);
      return {
        id: a.id as string,
        slug: a.slug as string,
        kind: a.kind as ArticleKind,
        title: a.title as string,
        summary: a.summary as string,
        tags: a.tags as string[],
        videoUrl: a.video_url as string | null,
        updatedAt: (a.updated_at as Date).toISOString(),
        score: Math.round(r.score * 1000) / 1000,
        snippet: best ? { heading: best.passage.heading, text: excerpt(best.passage.text, 240) } : null,
      };
    }),
  };
}

async function browse(db: Db, actor: Actor, input: SearchInput, limit: number, offset: number) {
  const base = db
    .selectFrom('kb_article')
    .where('cooperation_id', '=', actor.cooperationId)
    .where('status', '=', 'published')
    .where(visible(actor))
    .$if(Boolean(input.tag), (q) => q.where(sql<boolean>`${input.tag}::text = any(tags)`))
    .$if(Boolean(input.kind), (q) => q.where('kind', '=', input.kind as ArticleKind))
    .$if(Boolean(input.serviceId), (q) => q.where(sql<boolean>`${input.serviceId}::uuid = any(service_ids)`));
  const [rows, count] = await Promise.all([
    base
      .select(['id', 'slug', 'kind', 'title', 'summary', 'tags', 'video_url', 'updated_at'])
      .orderBy('title')
      .limit(limit)
      .offset(offset)
      .execute(),
    base.select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow(),
  ]);
  return {
    query: '',
    total: Number(count.n),
    understood: [],
    unknownWords: [],
    results: rows.map((a) => ({
      id: a.id,
      slug: a.slug,
      kind: a.kind,
      title: a.title,
      summary: a.summary,
      tags: a.tags,
      videoUrl: a.video_url,
      updatedAt: a.updated_at.toISOString(),
      score: null,
      snippet: null,
    })),
  };
}

/** The tags of the articles the actor may read, with how many articles have each. */
export async function articleTags(db: Db, actor: Actor) {
  const rows = await db
    .selectFrom('kb_article')
    .select([sql<string>`unnest(tags)`.as('tag')])
    .where('cooperation_id', '=', actor.cooperationId)
    .where('status', '=', 'published')
    .where(visible(actor))
    .execute();
  const counts = new Map<string, number>();
  for (const r of rows) counts.set(r.tag, (counts.get(r.tag) ?? 0) + 1);
  return {
    tags: [...counts]
      .map(([tag, articles]) => ({ tag, articles }))
      .sort((a, b) => b.articles - a.articles || a.tag.localeCompare(b.tag, 'nb')),
  };
}

/** Words of a query, for logging: lower-cased and trimmed (what editors read in the zero-result list). */
export const normalizedQuery = (q: string) => words(q).join(' ').slice(0, 200);

/** A portal search: the results, and the search logged (first page only) for the usage figures. */
export async function portalSearch(db: Db, actor: Actor, input: SearchInput, now: Date) {
  const result = await searchArticles(db, actor, input, now);
  if (result.query && !input.offset) {
    await recordSearch(db, actor.cooperationId, normalizedQuery(result.query), result.total, now);
  }
  return result;
}
