import { Button, Card, Fieldset, Heading, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { type FormEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { SelectField } from '../../components/SelectField.tsx';
import { fieldErrors, shownOnFields } from '../../lib/errors.ts';
import { isDay } from '../../lib/format.ts';
import { focusFirstInvalid } from '../../lib/forms.ts';
import { type GovBody, governanceApi, type Meeting } from './api.ts';

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;
/** The council's usual hours (its 2024 decision: 08:15–12:00). */
const DEFAULT_START = '08:15';
const DEFAULT_END = '12:00';

interface TimeValues {
  startTime: string;
  endTime: string;
  place: string;
}
type TimeErrors = Partial<Record<'bodyId' | 'date' | 'dates' | 'startTime' | 'endTime' | 'place', string>>;

/** Check start, end and place; messages keyed like the API's issues. */
function checkTimes(t: (k: string) => string, v: TimeValues, found: TimeErrors) {
  if (!TIME.test(v.startTime)) found.startTime = t('governance.issues.time');
  if (!TIME.test(v.endTime)) found.endTime = t('governance.issues.time');
  else if (TIME.test(v.startTime) && v.endTime <= v.startTime) found.endTime = t('governance.issues.endBeforeStart');
}

/** The API's field issues on a meeting form, in the UI's words. */
function apiErrors(t: Parameters<typeof fieldErrors>[0], err: unknown): TimeErrors {
  const fields = fieldErrors(t, err);
  const out: TimeErrors = {};
  if (fields.endTime) out.endTime = t('governance.issues.endBeforeStart');
  if (fields.startTime) out.startTime = t('governance.issues.time');
  if (fields.date) out.date = t('issues.date');
  if (fields.dates) out.dates = t('issues.date');
  if (fields.bodyId) out.bodyId = t('issues.invalidOption');
  if (fields.place) out.place = fields.place;
  return out;
}

function TimeFields({
  values,
  errors,
  onChange,
  prefix,
}: {
  values: TimeValues;
  errors: TimeErrors;
  onChange: (key: keyof TimeValues, value: string) => void;
  prefix: string;
}) {
  const { t } = useTranslation();
  return (
    <>
      <Textfield
        label={t('governance.meetingForm.start')}
        type="time"
        name={`${prefix}Start`}
        value={values.startTime}
        onChange={(e) => onChange('startTime', e.target.value)}
        error={errors.startTime}
        required
      />
      <Textfield
        label={t('governance.meetingForm.end')}
        type="time"
        name={`${prefix}End`}
        value={values.endTime}
        onChange={(e) => onChange('endTime', e.target.value)}
        error={errors.endTime}
        required
      />
      <Textfield
        className="form__full"
        label={`${t('governance.meetingForm.place')} ${t('common.optional')}`}
        name={`${prefix}Place`}
        value={values.place}
        onChange={(e) => onChange('place', e.target.value)}
        error={errors.place}
        maxLength={300}
        autoComplete="off"
      />
    </>
  );
}

/** "Nytt møte": one meeting of a body (its two opening cases are added by the server). */
export function NewMeetingForm({
  bodies,
  defaultBodyId,
  onCreated,
}: {
  bodies: GovBody[];
  defaultBodyId?: string;
  onCreated: (meeting: Meeting) => void;
}) {
  const { t } = useTranslation();
  const [bodyId, setBodyId] = useState(defaultBodyId ?? bodies.find((b) => b.kind === 'council')?.id ?? '');
  const [date, setDate] = useState('');
  const [times, setTimes] = useState<TimeValues>({ startTime: DEFAULT_START, endTime: DEFAULT_END, place: '' });
  const [errors, setErrors] = useState<TimeErrors>({});
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);
  const chosen = bodies.some((b) => b.id === bodyId) ? bodyId : (bodies[0]?.id ?? '');

  const submit = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    if (busy) return;
    const form = e.currentTarget;
    const found: TimeErrors = {};
    if (!chosen) found.bodyId = t('issues.required');
    if (!isDay(date)) found.date = date ? t('issues.date') : t('issues.required');
    checkTimes(t, times, found);
    setErrors(found);
    setError(undefined);
    if (Object.keys(found).length > 0) return focusFirstInvalid(form);
    setBusy(true);
    try {
      onCreated(await governanceApi.createMeeting({ bodyId: chosen, date, ...times, place: times.place.trim() }));
    } catch (err) {
      const fields = apiErrors(t, err);
      setErrors(fields);
      if (!shownOnFields(err, fields)) setError(err);
      focusFirstInvalid(form);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby="new-meeting-heading" className="section">
      <Card className="form-card">
        <Heading level={2} data-size="sm" id="new-meeting-heading">
          {t('governance.meetingForm.newTitle')}
        </Heading>
        <Paragraph data-size="sm" className="muted">
          {t('governance.meetingForm.newIntro')}
        </Paragraph>
        {error !== undefined && <ErrorMessage error={error} level={3} />}
        <form onSubmit={submit} noValidate className="form form--grid">
          <SelectField
            label={t('governance.meetingForm.body')}
            name="newMeetingBody"
            value={chosen}
            onChange={(e) => setBodyId(e.target.value)}
            options={bodies.map((b) => ({ value: b.id, label: b.name }))}
            error={errors.bodyId}
          />
          <Textfield
            label={t('governance.meetingForm.date')}
            type="date"
            name="newMeetingDate"
            value={date}
            onChange={(e) => setDate(e.target.value)}
            error={errors.date}
            required
          />
          <TimeFields
            prefix="newMeeting"
            values={times}
            errors={errors}
            onChange={(key, value) => setTimes((v) => ({ ...v, [key]: value }))}
          />
          <div className="button-row form__full">
            <Button type="submit" loading={busy} data-color="accent">
              {t('governance.meetingForm.create')}
            </Button>
          </div>
        </form>
      </Card>
    </section>
  );
}

/** "Møteplan for året": several meetings of a body at once, all at the same time and place. */
export function MeetingPlanForm({
  bodies,
  defaultBodyId,
  year,
  onCreated,
}: {
  bodies: GovBody[];
  defaultBodyId?: string;
  year: number;
  onCreated: (count: number, bodyId: string, year: number) => void;
}) {
  const { t } = useTranslation();
  const [bodyId, setBodyId] = useState(defaultBodyId ?? bodies.find((b) => b.kind === 'council')?.id ?? '');
  const [dates, setDates] = useState<string[]>(['', '']);
  const [times, setTimes] = useState<TimeValues>({ startTime: DEFAULT_START, endTime: DEFAULT_END, place: '' });
  const [errors, setErrors] = useState<TimeErrors>({});
  const [dateErrors, setDateErrors] = useState<Record<number, string>>({});
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);
  const listRef = useRef<HTMLDivElement>(null);
  const chosen = bodies.some((b) => b.id === bodyId) ? bodyId : (bodies[0]?.id ?? '');

  const addDate = () => {
    setDates((d) => [...d, '']);
    requestAnimationFrame(() => {
      const inputs = listRef.current?.querySelectorAll<HTMLInputElement>('input[type="date"]');
      inputs?.[inputs.length - 1]?.focus();
    });
  };
  const removeDate = (i: number) => {
    setDates((d) => d.filter((_, j) => j !== i));
    setDateErrors({});
    requestAnimationFrame(() => {
      const inputs = listRef.current?.querySelectorAll<HTMLInputElement>('input[type="date"]');
      inputs?.[Math.max(0, i - 1)]?.focus();
    });
  };

  const submit = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    if (busy) return;
    const form = e.currentTarget;
    const found: TimeErrors = {};
    const perDate: Record<number, string> = {};
    const filled = dates.map((d) => d.trim());
    filled.forEach((d, i) => {
      if (d && !isDay(d)) perDate[i] = t('issues.date');
    });
    const chosenDates = filled.filter((d) => isDay(d));
    if (chosenDates.length === 0 && Object.keys(perDate).length === 0) perDate[0] = t('governance.plan.noDates');
    checkTimes(t, times, found);
    setErrors(found);
    setDateErrors(perDate);
    setError(undefined);
    if (Object.keys(found).length > 0 || Object.keys(perDate).length > 0) return focusFirstInvalid(form);
    setBusy(true);
    try {
      const res = await governanceApi.createPlan({
        bodyId: chosen,
        dates: chosenDates,
        ...times,
        place: times.place.trim(),
      });
      setDates(['', '']);
      const firstYear = [...chosenDates].sort()[0]?.slice(0, 4);
      onCreated(res.meetings.length, chosen, Number(firstYear) || year);
    } catch (err) {
      const fields = apiErrors(t, err);
      const { dates: datesError, ...rest } = fields;
      setDateErrors(datesError ? { 0: datesError } : {});
      setErrors(rest);
      if (!shownOnFields(err, fields)) setError(err);
      focusFirstInvalid(form);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby="plan-heading" className="section">
      <Card className="form-card">
        <Heading level={2} data-size="sm" id="plan-heading">
          {t('governance.plan.title')}
        </Heading>
        <Paragraph data-size="sm" className="muted">
          {t('governance.plan.intro')}
        </Paragraph>
        {error !== undefined && <ErrorMessage error={error} level={3} />}
        <form onSubmit={submit} noValidate className="form form--grid">
          <SelectField
            label={t('governance.meetingForm.body')}
            name="planBody"
            value={chosen}
            onChange={(e) => setBodyId(e.target.value)}
            options={bodies.map((b) => ({ value: b.id, label: b.name }))}
            error={errors.bodyId}
          />
          <Fieldset className="form__full">
            <Fieldset.Legend>{t('governance.plan.dates')}</Fieldset.Legend>
            <div className="gov-plan-dates" ref={listRef}>
              {dates.map((d, i) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: the rows are positions in the list
                <div key={i} className="gov-plan-date">
                  <Textfield
                    label={t('governance.plan.dateN', { n: i + 1 })}
                    type="date"
                    value={d}
                    onChange={(e) => setDates((all) => all.map((x, j) => (j === i ? e.target.value : x)))}
                    error={dateErrors[i]}
                  />
                  {dates.length > 1 && (
                    <Button type="button" variant="tertiary" data-size="sm" onClick={() => removeDate(i)}>
                      {t('governance.plan.remove')}
                      <span className="visually-hidden"> {t('governance.plan.dateN', { n: i + 1 })}</span>
                    </Button>
                  )}
                </div>
              ))}
            </div>
            <div className="button-row">
              <Button type="button" variant="secondary" data-size="sm" onClick={addDate} disabled={dates.length >= 24}>
                {t('governance.plan.addDate')}
              </Button>
            </div>
          </Fieldset>
          <TimeFields
            prefix="plan"
            values={times}
            errors={errors}
            onChange={(key, value) => setTimes((v) => ({ ...v, [key]: value }))}
          />
          <div className="button-row form__full">
            <Button type="submit" loading={busy} data-color="accent">
              {t('governance.plan.create')}
            </Button>
          </div>
        </form>
      </Card>
    </section>
  );
}

