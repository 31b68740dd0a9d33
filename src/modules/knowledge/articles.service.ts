// Writing help articles: drafts, publishing (which indexes the article for search and Rakel),
// archiving, the review-date reminder list, images in the body, and import of HTML/Markdown files.

import { fileTypeFromBuffer } from 'file-type';
import { type Insertable, sql } from 'kysely';
import type { Actor } from '../../app/auth/roles.ts';
import { AppError, invalidField, notFound } from '../../app/errors.ts';
import { type Db, inTransaction } from '../../db/database.ts';
import { batches } from '../../shared/batches.ts';
import { osloDate } from '../../shared/dates.ts';
import { uuidv7 } from '../../shared/ids.ts';
import { imageIdsOf, type RichDoc } from '../../shared/rich-text.ts';
import { auditChange } from '../audit/audit.service.ts';
import { assertEditor } from './access.ts';
import { countTerms, surfaceWords } from './analyzer.ts';
import { docPassages, docText, KB_IMAGE_SRC } from './content.ts';
import { ImportFailure, type ImportWarning, importFile } from './import.ts';
import { postingsOf } from './rank.ts';
import { slugify, uniqueSlug } from './slug.ts';
import type { ArticleKind, ArticleStatus, Audience, KbArticleTable } from './tables.ts';

export interface ArticleInput {
  kind: ArticleKind;
  title: string;
  summary: string;
  body: RichDoc;
  videoUrl?: string | null;
  tags: string[];
  audience: Audience;
  serviceIds: string[];
  memberIds: string[];
  ownerId?: string | null;
  reviewOn?: string | null;
  /** left out: made from the title */
  slug?: string;
}

type Row = Omit<KbArticleTable, 'body' | 'passages' | 'review_on' | 'published_at' | 'updated_at' | 'created_at'> & {
  body: RichDoc;
  review_on: string | null;
  published_at: Date | null;
  updated_at: Date;
  created_at: Date;
};

const ARTICLE_COLUMNS = [
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
] as const;

/** An article as the editors and the portal see it. */
export function articleView(r: Omit<Row, 'terms' | 'cooperation_id'>, today?: string) {
  return {
    id: r.id,
    slug: r.slug,
    kind: r.kind,
    status: r.status,
    title: r.title,
    summary: r.summary,
    body: r.body,
    videoUrl: r.video_url,
    tags: r.tags,
    audience: r.audience,
    serviceIds: r.service_ids,
    memberIds: r.member_ids,
    ownerId: r.owner_id,
    reviewOn: r.review_on,
    // as on the reminder list: only a published article can be overdue for review
    reviewOverdue: today !== undefined && r.status === 'published' && r.review_on !== null && r.review_on < today,
    publishedAt: r.published_at?.toISOString() ?? null,
    updatedAt: r.updated_at.toISOString(),
    createdAt: r.created_at.toISOString(),
  };
}

/** What search and Rakel read from an article: its postings (term and strength), its terms and its passages. */
export function indexOf(a: { title: string; summary: string; tags: string[]; body: RichDoc }) {
  const text = { title: a.title, summary: a.summary, tags: a.tags, body: docText(a.body) };
  const counts = countTerms(text);
  const shown = surfaceWords(`${text.title} ${text.summary} ${text.tags.join(' ')} ${text.body}`);
  return {
    postings: postingsOf(counts).map((p) => ({ ...p, word: shown.get(p.term) ?? p.term })),
    terms: [...counts.keys()],
    passages: docPassages(a.body),
  };
}

/**
 * Replace a published article's postings (none when it is taken back or archived) and keep the
 * document frequencies of the cooperation's terms, in the caller's transaction. `before` is the
 * article's terms as stored (kb_article.terms), which find its old postings by the postings' key.
 */
export async function setPostings(
  tx: Db,
  cooperationId: string,
  articleId: string,
  before: string[],
  postings: IndexedTerm[],
) {
  for (const batch of batches(before, 1000)) {
    await tx
      .deleteFrom('kb_posting')
      .where('cooperation_id', '=', cooperationId)
      .where('term', 'in', batch)
      .where('article_id', '=', articleId)
      .execute();
  }
  for (const batch of batches(postings, 1000)) {
    await tx
      .insertInto('kb_posting')
      .values(
        batch.map((p) => ({
          cooperation_id: cooperationId,
          article_id: articleId,
          term: p.term,
          strength: p.strength,
        })),
      )
      .execute();
  }
  await adjustTerms(tx, cooperationId, before, postings);
}

