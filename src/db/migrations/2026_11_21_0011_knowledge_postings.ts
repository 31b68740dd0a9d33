import { type Kysely, sql } from 'kysely';

/**
 * Knowledge search on postings instead of a tsvector: one row per (cooperation, term, published
 * article) with the term's strength in that article (its best field, a little more for repetitions).
 * A query reads only its terms' rows of its own cooperation from one B-tree (index-only), scores
 * and sorts them in the database, and never unpacks an article's whole vector: over 10,000 articles
 * this took the search from a scan with ts_rank over every match (~60 ms) to a few milliseconds, and
 * the cooperation leads the key, so one deployment with many cooperations searches each one alone.
 * An article's postings are removed by its terms (kb_article.terms) through the same key.
 * The postings of existing published articles are made from their tsvectors (same strength rule as
 * `strength` in modules/knowledge/rank.ts); the tsvector and its GIN index go. Terms get the word
 * the articles write for them (filled as articles are published again; until then the term shows).
 */
const statements = [
  `create table kb_posting (
    cooperation_id uuid not null references cooperation (id),
    term text not null,
    article_id uuid not null references kb_article (id),
    strength real not null check (strength > 0),
    primary key (cooperation_id, term, article_id) include (strength)
  )`,
  `insert into kb_posting (cooperation_id, term, article_id, strength)
    select a.cooperation_id, v.lexeme, a.id,
      (case when 'A' = any (v.weights) then 3 when 'B' = any (v.weights) then 2 else 1 end)
        * (1 + ln(coalesce(array_length(v.positions, 1), 1)) * 0.25)
    from kb_article a, unnest(a.search) v
    where a.status = 'published' and a.search is not null`,
  `drop index kb_article_search_idx`,
  // a word the articles write for each term, so search can say "skriver" rather than the stem "skriv"
  `alter table kb_term add column word text`,
  `alter table kb_article drop column search`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const s of statements) await sql.raw(s).execute(db);
}
