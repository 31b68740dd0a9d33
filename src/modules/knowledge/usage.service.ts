// Reading articles and the usage figures of the portal (seed 002 §2.1.2): views, unique visitors,
// visitors since launch, top articles and the searches that found nothing. Visitors are stored only
// as a keyed pseudonym (settings.service.ts); views older than the retention limit are folded into
// monthly counts and deleted, and so are old searches and Rakel's conversations.

import { sql } from 'kysely';
import type { Actor } from '../../app/auth/roles.ts';
import { notFound } from '../../app/errors.ts';
import { type Db, inTransaction } from '../../db/database.ts';
import { osloDate } from '../../shared/dates.ts';
import { uuidv7 } from '../../shared/ids.ts';
import { assertReadsFigures, canReadArticle } from './access.ts';
import { articleView } from './articles.service.ts';
import { knowledgeSettings, pseudonym } from './settings.service.ts';

/** A published article for a reader; the view is counted (one per visitor and article per hour). */
export async function readArticle(db: Db, actor: Actor, idOrSlug: string, now: Date) {
  const isId = /^[0-9a-f-]{36}$/.test(idOrSlug);
  const row = await db
    .selectFrom('kb_article')
    .select([
      'id',
      'slug',
      'kind',
      'status',
      'title',
      'summary',
      'body',
      'video_url',
      'tags',
      'audience',
      'service_ids',
      'member_ids',
      'owner_id',
      'review_on',
      'published_at',
      'updated_at',
      'created_at',
    ])
    .where('cooperation_id', '=', actor.cooperationId)
    .where(isId ? 'id' : 'slug', '=', idOrSlug)
    .where('status', '=', 'published')
    .executeTakeFirst();
  if (!row || !canReadArticle(actor, row)) throw notFound('The article');
  if (actor.userId) await recordView(db, actor.cooperationId, row.id, actor.userId, now);
  const services = row.service_ids.length
    ? await db
        .selectFrom('sd_catalogue_item')
        .select(['id', 'name'])
        .where('cooperation_id', '=', actor.cooperationId)
        .where('id', 'in', row.service_ids)
        .execute()
    : [];
  const { reviewOverdue: _r, reviewOn: _o, ownerId: _w, ...view } = articleView(row);
  return { ...view, services: services.map((s) => ({ id: s.id, name: s.name })) };
}

async function recordView(db: Db, cooperationId: string, articleId: string, userId: string, now: Date) {
  const settings = await knowledgeSettings(db, cooperationId, now);
  const visitor = pseudonym(settings.pseudonymKey, userId);
  await inTransaction(db, async (tx) => {
    const recent = await tx
      .selectFrom('kb_view')
      .select('id')
      .where('cooperation_id', '=', cooperationId)
      .where('viewed_at', '>', new Date(now.getTime() - 3_600_000))
      .where('article_id', '=', articleId)
      .where('visitor', '=', visitor)
      .executeTakeFirst();
    if (recent) return;
    await tx
      .insertInto('kb_view')
      .values({ id: uuidv7(), cooperation_id: cooperationId, article_id: articleId, visitor, viewed_at: now })
      .execute();
    await tx
      .insertInto('kb_visitor')
      .values({ cooperation_id: cooperationId, visitor, first_seen: osloDate(now) })
      .onConflict((oc) => oc.columns(['cooperation_id', 'visitor']).doNothing())
      .execute();
  });
}

/** Log a search (for the zero-result list); the query text is kept only as long as views are. */
export async function recordSearch(db: Db, cooperationId: string, query: string, results: number, now: Date) {
  if (!query) return;
  await db
    .insertInto('kb_search')
    .values({ id: uuidv7(), cooperation_id: cooperationId, query, results, searched_at: now })
    .execute();
}

/** The first and the day after the last day of a month, as Oslo midnights. */
function monthBounds(month: string) {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const next = m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
  return {
    from: sql`(${`${month}-01`}::date)::timestamp at time zone 'Europe/Oslo'`,
    to: sql`(${`${next}-01`}::date)::timestamp at time zone 'Europe/Oslo'`,
    next,
  };
}

