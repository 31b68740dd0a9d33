import { Button, Card, Dialog, Heading, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { type FormEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCooperation } from '../../components/CooperationContext.tsx';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { SelectField } from '../../components/SelectField.tsx';
import { fieldErrors, shownOnFields } from '../../lib/errors.ts';
import { isDay, todayInOslo } from '../../lib/format.ts';
import { focusFirstInvalid } from '../../lib/forms.ts';
import { useAsync } from '../../lib/useAsync.ts';
import { BODY_ROLES, type BodyRole, type BodySeat, type GovBody, governanceApi } from './api.ts';
import { formatDate } from './shared.tsx';

type View = { bodies: GovBody[] };
interface Values {
  bodyId: string;
  search: string;
  userId: string;
  role: BodyRole;
  memberId: string;
  termFrom: string;
  termTo: string;
}
type Errors = Partial<Record<keyof Values, string>>;

/** Seat a person in a body: who (from the users list), role, municipality and term. */
export function AddMemberForm({
  bodies,
  bodyId,
  onBodyChange,
  onAdded,
}: {
  bodies: GovBody[];
  /** the body chosen from a body's "add member" button */
  bodyId: string | undefined;
  onBodyChange: (id: string) => void;
  onAdded: (view: View, notice: string) => void;
}) {
  const { t } = useTranslation();
  const { overview } = useCooperation();
  const [values, setValues] = useState<Values>({
    bodyId: bodyId ?? bodies[0]?.id ?? '',
    search: '',
    userId: '',
    role: 'member',
    memberId: '',
    termFrom: todayInOslo(),
    termTo: '',
  });
  const [query, setQuery] = useState('');
  const [errors, setErrors] = useState<Errors>({});
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    if (bodyId) setValues((v) => ({ ...v, bodyId }));
  }, [bodyId]);
  // Search as the user types, a moment after the last key.
  useEffect(() => {
    const timer = setTimeout(() => setQuery(values.search), 250);
    return () => clearTimeout(timer);
  }, [values.search]);
  const users = useAsync(() => governanceApi.users(query), query);
  const people = users.data?.items ?? [];

  const set = (key: keyof Values) => (e: { target: { value: string } }) =>
    setValues((v) => ({ ...v, [key]: e.target.value }));

  const submit = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    if (busy) return;
    const form = e.currentTarget;
    const found: Errors = {};
    if (!values.bodyId) found.bodyId = t('issues.required');
    if (!values.userId) found.userId = t('governance.members.choosePerson');
    if (!isDay(values.termFrom)) found.termFrom = t('issues.date');
    if (values.termTo && !isDay(values.termTo)) found.termTo = t('issues.date');
    else if (values.termTo && values.termTo < values.termFrom) found.termTo = t('issues.endBeforeStart');
    setErrors(found);
    setError(undefined);
    if (Object.keys(found).length > 0) return focusFirstInvalid(form);
    setBusy(true);
    try {
      const view = await governanceApi.addBodyMember(values.bodyId, {
        userId: values.userId,
        role: values.role,
        memberId: values.memberId || null,
        termFrom: values.termFrom,
        termTo: values.termTo || null,
      });
      const name = people.find((p) => p.id === values.userId)?.name ?? '';
      const body = bodies.find((b) => b.id === values.bodyId)?.name ?? '';
      setValues((v) => ({ ...v, userId: '', search: '', termTo: '' }));
      onAdded(view, t('governance.members.added', { name, body, role: t(`governance.roles.${values.role}`) }));
    } catch (err) {
      const fields = fieldErrors(t, err);
      const mapped: Errors = {};
      if (fields.userId) mapped.userId = t('governance.members.alreadySeated');
      if (fields.termTo) mapped.termTo = t('issues.endBeforeStart');
      if (fields.termFrom) mapped.termFrom = fields.termFrom;
      if (fields.memberId) mapped.memberId = fields.memberId;
      setErrors(mapped);
      if (!shownOnFields(err, mapped)) setError(err);
      focusFirstInvalid(form);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby="add-member-heading" className="section">
      <Card className="form-card">
        <Heading level={2} data-size="sm" id="add-member-heading">
          {t('governance.members.addTitle')}
        </Heading>
        {error !== undefined && <ErrorMessage error={error} level={3} />}
        <form onSubmit={submit} noValidate className="form form--grid">
          <SelectField
            label={t('governance.members.body')}
            name="bodyId"
            value={values.bodyId}
            onChange={(e) => {
              setValues((v) => ({ ...v, bodyId: e.target.value }));
              onBodyChange(e.target.value);
            }}
            options={bodies.map((b) => ({ value: b.id, label: b.name }))}
            error={errors.bodyId}
          />
          <Textfield
            label={t('governance.members.search')}
            description={t('governance.members.searchHelp')}
            name="personSearch"
            value={values.search}
            onChange={set('search')}
            autoComplete="off"
          />
          <SelectField
            label={t('governance.members.person')}
            name="userId"
            value={values.userId}
            onChange={(e) => {
              const person = people.find((p) => p.id === e.target.value);
              setValues((v) => ({
                ...v,
                userId: e.target.value,
                // The municipality the person belongs to, unless one is chosen already.
                memberId: v.memberId || person?.memberId || '',
              }));
            }}
            empty={
              users.loading
                ? t('common.loading')
                : people.length === 0
                  ? t('governance.members.noPeople')
                  : t('governance.choose')
            }
            options={people.map((p) => ({ value: p.id, label: `${p.name} (${p.email})` }))}
            error={errors.userId}
          />
          <SelectField
            label={t('governance.members.role')}
            name="role"
            value={values.role}
            onChange={(e) => setValues((v) => ({ ...v, role: e.target.value as BodyRole }))}
            options={BODY_ROLES.map((r) => ({ value: r, label: t(`governance.roles.${r}`) }))}
          />
          <SelectField
            label={`${t('governance.members.municipality')} ${t('common.optional')}`}
            name="memberId"
            value={values.memberId}
            onChange={set('memberId')}
            empty={t('governance.members.noMunicipality')}
            options={(overview?.members ?? []).map((m) => ({ value: m.id, label: m.name }))}
            error={errors.memberId}
          />
          <Textfield
            label={t('governance.members.termFrom')}
            type="date"
            name="termFrom"
            value={values.termFrom}
            onChange={set('termFrom')}
            error={errors.termFrom}
            required
          />
          <Textfield
            label={`${t('governance.members.termTo')} ${t('common.optional')}`}
            type="date"
            name="termTo"
            value={values.termTo}
            onChange={set('termTo')}
            error={errors.termTo}
          />
          <div className="button-row form__full">
            <Button type="submit" loading={busy} data-color="accent">
              {t('governance.members.add')}
            </Button>
          </div>
        </form>
      </Card>
    </section>
  );
}

