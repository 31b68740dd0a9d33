/** Operational messages that concern what a user is about to report. Pure. */
export interface MessageLike {
  id: string;
  title: string;
  body: string;
  category_ids: string[];
  member_ids: string[];
  keywords: string[];
  starts_at: Date;
  closed_at: Date | null;
}

const words = (s: string) =>
  s
    .toLocaleLowerCase('nb')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length >= 3);

/**
 * Current messages (started, not closed) for the member, best match first: a message names the
 * category (or its parent) or shares a keyword or title word with the text. Messages that name no
 * category and no keyword concern everyone of their members and are always included.
 */
export function matchMessages<T extends MessageLike>(
  messages: T[],
  q: { now: Date; memberId: string | null; categoryIds: string[]; text: string },
): T[] {
  const textWords = new Set(words(q.text));
  const scored: { m: T; score: number }[] = [];
  for (const m of messages) {
    if (m.closed_at || m.starts_at > q.now) continue;
    if (m.member_ids.length > 0 && (!q.memberId || !m.member_ids.includes(q.memberId))) continue;
    const general = m.category_ids.length === 0 && m.keywords.length === 0;
    let score = general ? 1 : 0;
    if (m.category_ids.some((c) => q.categoryIds.includes(c))) score += 4;
    const keys = [...m.keywords.flatMap(words), ...words(m.title)];
    score += keys.filter((k) => [...textWords].some((w) => w.startsWith(k) || k.startsWith(w))).length * 2;
    if (score > 0) scored.push({ m, score });
  }
  return scored.sort((a, b) => b.score - a.score || b.m.starts_at.getTime() - a.m.starts_at.getTime()).map((s) => s.m);
}
