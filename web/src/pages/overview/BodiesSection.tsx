import { Heading, Link, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import type { Body, BodyKind } from '../../api/types.ts';

const KINDS: BodyKind[] = ['council', 'portfolio_board', 'group', 'innovation_council'];

/** The governing bodies grouped by kind; a shared description is shown once per group. */
export function BodiesSection({ bodies }: { bodies: Body[] }) {
  const { t } = useTranslation();
  const groups = KINDS.map((kind) => ({ kind, items: bodies.filter((b) => b.kind === kind) })).filter(
    (g) => g.items.length > 0,
  );
  return (
    <section aria-labelledby="bodies-heading" className="section">
      <Heading level={2} data-size="md" id="bodies-heading">
        {t('overview.bodies')}
      </Heading>
      {groups.length === 0 && <Paragraph className="muted">{t('overview.noBodies')}</Paragraph>}
      <div className="bodies">
        {groups.map(({ kind, items }) => {
          const label = t(`bodyKinds.${kind}`);
          const only = items.length === 1 ? items[0] : undefined;
          const shared = !only && items.every((b) => b.description === items[0]?.description);
          return (
            <section key={kind} className="bodies__group" aria-labelledby={`bodies-${kind}`}>
              <Heading level={3} data-size="xs" id={`bodies-${kind}`}>
                {label}
              </Heading>
              {only ? (
                <>
                  {only.name.toLocaleLowerCase() !== label.toLocaleLowerCase() && (
                    <span className="bodies__name">
                      <BodyName body={only} />
                    </span>
                  )}
                  <Paragraph data-size="sm">{only.description}</Paragraph>
                </>
              ) : shared ? (
                <>
                  <Paragraph data-size="sm" className="muted">
                    {items[0]?.description}
                  </Paragraph>
                  <ul className="bodies__names">
                    {items.map((b) => (
                      <li key={b.id}>
                        <BodyName body={b} />
                      </li>
                    ))}
                  </ul>
                </>
              ) : (
                <ul className="bodies__list plain-list">
                  {items.map((b) => (
                    <li key={b.id}>
                      <span className="bodies__name">
                        <BodyName body={b} />
                      </span>
                      <Paragraph data-size="sm" className="muted">
                        {b.description}
                      </Paragraph>
                    </li>
                  ))}
                </ul>
              )}
            </section>
          );
        })}
      </div>
    </section>
  );
}

function BodyName({ body }: { body: Body }) {
  if (!body.memberId) return <>{body.name}</>;
  return (
    <Link asChild>
      <RouterLink to={`/members/${body.memberId}`}>{body.name}</RouterLink>
    </Link>
  );
}
