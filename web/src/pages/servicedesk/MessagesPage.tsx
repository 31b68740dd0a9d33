import {
  Alert,
  Button,
  Card,
  Checkbox,
  Fieldset,
  Heading,
  Paragraph,
  Radio,
  Textfield,
} from '@digdir/designsystemet-react';
import { type FormEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type MessageInput, serviceDeskApi } from '../../api/endpoints.ts';
import { type OperationalMessage, SEVERITIES, type ServiceDeskConfig, type Severity } from '../../api/types.ts';
import { BackLink } from '../../components/BackLink.tsx';
import { useCooperation } from '../../components/CooperationContext.tsx';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { Loading } from '../../components/Loading.tsx';
import { fieldErrors, shownOnFields } from '../../lib/errors.ts';
import { osloLocalToIso } from '../../lib/format.ts';
import { focusFirstInvalid } from '../../lib/forms.ts';
import { useAsync } from '../../lib/useAsync.ts';
import { usePageTitle } from '../../lib/usePageTitle.ts';
import { categoryLabels, categoryOptions, useServiceDeskConfig } from './config.ts';
import { MessageCard } from './TicketBits.tsx';

/** Operational messages for the service desk: what users see now, publish a new one, close one. */
export function MessagesPage() {
  const { t } = useTranslation();
  usePageTitle(t('messages.title'));
  const config = useServiceDeskConfig();
  const messages = useAsync(() => serviceDeskApi.messages(), 'all');
  const [notice, setNotice] = useState<string>();
  const [list, setList] = useState<OperationalMessage[]>();
  const items = list ?? messages.data?.items ?? [];

  const say = (message: string) => {
    setNotice(undefined);
    requestAnimationFrame(() => setNotice(message));
  };

  return (
    <>
      <BackLink to="/servicedesk">{t('queue.back')}</BackLink>
      <Heading level={1} data-size="lg">
        {t('messages.title')}
      </Heading>
      <Paragraph className="muted">{t('messages.intro')}</Paragraph>
      <div role="status" className="notice-region">
        {notice && <Alert data-color="success">{notice}</Alert>}
      </div>
      <section aria-labelledby="current-heading" className="section">
        <Heading level={2} data-size="sm" id="current-heading" tabIndex={-1}>
          {t('messages.current')}
        </Heading>
        {messages.error !== undefined && <ErrorMessage error={messages.error} onRetry={messages.reload} level={3} />}
        {messages.loading && !messages.data && <Loading />}
        {messages.data && items.length === 0 && <Paragraph className="muted">{t('messages.none')}</Paragraph>}
        {items.length > 0 && (
          <ul className="plain-list op-messages">
            {items.map((m) => (
              <li key={m.id}>
                <MessageCard message={m} level={3}>
                  <MessageScope message={m} config={config.data} />
                  <CloseMessage
                    message={m}
                    onClosed={() => {
                      setList(items.filter((x) => x.id !== m.id));
                      say(t('messages.closed', { title: m.title }));
                      document.getElementById('current-heading')?.focus();
                    }}
                  />
                </MessageCard>
              </li>
            ))}
          </ul>
        )}
      </section>
      {config.data && (
        <PublishForm
          config={config.data}
          onPublished={(m) => {
            setList([m, ...items]);
            say(t('messages.published', { title: m.title }));
          }}
        />
      )}
    </>
  );
}

function MessageScope({ message, config }: { message: OperationalMessage; config: ServiceDeskConfig | undefined }) {
  const { t } = useTranslation();
  const { memberById } = useCooperation();
  const labels = categoryLabels(config?.categories ?? []);
  const categories = message.categoryIds.map((id) => labels.get(id) ?? id);
  const members = message.memberIds.map((id) => memberById.get(id)?.name ?? id);
  return (
    <dl className="facts facts--compact op-message__scope">
      <div>
        <dt>{t('messages.members')}</dt>
        <dd>{members.length > 0 ? members.join(', ') : t('messages.allMembers')}</dd>
      </div>
      {categories.length > 0 && (
        <div>
          <dt>{t('messages.categories')}</dt>
          <dd>{categories.join(', ')}</dd>
        </div>
      )}
      {message.keywords.length > 0 && (
        <div>
          <dt>{t('messages.keywords')}</dt>
          <dd>{message.keywords.join(', ')}</dd>
        </div>
      )}
    </dl>
  );
}