/** A term of an article: how strongly the article has it, and the word it writes for it. */
export interface IndexedTerm {
  term: string;
  strength: number;
  word: string;
}

/**
 * Insert many published articles at once with their postings and document frequencies (demo data,
 * benchmarks): what publishing one article does, in batches.
 */
export async function insertPublishedArticles(
  db: Db,
  cooperationId: string,
  items: { row: Insertable<KbArticleTable>; postings: IndexedTerm[] }[],
) {
  for (const batch of batches(items, 500))
    await db
      .insertInto('kb_article')
      .values(batch.map((x) => x.row))
      .execute();
  const postings = items.flatMap((x) =>
    x.postings.map((p) => ({
      cooperation_id: cooperationId,
      article_id: x.row.id,
      term: p.term,
      strength: p.strength,
    })),
  );
  for (const batch of batches(postings, 5000)) await db.insertInto('kb_posting').values(batch).execute();
  const df = new Map<string, { df: number; word: string }>();
  for (const p of items.flatMap((x) => x.postings)) {
    const had = df.get(p.term);
    df.set(p.term, { df: (had?.df ?? 0) + 1, word: had && had.word.length <= p.word.length ? had.word : p.word });
  }
  const terms = [...df]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([term, x]) => ({ cooperation_id: cooperationId, term, df: x.df, word: x.word }));
  for (const batch of batches(terms, 5000))
    await db
      .insertInto('kb_term')
      .values(batch)
      .onConflict((oc) =>
        oc
          .columns(['cooperation_id', 'term'])
          .doUpdateSet({ df: sql`kb_term.df + excluded.df`, word: sql`coalesce(kb_term.word, excluded.word)` }),
      )
      .execute();
}

/** Keep the document frequencies of the cooperation's published terms (for IDF, compounds, spelling). */
async function adjustTerms(tx: Db, cooperationId: string, removed: string[], added: IndexedTerm[]) {
  const before = new Set(removed);
  const after = new Set(added.map((a) => a.term));
  const wordOf = new Map(added.map((a) => [a.term, a.word]));
  const plus = [...after].filter((t) => !before.has(t)).sort();
  const minus = [...before].filter((t) => !after.has(t)).sort();
  // sorted, so two publications at once lock the same rows in the same order
  for (const batch of batches(plus, 1000)) {
    await tx
      .insertInto('kb_term')
      .values(batch.map((term) => ({ cooperation_id: cooperationId, term, df: 1, word: wordOf.get(term) ?? null })))
      .onConflict((oc) =>
        oc
          .columns(['cooperation_id', 'term'])
          .doUpdateSet({ df: sql`kb_term.df + 1`, word: sql`coalesce(kb_term.word, excluded.word)` }),
      )
      .execute();
  }
  if (minus.length) {
    await tx
      .updateTable('kb_term')
      .set({ df: sql`greatest(df - 1, 0)` })
      .where('cooperation_id', '=', cooperationId)
      .where('term', 'in', minus)
      .execute();
  }
}

async function checkReferences(db: Db, actor: Actor, input: ArticleInput) {
  const coop = actor.cooperationId;
  const count = async (table: 'sd_catalogue_item' | 'member', ids: string[]) =>
    ids.length === 0
      ? 0
      : Number(
          (
            await db
              .selectFrom(table)
              .select((eb) => eb.fn.countAll().as('n'))
              .where('cooperation_id', '=', coop)
              .where('id', 'in', ids)
              .executeTakeFirstOrThrow()
          ).n,
        );
  if ((await count('sd_catalogue_item', [...new Set(input.serviceIds)])) !== new Set(input.serviceIds).size)
    throw invalidField('serviceIds', 'one of the services is not in the service catalogue');
  if ((await count('member', [...new Set(input.memberIds)])) !== new Set(input.memberIds).size)
    throw invalidField('memberIds', 'one of the members is not a member of the cooperation');
  if (input.ownerId) {
    const owner = await db
      .selectFrom('app_user')
      .select('id')
      .where('cooperation_id', '=', coop)
      .where('id', '=', input.ownerId)
      .executeTakeFirst();
    if (!owner) throw invalidField('ownerId', 'the owner is not a user of the cooperation');
  }
  const images = imageIdsOf(input.body, KB_IMAGE_SRC);
  if (images.length) {
    const found = await db
      .selectFrom('kb_image')
      .select('id')
      .where('cooperation_id', '=', coop)
      .where('id', 'in', images)
      .execute();
    if (found.length !== new Set(images).size) throw invalidField('body', 'an image in the text was not uploaded here');
  }
}

