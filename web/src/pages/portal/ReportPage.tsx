import { Button, Card, Field, Heading, Label, Paragraph, Select, Textfield } from '@digdir/designsystemet-react';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { serviceDeskApi } from '../../api/endpoints.ts';
import type { OperationalMessage } from '../../api/types.ts';
import { BackLink } from '../../components/BackLink.tsx';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { Loading } from '../../components/Loading.tsx';
import { fieldErrors, shownOnFields } from '../../lib/errors.ts';
import { focusFirstInvalid } from '../../lib/forms.ts';
import { usePageTitle } from '../../lib/usePageTitle.ts';
import { hasRole, useSession } from '../../session/SessionContext.tsx';
import { categoryOptions, useServiceDeskConfig } from '../servicedesk/config.ts';
import { MessageCard } from '../servicedesk/TicketBits.tsx';

interface Values {
  subject: string;
  description: string;
  categoryId: string;
}
type Errors = Partial<Record<keyof Values, string>>;

/** Wait this long after the last key press before looking for matching operational messages. */
const MATCH_DELAY_MS = 400;

/** "Meld feil": report a fault, with the operational messages that match it shown before sending. */
export function ReportPage() {
  const { t } = useTranslation();
  usePageTitle(t('report.title'));
  const { user } = useSession();
  const navigate = useNavigate();
  const config = useServiceDeskConfig();
  // Rakel's "Lag sak med spørsmålet" (and other links) may bring the subject and description along
  const [params] = useSearchParams();
  const [values, setValues] = useState<Values>(() => ({
    subject: (params.get('subject') ?? '').slice(0, 300),
    description: params.get('description') ?? '',
    categoryId: '',
  }));
  const [errors, setErrors] = useState<Errors>({});
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);
  const matches = useMatchingMessages(values);

  const set = (key: keyof Values) => (e: { target: { value: string } }) =>
    setValues((v) => ({ ...v, [key]: e.target.value }));

  const submit = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    if (busy) return;
    const form = e.currentTarget;
    const found: Errors = {};
    if (!values.subject.trim()) found.subject = t('issues.required');
    if (!values.description.trim()) found.description = t('issues.required');
    setErrors(found);
    setError(undefined);
    if (Object.keys(found).length > 0) return focusFirstInvalid(form);
    setBusy(true);
    try {
      const ticket = await serviceDeskApi.create({
        kind: 'incident',
        subject: values.subject.trim(),
        description: values.description.trim(),
        categoryId: values.categoryId || null,
        // Staff have no implicit requester: they report as themselves.
        ...(user && hasRole(user, 'agent', 'admin') ? { requesterId: user.id } : {}),
      });
      navigate(`/portal/tickets/${ticket.id}`, { state: { created: ticket.number } });
    } catch (err) {
      const fields = fieldErrors(t, err);
      setErrors(fields);
      if (!shownOnFields(err, fields)) setError(err);
      focusFirstInvalid(form);
      setBusy(false);
    }
  };

  const categories = categoryOptions(config.data?.categories ?? []).filter((c) => c.active);

  return (
    <>
      <BackLink to="/portal">{t('portal.back')}</BackLink>
      <Heading level={1} data-size="lg">
        {t('report.title')}
      </Heading>
      <Paragraph className="muted">{t('report.intro')}</Paragraph>
      {config.error !== undefined && <ErrorMessage error={config.error} onRetry={config.reload} />}
      {config.loading && !config.data && <Loading />}
      <Card className="form-card">
        {error !== undefined && <ErrorMessage error={error} />}
        <form onSubmit={submit} noValidate className="form">
          <Textfield
            label={t('report.subject')}
            description={t('report.subjectHelp')}
            name="subject"
            value={values.subject}
            onChange={set('subject')}
            error={errors.subject}
            autoComplete="off"
            maxLength={300}
            required
          />
          <Textfield
            label={t('report.description')}
            description={t('report.descriptionHelp')}
            name="description"
            multiline
            rows={6}
            value={values.description}
            onChange={set('description')}
            error={errors.description}
            required
          />
          <Field>
            <Label>{`${t('report.category')} ${t('common.optional')}`}</Label>
            <Field.Description>{t('report.categoryHelp')}</Field.Description>
            <Select name="categoryId" value={values.categoryId} onChange={set('categoryId')}>
              <Select.Option value="">{t('report.noCategory')}</Select.Option>
              {categories.map((c) => (
                <Select.Option key={c.id} value={c.id}>
                  {c.label}
                </Select.Option>
              ))}
            </Select>
          </Field>
          <KnownIssues messages={matches} />
          <div className="button-row">
            <Button type="submit" loading={busy} data-color="accent">
              {busy ? t('report.sending') : t('report.submit')}
            </Button>
          </div>
        </form>
      </Card>
    </>
  );
}

/** Operational messages that match what is being typed or chosen, looked up after a pause. */
function useMatchingMessages(values: Values): OperationalMessage[] {
  const [matches, setMatches] = useState<OperationalMessage[]>([]);
  const latest = useRef(0);
  const text = `${values.subject} ${values.description}`.trim();
  const { categoryId } = values;

  useEffect(() => {
    if (text.length < 3 && !categoryId) {
      latest.current += 1;
      setMatches([]);
      return;
    }
    const timer = setTimeout(() => {
      const request = ++latest.current;
      serviceDeskApi.messages({ text: text || undefined, categoryId: categoryId || undefined }).then(
        (res) => request === latest.current && setMatches(res.items),
        // The hint is a help, not a step: if it fails the user reports as usual.
        () => request === latest.current && setMatches([]),
      );
    }, MATCH_DELAY_MS);
    return () => clearTimeout(timer);
  }, [text, categoryId]);

  return matches;
}

function KnownIssues({ messages }: { messages: OperationalMessage[] }) {
  const { t } = useTranslation();
  return (
    <>
      <div role="status" className="visually-hidden">
        {messages.length > 0 ? t('report.matches', { count: messages.length }) : ''}
      </div>
      {messages.length > 0 && (
        <section aria-labelledby="known-issues-heading" className="known-issues">
          <Heading level={2} data-size="xs" id="known-issues-heading">
            {t('report.knownIssues')}
          </Heading>
          <Paragraph data-size="sm">{t('report.knownIssuesText')}</Paragraph>
          <ul className="plain-list op-messages">
            {messages.map((m) => (
              <li key={m.id}>
                <MessageCard message={m} level={3} />
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}
