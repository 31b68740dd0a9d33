import {
  Button,
  Field,
  Heading,
  Label,
  Paragraph,
  Select,
  Textfield,
  ValidationMessage,
} from '@digdir/designsystemet-react';
import { type FormEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { serviceDeskApi, type TicketChange } from '../../api/endpoints.ts';
import { PRIORITIES, type Priority, type ServiceDeskConfig, type Ticket, type TicketDetail } from '../../api/types.ts';
import { useCooperation } from '../../components/CooperationContext.tsx';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { SelectField } from '../../components/SelectField.tsx';
import { fieldErrors } from '../../lib/errors.ts';
import { focusFirstInvalid } from '../../lib/forms.ts';
import { useSession } from '../../session/SessionContext.tsx';
import { memberOptions } from '../users/memberOptions.ts';
import { categoryOptions } from './config.ts';
import { useTextAction } from './useTextAction.ts';

interface Props {
  ticket: TicketDetail;
  config: ServiceDeskConfig;
  onDone: (ticket: TicketDetail, message: string) => void;
}

interface WorkValues {
  assigneeId: string;
  teamId: string;
  categoryId: string;
  priority: Priority;
  memberId: string;
  status: string;
}

const valuesOf = (t: Ticket): WorkValues => ({
  assigneeId: t.assigneeId ?? '',
  teamId: t.teamId ?? '',
  categoryId: t.categoryId ?? '',
  priority: t.priority,
  memberId: t.memberId ?? '',
  status: t.status,
});

/** Assign, route and prioritise: one form, saved together; "Assign to me" saves at once. */
export function WorkForm({ ticket, config, onDone }: Props) {
  const { t } = useTranslation();
  const { user } = useSession();
  const { overview } = useCooperation();
  const [values, setValues] = useState<WorkValues>(() => valuesOf(ticket));
  const [errors, setErrors] = useState<Partial<Record<keyof WorkValues, string>>>({});
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState<'save' | 'me'>();
  useEffect(() => setValues(valuesOf(ticket)), [ticket]);

  const done = ticket.coreState === 'resolved' || ticket.coreState === 'closed';
  const statuses = config.statuses.filter((s) => s.coreState !== 'resolved' && s.coreState !== 'closed');
  const agents = config.agents;
  const iAmAgent = !!user && agents.some((a) => a.id === user.id);
  const members = memberOptions(overview, t('users.formerSuffix'));
  const categories = categoryOptions(config.categories).filter((c) => c.active || c.id === ticket.categoryId);
  const teams = config.teams.filter((x) => x.active || x.id === ticket.teamId);

  const set = (key: keyof WorkValues) => (e: { target: { value: string } }) =>
    setValues((v) => ({ ...v, [key]: e.target.value }));

  const save = async (change: TicketChange, kind: 'save' | 'me', form: HTMLFormElement | null, message: string) => {
    if (busy) return;
    setBusy(kind);
    setError(undefined);
    setErrors({});
    try {
      onDone(await serviceDeskApi.update(ticket.id, change), message);
    } catch (err) {
      const fields = fieldErrors(t, err) as Partial<Record<keyof WorkValues, string>>;
      setErrors(fields);
      if (Object.keys(fields).length === 0) setError(err);
      focusFirstInvalid(form);
    } finally {
      setBusy(undefined);
    }
  };

  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const before = valuesOf(ticket);
    const change: TicketChange = {};
    if (values.assigneeId !== before.assigneeId) change.assigneeId = values.assigneeId || null;
    if (values.teamId !== before.teamId) change.teamId = values.teamId || null;
    if (values.categoryId !== before.categoryId) change.categoryId = values.categoryId || null;
    if (values.priority !== before.priority) change.priority = values.priority;
    if (values.memberId !== before.memberId) change.memberId = values.memberId || null;
    if (!done && values.status !== before.status) change.status = values.status;
    if (Object.keys(change).length === 0) {
      onDone(ticket, t('ticket.noChanges'));
      return;
    }
    void save(change, 'save', e.currentTarget, t('ticket.saved'));
  };

  return (
    <section aria-labelledby="work-heading" className="ticket-side__block">
      <Heading level={3} data-size="xs" id="work-heading">
        {t('ticket.workHeading')}
      </Heading>
      {error !== undefined && <ErrorMessage error={error} level={4} />}
      {user && iAmAgent && ticket.assigneeId !== user.id && (
        <Button
          variant="secondary"
          data-size="sm"
          loading={busy === 'me'}
          onClick={() => save({ assigneeId: user.id }, 'me', null, t('ticket.assignedToMe'))}
        >
          {t('ticket.assignToMe')}
        </Button>
      )}
      <form onSubmit={submit} noValidate className="form form--compact">
        <Field>
          <Label>{t('ticket.assignee')}</Label>
          <Select name="assigneeId" value={values.assigneeId} onChange={set('assigneeId')}>
            <Select.Option value="">{t('ticket.unassigned')}</Select.Option>
            {agents.map((a) => (
              <Select.Option key={a.id} value={a.id}>
                {a.name}
              </Select.Option>
            ))}
          </Select>
          {errors.assigneeId && <ValidationMessage>{errors.assigneeId}</ValidationMessage>}
        </Field>
        <Field>
          <Label>{t('ticket.team')}</Label>
          <Select name="teamId" value={values.teamId} onChange={set('teamId')}>
            <Select.Option value="">{t('ticket.noTeam')}</Select.Option>
            {teams.map((x) => (
              <Select.Option key={x.id} value={x.id}>
                {x.name}
              </Select.Option>
            ))}
          </Select>
        </Field>
        {!done && (
          <Field>
            <Label>{t('ticket.status')}</Label>
            <Field.Description>{t('ticket.statusHelp')}</Field.Description>
            <Select name="status" value={values.status} onChange={set('status')}>
              {statuses.map((s) => (
                <Select.Option key={s.key} value={s.key}>
                  {s.pausesSla ? t('ticket.statusPauses', { name: s.name }) : s.name}
                </Select.Option>
              ))}
            </Select>
            {errors.status && <ValidationMessage>{errors.status}</ValidationMessage>}
          </Field>
        )}
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
          <Label>{t('ticket.member')}</Label>
          <Select name="memberId" value={values.memberId} onChange={set('memberId')}>
            <Select.Option value="">{t('ticket.noMember')}</Select.Option>
            {members.map((m) => (
              <Select.Option key={m.id} value={m.id}>
                {m.label}
              </Select.Option>
            ))}
          </Select>
          {errors.memberId && <ValidationMessage>{errors.memberId}</ValidationMessage>}
        </Field>
        <div className="button-row">
          <Button type="submit" data-size="sm" loading={busy === 'save'}>
            {t('ticket.saveChanges')}
          </Button>
        </div>
      </form>
    </section>
  );
}

