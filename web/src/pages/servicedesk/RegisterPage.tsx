import {
  Button,
  Card,
  Field,
  Fieldset,
  Heading,
  Label,
  Paragraph,
  Radio,
  Select,
  Textfield,
  ValidationMessage,
} from '@digdir/designsystemet-react';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { cooperationApi, type NewTicket, serviceDeskApi } from '../../api/endpoints.ts';
import {
  type Channel,
  PRIORITIES,
  type Priority,
  type ServiceDeskConfig,
  TICKET_KINDS,
  type TicketKind,
} from '../../api/types.ts';
import { BackLink } from '../../components/BackLink.tsx';
import { useCooperation } from '../../components/CooperationContext.tsx';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { Loading } from '../../components/Loading.tsx';
import { SelectField } from '../../components/SelectField.tsx';
import { pathErrors, shownOnFields } from '../../lib/errors.ts';
import { focusFirstInvalid, looksLikeEmail } from '../../lib/forms.ts';
import { useAsync } from '../../lib/useAsync.ts';
import { usePageTitle } from '../../lib/usePageTitle.ts';
import { useSession } from '../../session/SessionContext.tsx';
import { CatalogueFields, emptyValues, type FieldValues, toFormData, validateFields } from './CatalogueFields.tsx';
import { categoryOptions, useServiceDeskConfig } from './config.ts';
import type { TicketLinkState } from './TicketPage.tsx';

/** The channels an agent registers from; the portal and the API make their own tickets. */
const AGENT_CHANNELS: Channel[] = ['phone', 'walk_in', 'email'];
const OTHER = 'other';

interface Values {
  channel: Channel;
  kind: TicketKind;
  memberId: string;
  /** a user id, or OTHER for a name and address typed in */
  requester: string;
  requesterName: string;
  requesterEmail: string;
  subject: string;
  description: string;
  categoryId: string;
  priority: Priority;
  teamId: string;
  assigneeId: string;
  catalogueItemId: string;
}

/** "Registrer sak": a ticket from a phone call, a visit or an e-mail, registered by the service desk. */
export function RegisterPage() {
  const { t } = useTranslation();
  usePageTitle(t('register.title'));
  const config = useServiceDeskConfig();
  return (
    <>
      <BackLink to="/servicedesk">{t('queue.back')}</BackLink>
      <Heading level={1} data-size="lg">
        {t('register.title')}
      </Heading>
      <Paragraph className="muted">{t('register.intro')}</Paragraph>
      {config.error !== undefined && <ErrorMessage error={config.error} onRetry={config.reload} />}
      {config.loading && !config.data && <Loading />}
      {config.data && <RegisterForm config={config.data} />}
    </>
  );
}

