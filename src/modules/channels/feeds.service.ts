// The public feeds of operational messages for the members' intranets: RSS 2.0, Atom 1.0 and a
// JSON list. Current messages and those closed in the last day (so a page can show "resolved"),
// for every member or, with ?member=<code>, for one member (messages for everyone included).
import { Feed } from 'feed';
import { notFound } from '../../app/errors.ts';
import type { Db } from '../../db/database.ts';
import { osloDateTime } from '../../shared/dates.ts';
import { SEVERITY_LABEL } from '../servicedesk/labels.ts';

const RECENTLY_CLOSED_MS = 24 * 3600_000;

export async function feedMessages(db: Db, slug: string, memberCode: string | undefined, now: Date) {
  const coop = await db.selectFrom('cooperation').select(['id', 'name']).where('slug', '=', slug).executeTakeFirst();
  if (!coop) throw notFound('The cooperation');
  const members = await db
    .selectFrom('member')
    .select(['id', 'code', 'name'])
    .where('cooperation_id', '=', coop.id)
    .execute();
  const member = memberCode ? members.find((m) => m.code.toLowerCase() === memberCode.toLowerCase()) : undefined;
  if (memberCode && !member) throw notFound(`The member ${memberCode}`);
  const rows = await db
    .selectFrom('operational_message')
    .select([
      'id',
      'title',
      'body',
      'severity',
      'member_ids',
      'starts_at',
      'expected_end_at',
      'closed_at',
      'updated_at',
    ])
    .where('cooperation_id', '=', coop.id)
    .where('starts_at', '<=', now)
    .where((eb) =>
      eb.or([eb('closed_at', 'is', null), eb('closed_at', '>', new Date(now.getTime() - RECENTLY_CLOSED_MS))]),
    )
    .orderBy('starts_at', 'desc')
    .limit(100)
    .execute();
  const nameOf = new Map(members.map((m) => [m.id, m.name]));
  const items = rows
    .filter((m) => !member || m.member_ids.length === 0 || m.member_ids.includes(member.id))
    .map((m) => ({
      id: m.id,
      title: m.title,
      body: m.body,
      severity: m.severity,
      severityText: SEVERITY_LABEL[m.severity],
      members: m.member_ids.map((id) => nameOf.get(id) ?? id),
      startsAt: m.starts_at.toISOString(),
      expectedEndAt: m.expected_end_at?.toISOString() ?? null,
      closedAt: m.closed_at?.toISOString() ?? null,
      updatedAt: m.updated_at.toISOString(),
    }));
  return {
    cooperation: { slug, name: coop.name },
    member: member ? { code: member.code, name: member.name } : null,
    items,
  };
}

type FeedData = Awaited<ReturnType<typeof feedMessages>>;

const when = (iso: string) => osloDateTime(new Date(iso));

/** RSS or Atom of the same messages; links go to the portal, where the whole message is. */
export function renderFeed(data: FeedData, format: 'rss' | 'atom', publicUrl: string, selfUrl: string) {
  // ISO instants sort as text: the newest change is the feed's own update time
  const updated =
    data.items
      .map((i) => i.updatedAt)
      .sort()
      .at(-1) ?? '1970-01-01T00:00:00.000Z';
  const feed = new Feed({
    title: `Driftsmeldinger – ${data.cooperation.name}${data.member ? ` (${data.member.name})` : ''}`,
    description: 'Driftsmeldinger fra IT-samarbeidet',
    id: `${publicUrl}/portal`,
    link: `${publicUrl}/portal`,
    language: 'nb',
    updated: new Date(updated),
    generator: 'Samdrift',
    copyright: data.cooperation.name,
    feedLinks: { [format]: selfUrl },
  });
  for (const i of data.items) {
    const status = i.closedAt
      ? `Løst ${when(i.closedAt)}.`
      : i.expectedEndAt
        ? `Forventet løst ${when(i.expectedEndAt)}.`
        : 'Forventet løsning er ikke kjent.';
    const scope = i.members.length ? `Gjelder: ${i.members.join(', ')}.` : 'Gjelder alle medlemmer.';
    feed.addItem({
      title: `${i.closedAt ? '[Løst] ' : ''}${i.title}`,
      id: `urn:uuid:${i.id}`,
      link: `${publicUrl}/portal#melding-${i.id}`,
      description: `${i.severityText}. ${scope} ${status}`,
      content: `${i.body}\n\n${i.severityText}. ${scope} ${status}`.trim(),
      date: new Date(i.updatedAt),
      published: new Date(i.startsAt),
      category: [{ name: i.severityText }],
    });
  }
  return format === 'rss' ? feed.rss2() : feed.atom1();
}
