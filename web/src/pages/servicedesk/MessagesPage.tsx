import { Button, Card, Heading, Link, Paragraph, Textfield } from '@digdir/designsystemet-react';
import type { TFunction } from 'i18next';
import { type FormEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { ApiError } from '../../api/client.ts';
import { serviceDeskApi } from '../../api/endpoints.ts';
import {
  type OperationalMessage,
  SEVERITIES,
  type ServiceDeskConfig,
  type Severity,
  type Ticket,
} from '../../api/types.ts';
import { BackLink } from '../../components/BackLink.tsx';
import { CheckboxList, RadioGroup } from '../../components/ChoiceFields.tsx';
import { useCooperation } from '../../components/CooperationContext.tsx';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { Loading } from '../../components/Loading.tsx';
import { fieldErrors } from '../../lib/errors.ts';
import { isoToOsloLocal, osloLocalToIso } from '../../lib/format.ts';
import { focusFirstInvalid } from '../../lib/forms.ts';
import { useAction } from '../../lib/useAction.ts';
import { useAsync } from '../../lib/useAsync.ts';
import { usePageTitle } from '../../lib/usePageTitle.ts';
import { type FieldErrors, useSubmit } from '../../lib/useSubmit.ts';
import { useNotice } from '../economy/shared.tsx';
import { type CategoryOption, categoryLabels, categoryOptions, useServiceDeskConfig } from './config.ts';
import { FeedAddresses } from './FeedAddresses.tsx';
import { findIncident } from './incident.ts';
import { MessageCard } from './TicketBits.tsx';

/** Operational messages for the service desk: what users see now, publish a new one, close one. */
export function MessagesPage() {
  const { t } = useTranslation();
  usePageTitle(t('messages.title'));
  const config = useServiceDeskConfig();
  const messages = useAsync(() => serviceDeskApi.messages(), 'all');
  const [region, say] = useNotice();
  const [list, setList] = useState<OperationalMessage[]>();
  const items = list ?? messages.data?.items ?? [];

  return (
    <>
      <BackLink to="/servicedesk">{t('queue.back')}</BackLink>
      <Heading level={1} data-size="lg">
        {t('messages.title')}
      </Heading>
      <Paragraph className="muted">{t('messages.intro')}</Paragraph>
      {region}
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
              <li key={m.id} id={`melding-${m.id}`}>
                <MessageItem
                  message={m}
                  config={config.data}
                  onClosed={() => {
                    setList(items.filter((x) => x.id !== m.id));
                    say(t('messages.closed', { title: m.title }));
                    document.getElementById('current-heading')?.focus();
                  }}
                  onSaved={(next) => {
                    setList(items.map((x) => (x.id === next.id ? next : x)));
                    say(t('messages.updated', { title: next.title }));
                  }}
                />
              </li>
            ))}
          </ul>
        )}
      </section>
      {config.data && (
        <section aria-labelledby="publish-heading" className="section">
          <MessageForm
            categories={categoryOptions(config.data.categories).filter((c) => c.active)}
            onSaved={(m) => {
              setList([m, ...items]);
              say(t('messages.published', { title: m.title }));
            }}
          />
        </section>
      )}
      <section aria-labelledby="feeds-heading" className="section">
        <Heading level={2} data-size="sm" id="feeds-heading">
          {t('messages.feeds')}
        </Heading>
        <FeedAddresses />
      </section>
    </>
  );
}

/** One current message: what it covers, its incident ticket, and changing or closing it. */
function MessageItem({
  message,
  config,
  onClosed,
  onSaved,
}: {
  message: OperationalMessage;
  config: ServiceDeskConfig | undefined;
  onClosed: () => void;
  onSaved: (m: OperationalMessage) => void;
}) {
  const { t } = useTranslation();
  const incidentId = message.incidentTicketId;
  const incident = useAsync(
    () => (incidentId ? serviceDeskApi.ticket(incidentId) : Promise.resolve(undefined)),
    incidentId ?? '',
    !!incidentId,
  );
  const [editing, setEditing] = useState(false);
  const editRef = useRef<HTMLButtonElement>(null);
  const stopEditing = () => {
    setEditing(false);
    requestAnimationFrame(() => editRef.current?.focus());
  };
  return (
    <>
      <MessageCard message={message} level={3}>
        <MessageScope message={message} config={config} incident={incidentId ? (incident.data ?? null) : undefined} />
        <div className="button-row op-message__buttons">
          <Button
            ref={editRef}
            data-size="sm"
            variant="secondary"
            aria-expanded={editing}
            aria-label={t('messages.editLabel', { title: message.title })}
            onClick={() => {
              if (editing) return stopEditing();
              setEditing(true);
              requestAnimationFrame(() => document.getElementById(`edit-${message.id}-heading`)?.focus());
            }}
          >
            {t('messages.edit')}
          </Button>
          <CloseMessage message={message} onClosed={onClosed} />
        </div>
      </MessageCard>
      {editing && (
        <MessageForm
          message={message}
          incident={incident.data ?? null}
          onCancel={stopEditing}
          onSaved={(next) => {
            onSaved(next);
            stopEditing();
          }}
        />
      )}
    </>
  );
}