const normalizeTags = (tags: string[]) => [...new Set(tags.map((t) => t.trim().toLowerCase()).filter(Boolean))];

function columnsOf(input: ArticleInput) {
  return {
    kind: input.kind,
    title: input.title.trim(),
    summary: input.summary.trim(),
    body: JSON.stringify(input.body),
    video_url: input.videoUrl ?? null,
    tags: normalizeTags(input.tags),
    audience: input.audience,
    service_ids: [...new Set(input.serviceIds)],
    member_ids: [...new Set(input.memberIds)],
    owner_id: input.ownerId ?? null,
    review_on: input.reviewOn ?? null,
  };
}

async function takenSlugs(tx: Db, cooperationId: string, base: string, exceptId?: string) {
  const rows = await tx
    .selectFrom('kb_article')
    .select('slug')
    .where('cooperation_id', '=', cooperationId)
    .where((eb) => eb.or([eb('slug', '=', base), eb('slug', 'like', `${base}-%`)]))
    .$if(exceptId !== undefined, (q) => q.where('id', '<>', exceptId as string))
    .execute();
  return new Set(rows.map((r) => r.slug));
}

/** Create a draft. */
export async function createArticle(db: Db, actor: Actor, input: ArticleInput, now: Date, requestId?: string) {
  assertEditor(actor);
  await checkReferences(db, actor, input);
  const id = uuidv7();
  await inTransaction(db, async (tx) => {
    const base = input.slug ?? slugify(input.title);
    const taken = await takenSlugs(tx, actor.cooperationId, base);
    if (input.slug && taken.has(input.slug)) throw invalidField('slug', 'another article has this address');
    const cols = columnsOf(input);
    await tx
      .insertInto('kb_article')
      .values({
        id,
        cooperation_id: actor.cooperationId,
        slug: uniqueSlug(base, taken),
        status: 'draft',
        ...cols,
        owner_id: cols.owner_id ?? actor.userId,
        terms: [],
        passages: JSON.stringify(docPassages(input.body)),
        updated_at: now,
        created_at: now,
      })
      .execute();
    await auditChange(tx, actor, 'create', 'kb_article', id, `Drafted the article "${input.title}"`, requestId);
  });
  return getArticle(db, actor, id, now);
}

async function loadForChange(tx: Db, actor: Actor, id: string) {
  const row = await tx
    .selectFrom('kb_article')
    .select(['id', 'status', 'title', 'summary', 'tags', 'body', 'terms'])
    .where('cooperation_id', '=', actor.cooperationId)
    .where('id', '=', id)
    .forUpdate()
    .executeTakeFirst();
  if (!row) throw notFound('The article');
  return row;
}

/** Change an article; a published one is indexed again at once. */
export async function updateArticle(
  db: Db,
  actor: Actor,
  id: string,
  input: ArticleInput,
  now: Date,
  requestId?: string,
) {
  assertEditor(actor);
  await checkReferences(db, actor, input);
  await inTransaction(db, async (tx) => {
    const current = await loadForChange(tx, actor, id);
    if (input.slug) {
      const taken = await takenSlugs(tx, actor.cooperationId, input.slug, id);
      if (taken.has(input.slug)) throw invalidField('slug', 'another article has this address');
    }
    const cols = columnsOf(input);
    const index = indexOf({ title: cols.title, summary: cols.summary, tags: cols.tags, body: input.body });
    const published = current.status === 'published';
    await tx
      .updateTable('kb_article')
      .set({
        ...cols,
        ...(input.slug && { slug: input.slug }),
        passages: JSON.stringify(index.passages),
        ...(published && { terms: index.terms }),
        updated_at: now,
      })
      .where('cooperation_id', '=', actor.cooperationId)
      .where('id', '=', id)
      .execute();
    if (published) await setPostings(tx, actor.cooperationId, id, current.terms, index.postings);
    await auditChange(tx, actor, 'update', 'kb_article', id, `Changed the article "${input.title}"`, requestId);
  });
  return getArticle(db, actor, id, now);
}

