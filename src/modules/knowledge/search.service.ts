// Searching and browsing the portal: a query is analysed against what the cooperation's published
// articles contain (stems, synonyms, compounds, spelling), the postings of its terms are scored in
// the database, the best hundred or so are ranked again by ours (field weights, IDF, coverage,
// compounds, freshness), and each hit carries its best passage.

import { type Expression, type SqlBool, sql } from 'kysely';
import type { Actor } from '../../app/auth/roles.ts';
import type { Db } from '../../db/database.ts';
import { seesAllArticles } from './access.ts';
import { countTerms, stem, words } from './analyzer.ts';
import { excerpt } from './content.ts';
import { compoundsBeginningWith, lookupCandidates, type ParsedQuery, parseQuery, type SynonymEntry } from './query.ts';
import { idf, type Ranked, rank, relevance, strengthsOf } from './rank.ts';
import type { ArticleKind, KbArticleTable, Passage } from './tables.ts';
import { recordSearch } from './usage.service.ts';

/** How many of PostgreSQL's best matches our ranking looks at. */
const CANDIDATES = 120;

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
  /** the word the articles write for a term, where known */
  wordOf: Map<string, string>;
}

/** The cooperation's terms (with their document frequency) that `where` picks, at most `limit`. */
const termsWhere = (db: Db, cooperationId: string, where: (eb: any) => Expression<SqlBool>, limit: number) =>
  db
    .selectFrom('kb_term')
    .select(['term', 'df', 'word'])
    .where('cooperation_id', '=', cooperationId)
    .where('df', '>', 0)
    .where(where)
    .limit(limit)
    .execute();

/**
 * Analyse a query for a cooperation: the synonyms and the number of published articles, the
 * query's words and their splits in the lexicon, then (only when needed) the articles' compounds
 * that begin with a query word and the spelling candidates of unknown words, and what those
 * compounds end with.
 */
