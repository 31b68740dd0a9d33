import { Link, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { useCooperation } from '../../components/CooperationContext.tsx';

/**
 * The public feeds of the current operational messages (JSON, RSS, Atom), for the members' intranets,
 * and how to narrow one to a member with ?member=<code>.
 */
export function FeedAddresses() {
  const { t } = useTranslation();
  const { overview } = useCooperation();
  if (!overview) return null;
  const base = `${window.location.origin}/api/public/${encodeURIComponent(overview.cooperation.slug)}/operational-messages`;
  const feeds = [
    { key: 'json', url: base },
    { key: 'rss', url: `${base}/rss` },
    { key: 'atom', url: `${base}/atom` },
  ] as const;
  const example = overview.members[0];
  return (
    <div className="feed-addresses">
      <Paragraph data-size="sm">{t('messages.feedsIntro')}</Paragraph>
      <ul className="feed-addresses__list">
        {feeds.map((f) => (
          <li key={f.key} data-feed={f.key}>
            <span className="feed-addresses__kind">{t(`messages.feedKinds.${f.key}`)}:</span>{' '}
            <Link href={f.url} className="break">
              {f.url}
            </Link>
          </li>
        ))}
      </ul>
      {example && (
        <Paragraph data-size="sm">
          {t('messages.feedsMember', { example: `${base}/rss?member=${example.code}`, name: example.name })}
        </Paragraph>
      )}
      <Paragraph data-size="sm" className="muted">
        {t('messages.feedsCodes', {
          codes: overview.members.map((m) => `${m.code} (${m.name})`).join(', '),
        })}
      </Paragraph>
    </div>
  );
}
