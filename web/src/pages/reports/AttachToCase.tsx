import { Button, Heading, Link, Paragraph } from '@digdir/designsystemet-react';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { reportsApi } from '../../api/endpoints.ts';
import type { Report } from '../../api/types.ts';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { fieldErrors } from '../../lib/errors.ts';
import { focusFirstInvalid } from '../../lib/forms.ts';
import { governanceUrls } from '../governance/api.ts';
import { CasePicker } from './CasePicker.tsx';

type Changed = (next: Report, message: string, focus?: string) => void;

/** An approved report's PDF, attached to the council case that presents it (or where it is attached already). */
export function AttachToCase({ report: r, onChanged }: { report: Report; onChanged: Changed }) {
  const { t } = useTranslation();
  const [caseId, setCaseId] = useState(r.attachedToCase?.caseId ?? r.caseId ?? '');
  const [fieldError, setFieldError] = useState<string>();
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);
  const year = Number(r.period.slice(0, 4));
  const attached = r.attachedToCase;

  const submit = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    if (busy) return;
    const form = e.currentTarget;
    setError(undefined);
    if (!caseId) {
      setFieldError(t('reports.attach.chooseCase'));
      return focusFirstInvalid(form);
    }
    setFieldError(undefined);
    setBusy(true);
    try {
      const next = await reportsApi.attachToCase(r.id, caseId);
      onChanged(
        next,
        t('reports.attach.done', { case: next.attachedToCase?.caseNumber ?? t('reports.cases.unnumbered') }),
        '#report-attach-heading',
      );
    } catch (err) {
      const fields = fieldErrors(t, err);
      if (fields.caseId) {
        setFieldError(t('reports.create.invalidCase'));
        focusFirstInvalid(form);
      } else setError(err);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby="report-attach-heading" className="section">
      <Heading level={2} data-size="sm" id="report-attach-heading" tabIndex={-1}>
        {t('reports.attach.title')}
      </Heading>
      {attached ? (
        <Paragraph data-size="sm" data-testid="attached">
          {t('reports.attach.attached', { case: attached.caseNumber ?? t('reports.cases.unnumbered') })}{' '}
          <Link href={governanceUrls.attachment(attached.attachmentId)}>{t('reports.attach.open')}</Link>
        </Paragraph>
      ) : (
        <Paragraph data-size="sm" className="muted intro__text">
          {t('reports.attach.intro')}
        </Paragraph>
      )}
      {error !== undefined && <ErrorMessage error={error} level={3} />}
      {r.can.attach && (
        <form onSubmit={submit} noValidate className="form form--compact form-card">
          <CasePicker
            years={[year, year + 1]}
            name="attachCaseId"
            label={t('reports.attach.case')}
            value={caseId}
            onChange={setCaseId}
            error={fieldError}
          />
          <div className="button-row">
            <Button type="submit" variant="secondary" loading={busy}>
              {attached ? t('reports.attach.again') : t('reports.attach.submit')}
            </Button>
          </div>
        </form>
      )}
    </section>
  );
}