/** Move a meeting or change its time and place (the numbers follow the date until the notice is sent). */
export function EditMeetingForm({
  meeting,
  onSaved,
  onCancel,
}: {
  meeting: Meeting;
  onSaved: (m: Meeting) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const [date, setDate] = useState(meeting.date);
  const [times, setTimes] = useState<TimeValues>({
    startTime: meeting.startTime,
    endTime: meeting.endTime,
    place: meeting.place,
  });
  const [errors, setErrors] = useState<TimeErrors>({});
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);

  const submit = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    if (busy) return;
    const form = e.currentTarget;
    const found: TimeErrors = {};
    if (!isDay(date)) found.date = t('issues.date');
    checkTimes(t, times, found);
    setErrors(found);
    setError(undefined);
    if (Object.keys(found).length > 0) return focusFirstInvalid(form);
    setBusy(true);
    try {
      onSaved(await governanceApi.updateMeeting(meeting.id, { date, ...times, place: times.place.trim() }));
    } catch (err) {
      const fields = apiErrors(t, err);
      setErrors(fields);
      if (!shownOnFields(err, fields)) setError(err);
      focusFirstInvalid(form);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Card data-color="neutral" variant="tinted" className="form-card">
      <Heading level={3} data-size="xs" id="edit-meeting-heading">
        {t('governance.meetingForm.editTitle')}
      </Heading>
      {!meeting.provisional && (
        <Paragraph data-size="sm" className="muted">
          {t('governance.meetingForm.lockedHelp')}
        </Paragraph>
      )}
      {error !== undefined && <ErrorMessage error={error} level={4} />}
      <form onSubmit={submit} noValidate className="form form--grid">
        <Textfield
          label={t('governance.meetingForm.date')}
          type="date"
          name="editMeetingDate"
          value={date}
          onChange={(e) => setDate(e.target.value)}
          error={errors.date}
          required
        />
        <TimeFields
          prefix="editMeeting"
          values={times}
          errors={errors}
          onChange={(key, value) => setTimes((v) => ({ ...v, [key]: value }))}
        />
        <div className="button-row form__full">
          <Button type="submit" loading={busy} data-color="accent">
            {t('governance.meetingForm.save')}
          </Button>
          <Button type="button" variant="secondary" onClick={onCancel}>
            {t('common.cancel')}
          </Button>
        </div>
      </form>
    </Card>
  );
}
