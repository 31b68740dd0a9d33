import { Card, Heading, Link, Paragraph, Tag } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { BackLink } from '../../components/BackLink.tsx';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { Loading } from '../../components/Loading.tsx';
import { usePageTitle } from '../../lib/usePageTitle.ts';
import { useServiceDeskConfig } from '../servicedesk/config.ts';
import { groupByCategory, priceText } from './catalogue.ts';

/** "Bestill": the service catalogue by category, each entry with its price or "included". */
export function OrderPage() {
  const { t, i18n } = useTranslation();
  usePageTitle(t('order.title'));
  const config = useServiceDeskConfig();
  const groups = config.data
    ? groupByCategory(config.data.catalogue, config.data.categories, t('order.otherCategory'))
    : [];

  return (
    <>
      <BackLink to="/portal">{t('portal.back')}</BackLink>
      <Heading level={1} data-size="lg">
        {t('order.title')}
      </Heading>
      <Paragraph className="muted">{t('order.intro')}</Paragraph>
      {config.error !== undefined && <ErrorMessage error={config.error} onRetry={config.reload} />}
      {config.loading && !config.data && <Loading />}
      {config.data && groups.length === 0 && <Paragraph>{t('order.empty')}</Paragraph>}
      {groups.map((g) => (
        <section key={g.key} aria-labelledby={`cat-${g.key}`} className="section">
          <Heading level={2} data-size="sm" id={`cat-${g.key}`}>
            {g.label}
          </Heading>
          <ul className="card-grid plain-list">
            {g.items.map(({ item, sub }) => (
              <li key={item.id}>
                <Card className="catalogue-card" data-item={item.id}>
                  <Heading level={3} data-size="xs">
                    <Link asChild>
                      <RouterLink to={`/portal/order/${item.id}`}>{item.name}</RouterLink>
                    </Link>
                  </Heading>
                  {sub && (
                    <Paragraph data-size="xs" className="catalogue-card__sub">
                      {sub}
                    </Paragraph>
                  )}
                  {item.description && (
                    <Paragraph data-size="sm" className="pre-line">
                      {item.description}
                    </Paragraph>
                  )}
                  <p className="catalogue-card__price">
                    {item.included ? (
                      <Tag data-color="success" data-size="sm">
                        {priceText(t, item, i18n.language)}
                      </Tag>
                    ) : (
                      <span className="catalogue-card__amount">{priceText(t, item, i18n.language)}</span>
                    )}
                  </p>
                </Card>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </>
  );
}
