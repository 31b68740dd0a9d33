// Ranking: how well an article (or one of its passages) answers a parsed query. A query word found
// in the title counts more than in the summary or tags, and more there than in the body; rare words
// count more than common ones (inverse document frequency); an article that has all the query's
// words beats one with a few of them many times; fresher articles win ties. Pure functions.

import type { TermCounts } from './analyzer.ts';
import type { Alternative, ParsedQuery } from './query.ts';

const FIELD = { A: 3, B: 2, C: 1 } as const;

/** Inverse document frequency of a term among `total` articles (BM25's, never negative). */
export function idf(df: number, total: number): number {
  return Math.log(1 + (total - df + 0.5) / (df + 0.5));
}

/**
 * How strongly a text has one term: the best field it is in, a little more for repetitions; 0 when
 * absent. Stored per published article and term as its posting (kb_posting.strength).
 */
export function strength(counts: TermCounts, term: string): number {
  const c = counts.get(term);
  if (!c) return 0;
  const best = c.A ? FIELD.A : c.B ? FIELD.B : c.C ? FIELD.C : 0;
  const tf = c.A + c.B + c.C;
  return best * (1 + Math.log(tf) * 0.25);
}

/** An article's postings: each of its terms with its strength. */
export const postingsOf = (counts: TermCounts) =>
  [...counts.keys()].map((term) => ({ term, strength: strength(counts, term) }));

/** A text's strength per term, as ranking reads it: from its counts, or from its postings. */
export type Strengths = (term: string) => number;

export const strengthsOf =
  (counts: TermCounts): Strengths =>
  (t) =>
    strength(counts, t);

function alternativeScore(alt: Alternative, strengthOf: Strengths, weightOf: (t: string) => number): number {
  let sum = 0;
  let found = 0;
  for (const t of alt.terms) {
    const s = strengthOf(t);
    if (s > 0) found++;
    sum += s * weightOf(t);
  }
  if (found === 0) return 0;
  // a compound counts fully only when all its parts are there
  const completeness = found / alt.terms.length;
  return (sum / alt.terms.length) * alt.weight * completeness;
}

export interface Relevance {
  score: number;
  /** how many of the query's words the text has */
  matched: number;
  /** the share of the query's weight (IDF) the text has, words no article has counted as rare ones */
  coverage: number;
}

/** Relevance of a text (its strength per term) to a query; `df` gives each term's document frequency. */
export function relevance(q: ParsedQuery, strengthOf: Strengths, df: (t: string) => number, total: number): Relevance {
  let score = 0;
  let matched = 0;
  let weightFound = 0;
  let weightAll = 0;
  const n = Math.max(total, 1);
  const weightOf = (t: string) => idf(df(t), n);
  for (const g of q.groups) {
    let best = 0;
    for (const alt of g.alternatives) best = Math.max(best, alternativeScore(alt, strengthOf, weightOf));
    const groupWeight = Math.max(...g.alternatives.map((a) => Math.min(...a.terms.map(weightOf))));
    weightAll += groupWeight;
    if (best > 0) {
      matched++;
      weightFound += groupWeight;
    }
    score += best;
  }
  // a word no article has is as telling as the rarest word: the question is about something else
  weightAll += q.unknown.length * idf(0, n);
  if (q.groups.length === 0) return { score: 0, matched: 0, coverage: 0 };
  // reward covering the question: all words found doubles the score, half of them ×1.25
  const share = matched / q.groups.length;
  return { score: score * (1 + share ** 2), matched, coverage: weightAll > 0 ? weightFound / weightAll : 0 };
}

/**
 * Freshness: up to 10 % more for an article updated today, fading over about two years, so that of
 * two equally good answers the newer one comes first without an old, exact answer losing to a new,
 * vague one.
 */
export function freshness(updatedAt: Date, now: Date): number {
  const days = Math.max(0, (now.getTime() - updatedAt.getTime()) / 86_400_000);
  return 1 + 0.1 * Math.exp(-days / 365);
}

export interface Candidate {
  id: string;
  strengths: Strengths;
  updatedAt: Date;
}

export interface Ranked {
  id: string;
  score: number;
  matched: number;
  coverage: number;
}

/** The candidates in order of relevance × freshness; those matching nothing are left out. */
export function rank(
  q: ParsedQuery,
  candidates: Candidate[],
  df: (t: string) => number,
  total: number,
  now: Date,
): Ranked[] {
  return candidates
    .map((c) => {
      const r = relevance(q, c.strengths, df, total);
      return { id: c.id, score: r.score * freshness(c.updatedAt, now), matched: r.matched, coverage: r.coverage };
    })
    .filter((r) => r.score > 0)
    .sort((a, b) => b.score - a.score || a.id.localeCompare(b.id));
}
