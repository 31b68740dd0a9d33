import { Button, Card, Heading, Textfield } from '@digdir/designsystemet-react';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { devicesApi } from '../../api/endpoints.ts';
import type { DeviceDetail, DeviceKind, DeviceStatus } from '../../api/types.ts';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { SelectField } from '../../components/SelectField.tsx';
import { fieldErrors, shownOnFields } from '../../lib/errors.ts';
import { isDay } from '../../lib/format.ts';
import { focusFirstInvalid } from '../../lib/forms.ts';
import {
  categoryOptions,
  issueCode,
  kindOptions,
  memberOptions,
  parseWhole,
  statusOptions,
  useDevices,
} from './shared.tsx';

interface Values {
  serial: string;
  name: string;
  kind: DeviceKind;
  memberId: string;
  categoryId: string;
  status: DeviceStatus;
  manufacturer: string;
  model: string;
  os: string;
  memoryMb: string;
  storageGb: string;
  purchasedOn: string;
  assignedTo: string;
  department: string;
  groups: string;
  notes: string;
}
type Errors = Partial<Record<keyof Values, string>>;

const SERIAL = /^[\w\-./ ]+$/;

const valuesOf = (d: DeviceDetail): Values => ({
  serial: d.serial,
  name: d.name,
  kind: d.kind,
  memberId: d.memberId,
  categoryId: d.categoryId,
  status: d.status,
  manufacturer: d.manufacturer,
  model: d.model,
  os: d.os,
  memoryMb: d.memoryMb === null ? '' : String(d.memoryMb),
  storageGb: d.storageGb === null ? '' : String(d.storageGb),
  purchasedOn: d.purchasedOn ?? '',
  assignedTo: d.assignedTo,
  department: d.department,
  groups: d.groups.join(', '),
  notes: d.notes,
});