/** Publish (index for search and Rakel), take back to draft, or archive. */
export async function setArticleStatus(
  db: Db,
  actor: Actor,
  id: string,
  status: ArticleStatus,
  now: Date,
  requestId?: string,
) {
  assertEditor(actor);
  await inTransaction(db, async (tx) => {
    const current = await loadForChange(tx, actor, id);
    if (current.status === status) return;
    if (status === 'published') {
      if (current.body.content.length === 0 && !current.summary)
        throw new AppError('conflict', 'An article without text cannot be published.', [
          { path: 'body', message: 'write the article before publishing it', code: 'empty_article' },
        ]);
      const index = indexOf(current);
      await tx
        .updateTable('kb_article')
        .set({
          status,
          terms: index.terms,
          passages: JSON.stringify(index.passages),
          published_at: sql`coalesce(published_at, ${now})`,
        })
        .where('id', '=', id)
        .execute();
      await setPostings(tx, actor.cooperationId, id, [], index.postings);
    } else {
      await tx.updateTable('kb_article').set({ status, terms: [] }).where('id', '=', id).execute();
      if (current.status === 'published') await setPostings(tx, actor.cooperationId, id, current.terms, []);
    }
    const verb = status === 'published' ? 'Published' : status === 'archived' ? 'Archived' : 'Took back to draft';
    await auditChange(tx, actor, 'update', 'kb_article', id, `${verb} the article "${current.title}"`, requestId, {
      status,
    });
  });
  return getArticle(db, actor, id, now);
}

/** One article as its editors see it (any status). */
export async function getArticle(db: Db, actor: Actor, id: string, now: Date) {
  assertEditor(actor);
  const row = await db
    .selectFrom('kb_article')
    .select(ARTICLE_COLUMNS)
    .where('cooperation_id', '=', actor.cooperationId)
    .where('id', '=', id)
    .executeTakeFirst();
  if (!row) throw notFound('The article');
  return articleView(row, osloDate(now));
}

export interface ManageQuery {
  status?: ArticleStatus;
  q?: string;
}

/** Every article of the cooperation for the editors, newest change first. */
export async function listManagedArticles(db: Db, actor: Actor, query: ManageQuery, now: Date) {
  assertEditor(actor);
  const today = osloDate(now);
  const rows = await db
    .selectFrom('kb_article')
    .select([
      'id',
      'slug',
      'kind',
      'status',
      'title',
      'summary',
      'tags',
      'audience',
      'owner_id',
      'review_on',
      'updated_at',
      'published_at',
    ])
    .where('cooperation_id', '=', actor.cooperationId)
    .$if(query.status !== undefined, (q) => q.where('status', '=', query.status as ArticleStatus))
    .$if(Boolean(query.q), (q) => q.where('title', 'ilike', `%${(query.q as string).replace(/[%_\\]/g, '\\$&')}%`))
    .orderBy('updated_at', 'desc')
    .limit(1000)
    .execute();
  const owners = await ownerNames(
    db,
    actor.cooperationId,
    rows.map((r) => r.owner_id),
  );
  return {
    articles: rows.map((r) => ({
      id: r.id,
      slug: r.slug,
      kind: r.kind,
      status: r.status,
      title: r.title,
      summary: r.summary,
      tags: r.tags,
      audience: r.audience,
      ownerId: r.owner_id,
      ownerName: r.owner_id ? (owners.get(r.owner_id) ?? null) : null,
      reviewOn: r.review_on,
      reviewOverdue: r.status === 'published' && r.review_on !== null && r.review_on < today,
      updatedAt: r.updated_at.toISOString(),
      publishedAt: r.published_at?.toISOString() ?? null,
    })),
  };
}

async function ownerNames(db: Db, cooperationId: string, ids: (string | null)[]) {
  const wanted = [...new Set(ids.filter((x): x is string => x !== null))];
  if (wanted.length === 0) return new Map<string, string>();
  const rows = await db
    .selectFrom('app_user')
    .select(['id', 'name'])
    .where('cooperation_id', '=', cooperationId)
    .where('id', 'in', wanted)
    .execute();
  return new Map(rows.map((r) => [r.id, r.name]));
}

/**
 * The reminder list: published articles whose review date has passed (oldest first), and those
 * due within `withinDays`.
 */
export async function reviewList(db: Db, actor: Actor, now: Date, withinDays = 30) {
  assertEditor(actor);
  const today = osloDate(now);
  const until = osloDate(new Date(now.getTime() + withinDays * 86_400_000));
  const rows = await db
    .selectFrom('kb_article')
    .select(['id', 'title', 'owner_id', 'review_on', 'updated_at'])
    .where('cooperation_id', '=', actor.cooperationId)
    .where('status', '=', 'published')
    .where('review_on', '<=', until)
    .orderBy('review_on')
    .execute();
  const owners = await ownerNames(
    db,
    actor.cooperationId,
    rows.map((r) => r.owner_id),
  );
  const item = (r: (typeof rows)[number]) => ({
    id: r.id,
    title: r.title,
    ownerName: r.owner_id ? (owners.get(r.owner_id) ?? null) : null,
    reviewOn: r.review_on as string,
    daysOverdue: Math.round((Date.parse(today) - Date.parse(r.review_on as string)) / 86_400_000),
    updatedAt: r.updated_at.toISOString(),
  });
  return {
    today,
    overdue: rows.filter((r) => (r.review_on as string) < today).map(item),
    dueSoon: rows.filter((r) => (r.review_on as string) >= today).map(item),
  };
}

