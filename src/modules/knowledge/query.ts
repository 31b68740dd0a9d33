// Understanding what someone searched for: each topic word of the query becomes a group of
// alternatives — its stem, the editors' synonyms, the right spelling of a known misspelling, the
// parts of a compound ("skriverkø" → skriver + kø), or the nearest word of the articles when the
// word itself is in none of them. Pure: the caller passes what the cooperation's articles contain.

import { distance } from 'fastest-levenshtein';
import { STOP_WORDS, stem, words } from './analyzer.ts';

/** One way a query word can match: all its terms must be in the article, worth `weight` (0–1). */
export interface Alternative {
  terms: string[];
  weight: number;
  via: 'word' | 'synonym' | 'spelling' | 'compound';
}

export interface QueryGroup {
  word: string;
  alternatives: Alternative[];
}

export interface SynonymEntry {
  kind: 'synonym' | 'misspelling';
  /** for a misspelling: the right word first, then the wrong ones */
  words: string[];
}

/** What the cooperation's published articles contain: document frequency per term. */
export type Lexicon = ReadonlyMap<string, number>;

const LINKING = ['s', 'e'];
const MIN_LEFT = 3;
const MIN_RIGHT = 2;

/** The stems of a phrase (a synonym may be several words, e.g. "to-faktor"). */
function phraseTerms(phrase: string): string[] {
  return words(phrase)
    .filter((w) => w.length > 1 && !STOP_WORDS.has(w))
    .map(stem);
}

/**
 * Candidate splits of a compound word into a known first part and a known last part, the last
 * part split again if it is itself a compound: "passordbytte" → passord + bytt,
 * "arbeidsplassen" → arbeid + plass (linking s). Longest known first part first.
 */
export function compoundParts(word: string, known: (term: string) => boolean, depth = 0): string[] | null {
  if (word.length < MIN_LEFT + MIN_RIGHT || depth > 2) return null;
  for (let i = word.length - MIN_RIGHT; i >= MIN_LEFT; i--) {
    const left = word.slice(0, i);
    const right = word.slice(i);
    const lefts = [
      left,
      ...LINKING.filter((l) => left.endsWith(l) && left.length > MIN_LEFT).map((l) => left.slice(0, -l.length)),
    ];
    const leftTerm = lefts.map((l) => (known(l) ? l : known(stem(l)) ? stem(l) : null)).find((x) => x !== null);
    if (!leftTerm) continue;
    const rightStem = stem(right);
    if (known(rightStem)) return [leftTerm, rightStem];
    if (known(right)) return [leftTerm, right];
    const deeper = compoundParts(right, known, depth + 1);
    if (deeper) return [leftTerm, ...deeper];
  }
  return null;
}

/**
 * When a compound's other part is in no article: its longest known first part ("skriverkø" →
 * skriver when no article says "kø"), else its longest known last part, at least four letters.
 */
export function knownPart(word: string, known: (term: string) => boolean): string | null {
  for (let i = word.length - MIN_RIGHT; i >= 4; i--) {
    const left = word.slice(0, i);
    if (known(left)) return left;
    if (known(stem(left))) return stem(left);
  }
  for (let i = MIN_LEFT; i <= word.length - 4; i++) {
    const right = stem(word.slice(i));
    if (right.length >= 4 && known(right)) return right;
  }
  return null;
}

/** Endings of the definite form written straight onto an abbreviation ("pcen", "vpnet", "smsene"). */
const ABBREVIATION_ENDINGS = ['ene', 'en', 'et', 'er', 'a'];

/** The word without an ending of the definite form, when what is left is a known term of two or three letters. */
export function abbreviationOf(word: string, known: (term: string) => boolean): string | null {
  for (const e of ABBREVIATION_ENDINGS) {
    const base = word.slice(0, -e.length);
    if (word.endsWith(e) && base.length >= 2 && base.length <= 3 && known(base)) return base;
  }
  return null;
}

/** Every string the lexicon must be asked about to analyse a query (one round trip). */
export function lookupCandidates(query: string, synonyms: SynonymEntry[]): string[] {
  const out = new Set<string>();
  const addSplits = (w: string) => {
    for (let i = MIN_LEFT; i <= w.length - MIN_RIGHT; i++) {
      const left = w.slice(0, i);
      const right = w.slice(i);
      out.add(left);
      out.add(stem(left));
      for (const l of LINKING) if (left.endsWith(l)) out.add(left.slice(0, -1));
      out.add(right);
      out.add(stem(right));
    }
  };
  for (const w of words(query)) {
    out.add(w);
    out.add(stem(w));
    for (const e of ABBREVIATION_ENDINGS) if (w.endsWith(e) && w.length - e.length >= 2) out.add(w.slice(0, -e.length));
    if (w.length >= MIN_LEFT + MIN_RIGHT) addSplits(w);
  }
  for (const s of synonyms) for (const w of s.words) for (const t of phraseTerms(w)) out.add(t);
  return [...out];
}

/**
 * The known compounds that begin with a term: what follows it (after a linking s or e) is itself a
 * known term of at least three letters ("drift" → driftsmelding, not "pass" → passasjer unless
 * "asjer" were a word). The most common ones first, at most `max`.
 */
