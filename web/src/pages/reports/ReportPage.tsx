import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate, useParams } from 'react-router';
import { reportsApi } from '../../api/endpoints.ts';
import type { Report } from '../../api/types.ts';
import { BackLink } from '../../components/BackLink.tsx';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { Loading } from '../../components/Loading.tsx';
import { formatDay, formatMonth } from '../../lib/format.ts';
import { useAsync } from '../../lib/useAsync.ts';
import { usePageTitle } from '../../lib/usePageTitle.ts';
import { isUuid } from '../devices/shared.tsx';
import { useNotice } from '../economy/shared.tsx';
import { isNotFound } from '../governance/shared.tsx';
import { NotFound } from '../NotFound.tsx';
import { AttachToCase } from './AttachToCase.tsx';
import { Downloads } from './Downloads.tsx';
import { MemberApprovals } from './MemberApprovals.tsx';
import { ReportFacts } from './ReportFacts.tsx';
import { SectionList } from './SectionList.tsx';
import { asOfDay, focusSoon, PageHead, type ReportState, StatusTag } from './shared.tsx';
import { Workflow } from './Workflow.tsx';

/**
 * One report: its facts (editable in draft), the workflow (submit, reopen, approve, new version,
 * delete) as the server allows, downloads, the members' approvals of an annual report, attaching
 * the approved PDF to a council case, and its sections in document order with their editors.
 */
export function ReportPage() {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const location = useLocation();
  const state = location.state as ReportState | null;
  const valid = isUuid(id);
  const report = useAsync(() => reportsApi.get(id), id, valid);
  const [notice, say] = useNotice();
  // the answer for another report (the address changed) is not this one's
  const r = report.data?.id === id ? report.data : undefined;
  usePageTitle(r ? r.title : t('reports.report.loading'));

  // a notice the page that led here asked for (the report was created, a new version made), shown once
  const message = state?.message;
  const loaded = !!r;
  useEffect(() => {
    if (!loaded || !message) return;
    say(message);
    navigate(location.pathname, { replace: true, state: null });
  }, [loaded, message, say, navigate, location.pathname]);

  if (!valid || (report.error !== undefined && isNotFound(report.error))) return <NotFound />;
  if (report.error !== undefined) return <ErrorMessage error={report.error} onRetry={report.reload} />;
  if (!r) return <Loading />;

  /** A changed report from the server, and what to tell the user. */
  const changed = (next: Report, message: string, focus = '.reports-h1') => {
    report.setData(next);
    say(message);
    focusSoon(focus);
  };

  return (
    <>
      <BackLink to="/reports">{t('reports.report.back')}</BackLink>
      <PageHead
        title={r.title}
        intro={
          r.kind === 'activity'
            ? t('reports.report.introActivity', {
                period: formatMonth(r.period, lng),
                date: formatDay(asOfDay(r.kind, r.period), lng),
              })
            : t('reports.report.introAnnual', { year: r.period })
        }
      >
        <div className="title-row__tags">
          <StatusTag status={r.status} />
        </div>
      </PageHead>
      {notice}
      <ReportFacts report={r} onChanged={changed} />
      <Workflow report={r} onChanged={changed} />
      <Downloads report={r} />
      {r.kind === 'annual' && r.memberApprovals.length > 0 && <MemberApprovals report={r} onChanged={changed} />}
      {r.status === 'approved' && (r.can.attach || r.attachedToCase) && <AttachToCase report={r} onChanged={changed} />}
      <SectionList report={r} />
    </>
  );
}
