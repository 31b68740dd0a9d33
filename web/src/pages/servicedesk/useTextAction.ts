import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TicketDetail } from '../../api/types.ts';
import { fieldErrors } from '../../lib/errors.ts';
import { focusFirstInvalid } from '../../lib/forms.ts';

/**
 * A ticket action driven by one required text (a comment, a solution, a reason): checks it is not
 * empty, sends it, shows the server's problem with it at the field and anything else as an error.
 * `send` returns the changed ticket and the sentence for the status message.
 */
export function useTextAction(
  field: string,
  send: (text: string) => Promise<[TicketDetail, string]>,
  onDone: (ticket: TicketDetail, message: string) => void,
) {
  const { t } = useTranslation();
  const [value, setValue] = useState('');
  const [fieldError, setFieldError] = useState<string>();
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);

  const submit = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    if (busy) return;
    const form = e.currentTarget;
    setError(undefined);
    if (!value.trim()) {
      setFieldError(t('issues.required'));
      return focusFirstInvalid(form);
    }
    setFieldError(undefined);
    setBusy(true);
    try {
      const [next, message] = await send(value.trim());
      setValue('');
      onDone(next, message);
    } catch (err) {
      const fields = fieldErrors(t, err);
      if (fields[field]) {
        setFieldError(fields[field]);
        focusFirstInvalid(form);
      } else setError(err);
    } finally {
      setBusy(false);
    }
  };

  return { value, setValue, fieldError, error, busy, submit };
}