async function monthFromViews(db: Db, cooperationId: string, month: string) {
  const { from, to } = monthBounds(month);
  const totals = await db
    .selectFrom('kb_view')
    .select([(eb) => eb.fn.countAll().as('views'), sql<string>`count(distinct visitor)`.as('visitors')])
    .where('cooperation_id', '=', cooperationId)
    .where(sql<boolean>`viewed_at >= ${from} and viewed_at < ${to}`)
    .executeTakeFirstOrThrow();
  const top = await db
    .selectFrom('kb_view')
    .innerJoin('kb_article', 'kb_article.id', 'kb_view.article_id')
    .select(['kb_article.id as articleId', 'kb_article.title', (eb) => eb.fn.countAll().as('views')])
    .where('kb_view.cooperation_id', '=', cooperationId)
    .where(sql<boolean>`kb_view.viewed_at >= ${from} and kb_view.viewed_at < ${to}`)
    .groupBy(['kb_article.id', 'kb_article.title'])
    .orderBy('views', 'desc')
    .orderBy('kb_article.title')
    .limit(10)
    .execute();
  return {
    views: Number(totals.views),
    visitors: Number(totals.visitors),
    top: top.map((t) => ({ articleId: t.articleId, title: t.title, views: Number(t.views) })),
  };
}

/**
 * The figures of one month (YYYY-MM): views, unique visitors, visitors since launch (up to the
 * end of the month), top articles, searches and those with no result, Rakel's questions and how
 * many she could not answer.
 */
export async function usageOfMonth(db: Db, actor: Actor, month: string, now: Date) {
  assertReadsFigures(actor);
  return monthFigures(db, actor.cooperationId, month, now);
}

/** The same figures without an actor (the monthly report reads them for its section 2.1.2). */
export async function monthFigures(db: Db, cooperationId: string, month: string, now: Date) {
  const coop = cooperationId;
  const { from, to, next } = monthBounds(month);
  const kept = await db
    .selectFrom('kb_month')
    .select(['views', 'visitors', 'top'])
    .where('cooperation_id', '=', coop)
    .where('month', '=', `${month}-01`)
    .executeTakeFirst();
  const figures = kept ?? (await monthFromViews(db, coop, month));
  const previousMonth = osloDate(new Date(Date.parse(`${month}-01T12:00:00Z`) - 5 * 86_400_000)).slice(0, 7);
  const prevKept = await db
    .selectFrom('kb_month')
    .select(['views', 'visitors'])
    .where('cooperation_id', '=', coop)
    .where('month', '=', `${previousMonth}-01`)
    .executeTakeFirst();
  const previous = prevKept ?? (await monthFromViews(db, coop, previousMonth));
  const since = await db
    .selectFrom('kb_visitor')
    .select((eb) => eb.fn.countAll().as('n'))
    .where('cooperation_id', '=', coop)
    .where('first_seen', '<', `${next}-01`)
    .executeTakeFirstOrThrow();
  const searches = await db
    .selectFrom('kb_search')
    .select([(eb) => eb.fn.countAll().as('n'), sql<string>`count(*) filter (where results = 0)`.as('zero')])
    .where('cooperation_id', '=', coop)
    .where(sql<boolean>`searched_at >= ${from} and searched_at < ${to}`)
    .executeTakeFirstOrThrow();
  const zero = await db
    .selectFrom('kb_search')
    .select(['query', (eb) => eb.fn.countAll().as('times'), sql<Date>`max(searched_at)`.as('last')])
    .where('cooperation_id', '=', coop)
    .where('results', '=', 0)
    .where(sql<boolean>`searched_at >= ${from} and searched_at < ${to}`)
    .groupBy('query')
    .orderBy('times', 'desc')
    .orderBy('query')
    .limit(50)
    .execute();
  const rakel = await db
    .selectFrom('kb_turn')
    .select([
      (eb) => eb.fn.countAll().as('questions'),
      sql<string>`count(*) filter (where outcome = 'unknown')`.as('unanswered'),
      sql<string>`count(*) filter (where outcome = 'dialogue')`.as('dialogues'),
      sql<string>`count(distinct conversation_id)`.as('conversations'),
    ])
    .where('cooperation_id', '=', coop)
    .where(sql<boolean>`at >= ${from} and at < ${to}`)
    .executeTakeFirstOrThrow();
  void now;
  return {
    month,
    views: figures.views,
    uniqueVisitors: figures.visitors,
    previous: { month: previousMonth, views: previous.views, uniqueVisitors: previous.visitors },
    visitorsSinceLaunch: Number(since.n),
    topArticles: figures.top,
    searches: Number(searches.n),
    zeroResultSearches: Number(searches.zero),
    zeroResultQueries: zero.map((z) => ({
      query: z.query,
      times: Number(z.times),
      last: new Date(z.last).toISOString(),
    })),
    rakel: {
      conversations: Number(rakel.conversations),
      questions: Number(rakel.questions),
      unanswered: Number(rakel.unanswered),
      dialogues: Number(rakel.dialogues),
    },
  };
}

