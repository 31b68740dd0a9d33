import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldErrors, shownOnFields } from './errors.ts';
import { focusFirstInvalid } from './forms.ts';

/** A message per field name, shown at the field. */
export type FieldErrors<K extends string> = Partial<Record<K, string>>;

/**
 * A form's field errors, its error as a whole and whether it is saving; `submit` sends it.
 * `submit(e, found, send, more)` shows the problems the form found itself at the fields (the cursor
 * on the first) or, when there are none, runs `send` while busy. When that fails, the server's field
 * problems (with `more`: the codes the form words itself) go to the fields, anything else to `error`.
 */
export function useSubmit<K extends string>() {
  const { t } = useTranslation();
  const [errors, setErrors] = useState<FieldErrors<K>>({});
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);

  const submit = async (
    e: FormEvent<HTMLFormElement>,
    found: FieldErrors<K>,
    send: (form: HTMLFormElement) => Promise<void>,
    more?: (err: unknown) => FieldErrors<K>,
  ) => {
    e.preventDefault();
    if (busy) return;
    const form = e.currentTarget;
    setErrors(found);
    setError(undefined);
    if (Object.keys(found).length > 0) return focusFirstInvalid(form);
    setBusy(true);
    try {
      await send(form);
    } catch (err) {
      const fields = { ...fieldErrors(t, err), ...more?.(err) } as FieldErrors<K>;
      setErrors(fields);
      if (!shownOnFields(err, fields)) setError(err);
      focusFirstInvalid(form);
    } finally {
      setBusy(false);
    }
  };

  return { errors, setErrors, error, busy, submit };
}