function CloseMessage({ message, onClosed }: { message: OperationalMessage; onClosed: () => void }) {
  const { t } = useTranslation();
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>();
  const confirmRef = useRef<HTMLButtonElement>(null);
  const startRef = useRef<HTMLButtonElement>(null);

  const close = async () => {
    setBusy(true);
    setError(undefined);
    try {
      await serviceDeskApi.closeMessage(message.id);
      onClosed();
    } catch (err) {
      setError(err);
      setBusy(false);
    }
  };

  return (
    <div className="op-message__actions">
      {error !== undefined && <ErrorMessage error={error} level={4} />}
      {confirming ? (
        <div className="button-row">
          <Paragraph data-size="sm">{t('messages.confirmClose')}</Paragraph>
          <Button ref={confirmRef} data-size="sm" data-color="danger" loading={busy} onClick={close}>
            {t('messages.confirmCloseButton')}
          </Button>
          <Button
            data-size="sm"
            variant="tertiary"
            onClick={() => {
              setConfirming(false);
              requestAnimationFrame(() => startRef.current?.focus());
            }}
          >
            {t('common.cancel')}
          </Button>
        </div>
      ) : (
        <Button
          ref={startRef}
          data-size="sm"
          variant="secondary"
          aria-label={t('messages.closeLabel', { title: message.title })}
          onClick={() => {
            setConfirming(true);
            requestAnimationFrame(() => confirmRef.current?.focus());
          }}
        >
          {t('messages.close')}
        </Button>
      )}
    </div>
  );
}

interface Values {
  title: string;
  body: string;
  severity: Severity;
  categoryIds: string[];
  memberIds: string[];
  keywords: string;
  startsAt: string;
  expectedEndAt: string;
}

const EMPTY: Values = {
  title: '',
  body: '',
  severity: 'minor',
  categoryIds: [],
  memberIds: [],
  keywords: '',
  startsAt: '',
  expectedEndAt: '',
};

