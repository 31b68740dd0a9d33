// Norwegian text analysis for the knowledge portal: words, stems, stop words, and the term counts
// per field an article is searched by. Pure functions; the Snowball Norwegian stemmer comes from
// `snowball-stemmers` (the same algorithm as PostgreSQL's `norwegian` configuration), so search
// behaves the same on PostgreSQL and PGlite and can be tested without a database.

import snowball from 'snowball-stemmers';

const stemmer = snowball.newStemmer('norwegian');

/**
 * Words that carry no topic: the Snowball Norwegian stop-word list plus question words and
 * fillers employees put in front of what they ask ("hvordan kan jeg …").
 */
export const STOP_WORDS = new Set(
  (
    'og i jeg det at en et den til er som på de med han av ikke ikkje der så var meg seg men ett har om vi min mitt ' +
    'ha hadde hun nå over da ved fra du ut sin dem oss opp man kan hans hvor eller hva skal selv sjøl her alle vil bli ' +
    'ble blei blitt kunne inn når være kom noen noe ville dere deres kun ja etter ned skulle denne for deg si sine sitt ' +
    'mot å meget hvorfor dette disse uten hvordan ingen din ditt blir samme hvilken hvilke sånn inni mellom vår hver ' +
    'hvem vors hvis både bare enn fordi før mange også slik vært båe begge siden dykk dykkar dei deira deires deim di ' +
    'då eg ein eit eitt elles honom hjå ho hoe henne hennar hennes hoss hossen ingi inkje korleis korso kva kvar kvarhelst ' +
    'kven kvi kvifor me medan mi mine mykje no nokon noka nokor noko nokre sia sidan so somt somme um upp vere vore ' +
    'verte vort varte vart mine dine sine våre få får fikk gjør gjøre gjort går gå må måtte burde bør hei takk ' +
    'jo vel litt mye mer mest helt egentlig altså ting the a an to of is it in on and or how what can my'
  ).split(/\s+/),
);

/** Endings written after a hyphen on abbreviations ("PC-en", "VPN-et", "SMS-er"): not words of their own. */
const HYPHEN_ENDINGS = new Set(['en', 'et', 'er', 'ene', 'ens', 'a', 'ane', 's', 'n']);

/** Lower case, one Unicode form, Swedish/Danish letters folded to Norwegian, accents dropped. */
export function normalizeText(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/ä/g, 'æ')
    .replace(/ö/g, 'ø')
    .replace(/[éèêë]/g, 'e')
    .replace(/[áàâ]/g, 'a')
    .replace(/[óòô]/g, 'o')
    .replace(/[úùû]/g, 'u')
    .replace(/[íìî]/g, 'i');
}

/**
 * The words of a text in order, lower-cased. A hyphenated word becomes its joined form
 * ("e-post" → "epost", "pc-rullering" → "pcrullering") followed by its parts, except an inflection
 * ending after an abbreviation, which is dropped ("PC-en" → "pc").
 */
export function words(text: string): string[] {
  const out: string[] = [];
  for (const m of normalizeText(text).matchAll(/[\p{L}\p{N}]+(?:[-‐][\p{L}\p{N}]+)*/gu)) {
    const parts = m[0].split(/[-‐]/);
    while (parts.length > 1 && HYPHEN_ENDINGS.has(parts[parts.length - 1] as string)) parts.pop();
    if (parts.length === 1) {
      out.push(parts[0] as string);
      continue;
    }
    out.push(parts.join(''));
    for (const p of parts) if (p.length > 1) out.push(p);
  }
  return out;
}

/** Stems already worked out: a language has far fewer words than a search reads (passages, snippets). */
const stems = new Map<string, string>();
const MAX_CACHED_STEMS = 200_000;

/** The Snowball stem of one lower-case word; numbers and very short words are kept as they are. */
export function stem(word: string): string {
  if (word.length <= 3 || /\d/.test(word)) return word;
  let s = stems.get(word);
  if (s === undefined) {
    if (stems.size >= MAX_CACHED_STEMS) stems.clear();
    s = stemmer.stem(word);
    stems.set(word, s);
  }
  return s;
}

export const isStopWord = (w: string) => STOP_WORDS.has(w);

/** The stems of a text's topic words, in order (stop words and one-letter words left out). */
export function terms(text: string): string[] {
  return words(text)
    .filter((w) => w.length > 1 && !STOP_WORDS.has(w))
    .map(stem);
}

export type Weight = 'A' | 'B' | 'C';

/** How often a term occurs in an article's fields: title (A), summary and tags (B), body (C). */
export type TermCounts = Map<string, { A: number; B: number; C: number }>;

export interface ArticleText {
  title: string;
  summary: string;
  tags: string[];
  body: string;
}

/** Count an article's terms per field. */
export function countTerms(a: ArticleText): TermCounts {
  const counts: TermCounts = new Map();
  const add = (text: string, w: Weight) => {
    for (const t of terms(text)) {
      const c = counts.get(t) ?? { A: 0, B: 0, C: 0 };
      c[w]++;
      counts.set(t, c);
    }
  };
  add(a.title, 'A');
  add(`${a.summary} ${a.tags.join(' ')}`, 'B');
  add(a.body, 'C');
  return counts;
}

/** The shortest word a text writes for each of its terms ("bærbar" for bærb): what search shows for a term. */
export function surfaceWords(text: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const w of words(text)) {
    if (w.length < 2 || STOP_WORDS.has(w)) continue;
    const t = stem(w);
    const had = out.get(t);
    if (!had || w.length < had.length || (w.length === had.length && w < had)) out.set(t, w);
  }
  return out;
}