function MessageScope({
  message,
  config,
  incident,
}: {
  message: OperationalMessage;
  config: ServiceDeskConfig | undefined;
  /** the incident ticket: undefined when there is none, null while it loads */
  incident: Ticket | null | undefined;
}) {
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
      {message.incidentTicketId && (
        <div>
          <dt>{t('messages.incident')}</dt>
          <dd>
            <Link asChild>
              <RouterLink to={`/servicedesk/tickets/${message.incidentTicketId}`}>
                {incident ? `#${incident.number} ${incident.subject}` : t('messages.incidentLink')}
              </RouterLink>
            </Link>
          </dd>
        </div>
      )}
    </dl>
  );
}

function CloseMessage({ message, onClosed }: { message: OperationalMessage; onClosed: () => void }) {
  const { t } = useTranslation();
  const [confirming, setConfirming] = useState(false);
  const confirmRef = useRef<HTMLButtonElement>(null);
  const startRef = useRef<HTMLButtonElement>(null);
  const {
    busy,
    error,
    act: close,
  } = useAction(async () => {
    await serviceDeskApi.closeMessage(message.id);
    onClosed();
  }, true);

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
  incident: string;
}
type Errors = FieldErrors<keyof Values>;

const EMPTY: Values = {
  title: '',
  body: '',
  severity: 'minor',
  categoryIds: [],
  memberIds: [],
  keywords: '',
  startsAt: '',
  expectedEndAt: '',
  incident: '',
};

/** A published message's values: what the change form may change (the incident by its number once known). */
const valuesOf = (m: OperationalMessage, incident: Ticket | null): Values => ({
  ...EMPTY,
  title: m.title,
  body: m.body,
  severity: m.severity,
  memberIds: m.memberIds,
  expectedEndAt: m.expectedEndAt ? isoToOsloLocal(m.expectedEndAt) : '',
  incident: m.incidentTicketId ? (incident ? String(incident.number) : m.incidentTicketId) : '',
});

/**
 * Publish a message, or change a published one (`message`): its text, severity, members, expected end
 * and incident ticket. Only a new one gets categories, keywords and a start.
 */