export async function understand(db: Db, cooperationId: string, query: string): Promise<Understood> {
  const [synonyms, totalRow] = await Promise.all([
    loadSynonyms(db, cooperationId),
    db
      .selectFrom('kb_article')
      .select((eb) => eb.fn.countAll().as('n'))
      .where('cooperation_id', '=', cooperationId)
      .where('status', '=', 'published')
      .executeTakeFirstOrThrow(),
  ]);
  const candidates = lookupCandidates(query, synonyms);
  const lex = candidates.length
    ? await termsWhere(db, cooperationId, (eb) => eb('term', 'in', candidates), candidates.length)
    : [];
  const df = new Map(lex.map((r) => [r.term, r.df]));
  const first = parseQuery(query, df, synonyms);
  const heads = [
    ...new Set(
      first.groups.flatMap((g) =>
        g.alternatives
          .filter((a) => (a.via === 'word' || a.via === 'compound') && (a.terms[0] as string).length >= 4)
          .map((a) => a.terms[0]),
      ),
    ),
  ] as string[];
  const repairable = first.unknown.map(stem).filter((w) => w.length >= 5);
  const wordOf = (rows: { term: string; word: string | null }[]) =>
    new Map(rows.flatMap((r) => (r.word ? [[r.term, r.word] as const] : [])));
  if (heads.length === 0 && repairable.length === 0)
    return { parsed: first, df, total: Number(totalRow.n), wordOf: wordOf(lex) };
  const likeAny = (prefixes: string[]) => (eb: any) =>
    eb.or(prefixes.map((p) => eb('term', 'like', `${p.replace(/[\\%_]/g, (c) => `\\${c}`)}%`)));
  const [longer, near] = await Promise.all([
    heads.length
      ? termsWhere(
          db,
          cooperationId,
          (eb) =>
            eb.and([likeAny(heads)(eb), sql<boolean>`length(term) >= ${Math.min(...heads.map((h) => h.length)) + 3}`]),
          5_000,
        )
      : Promise.resolve([]),
    repairable.length
      ? termsWhere(
          db,
          cooperationId,
          (eb) =>
            eb.and([
              likeAny([...new Set(repairable.map((w) => w.slice(0, 2)))])(eb),
              sql<boolean>`length(term) between ${Math.min(...repairable.map((w) => w.length)) - 2} and ${Math.max(...repairable.map((w) => w.length)) + 2}`,
            ]),
          20_000,
        )
      : Promise.resolve([]),
  ]);
  // what the compounds end with: known terms make them compounds of the query word
  const rests = new Set<string>();
  for (const { term } of longer)
    for (const h of heads)
      if (term.startsWith(h)) {
        const rest = term.slice(h.length);
        for (const r of [rest, rest.slice(1)]) if (r.length >= 3) rests.add(r).add(stem(r));
      }
  const restRows = rests.size
    ? await termsWhere(db, cooperationId, (eb) => eb('term', 'in', [...rests]), rests.size)
    : [];
  for (const r of [...near, ...longer, ...restRows]) df.set(r.term, r.df);
  const known = (t: string) => (df.get(t) ?? 0) > 0;
  const byPrefix = (w: string) =>
    near.filter((r) => r.term.startsWith(w.slice(0, 2))).map((r) => [r.term, r.df] as [string, number]);
  const compounds = (t: string) =>
    compoundsBeginningWith(
      t,
      longer.map((r) => [r.term, r.df] as [string, number]),
      known,
    );
  return {
    parsed: parseQuery(query, df, synonyms, byPrefix, compounds),
    df,
    total: Number(totalRow.n),
    wordOf: wordOf([...lex, ...near, ...longer, ...restRows]),
  };
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

/** A term in more than 1/COMMON_SHARE of the articles does not choose the pool. */
const COMMON_SHARE = 3;

/** How many articles the database scores before visibility and filters are applied to them. */
const POOL = 400;

/**
 * The query's terms with their weight (IDF × how much the alternative counts) and the query word
 * they stand for, for the database's first scoring. A term in several words counts once, at its best.
 */
function scoringTerms(u: Understood) {
  const n = Math.max(u.total, 1);
  const byTerm = new Map<string, { weight: number; group: number }>();
  u.parsed.groups.forEach((g, group) => {
    for (const alt of g.alternatives)
      for (const term of alt.terms) {
        const weight = idf(u.df.get(term) ?? 1, n) * alt.weight;
        const had = byTerm.get(term);
        if (!had || had.weight < weight) byTerm.set(term, { weight, group });
      }
  });
  return byTerm;
}

/**
 * The ids of the best articles for a query the actor may read, best first. The database scores
 * every article with any of the query's terms from the postings (strength × weight, more for
 * covering more of the query's words), the best POOL are checked for visibility and filters, and
 * our ranking orders the best CANDIDATES exactly. When visibility or filters leave too few of the
 * pool, the scoring is done again without the pool's limit.
 */
export async function rankedArticles(db: Db, actor: Actor, u: Understood, input: SearchInput, now: Date) {
  const byTerm = scoringTerms(u);
  if (byTerm.size === 0) return [];
  // A term in more than a third of the articles hardly tells them apart but costs the most to
  // score: when the query has rarer terms, the pool is chosen by those (our ranking still reads all).
  const common = (t: string) => (u.df.get(t) ?? 0) * COMMON_SHARE > u.total;
  const telling = [...byTerm].filter(([t]) => !common(t));
  const entries = telling.length ? telling : [...byTerm];
  const q = sql<{
    term: string;
    weight: number;
    grp: number;
  }>`unnest(${entries.map(([t]) => t)}::text[], ${entries.map(([, v]) => v.weight)}::float8[], ${entries.map(([, v]) => v.group)}::int[])`.as<'q'>(
    sql`q(term, weight, grp)`,
  );
  const terms = [...byTerm.keys()];
  const run = async (pool: number | null) =>
    db
      // every article with a query term, scored from its postings alone (one index-only range per term)
      .with('s', (w) =>
        w
          .selectFrom('kb_posting as p')
          .innerJoin(q, 'q.term', 'p.term')
          .select([
            'p.article_id',
            sql<number>`sum(p.strength * q.weight) * (1 + power(bit_count(bit_or(1 << q.grp)::bit(32))::float8 / ${u.parsed.groups.length}, 2))`.as(
              'score',
            ),
          ])
          .where('p.cooperation_id', '=', actor.cooperationId)
          .groupBy('p.article_id')
          .orderBy('score', 'desc')
          .$if(pool !== null, (x) => x.limit(pool as number)),
      )
      // the best of them the actor may read and the filters let through
      .with('top', (w) =>
        w
          .selectFrom('s')
          .innerJoin('kb_article as a', 'a.id', 's.article_id')
          .select(['a.id', 'a.updated_at', 's.score'])
          .where('a.cooperation_id', '=', actor.cooperationId)
          .where('a.status', '=', 'published')
          .where(visible(actor))
          .$if(Boolean(input.tag), (x) => x.where(sql<boolean>`${input.tag}::text = any(a.tags)`))
          .$if(Boolean(input.kind), (x) => x.where('a.kind', '=', input.kind as ArticleKind))
          .$if(Boolean(input.serviceId), (x) => x.where(sql<boolean>`${input.serviceId}::uuid = any(a.service_ids)`))
          .orderBy('s.score', 'desc')
          .orderBy('a.id')
          .limit(CANDIDATES),
      )
      // and how strongly each has each query term, for our exact ranking
      .selectFrom('top')
      .select([
        'top.id',
        'top.updated_at',
        (eb) =>
          eb
            .selectFrom('s')
            .select((e) => e.fn.countAll<string>().as('n'))
            .as('pooled'),
        (eb) =>
          eb
            .selectFrom('kb_posting as m')
            .select(sql<Record<string, number>>`jsonb_object_agg(m.term, m.strength)`.as('x'))
            .where('m.cooperation_id', '=', actor.cooperationId)
            .where('m.term', 'in', terms)
            .whereRef('m.article_id', '=', 'top.id')
            .as('strengths'),
      ])
      .execute();
  let rows = await run(POOL);
  if (rows.length < CANDIDATES && Number(rows[0]?.pooled ?? POOL) >= POOL) rows = await run(null);
  const ranked = rank(
    u.parsed,
    rows.map((r) => {
      const got = new Map(Object.entries(r.strengths ?? {}));
      return { id: r.id, strengths: (t: string) => got.get(t) ?? 0, updatedAt: r.updated_at };
    }),
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

/** What the re-ranking read of one of the best articles: its title, address and best section. */
export interface Evidence {
  title: string;
  slug: string;
  best: { passage: Passage; score: number } | null;
}

/** A ranked article; the best RERANK carry the evidence they were ranked again by. */
export type RankedArticle = Ranked & { evidence?: Evidence };

/**
 * An answer usually sits in one section: an article whose words meet in one of its sections beats
 * one that has them spread out. The best articles are ranked again with their best section, which
 * they keep for the snippet and for Rakel.
 */
async function withPassageEvidence(
  db: Db,
  cooperationId: string,
  u: Understood,
  ranked: Ranked[],
): Promise<RankedArticle[]> {
  const head = ranked.slice(0, RERANK);
  if (head.length === 0) return ranked;
  const rows = await db
    .selectFrom('kb_article')
    .select(['id', 'title', 'slug', 'passages'])
    .where('cooperation_id', '=', cooperationId)
    .where(
      'id',
      'in',
      head.map((r) => r.id),
    )
    .execute();
  const byId = new Map(rows.map((r) => [r.id, r]));
  // one article alone keeps its score: there is nothing to order
  const rerank = head.length > 1;
  const rescored = head
    .map((r) => {
      const a = byId.get(r.id);
      const best = a ? bestPassage(u, a.passages) : null;
      return {
        ...r,
        score: rerank ? r.score + PASSAGE_WEIGHT * (best?.score ?? 0) : r.score,
        ...(a && { evidence: { title: a.title, slug: a.slug, best } }),
      };
    })
    .sort((a, b) => b.score - a.score || a.id.localeCompare(b.id));
  return [...rescored, ...ranked.slice(RERANK)];
}

/** The passage of an article that answers the query best (its first one when none matches). */
export function bestPassage(u: Understood, passages: Passage[]): { passage: Passage; score: number } | null {
  let best: { passage: Passage; score: number } | null = null;
  for (const p of passages) {
    const counts = countTerms({ title: p.heading ?? '', summary: '', tags: [], body: p.text });
    const score = relevance(u.parsed, strengthsOf(counts), (t) => u.df.get(t) ?? 1, u.total).score;
    if (!best || score > best.score) best = { passage: p, score };
  }
  if (best && best.score === 0 && passages[0]) return { passage: passages[0], score: 0 };
  return best;
}

/** The result cards of a page of articles. */
async function cards(db: Db, actor: Actor, page: RankedArticle[]) {
  const rows = await db
    .selectFrom('kb_article')
    .select(['id', 'slug', 'kind', 'title', 'summary', 'tags', 'video_url', 'updated_at', 'passages'])
    .where('cooperation_id', '=', actor.cooperationId)
    .where(
      'id',
      'in',
      page.map((r) => r.id),
    )
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
  const byId = page.length ? await cards(db, actor, page) : new Map<string, never>();
  return {
    query: q,
    total: ranked.length,
    understood: u.parsed.groups.map((g) => ({
      word: g.word,
      matches: g.alternatives.map((a) => ({
        terms: a.terms,
        // a piece of what was typed reads as typed ("skriverkø" → skriver + kø), other terms as the articles write them
        words: a.terms.map((t) => (g.word.includes(t) ? t : (u.wordOf.get(t) ?? t))),
        via: a.via,
      })),
    })),
    unknownWords: u.parsed.unknown,
    results: page.flatMap((r) => {
      const a = byId.get(r.id);
      if (!a) return [];
      // the best articles' sections are known from the re-ranking; the rest are read here
      const best = r.evidence ? r.evidence.best : bestPassage(u, a.passages);
      return [
        card(
          a,
          Math.round(r.score * 1000) / 1000,
          best ? { heading: best.passage.heading, text: excerpt(best.passage.text, 240) } : null,
        ),
      ];
    }),
  };
}

/** An article as a result of search or browsing: with its score and best section when searched. */
function card(
  a: Pick<KbArticleTable, 'id' | 'slug' | 'kind' | 'title' | 'summary' | 'tags' | 'video_url'> & { updated_at: Date },
  score: number | null,
  snippet: { heading: string | null; text: string } | null,
) {
  return {
    id: a.id,
    slug: a.slug,
    kind: a.kind,
    title: a.title,
    summary: a.summary,
    tags: a.tags,
    videoUrl: a.video_url,
    updatedAt: a.updated_at.toISOString(),
    score,
    snippet,
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
    results: rows.map((a) => card(a, null, null)),
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
