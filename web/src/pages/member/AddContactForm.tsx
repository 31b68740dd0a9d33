import { Button, Card, Heading, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { cooperationApi } from '../../api/endpoints.ts';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { fieldErrors, shownOnFields } from '../../lib/errors.ts';
import { isDay, todayInOslo } from '../../lib/format.ts';
import { focusFirstInvalid, looksLikeEmail } from '../../lib/forms.ts';

interface Props {
  memberId: string;
  onAdded: (message: string) => void;
}

const empty = () => ({ name: '', title: '', email: '', phone: '', validFrom: todayInOslo(), validTo: '' });
type Values = ReturnType<typeof empty>;
type Errors = Partial<Record<keyof Values, string>>;

/** Add a contact person (admin and leader). */
export function AddContactForm({ memberId, onAdded }: Props) {
  const { t } = useTranslation();
  const [values, setValues] = useState<Values>(empty);
  const [errors, setErrors] = useState<Errors>({});
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);

  const set = (key: keyof Values) => (e: { target: { value: string } }) =>
    setValues((v) => ({ ...v, [key]: e.target.value }));

  const validate = (): Errors => {
    const out: Errors = {};
    if (!values.name.trim()) out.name = t('issues.required');
    if (!values.title.trim()) out.title = t('issues.required');
    if (values.email.trim() && !looksLikeEmail(values.email)) out.email = t('issues.email');
    if (!isDay(values.validFrom)) out.validFrom = t('issues.date');
    if (values.validTo && !isDay(values.validTo)) out.validTo = t('issues.date');
    else if (values.validTo && values.validTo < values.validFrom) out.validTo = t('issues.endBeforeStart');
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
    try {
      const created = await cooperationApi.addContact(memberId, {
        name: values.name.trim(),
        title: values.title.trim(),
        email: values.email.trim() || null,
        phone: values.phone.trim() || null,
        validFrom: values.validFrom,
        validTo: values.validTo || null,
      });
      setValues(empty());
      onAdded(t('member.added', { name: created.name }));
    } catch (err) {
      const fields = fieldErrors(t, err);
      setErrors(fields);
      if (!shownOnFields(err, fields)) setError(err);
      focusFirstInvalid(form);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby="add-contact-heading" className="section">
      <Card data-color="neutral" variant="tinted">
        <Heading level={2} data-size="sm" id="add-contact-heading">
          {t('member.addTitle')}
        </Heading>
        <Paragraph data-size="sm" className="muted">
          {t('member.addIntro')}
        </Paragraph>
        {error !== undefined && <ErrorMessage error={error} level={3} />}
        <form onSubmit={submit} noValidate className="form form--grid">
          <Textfield
            label={t('member.name')}
            value={values.name}
            onChange={set('name')}
            error={errors.name}
            autoComplete="off"
            required
          />
          <Textfield
            label={t('member.jobTitle')}
            value={values.title}
            onChange={set('title')}
            error={errors.title}
            autoComplete="off"
            required
          />
          <Textfield
            label={`${t('member.email')} ${t('common.optional')}`}
            type="email"
            value={values.email}
            onChange={set('email')}
            error={errors.email}
            autoComplete="off"
          />
          <Textfield
            label={`${t('member.phone')} ${t('common.optional')}`}
            type="tel"
            value={values.phone}
            onChange={set('phone')}
            error={errors.phone}
            autoComplete="off"
          />
          <Textfield
            label={t('member.validFrom')}
            type="date"
            value={values.validFrom}
            onChange={set('validFrom')}
            error={errors.validFrom}
            required
          />
          <Textfield
            label={`${t('member.validTo')} ${t('common.optional')}`}
            type="date"
            value={values.validTo}
            min={values.validFrom}
            onChange={set('validTo')}
            error={errors.validTo}
          />
          <div className="button-row form__full">
            <Button type="submit" loading={busy} data-color="accent">
              {t('member.addSubmit')}
            </Button>
          </div>
        </form>
      </Card>
    </section>
  );
}