export function compoundsBeginningWith(
  term: string,
  candidates: Iterable<[string, number]>,
  known: (t: string) => boolean,
  max = 3,
): string[] {
  const out: [string, number][] = [];
  for (const [c, df] of candidates) {
    if (!c.startsWith(term) || c.length < term.length + 3) continue;
    const rest = c.slice(term.length);
    const rests = [rest, ...LINKING.filter((l) => rest.startsWith(l)).map((l) => rest.slice(l.length))];
    if (rests.some((r) => r.length >= 3 && (known(r) || known(stem(r))))) out.push([c, df]);
  }
  return out
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, max)
    .map(([c]) => c);
}

/** Allowed edit distance for a word of this length: none below 5 letters, 1 up to 8, else 2. */
export const maxEdits = (length: number) => (length < 5 ? 0 : length <= 8 ? 1 : 2);

/** Whether one swap of two neighbouring letters turns `a` into `b` ("skirver" → "skriver"). */
export function isTransposition(a: string, b: string): boolean {
  if (a.length !== b.length || a === b) return false;
  let i = 0;
  while (a[i] === b[i]) i++;
  return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
}

/**
 * The nearest term of the articles to a word they do not contain (by edit distance, a swap of two
 * neighbouring letters counting as one edit, then by how common it is), or null.
 */
export function nearestTerm(word: string, candidates: Iterable<[string, number]>): string | null {
  const limit = maxEdits(word.length);
  if (limit === 0) return null;
  let best: { term: string; d: number; df: number } | null = null;
  for (const [term, df] of candidates) {
    if (Math.abs(term.length - word.length) > limit) continue;
    const d = isTransposition(word, term) ? 1 : distance(word, term);
    if (d === 0 || d > limit) continue;
    if (!best || d < best.d || (d === best.d && df > best.df)) best = { term, d, df };
  }
  return best?.term ?? null;
}

export interface ParsedQuery {
  groups: QueryGroup[];
  /** words that matched nothing in the articles, even after repair */
  unknown: string[];
}

/**
 * Analyse a query against the lexicon. `fuzzy` gives the candidates for spelling repair of a word
 * (the caller reads them from the database by first letters); it is asked only for words that are
 * in no article, have no synonym and are no compound of known words.
 */
export function parseQuery(
  query: string,
  lexicon: Lexicon,
  synonyms: SynonymEntry[],
  fuzzy: (word: string) => Iterable<[string, number]> = () => [],
  compoundsOf: (term: string) => string[] = () => [],
): ParsedQuery {
  const known = (t: string) => (lexicon.get(t) ?? 0) > 0;
  const synonymOf = new Map<string, Alternative[]>();
  const addSyn = (fromTerm: string, alt: Alternative) => {
    const list = synonymOf.get(fromTerm) ?? [];
    list.push(alt);
    synonymOf.set(fromTerm, list);
  };
  for (const s of synonyms) {
    const phrases = s.words.map(phraseTerms).filter((t) => t.length > 0);
    if (s.kind === 'misspelling') {
      const [right, ...wrong] = phrases;
      if (!right) continue;
      for (const w of wrong) if (w.length === 1) addSyn(w[0] as string, { terms: right, weight: 1, via: 'spelling' });
    } else {
      for (const from of phrases) {
        if (from.length !== 1) continue;
        for (const to of phrases)
          if (to !== from) addSyn(from[0] as string, { terms: to, weight: 0.8, via: 'synonym' });
      }
    }
  }

  const groups: QueryGroup[] = [];
  const unknown: string[] = [];
  const seen = new Set<string>();
  for (const w of words(query)) {
    if (w.length < 2 || STOP_WORDS.has(w)) continue;
    const t = stem(w);
    if (seen.has(t)) continue;
    seen.add(t);
    const alternatives: Alternative[] = [];
    const abbreviation = abbreviationOf(w, known);
    if (known(t)) alternatives.push({ terms: [t], weight: 1, via: 'word' });
    else if (known(w)) alternatives.push({ terms: [w], weight: 1, via: 'word' });
    else if (abbreviation) alternatives.push({ terms: [abbreviation], weight: 1, via: 'word' });
    // the articles' compounds that begin with the word ("drift" → driftsmelding) count a little
    for (const c of known(t) ? compoundsOf(t) : []) alternatives.push({ terms: [c], weight: 0.6, via: 'compound' });
    for (const alt of [...(synonymOf.get(t) ?? []), ...(t !== w ? (synonymOf.get(w) ?? []) : [])]) {
      if (alt.terms.every(known)) alternatives.push(alt);
    }
    const parts = compoundParts(w, known);
    if (parts) {
      alternatives.push({ terms: parts, weight: alternatives.length ? 0.5 : 0.85, via: 'compound' });
      // other compounds with the same first part ("driftsproblem" → driftsmelding) count a little
      for (const c of compoundsOf(parts[0] as string))
        if (c !== t && c !== w) alternatives.push({ terms: [c], weight: 0.4, via: 'compound' });
    } else if (alternatives.length === 0) {
      const part = knownPart(w, known);
      if (part) alternatives.push({ terms: [part], weight: 0.6, via: 'compound' });
    }
    if (alternatives.length === 0) {
      const near = nearestTerm(t, fuzzy(t));
      if (near) alternatives.push({ terms: [near], weight: 0.8, via: 'spelling' });
    }
    if (alternatives.length === 0) unknown.push(w);
    else groups.push({ word: w, alternatives });
  }
  return { groups, unknown };
}

/** Every term a parsed query can match, for the index lookup (an OR of them all). */
export function queryTerms(q: ParsedQuery): string[] {
  return [...new Set(q.groups.flatMap((g) => g.alternatives.flatMap((a) => a.terms)))];
}