function RegisterForm({ config }: { config: ServiceDeskConfig }) {
  const { t } = useTranslation();
  const { user } = useSession();
  const { overview } = useCooperation();
  const navigate = useNavigate();
  const [values, setValues] = useState<Values>(() => ({
    channel: 'phone',
    kind: 'incident',
    memberId: '',
    requester: OTHER,
    requesterName: '',
    requesterEmail: '',
    subject: '',
    description: '',
    categoryId: '',
    priority: 'medium',
    teamId: '',
    assigneeId: user && config.agents.some((a) => a.id === user.id) ? user.id : '',
    catalogueItemId: '',
  }));
  const [fieldValues, setFieldValues] = useState<FieldValues>({});
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);

  const users = useAsync(() => cooperationApi.memberUsers(values.memberId), values.memberId, !!values.memberId);
  const memberUsers = values.memberId && users.data ? users.data.items.filter((u) => u.active) : [];
  const item =
    values.kind === 'service_request' ? config.catalogue.find((i) => i.id === values.catalogueItemId) : undefined;
  const categories = categoryOptions(config.categories).filter((c) => c.active);

  const set = (key: keyof Values) => (e: { target: { value: string } }) =>
    setValues((v) => ({ ...v, [key]: e.target.value }));

  const setMember = (memberId: string) => setValues((v) => ({ ...v, memberId, requester: OTHER }));
  const setKind = (kind: TicketKind) =>
    setValues((v) => ({
      ...v,
      kind,
      // Orders are low by default and incidents medium, as the API would choose.
      priority:
        v.priority === 'medium' && kind === 'service_request'
          ? 'low'
          : v.priority === 'low' && kind !== 'service_request'
            ? 'medium'
            : v.priority,
      catalogueItemId: kind === 'service_request' ? v.catalogueItemId : '',
    }));
  const setItem = (id: string) => {
    const next = config.catalogue.find((i) => i.id === id);
    setValues((v) => ({ ...v, catalogueItemId: id, subject: v.subject || next?.name || '' }));
    setFieldValues(next ? emptyValues(next.formFields) : {});
  };

  const validate = (): Record<string, string> => {
    const out: Record<string, string> = {};
    if (!values.subject.trim()) out.subject = t('issues.required');
    if (values.requester === OTHER) {
      if (!values.requesterName.trim()) out.requesterName = t('issues.required');
      if (values.requesterEmail.trim() && !looksLikeEmail(values.requesterEmail))
        out.requesterEmail = t('issues.email');
    }
    if (item) {
      for (const [k, m] of Object.entries(validateFields(t, item.formFields, fieldValues))) out[`formData.${k}`] = m;
    }
    return out;
  };

  const submit = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    if (busy) return;
    const form = e.currentTarget;
    const found = validate();
    setErrors(found);
    setError(undefined);
    if (Object.keys(found).length > 0) return focusFirstInvalid(form);
    setBusy(true);
    const input: NewTicket = {
      kind: values.kind,
      channel: values.channel,
      priority: values.priority,
      subject: values.subject.trim(),
      description: values.description.trim() || undefined,
      memberId: values.memberId || null,
      categoryId: values.categoryId || null,
      teamId: values.teamId || null,
      assigneeId: values.assigneeId || null,
      ...(values.requester === OTHER
        ? { requesterName: values.requesterName.trim(), requesterEmail: values.requesterEmail.trim() || null }
        : { requesterId: values.requester }),
      ...(item ? { catalogueItemId: item.id, formData: toFormData(item.formFields, fieldValues) } : {}),
    };
    try {
      const ticket = await serviceDeskApi.create(input);
      const state: TicketLinkState = { created: ticket.number };
      navigate(`/servicedesk/tickets/${ticket.id}`, { state });
    } catch (err) {
      const fields = pathErrors(t, err);
      setErrors(fields);
      if (!shownOnFields(err, fields)) setError(err);
      focusFirstInvalid(form);
      setBusy(false);
    }
  };

  const itemErrors = Object.fromEntries(
    Object.entries(errors)
      .filter(([k]) => k.startsWith('formData.'))
      .map(([k, m]) => [k.slice('formData.'.length), m]),
  );

  return (
    <Card className="form-card">
      {error !== undefined && <ErrorMessage error={error} />}
      <form onSubmit={submit} noValidate className="form">
        <Fieldset>
          <Fieldset.Legend>{t('register.channel')}</Fieldset.Legend>
          <div className="radio-row">
            {AGENT_CHANNELS.map((c) => (
              <Radio
                key={c}
                label={t(`sd.channels.${c}`)}
                name="channel"
                value={c}
                checked={values.channel === c}
                onChange={() => setValues((v) => ({ ...v, channel: c }))}
              />
            ))}
          </div>
        </Fieldset>
        <Fieldset>
          <Fieldset.Legend>{t('register.kind')}</Fieldset.Legend>
          <div className="radio-row">
            {TICKET_KINDS.map((k) => (
              <Radio
                key={k}
                label={t(`sd.kinds.${k}`)}
                name="kind"
                value={k}
                checked={values.kind === k}
                onChange={() => setKind(k)}
              />
            ))}
          </div>
        </Fieldset>

        <Fieldset className="form-group">
          <Fieldset.Legend>{t('register.who')}</Fieldset.Legend>
          <div className="form--grid">
            <Field>
              <Label>{t('ticket.member')}</Label>
              <Select name="memberId" value={values.memberId} onChange={(e) => setMember(e.target.value)}>
                <Select.Option value="">{t('register.chooseMember')}</Select.Option>
                {(overview?.members ?? []).map((m) => (
                  <Select.Option key={m.id} value={m.id}>
                    {m.name}
                  </Select.Option>
                ))}
              </Select>
              {errors.memberId && <ValidationMessage>{errors.memberId}</ValidationMessage>}
            </Field>
            <Field>
              <Label>{t('ticket.requester')}</Label>
              <Select name="requester" value={values.requester} onChange={set('requester')}>
                <Select.Option value={OTHER}>{t('register.otherPerson')}</Select.Option>
                {memberUsers.map((u) => (
                  <Select.Option key={u.id} value={u.id}>
                    {`${u.name} (${u.email})`}
                  </Select.Option>
                ))}
              </Select>
              <Field.Description>
                {values.memberId
                  ? users.loading
                    ? t('common.loading')
                    : t('register.requesterHelp')
                  : t('register.requesterHelpNoMember')}
              </Field.Description>
              {errors.requesterId && <ValidationMessage>{errors.requesterId}</ValidationMessage>}
            </Field>
            {values.requester === OTHER && (
              <>
                <Textfield
                  label={t('register.requesterName')}
                  name="requesterName"
                  value={values.requesterName}
                  onChange={set('requesterName')}
                  error={errors.requesterName}
                  autoComplete="off"
                  required
                />
                <Textfield
                  label={`${t('register.requesterEmail')} ${t('common.optional')}`}
                  name="requesterEmail"
                  type="email"
                  value={values.requesterEmail}
                  onChange={set('requesterEmail')}
                  error={errors.requesterEmail}
                  autoComplete="off"
                />
              </>
            )}
          </div>
        </Fieldset>

        {values.kind === 'service_request' && (
          <Field>
            <Label>{`${t('register.catalogueItem')} ${t('common.optional')}`}</Label>
            <Select name="catalogueItemId" value={values.catalogueItemId} onChange={(e) => setItem(e.target.value)}>
              <Select.Option value="">{t('register.noCatalogueItem')}</Select.Option>
              {config.catalogue.map((i) => (
                <Select.Option key={i.id} value={i.id}>
                  {i.name}
                </Select.Option>
              ))}
            </Select>
          </Field>
        )}
        {item && item.formFields.length > 0 && (
          <Fieldset className="form-group">
            <Fieldset.Legend>{t('register.orderFields', { name: item.name })}</Fieldset.Legend>
            <div className="form--grid">
              <CatalogueFields
                idPrefix="register"
                fields={item.formFields}
                values={fieldValues}
                errors={itemErrors}
                onChange={(key, value) => setFieldValues((v) => ({ ...v, [key]: value }))}
              />
            </div>
          </Fieldset>
        )}

        <Textfield
          label={t('ticket.subject')}
          name="subject"
          value={values.subject}
          onChange={set('subject')}
          error={errors.subject}
          autoComplete="off"
          maxLength={300}
          required
        />
        <Textfield
          label={`${t('ticket.description')} ${t('common.optional')}`}
          name="description"
          multiline
          rows={5}
          value={values.description}
          onChange={set('description')}
          error={errors.description}
        />

        <Fieldset className="form-group">
          <Fieldset.Legend>{t('register.routing')}</Fieldset.Legend>
          <div className="form--grid">
            <SelectField
              label={t('ticket.priority')}
              name="priority"
              value={values.priority}
              onChange={set('priority')}
              options={PRIORITIES.map((p) => ({ value: p, label: t(`sd.priorities.${p}`) }))}
            />
            <SelectField
              label={t('ticket.category')}
              name="categoryId"
              value={values.categoryId}
              onChange={set('categoryId')}
              empty={t('ticket.noCategory')}
              options={categories.map((c) => ({ value: c.id, label: c.label }))}
            />
            <Field>
              <Label>{t('ticket.team')}</Label>
              <Select name="teamId" value={values.teamId} onChange={set('teamId')}>
                <Select.Option value="">{t('ticket.noTeam')}</Select.Option>
                {config.teams
                  .filter((x) => x.active)
                  .map((x) => (
                    <Select.Option key={x.id} value={x.id}>
                      {x.name}
                    </Select.Option>
                  ))}
              </Select>
            </Field>
            <Field>
              <Label>{t('ticket.assignee')}</Label>
              <Select name="assigneeId" value={values.assigneeId} onChange={set('assigneeId')}>
                <Select.Option value="">{t('ticket.unassigned')}</Select.Option>
                {config.agents.map((a) => (
                  <Select.Option key={a.id} value={a.id}>
                    {a.name}
                  </Select.Option>
                ))}
              </Select>
              {errors.assigneeId && <ValidationMessage>{errors.assigneeId}</ValidationMessage>}
            </Field>
          </div>
        </Fieldset>
        <div className="button-row">
          <Button type="submit" loading={busy} data-color="accent">
            {busy ? t('register.saving') : t('register.submit')}
          </Button>
        </div>
      </form>
    </Card>
  );
}