/** Change a device (the service desk): every field; a new purchase date, category or kind moves the expiry. */
export function DeviceForm({
  device,
  onSaved,
}: {
  device: DeviceDetail;
  onSaved: (d: DeviceDetail, message: string) => void;
}) {
  const { t } = useTranslation();
  const { settings } = useDevices();
  const [values, setValues] = useState<Values>(() => valuesOf(device));
  const [errors, setErrors] = useState<Errors>({});
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);
  const set = (key: keyof Values) => (e: { target: { value: string } }) =>
    setValues((v) => ({ ...v, [key]: e.target.value }));

  const submit = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    if (busy) return;
    const form = e.currentTarget;
    const found: Errors = {};
    if (!values.serial.trim()) found.serial = t('issues.required');
    else if (!SERIAL.test(values.serial.trim())) found.serial = t('devices.device.serialChars');
    const memoryMb = parseWhole(values.memoryMb);
    const storageGb = parseWhole(values.storageGb);
    if (memoryMb === undefined || memoryMb === 0) found.memoryMb = t('devices.wholePositive');
    if (storageGb === undefined || storageGb === 0) found.storageGb = t('devices.wholePositive');
    if (values.purchasedOn && !isDay(values.purchasedOn)) found.purchasedOn = t('issues.date');
    setErrors(found);
    setError(undefined);
    if (Object.keys(found).length > 0) return focusFirstInvalid(form);
    setBusy(true);
    try {
      const next = await devicesApi.update(device.id, {
        serial: values.serial.trim(),
        name: values.name,
        kind: values.kind,
        memberId: values.memberId,
        categoryId: values.categoryId,
        status: values.status,
        manufacturer: values.manufacturer,
        model: values.model,
        os: values.os,
        memoryMb: memoryMb ?? null,
        storageGb: storageGb ?? null,
        purchasedOn: values.purchasedOn || null,
        assignedTo: values.assignedTo,
        department: values.department,
        groups: [
          ...new Set(
            values.groups
              .split(',')
              .map((g) => g.trim())
              .filter(Boolean),
          ),
        ],
        notes: values.notes,
      });
      onSaved(next, t('devices.device.saved', { serial: next.serial }));
    } catch (err) {
      const fields: Errors = fieldErrors(t, err);
      if (issueCode(err, 'serial') === 'taken') fields.serial = t('devices.device.serialTaken');
      setErrors(fields);
      if (!shownOnFields(err, fields)) setError(err);
      focusFirstInvalid(form);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby="device-edit-heading" className="section">
      <Card className="form-card form-card--wide">
        <Heading level={2} data-size="sm" id="device-edit-heading">
          {t('devices.device.editTitle')}
        </Heading>
        {error !== undefined && <ErrorMessage error={error} level={3} />}
        <form onSubmit={submit} noValidate className="form form--grid">
          <Textfield
            label={t('devices.fields.serial')}
            name="serial"
            value={values.serial}
            onChange={set('serial')}
            error={errors.serial}
            autoComplete="off"
            required
          />
          <Textfield label={t('devices.fields.name')} name="name" value={values.name} onChange={set('name')} />
          <SelectField
            label={t('devices.kind')}
            name="kind"
            value={values.kind}
            onChange={set('kind')}
            options={kindOptions(t)}
            error={errors.kind}
          />
          <SelectField
            label={t('devices.status')}
            name="status"
            value={values.status}
            onChange={set('status')}
            options={statusOptions(t)}
            error={errors.status}
          />
          <SelectField
            label={t('devices.member')}
            name="memberId"
            value={values.memberId}
            onChange={set('memberId')}
            options={memberOptions(settings)}
            error={errors.memberId}
          />
          <SelectField
            label={t('devices.category')}
            name="categoryId"
            value={values.categoryId}
            onChange={set('categoryId')}
            options={categoryOptions(settings, values.categoryId)}
            error={errors.categoryId}
          />
          <Textfield
            label={t('devices.fields.manufacturer')}
            name="manufacturer"
            value={values.manufacturer}
            onChange={set('manufacturer')}
          />
          <Textfield label={t('devices.fields.model')} name="model" value={values.model} onChange={set('model')} />
          <Textfield label={t('devices.fields.os')} name="os" value={values.os} onChange={set('os')} />
          <Textfield
            label={`${t('devices.fields.memoryMb')} ${t('common.optional')}`}
            name="memoryMb"
            inputMode="numeric"
            value={values.memoryMb}
            onChange={set('memoryMb')}
            error={errors.memoryMb}
          />
          <Textfield
            label={`${t('devices.fields.storageGb')} ${t('common.optional')}`}
            name="storageGb"
            inputMode="numeric"
            value={values.storageGb}
            onChange={set('storageGb')}
            error={errors.storageGb}
          />
          <Textfield
            label={`${t('devices.fields.purchasedOn')} ${t('common.optional')}`}
            description={t('devices.device.purchasedHelp')}
            type="date"
            name="purchasedOn"
            value={values.purchasedOn}
            onChange={set('purchasedOn')}
            error={errors.purchasedOn}
          />
          <Textfield
            label={t('devices.fields.assignedTo')}
            name="assignedTo"
            value={values.assignedTo}
            onChange={set('assignedTo')}
            error={errors.assignedTo}
          />
          <Textfield
            label={t('devices.fields.department')}
            name="department"
            value={values.department}
            onChange={set('department')}
          />
          <Textfield
            label={t('devices.fields.groups')}
            description={t('devices.device.groupsHelp')}
            name="groups"
            value={values.groups}
            onChange={set('groups')}
            error={errors.groups}
          />
          <Textfield
            className="form__full"
            label={t('devices.fields.notes')}
            name="notes"
            multiline
            rows={3}
            value={values.notes}
            onChange={set('notes')}
          />
          <div className="button-row form__full">
            <Button type="submit" loading={busy} data-color="accent">
              {t('devices.device.save')}
            </Button>
          </div>
        </form>
      </Card>
    </section>
  );
}