/** Resolve with a solution the requester sees. */
export function ResolveForm({ ticket, onDone }: Omit<Props, 'config'>) {
  const { t } = useTranslation();
  const {
    value: solution,
    setValue: setSolution,
    fieldError: solutionError,
    error,
    busy,
    submit,
  } = useTextAction(
    'solution',
    async (text) => [await serviceDeskApi.resolve(ticket.id, text), t('ticket.resolvedNotice')],
    onDone,
  );

  return (
    <section aria-labelledby="resolve-heading" className="ticket-side__block">
      <Heading level={3} data-size="xs" id="resolve-heading">
        {t('ticket.resolveHeading')}
      </Heading>
      {error !== undefined && <ErrorMessage error={error} level={4} />}
      <form onSubmit={submit} noValidate className="form form--compact">
        <Textfield
          label={t('ticket.solutionLabel')}
          description={t('ticket.solutionHelp')}
          name="solution"
          multiline
          rows={4}
          value={solution}
          onChange={(e) => setSolution(e.target.value)}
          error={solutionError}
          required
        />
        <div className="button-row">
          <Button type="submit" data-size="sm" data-color="success" loading={busy}>
            {t('ticket.resolve')}
          </Button>
        </div>
      </form>
    </section>
  );
}

/** Close the ticket as a duplicate of another, found by its number. */
export function DuplicateForm({ ticket, onDone }: Omit<Props, 'config'>) {
  const { t } = useTranslation();
  const [number, setNumber] = useState('');
  const [numberError, setNumberError] = useState<string>();
  const [found, setFound] = useState<Ticket>();
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState<'find' | 'link'>();

  const find = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    if (busy) return;
    const form = e.currentTarget;
    setError(undefined);
    setFound(undefined);
    const n = Number(number.trim().replace(/^#/, ''));
    if (!Number.isInteger(n) || n <= 0) {
      setNumberError(t('ticket.duplicateNumberInvalid'));
      return focusFirstInvalid(form);
    }
    if (n === ticket.number) {
      setNumberError(t('ticket.duplicateSelf'));
      return focusFirstInvalid(form);
    }
    setNumberError(undefined);
    setBusy('find');
    try {
      const list = await serviceDeskApi.tickets({ scope: 'queue', search: `#${n}`, limit: 10 });
      const match = list.items.find((x) => x.number === n);
      if (match) setFound(match);
      else {
        setNumberError(t('ticket.duplicateNotFound', { number: n }));
        focusFirstInvalid(form);
      }
    } catch (err) {
      setError(err);
    } finally {
      setBusy(undefined);
    }
  };

  const link = async () => {
    if (!found || busy) return;
    setBusy('link');
    setError(undefined);
    try {
      const next = await serviceDeskApi.duplicate(ticket.id, found.id);
      onDone(next, t('ticket.linkedNotice', { number: found.number }));
    } catch (err) {
      setError(err);
    } finally {
      setBusy(undefined);
    }
  };

  return (
    <section aria-labelledby="duplicate-heading" className="ticket-side__block">
      <Heading level={3} data-size="xs" id="duplicate-heading">
        {t('ticket.duplicateHeading')}
      </Heading>
      {error !== undefined && <ErrorMessage error={error} level={4} />}
      <form onSubmit={find} noValidate className="form form--compact">
        <Textfield
          label={t('ticket.duplicateNumber')}
          description={t('ticket.duplicateHelp')}
          name="duplicateOf"
          inputMode="numeric"
          autoComplete="off"
          value={number}
          onChange={(e) => {
            setNumber(e.target.value);
            setFound(undefined);
          }}
          error={numberError}
        />
        <div className="button-row">
          <Button type="submit" data-size="sm" variant="secondary" loading={busy === 'find'}>
            {t('ticket.duplicateFind')}
          </Button>
        </div>
      </form>
      <div role="status" className="duplicate-found">
        {found && (
          <>
            <Paragraph data-size="sm">
              {t('ticket.duplicateFound', { number: found.number, subject: found.subject })}
            </Paragraph>
            <Button data-size="sm" variant="secondary" loading={busy === 'link'} onClick={link}>
              {t('ticket.duplicateLink', { number: found.number })}
            </Button>
          </>
        )}
      </div>
    </section>
  );
}
