import { Button, Checkbox, Fieldset, Heading, Paragraph } from '@digdir/designsystemet-react';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { SelectField } from '../../components/SelectField.tsx';
import { governanceApi, type Meeting } from './api.ts';
import type { MeetingRights } from './MeetingPage.tsx';

/** Who was there: the record for everyone who may see it, and for the secretary the form that sets it. */
export function AttendanceSection({
  meeting: m,
  rights,
  onMeeting,
  say,
}: {
  meeting: Meeting;
  rights: MeetingRights;
  onMeeting: (m: Meeting) => void;
  say: (text: string) => void;
}) {
  const { t } = useTranslation();
  const recorded = m.attendance && m.attendance.present.length + m.attendance.absent.length > 0;
  if (!recorded && !rights.record) return null;
  return (
    <section aria-labelledby="attendance-heading" className="section">
      <Heading level={2} data-size="sm" id="attendance-heading">
        {t('governance.attendance.title')}
      </Heading>
      {recorded && m.attendance && (
        <dl className="facts gov-attendance">
          <div>
            <dt>{t('governance.attendance.present')}</dt>
            <dd>{m.attendance.present.map((p) => p.name).join(', ') || t('common.none')}</dd>
          </div>
          <div>
            <dt>{t('governance.attendance.absent')}</dt>
            <dd>{m.attendance.absent.map((p) => p.name).join(', ') || t('common.none')}</dd>
          </div>
        </dl>
      )}
      {rights.record && <AttendanceForm meeting={m} onMeeting={onMeeting} say={say} />}
    </section>
  );
}

function AttendanceForm({
  meeting: m,
  onMeeting,
  say,
}: {
  meeting: Meeting;
  onMeeting: (m: Meeting) => void;
  say: (text: string) => void;
}) {
  const { t } = useTranslation();
  const recorded = m.attendance && m.attendance.present.length + m.attendance.absent.length > 0;
  const [present, setPresent] = useState<Set<string>>(
    () =>
      new Set(recorded && m.attendance ? m.attendance.present.map((p) => p.userId) : m.members.map((x) => x.userId)),
  );
  const [chairId, setChairId] = useState(m.chair?.id ?? m.members.find((x) => x.role === 'chair')?.userId ?? '');
  const [minuteTakerId, setMinuteTakerId] = useState(
    m.minuteTaker?.id ?? m.members.find((x) => x.role === 'secretary')?.userId ?? '',
  );
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);
  // People recorded earlier who no longer sit in the body stay in the list.
  const people = [
    ...m.members.map((x) => ({ userId: x.userId, name: x.name, role: x.role, memberName: x.memberName })),
    ...(m.attendance ? [...m.attendance.present, ...m.attendance.absent] : [])
      .filter((p) => !m.members.some((x) => x.userId === p.userId))
      .map((p) => ({ userId: p.userId, name: p.name, role: null, memberName: null })),
  ];
  const options = people.map((p) => ({ value: p.userId, label: p.name }));

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (busy) return;
    setBusy(true);
    setError(undefined);
    try {
      const next = await governanceApi.recordAttendance(m.id, {
        present: people.filter((p) => present.has(p.userId)).map((p) => p.userId),
        absent: people.filter((p) => !present.has(p.userId)).map((p) => p.userId),
        chairId: chairId || null,
        minuteTakerId: minuteTakerId || null,
      });
      onMeeting(next);
      say(
        t('governance.attendance.saved', {
          present: next.attendance?.present.length ?? 0,
          absent: next.attendance?.absent.length ?? 0,
        }),
      );
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form onSubmit={submit} noValidate className="form gov-attendance-form" aria-labelledby="attendance-form-heading">
      <Heading level={3} data-size="xs" id="attendance-form-heading">
        {t('governance.attendance.formTitle')}
      </Heading>
      {error !== undefined && <ErrorMessage error={error} level={4} />}
      {people.length === 0 ? (
        <Paragraph data-size="sm" className="muted">
          {t('governance.attendance.noMembers')}
        </Paragraph>
      ) : (
        <Fieldset className="checkbox-list">
          <Fieldset.Legend>{t('governance.attendance.legend')}</Fieldset.Legend>
          <Fieldset.Description>{t('governance.attendance.help')}</Fieldset.Description>
          <div className="checkbox-list__items">
            {people.map((p) => (
              <Checkbox
                key={p.userId}
                label={
                  p.role
                    ? `${p.name} (${[t(`governance.roles.${p.role}`), p.memberName].filter(Boolean).join(', ')})`
                    : p.name
                }
                value={p.userId}
                checked={present.has(p.userId)}
                onChange={(e) =>
                  setPresent((s) => {
                    const next = new Set(s);
                    if (e.target.checked) next.add(p.userId);
                    else next.delete(p.userId);
                    return next;
                  })
                }
              />
            ))}
          </div>
        </Fieldset>
      )}
      <div className="form--grid">
        <SelectField
          label={t('governance.attendance.chair')}
          name="chairId"
          value={chairId}
          onChange={(e) => setChairId(e.target.value)}
          empty={t('governance.attendance.nobody')}
          options={options}
        />
        <SelectField
          label={t('governance.attendance.minuteTaker')}
          name="minuteTakerId"
          value={minuteTakerId}
          onChange={(e) => setMinuteTakerId(e.target.value)}
          empty={t('governance.attendance.nobody')}
          options={options}
        />
      </div>
      <div className="button-row">
        <Button type="submit" loading={busy} data-color="accent">
          {t('governance.attendance.save')}
        </Button>
      </div>
    </form>
  );
}
