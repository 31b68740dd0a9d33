import { Link, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { reportsApi } from '../../api/endpoints.ts';
import { BackLink } from '../../components/BackLink.tsx';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { Loading } from '../../components/Loading.tsx';
import { useAsync } from '../../lib/useAsync.ts';
import { usePageTitle } from '../../lib/usePageTitle.ts';
import { isUuid } from '../devices/shared.tsx';
import { isNotFound } from '../governance/shared.tsx';
import { NotFound } from '../NotFound.tsx';
import { PageHead, periodText, StatusTag } from './shared.tsx';

/** The report as the server renders it (the accessible HTML the PDF is printed from), in a frame. */
export function PreviewPage() {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  const { id = '' } = useParams();
  const valid = isUuid(id);
  const report = useAsync(() => reportsApi.get(id), id, valid);
  // the answer for another report (the address changed) is not this one's
  const r = report.data?.id === id ? report.data : undefined;
  usePageTitle(r ? t('reports.preview.title', { title: r.title }) : t('reports.report.loading'));

  if (!valid || (report.error !== undefined && isNotFound(report.error))) return <NotFound />;
  if (report.error !== undefined) return <ErrorMessage error={report.error} onRetry={report.reload} />;
  if (!r) return <Loading />;
  const base = r.title.replace(/[\\/:*?"<>|]+/g, '-');
  return (
    <>
      <BackLink to={`/reports/${r.id}`}>{t('reports.editor.back', { title: r.title })}</BackLink>
      <PageHead
        title={t('reports.preview.title', { title: r.title })}
        eyebrow={`${t(`reports.kinds.${r.kind}`)} – ${periodText(r.kind, r.period, lng)}`}
        intro={t('reports.preview.intro')}
      >
        <div className="title-row__tags">
          <StatusTag status={r.status} />
        </div>
      </PageHead>
      <Paragraph data-size="sm" className="reports-preview__links">
        <Link href={r.links.html} target="_blank" rel="noopener">
          {t('reports.preview.openTab')}
          <span className="visually-hidden"> {t('reports.opensInNewTab')}</span>
        </Link>
        <Link href={r.links.pdf} download={`${base}.pdf`} data-download="pdf">
          {t('reports.downloads.pdf')}
        </Link>
      </Paragraph>
      <iframe
        className="reports-preview__frame"
        src={r.links.html}
        title={t('reports.preview.frameTitle', { title: r.title })}
        data-testid="preview-frame"
      />
    </>
  );
}