export interface ImportInput {
  files: { fileName: string; text: string }[];
  publish?: boolean;
  audience?: Audience;
  kind?: ArticleKind;
  tags?: string[];
}

/**
 * Import files as articles (drafts unless `publish`). Each file is its own result: one unreadable
 * file does not stop the others, and every file says what became of it and what was lost.
 */
export async function importArticles(db: Db, actor: Actor, input: ImportInput, now: Date, requestId?: string) {
  assertEditor(actor);
  const results: {
    fileName: string;
    status: 'created' | 'failed';
    articleId: string | null;
    title: string | null;
    warnings: ImportWarning[];
    /** why the file became no article: a code (no_text, unsupported_type, or the API's error code) and English text */
    error: { code: string; message: string } | null;
  }[] = [];
  for (const f of input.files) {
    try {
      const imported = importFile(f.fileName, f.text);
      if (imported.body.content.length === 0) throw new ImportFailure('no_text', 'The file had no text to import.');
      const article = await createArticle(
        db,
        actor,
        {
          kind: input.kind ?? 'article',
          title: imported.title,
          summary: imported.summary,
          body: imported.body,
          tags: [...imported.tags, ...(input.tags ?? [])],
          audience: input.audience ?? 'everyone',
          serviceIds: [],
          memberIds: [],
        },
        now,
        requestId,
      );
      if (input.publish) await setArticleStatus(db, actor, article.id, 'published', now, requestId);
      results.push({
        fileName: f.fileName,
        status: 'created',
        articleId: article.id,
        title: article.title,
        warnings: imported.warnings,
        error: null,
      });
    } catch (e) {
      results.push({
        fileName: f.fileName,
        status: 'failed',
        articleId: null,
        title: null,
        warnings: [],
        error:
          e instanceof ImportFailure
            ? { code: e.code, message: e.message }
            : e instanceof AppError
              ? { code: e.code, message: `${e.message}${e.issues?.[0] ? ` (${e.issues[0].path})` : ''}` }
              : { code: 'unreadable', message: (e as Error).message },
      });
    }
  }
  return {
    created: results.filter((r) => r.status === 'created').length,
    failed: results.filter((r) => r.status === 'failed').length,
    results,
  };
}

const IMAGE_TYPES = new Set(['image/png', 'image/jpeg', 'image/gif', 'image/webp']);

/** Keep an image for an article's body; its address goes into the document. */
export async function uploadImage(
  db: Db,
  actor: Actor,
  input: { mediaType: string; contentBase64: string },
  now: Date,
  requestId?: string,
) {
  assertEditor(actor);
  if (!IMAGE_TYPES.has(input.mediaType)) throw invalidField('mediaType', 'only PNG, JPEG, GIF and WebP images');
  const bytes = Buffer.from(input.contentBase64, 'base64');
  if (bytes.length === 0) throw invalidField('contentBase64', 'the image is empty');
  if (bytes.length > 5 * 1024 * 1024) throw invalidField('contentBase64', 'an image may be at most 5 MB');
  const sniffed = await fileTypeFromBuffer(bytes);
  if (!sniffed || sniffed.mime !== input.mediaType)
    throw invalidField('contentBase64', `the file is not a ${input.mediaType} image`);
  const id = uuidv7();
  await inTransaction(db, async (tx) => {
    await tx
      .insertInto('kb_image')
      .values({ id, cooperation_id: actor.cooperationId, media_type: input.mediaType, bytes, created_at: now })
      .execute();
    await auditChange(tx, actor, 'create', 'kb_image', id, 'Uploaded an image for a help article', requestId);
  });
  return { id, src: `/api/knowledge/images/${id}` };
}

/** An image of the cooperation's articles (any signed-in user of it may load it). */
export async function articleImage(db: Db, actor: Actor, id: string) {
  const row = await db
    .selectFrom('kb_image')
    .select(['media_type', 'bytes'])
    .where('cooperation_id', '=', actor.cooperationId)
    .where('id', '=', id)
    .executeTakeFirst();
  if (!row) throw notFound('The image');
  const ext = row.media_type.split('/')[1] ?? 'bin';
  return { fileName: `bilde.${ext}`, body: row.bytes, inline: true, mediaType: row.media_type };
}