/** Ask for the last day of a person's term in a body, then end it. */
export function EndTermDialog({
  seat,
  bodyName,
  onClose,
  onEnded,
}: {
  seat: BodySeat | undefined;
  bodyName: string;
  onClose: () => void;
  onEnded: (view: View, notice: string) => void;
}) {
  const { t, i18n } = useTranslation();
  const [termTo, setTermTo] = useState(todayInOslo());
  const [fieldError, setFieldError] = useState<string>();
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    if (!seat) return;
    setTermTo([todayInOslo(), seat.termFrom].sort()[1] ?? seat.termFrom);
    setError(undefined);
    setFieldError(undefined);
  }, [seat]);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!seat || busy) return;
    if (!isDay(termTo)) return setFieldError(t('issues.date'));
    if (termTo < seat.termFrom) return setFieldError(t('issues.endBeforeStart'));
    setBusy(true);
    setError(undefined);
    setFieldError(undefined);
    try {
      const view = await governanceApi.endTerm(seat.id, termTo);
      onEnded(
        view,
        t('governance.members.ended', { name: seat.name, body: bodyName, date: formatDate(termTo, i18n.language) }),
      );
    } catch (err) {
      const fields = fieldErrors(t, err);
      if (fields.termTo) setFieldError(t('issues.endBeforeStart'));
      else setError(err);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Dialog
      open={!!seat}
      onClose={onClose}
      closeButton={t('common.close')}
      aria-labelledby="end-term-title"
      className="dialog dialog--narrow"
    >
      {seat && (
        <form onSubmit={submit} className="form" noValidate>
          <Heading level={2} data-size="sm" id="end-term-title">
            {t('governance.members.endTitle')}
          </Heading>
          <Paragraph>
            {t('governance.members.endIntro', {
              name: seat.name,
              body: bodyName,
              from: formatDate(seat.termFrom, i18n.language),
            })}
          </Paragraph>
          {error !== undefined && <ErrorMessage error={error} level={3} />}
          <Textfield
            label={t('governance.members.lastDay')}
            type="date"
            value={termTo}
            min={seat.termFrom}
            onChange={(e) => setTermTo(e.target.value)}
            error={fieldError}
            required
          />
          <div className="button-row">
            <Button type="submit" data-color="danger" loading={busy}>
              {t('governance.members.endSubmit')}
            </Button>
            <Button type="button" variant="secondary" onClick={onClose}>
              {t('common.cancel')}
            </Button>
          </div>
        </form>
      )}
    </Dialog>
  );
}
