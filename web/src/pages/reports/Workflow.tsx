import { Alert, Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { reportsApi } from '../../api/endpoints.ts';
import type { Report } from '../../api/types.ts';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { ConfirmDialog } from '../governance/shared.tsx';
import type { ReportState } from './shared.tsx';

type Changed = (next: Report, message: string, focus?: string) => void;
type Ask = 'approve' | 'newVersion' | 'delete';

/**
 * Where the report is in its workflow and the steps the server allows the user: send a draft to
 * review, reopen it, approve it (which freezes its figures), start a new version of an approved
 * report, or delete a draft.
 */
export function Workflow({ report: r, onChanged }: { report: Report; onChanged: Changed }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [busy, setBusy] = useState<'submit' | 'reopen'>();
  const [error, setError] = useState<unknown>();
  const [ask, setAsk] = useState<Ask>();
  const { can } = r;
  const any = can.submit || can.reopen || can.approve || can.newVersion || can.delete;
  // an annual report is approved only when every member has approved it
  const missing = r.kind === 'annual' ? r.memberApprovals.filter((a) => !a.date) : [];

  const step = async (which: 'submit' | 'reopen') => {
    if (busy) return;
    setBusy(which);
    setError(undefined);
    try {
      const next = which === 'submit' ? await reportsApi.submit(r.id) : await reportsApi.reopen(r.id);
      onChanged(next, t(which === 'submit' ? 'reports.workflow.submitted' : 'reports.workflow.reopened'));
    } catch (err) {
      setError(err);
    } finally {
      setBusy(undefined);
    }
  };

  return (
    <section aria-labelledby="report-workflow-heading" className="section" data-testid="workflow">
      <Heading level={2} data-size="sm" id="report-workflow-heading">
        {t('reports.workflow.title')}
      </Heading>
      <Paragraph data-size="sm" className="muted intro__text">
        {t(`reports.workflow.about.${r.status}`)}
      </Paragraph>
      {error !== undefined && <ErrorMessage error={error} level={3} />}
      {any && (
        <div className="button-row">
          {can.submit && (
            <Button data-color="accent" loading={busy === 'submit'} onClick={() => step('submit')}>
              {t('reports.workflow.submit')}
            </Button>
          )}
          {can.approve && (
            <Button data-color="accent" onClick={() => setAsk('approve')}>
              {t('reports.workflow.approve')}
            </Button>
          )}
          {can.reopen && (
            <Button variant="secondary" loading={busy === 'reopen'} onClick={() => step('reopen')}>
              {t('reports.workflow.reopen')}
            </Button>
          )}
          {can.newVersion && (
            <Button variant="secondary" onClick={() => setAsk('newVersion')}>
              {t('reports.workflow.newVersion')}
            </Button>
          )}
          {can.delete && (
            <Button variant="secondary" data-color="danger" onClick={() => setAsk('delete')}>
              {t('reports.workflow.delete')}
            </Button>
          )}
        </div>
      )}
      <ConfirmDialog
        id="report-approve"
        open={ask === 'approve'}
        title={t('reports.workflow.approveTitle', { title: r.title })}
        confirm={t('reports.workflow.approveConfirm')}
        onClose={() => setAsk(undefined)}
        onConfirm={async () => {
          const next = await reportsApi.approve(r.id);
          setAsk(undefined);
          onChanged(next, t('reports.workflow.approved', { title: next.title }));
        }}
      >
        <Paragraph>{t('reports.workflow.approveText')}</Paragraph>
        {missing.length > 0 && (
          <Alert data-color="warning">
            <Paragraph>
              {t('reports.workflow.approvalsMissing', { members: missing.map((a) => a.memberName).join(', ') })}
            </Paragraph>
          </Alert>
        )}
      </ConfirmDialog>
      <ConfirmDialog
        id="report-new-version"
        open={ask === 'newVersion'}
        title={t('reports.workflow.newVersionTitle', { title: r.title })}
        confirm={t('reports.workflow.newVersionConfirm')}
        onClose={() => setAsk(undefined)}
        onConfirm={async () => {
          const next = await reportsApi.newVersion(r.id);
          setAsk(undefined);
          const state: ReportState = {
            message: t('reports.workflow.newVersionMade', { version: next.version }),
          };
          navigate(`/reports/${next.id}`, { state });
        }}
      >
        <Paragraph>{t('reports.workflow.newVersionText', { version: r.version + 1 })}</Paragraph>
      </ConfirmDialog>
      <ConfirmDialog
        id="report-delete"
        open={ask === 'delete'}
        danger
        title={t('reports.workflow.deleteTitle', { title: r.title })}
        confirm={t('reports.workflow.deleteConfirm')}
        onClose={() => setAsk(undefined)}
        onConfirm={async () => {
          await reportsApi.remove(r.id);
          setAsk(undefined);
          navigate('/reports');
        }}
      >
        <Paragraph>{t('reports.workflow.deleteText')}</Paragraph>
      </ConfirmDialog>
    </section>
  );
}