/** Questions Rakel could not answer in a period, most asked first, for editors to write about. */
export async function unansweredQuestions(db: Db, actor: Actor, input: { from: string; to: string }) {
  assertReadsFigures(actor);
  const rows = await db
    .selectFrom('kb_turn')
    .select([
      sql<string>`lower(trim(question))`.as('question'),
      (eb) => eb.fn.countAll().as('times'),
      sql<Date>`max(at)`.as('last'),
    ])
    .where('cooperation_id', '=', actor.cooperationId)
    .where('outcome', '=', 'unknown')
    .where(sql<boolean>`at >= (${input.from}::date)::timestamp at time zone 'Europe/Oslo'`)
    .where(sql<boolean>`at < ((${input.to}::date) + 1)::timestamp at time zone 'Europe/Oslo'`)
    .groupBy(sql`lower(trim(question))`)
    .orderBy('times', 'desc')
    .orderBy('question')
    .limit(200)
    .execute();
  return {
    from: input.from,
    to: input.to,
    questions: rows.map((r) => ({
      question: r.question,
      times: Number(r.times),
      last: new Date(r.last).toISOString(),
    })),
  };
}

/**
 * Apply the retention limits of every cooperation: months whose views pass the limit are folded
 * into kb_month and their views and searches deleted; conversations (with their questions) older
 * than their limit are deleted. Returns what was removed.
 */
export async function purgeKnowledge(db: Db, now: Date) {
  const settings = await db
    .selectFrom('kb_settings')
    .select(['cooperation_id', 'view_retention_months', 'conversation_retention_days'])
    .execute();
  let views = 0;
  let searches = 0;
  let conversations = 0;
  for (const s of settings) {
    const today = osloDate(now);
    const [y, m] = today.split('-').map(Number) as [number, number];
    const cut = new Date(Date.UTC(y, m - 1 - s.view_retention_months, 1));
    const cutMonth = `${cut.getUTCFullYear()}-${String(cut.getUTCMonth() + 1).padStart(2, '0')}`;
    const cutAt = monthBounds(cutMonth).from;
    await inTransaction(db, async (tx) => {
      const months = await tx
        .selectFrom('kb_view')
        .select(sql<string>`to_char(viewed_at at time zone 'Europe/Oslo', 'YYYY-MM')`.as('month'))
        .distinct()
        .where('cooperation_id', '=', s.cooperation_id)
        .where(sql<boolean>`viewed_at < ${cutAt}`)
        .execute();
      for (const { month } of months) {
        const f = await monthFromViews(tx, s.cooperation_id, month);
        await tx
          .insertInto('kb_month')
          .values({
            cooperation_id: s.cooperation_id,
            month: `${month}-01`,
            views: f.views,
            visitors: f.visitors,
            top: JSON.stringify(f.top),
          })
          .onConflict((oc) =>
            oc
              .columns(['cooperation_id', 'month'])
              .doUpdateSet({ views: f.views, visitors: f.visitors, top: JSON.stringify(f.top) }),
          )
          .execute();
      }
      const v = await tx
        .deleteFrom('kb_view')
        .where('cooperation_id', '=', s.cooperation_id)
        .where(sql<boolean>`viewed_at < ${cutAt}`)
        .executeTakeFirst();
      const q = await tx
        .deleteFrom('kb_search')
        .where('cooperation_id', '=', s.cooperation_id)
        .where(sql<boolean>`searched_at < ${cutAt}`)
        .executeTakeFirst();
      const c = await tx
        .deleteFrom('kb_conversation')
        .where('cooperation_id', '=', s.cooperation_id)
        .where('last_at', '<', new Date(now.getTime() - s.conversation_retention_days * 86_400_000))
        .executeTakeFirst();
      views += Number(v.numDeletedRows);
      searches += Number(q.numDeletedRows);
      conversations += Number(c.numDeletedRows);
    });
  }
  return { views, searches, conversations };
}
