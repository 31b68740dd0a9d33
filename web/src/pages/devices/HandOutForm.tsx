import { Button, Card, Heading, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { type FormEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { devicesApi } from '../../api/endpoints.ts';
import type { DeviceDetail } from '../../api/types.ts';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { SelectField } from '../../components/SelectField.tsx';
import { fieldErrors, shownOnFields } from '../../lib/errors.ts';
import { formatDay } from '../../lib/format.ts';
import { focusFirstInvalid } from '../../lib/forms.ts';
import { useAsync } from '../../lib/useAsync.ts';

/**
 * Hand a device in stock out to a user or a place, optionally as the replacement of a device in
 * use (found by its serial number, name or user), which is then retired.
 */
export function HandOutForm({
  device,
  onDone,
}: {
  device: DeviceDetail;
  onDone: (d: DeviceDetail, message: string) => void;
}) {
  const { t, i18n } = useTranslation();
  const [assignedTo, setAssignedTo] = useState('');
  const [department, setDepartment] = useState('');
  const [search, setSearch] = useState('');
  const [query, setQuery] = useState('');
  const [replacesId, setReplacesId] = useState('');
  const [errors, setErrors] = useState<{ assignedTo?: string; replacesId?: string }>({});
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);

  // Search as the user types, a moment after the last key.
  useEffect(() => {
    const timer = setTimeout(() => setQuery(search.trim()), 250);
    return () => clearTimeout(timer);
  }, [search]);
  const found = useAsync(() => devicesApi.list({ q: query, status: 'in_use', limit: 20 }), query, query.length > 0);
  const candidates = query ? (found.data?.items ?? []).filter((d) => d.id !== device.id) : [];
  const chosen = candidates.find((d) => d.id === replacesId);

  const submit = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    if (busy) return;
    const form = e.currentTarget;
    const next: typeof errors = {};
    if (!assignedTo.trim()) next.assignedTo = t('devices.handOut.assignedToRequired');
    setErrors(next);
    setError(undefined);
    if (Object.keys(next).length > 0) return focusFirstInvalid(form);
    setBusy(true);
    try {
      const d = await devicesApi.handOut(device.id, {
        assignedTo: assignedTo.trim(),
        ...(department.trim() && { department: department.trim() }),
        replacesId: replacesId || null,
      });
      onDone(
        d,
        chosen
          ? t('devices.handOut.doneReplacing', { to: assignedTo.trim(), serial: chosen.serial })
          : t('devices.handOut.done', { to: assignedTo.trim() }),
      );
    } catch (err) {
      const fields = fieldErrors(t, err);
      const mapped: typeof errors = {};
      if (fields.assignedTo) mapped.assignedTo = t('devices.handOut.assignedToRequired');
      setErrors(mapped);
      if (!shownOnFields(err, mapped)) setError(err);
      focusFirstInvalid(form);
    } finally {
      setBusy(false);
    }
  };

  const empty = !query
    ? t('devices.handOut.noReplace')
    : found.loading
      ? t('common.loading')
      : candidates.length === 0
        ? t('devices.handOut.noneFound')
        : t('devices.handOut.noReplace');
  return (
    <section aria-labelledby="hand-out-heading" className="section">
      <Card className="form-card form-card--wide" data-color="accent" variant="tinted">
        <Heading level={2} data-size="sm" id="hand-out-heading">
          {t('devices.handOut.title')}
        </Heading>
        <Paragraph data-size="sm">{t('devices.handOut.intro')}</Paragraph>
        {error !== undefined && <ErrorMessage error={error} level={3} />}
        <form onSubmit={submit} noValidate className="form form--grid">
          <Textfield
            label={t('devices.handOut.assignedTo')}
            description={t('devices.handOut.assignedToHelp')}
            name="handOutTo"
            value={assignedTo}
            onChange={(e) => setAssignedTo(e.target.value)}
            error={errors.assignedTo}
            autoComplete="off"
            required
          />
          <Textfield
            label={`${t('devices.fields.department')} ${t('common.optional')}`}
            description={t('devices.handOut.departmentHelp')}
            name="handOutDepartment"
            value={department}
            onChange={(e) => setDepartment(e.target.value)}
          />
          <Textfield
            label={`${t('devices.handOut.search')} ${t('common.optional')}`}
            description={t('devices.handOut.searchHelp')}
            type="search"
            name="replaceSearch"
            value={search}
            onChange={(e) => {
              setSearch(e.target.value);
              setReplacesId('');
            }}
            autoComplete="off"
          />
          <SelectField
            label={t('devices.handOut.replaces')}
            name="replacesId"
            value={replacesId}
            onChange={(e) => setReplacesId(e.target.value)}
            empty={empty}
            options={candidates.map((d) => ({
              value: d.id,
              label: [
                d.serial,
                [d.manufacturer, d.model].filter(Boolean).join(' '),
                d.assignedTo,
                d.expiresOn && t('devices.handOut.expires', { date: formatDay(d.expiresOn, i18n.language) }),
              ]
                .filter(Boolean)
                .join(' – '),
            }))}
            error={errors.replacesId}
          />
          <div className="button-row form__full">
            <Button type="submit" loading={busy} data-color="accent">
              {t('devices.handOut.submit')}
            </Button>
          </div>
        </form>
      </Card>
    </section>
  );
}