function PublishForm({
  config,
  onPublished,
}: {
  config: ServiceDeskConfig;
  onPublished: (m: OperationalMessage) => void;
}) {
  const { t } = useTranslation();
  const { overview } = useCooperation();
  const [values, setValues] = useState<Values>(EMPTY);
  const [errors, setErrors] = useState<Partial<Record<keyof Values, string>>>({});
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);
  const categories = categoryOptions(config.categories).filter((c) => c.active);

  const set =
    (key: 'title' | 'body' | 'keywords' | 'startsAt' | 'expectedEndAt') => (e: { target: { value: string } }) =>
      setValues((v) => ({ ...v, [key]: e.target.value }));
  const toggle = (key: 'categoryIds' | 'memberIds', id: string, on: boolean) =>
    setValues((v) => ({ ...v, [key]: on ? [...v[key], id] : v[key].filter((x) => x !== id) }));

  const submit = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    if (busy) return;
    const form = e.currentTarget;
    const found: Partial<Record<keyof Values, string>> = {};
    if (!values.title.trim()) found.title = t('issues.required');
    const startsAt = values.startsAt ? osloLocalToIso(values.startsAt) : undefined;
    const expectedEndAt = values.expectedEndAt ? osloLocalToIso(values.expectedEndAt) : undefined;
    if (values.startsAt && !startsAt) found.startsAt = t('issues.dateTime');
    if (values.expectedEndAt && !expectedEndAt) found.expectedEndAt = t('issues.dateTime');
    else if (expectedEndAt && expectedEndAt <= (startsAt ?? new Date().toISOString()))
      found.expectedEndAt = t('messages.endBeforeStart');
    setErrors(found);
    setError(undefined);
    if (Object.keys(found).length > 0) return focusFirstInvalid(form);
    const input: MessageInput = {
      title: values.title.trim(),
      body: values.body.trim() || undefined,
      severity: values.severity,
      categoryIds: values.categoryIds,
      memberIds: values.memberIds,
      keywords: values.keywords
        .split(',')
        .map((k) => k.trim())
        .filter(Boolean),
      startsAt,
      expectedEndAt: expectedEndAt ?? null,
    };
    setBusy(true);
    try {
      const message = await serviceDeskApi.publishMessage(input);
      setValues(EMPTY);
      onPublished(message);
    } catch (err) {
      const fields = fieldErrors(t, err) as Partial<Record<keyof Values, string>>;
      setErrors(fields);
      if (!shownOnFields(err, fields)) setError(err);
      focusFirstInvalid(form);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby="publish-heading" className="section">
      <Card className="form-card">
        <Heading level={2} data-size="sm" id="publish-heading">
          {t('messages.publishHeading')}
        </Heading>
        {error !== undefined && <ErrorMessage error={error} level={3} />}
        <form onSubmit={submit} noValidate className="form">
          <Textfield
            label={t('messages.titleLabel')}
            name="title"
            value={values.title}
            onChange={set('title')}
            error={errors.title}
            maxLength={200}
            autoComplete="off"
            required
          />
          <Textfield
            label={`${t('messages.body')} ${t('common.optional')}`}
            name="body"
            multiline
            rows={4}
            value={values.body}
            onChange={set('body')}
            error={errors.body}
          />
          <Fieldset>
            <Fieldset.Legend>{t('messages.severity')}</Fieldset.Legend>
            <div className="radio-row">
              {SEVERITIES.map((s) => (
                <Radio
                  key={s}
                  label={t(`sd.severities.${s}`)}
                  name="severity"
                  value={s}
                  checked={values.severity === s}
                  onChange={() => setValues((v) => ({ ...v, severity: s }))}
                />
              ))}
            </div>
          </Fieldset>
          <Fieldset className="checkbox-list">
            <Fieldset.Legend>{`${t('messages.categories')} ${t('common.optional')}`}</Fieldset.Legend>
            <Fieldset.Description>{t('messages.categoriesHelp')}</Fieldset.Description>
            <div className="checkbox-list__items">
              {categories.map((c) => (
                <Checkbox
                  key={c.id}
                  label={c.label}
                  value={c.id}
                  checked={values.categoryIds.includes(c.id)}
                  onChange={(e) => toggle('categoryIds', c.id, e.target.checked)}
                />
              ))}
            </div>
          </Fieldset>
          <Fieldset className="checkbox-list">
            <Fieldset.Legend>{`${t('messages.members')} ${t('common.optional')}`}</Fieldset.Legend>
            <Fieldset.Description>{t('messages.membersHelp')}</Fieldset.Description>
            <div className="checkbox-list__items">
              {(overview?.members ?? []).map((m) => (
                <Checkbox
                  key={m.id}
                  label={m.name}
                  value={m.id}
                  checked={values.memberIds.includes(m.id)}
                  onChange={(e) => toggle('memberIds', m.id, e.target.checked)}
                />
              ))}
            </div>
          </Fieldset>
          <Textfield
            label={`${t('messages.keywords')} ${t('common.optional')}`}
            description={t('messages.keywordsHelp')}
            name="keywords"
            value={values.keywords}
            onChange={set('keywords')}
            error={errors.keywords}
            autoComplete="off"
          />
          <div className="form--grid">
            <Textfield
              label={`${t('messages.startsAt')} ${t('common.optional')}`}
              description={t('messages.startsAtHelp')}
              name="startsAt"
              type="datetime-local"
              value={values.startsAt}
              onChange={set('startsAt')}
              error={errors.startsAt}
            />
            <Textfield
              label={`${t('messages.expectedEndAt')} ${t('common.optional')}`}
              description={t('messages.expectedEndAtHelp')}
              name="expectedEndAt"
              type="datetime-local"
              value={values.expectedEndAt}
              onChange={set('expectedEndAt')}
              error={errors.expectedEndAt}
            />
          </div>
          <div className="button-row">
            <Button type="submit" loading={busy} data-color="accent">
              {t('messages.publish')}
            </Button>
          </div>
        </form>
      </Card>
    </section>
  );
}
