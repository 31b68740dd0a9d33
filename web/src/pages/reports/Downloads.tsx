import { Heading, Link, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import type { Report } from '../../api/types.ts';

/** The report as others will read it: the preview, the PDF, the accessible HTML and the archive package. */
export function Downloads({ report: r }: { report: Report }) {
  const { t } = useTranslation();
  const base = r.title.replace(/[\\/:*?"<>|]+/g, '-');
  return (
    <section aria-labelledby="report-downloads-heading" className="section">
      <Heading level={2} data-size="sm" id="report-downloads-heading">
        {t('reports.downloads.title')}
      </Heading>
      {r.status !== 'approved' && (
        <Paragraph data-size="sm" className="muted">
          {t('reports.downloads.draftNote')}
        </Paragraph>
      )}
      <ul className="reports-downloads" data-testid="downloads">
        <li>
          <Link asChild>
            <RouterLink to={`/reports/${r.id}/preview`}>{t('reports.downloads.preview')}</RouterLink>
          </Link>
        </li>
        <li>
          <Link href={r.links.pdf} download={`${base}.pdf`} data-download="pdf">
            {t('reports.downloads.pdf')}
          </Link>
        </li>
        <li>
          <Link href={r.links.html} target="_blank" rel="noopener">
            {t('reports.downloads.html')}
            <span className="visually-hidden"> {t('reports.opensInNewTab')}</span>
          </Link>
        </li>
        <li>
          <Link href={r.links.archive} download={`${base}.zip`} data-download="archive">
            {t('reports.downloads.archive')}
          </Link>
        </li>
      </ul>
    </section>
  );
}
