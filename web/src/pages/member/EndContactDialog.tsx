import { Button, Dialog, Heading, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { type FormEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { cooperationApi } from '../../api/endpoints.ts';
import type { Contact } from '../../api/types.ts';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { fieldErrors } from '../../lib/errors.ts';
import { formatDay, isDay, todayInOslo } from '../../lib/format.ts';

interface Props {
  contact: Contact | undefined;
  onClose: () => void;
  onEnded: (contact: Contact) => void;
}

/** Ask for the last day of a contact person's period, then end it. */
export function EndContactDialog({ contact, onClose, onEnded }: Props) {
  const { t, i18n } = useTranslation();
  const [validTo, setValidTo] = useState(todayInOslo());
  const [error, setError] = useState<unknown>();
  const [fieldError, setFieldError] = useState<string>();
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    if (!contact) return;
    // Today, unless the period starts later.
    setValidTo([todayInOslo(), contact.validFrom].sort()[1] ?? contact.validFrom);
    setError(undefined);
    setFieldError(undefined);
  }, [contact]);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!contact || busy) return;
    if (!isDay(validTo)) return setFieldError(t('issues.date'));
    if (validTo < contact.validFrom) return setFieldError(t('issues.endBeforeStart'));
    setBusy(true);
    setError(undefined);
    setFieldError(undefined);
    try {
      onEnded(await cooperationApi.endContact(contact.id, validTo));
    } catch (err) {
      const fields = fieldErrors(t, err);
      if (fields.validTo) setFieldError(fields.validTo);
      else setError(err);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Dialog
      open={!!contact}
      onClose={onClose}
      closeButton={t('common.close')}
      aria-labelledby="end-contact-title"
      className="dialog dialog--narrow"
    >
      {contact && (
        <form onSubmit={submit} className="form" noValidate>
          <Heading level={2} data-size="sm" id="end-contact-title">
            {t('member.endTitle')}
          </Heading>
          <Paragraph>
            {t('member.endIntro', {
              name: contact.name,
              title: contact.title,
              from: formatDay(contact.validFrom, i18n.language),
            })}
          </Paragraph>
          {error !== undefined && <ErrorMessage error={error} level={3} />}
          <Textfield
            label={t('member.endDate')}
            type="date"
            value={validTo}
            min={contact.validFrom}
            onChange={(e) => setValidTo(e.target.value)}
            error={fieldError}
            required
          />
          <div className="button-row">
            <Button type="submit" data-color="danger" loading={busy}>
              {t('member.endSubmit')}
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