function MessageForm({
  message,
  incident = null,
  categories = [],
  onSaved,
  onCancel,
}: {
  message?: OperationalMessage;
  /** the incident ticket of the message being changed */
  incident?: Ticket | null;
  /** the categories a new message may be about */
  categories?: CategoryOption[];
  onSaved: (m: OperationalMessage) => void;
  onCancel?: () => void;
}) {
  const { t } = useTranslation();
  const { overview } = useCooperation();
  const [values, setValues] = useState<Values>(() => (message ? valuesOf(message, incident) : EMPTY));
  const { errors, setErrors, error, busy, submit } = useSubmit<keyof Values>();
  const prefix = message ? `edit-${message.id}` : undefined;

  const set =
    (key: 'title' | 'body' | 'keywords' | 'startsAt' | 'expectedEndAt' | 'incident') =>
    (e: { target: { value: string } }) =>
      setValues((v) => ({ ...v, [key]: e.target.value }));

  const onSubmit = (e: FormEvent<HTMLFormElement>) => {
    const found: Errors = {};
    if (!values.title.trim()) found.title = t('issues.required');
    const startsAt = values.startsAt ? osloLocalToIso(values.startsAt) : undefined;
    const expectedEndAt = values.expectedEndAt ? osloLocalToIso(values.expectedEndAt) : undefined;
    if (values.startsAt && !startsAt) found.startsAt = t('issues.dateTime');
    if (values.expectedEndAt && !expectedEndAt) found.expectedEndAt = t('issues.dateTime');
    else if (expectedEndAt && expectedEndAt <= (message?.startsAt ?? startsAt ?? new Date().toISOString()))
      found.expectedEndAt = t('messages.endBeforeStart');
    return submit(
      e,
      found,
      async (form) => {
        const lookup = await findIncident(t, values.incident);
        if (!lookup.ok) {
          setErrors({ incident: lookup.error });
          return focusFirstInvalid(form);
        }
        const common = {
          title: values.title.trim(),
          severity: values.severity,
          memberIds: values.memberIds,
          expectedEndAt: expectedEndAt ?? null,
          incidentTicketId: lookup.ticket?.id ?? null,
        };
        if (message)
          return onSaved(await serviceDeskApi.updateMessage(message.id, { ...common, body: values.body.trim() }));
        const published = await serviceDeskApi.publishMessage({
          ...common,
          body: values.body.trim() || undefined,
          categoryIds: values.categoryIds,
          keywords: values.keywords
            .split(',')
            .map((k) => k.trim())
            .filter(Boolean),
          startsAt,
        });
        setValues(EMPTY);
        onSaved(published);
      },
      (err) => messageIssues(t, err),
    );
  };

  const endField = (
    <Textfield
      label={`${t('messages.expectedEndAt')} ${t('common.optional')}`}
      description={t('messages.expectedEndAtHelp')}
      name="expectedEndAt"
      type="datetime-local"
      value={values.expectedEndAt}
      onChange={set('expectedEndAt')}
      error={errors.expectedEndAt}
    />
  );
  const incidentField = (
    <Textfield
      label={`${t('messages.incidentLabel')} ${t('common.optional')}`}
      description={t('messages.incidentHelp')}
      name="incident"
      inputMode="numeric"
      value={values.incident}
      onChange={set('incident')}
      error={errors.incident}
      autoComplete="off"
    />
  );

  return (
    <Card className={message ? 'form-card op-message__edit' : 'form-card'}>
      {message ? (
        <Heading level={4} data-size="xs" id={`${prefix}-heading`} tabIndex={-1}>
          {t('messages.editHeading', { title: message.title })}
        </Heading>
      ) : (
        <Heading level={2} data-size="sm" id="publish-heading">
          {t('messages.publishHeading')}
        </Heading>
      )}
      {error !== undefined && <ErrorMessage error={error} level={message ? 4 : 3} />}
      <form onSubmit={onSubmit} noValidate className="form">
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
        <RadioGroup
          legend={t('messages.severity')}
          name={prefix ? `${prefix}-severity` : 'severity'}
          options={SEVERITIES.map((s) => ({ value: s, label: t(`sd.severities.${s}`) }))}
          value={values.severity}
          onChange={(severity) => setValues((v) => ({ ...v, severity }))}
        />
        {!message && (
          <CheckboxList
            legend={`${t('messages.categories')} ${t('common.optional')}`}
            description={t('messages.categoriesHelp')}
            options={categories.map((c) => ({ value: c.id, label: c.label }))}
            checked={values.categoryIds}
            onChange={(categoryIds) => setValues((v) => ({ ...v, categoryIds }))}
          />
        )}
        <CheckboxList
          legend={`${t('messages.members')} ${t('common.optional')}`}
          description={t('messages.membersHelp')}
          options={(overview?.members ?? []).map((m) => ({ value: m.id, label: m.name }))}
          checked={values.memberIds}
          onChange={(memberIds) => setValues((v) => ({ ...v, memberIds }))}
        />
        {message ? (
          <div className="form--grid">
            {endField}
            {incidentField}
          </div>
        ) : (
          <>
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
              {endField}
            </div>
            {incidentField}
          </>
        )}
        <div className="button-row">
          <Button type="submit" data-size={message ? 'sm' : undefined} loading={busy} data-color="accent">
            {message ? t('messages.saveChanges') : t('messages.publish')}
          </Button>
          {onCancel && (
            <Button type="button" data-size="sm" variant="tertiary" onClick={onCancel}>
              {t('common.cancel')}
            </Button>
          )}
        </div>
      </form>
    </Card>
  );
}

/** The server's problems with the incident and the period, in words. */
function messageIssues(t: TFunction, err: unknown): Errors {
  const out: Errors = {};
  if (fieldErrors(t, err).incidentTicketId) out.incident = t('messages.incidentUnknown');
  if (err instanceof ApiError && err.issues.some((i) => i.code === 'end_before_start'))
    out.expectedEndAt = t('messages.endBeforeStart');
  return out;
}
