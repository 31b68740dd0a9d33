import { Button, Card, Dialog, Heading, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client.ts';
import { devicesApi } from '../../api/endpoints.ts';
import type { DeviceKind, DeviceOrder } from '../../api/types.ts';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { SelectField } from '../../components/SelectField.tsx';
import { fieldErrors, shownOnFields } from '../../lib/errors.ts';
import { formatNumber, isDay, todayInOslo } from '../../lib/format.ts';
import { focusFirstInvalid } from '../../lib/forms.ts';
import { categoryOptions, kindOptions, memberOptions, parseWhole, useDevices } from './shared.tsx';

interface OrderValues {
  memberId: string;
  categoryId: string;
  kind: DeviceKind;
  model: string;
  quantity: string;
  orderedOn: string;
  expectedOn: string;
  supplier: string;
  reference: string;
  notes: string;
}
type OrderErrors = Partial<Record<keyof OrderValues, string>>;

/** Register a purchase order: member, category, kind, model and count, with dates and the supplier's reference. */
export function RegisterOrderForm({ onCreated }: { onCreated: (o: DeviceOrder, message: string) => void }) {
  const { t, i18n } = useTranslation();
  const { settings } = useDevices();
  const blank = (): OrderValues => ({
    memberId: '',
    categoryId: '',
    kind: 'pc',
    model: '',
    quantity: '',
    orderedOn: todayInOslo(),
    expectedOn: '',
    supplier: '',
    reference: '',
    notes: '',
  });
  const [values, setValues] = useState<OrderValues>(blank);
  const [errors, setErrors] = useState<OrderErrors>({});
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);
  const set = (key: keyof OrderValues) => (e: { target: { value: string } }) =>
    setValues((v) => ({ ...v, [key]: e.target.value }));

  const submit = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    if (busy) return;
    const form = e.currentTarget;
    const quantity = parseWhole(values.quantity);
    const found: OrderErrors = {};
    if (!values.memberId) found.memberId = t('issues.required');
    if (!values.categoryId) found.categoryId = t('issues.required');
    if (!values.model.trim()) found.model = t('issues.required');
    if (typeof quantity !== 'number' || quantity < 1 || quantity > 100_000)
      found.quantity = t('devices.orders.form.quantityRange');
    if (!isDay(values.orderedOn)) found.orderedOn = t('issues.date');
    if (values.expectedOn && !isDay(values.expectedOn)) found.expectedOn = t('issues.date');
    else if (values.expectedOn && values.expectedOn < values.orderedOn)
      found.expectedOn = t('devices.orders.form.expectedBefore');
    setErrors(found);
    setError(undefined);
    if (Object.keys(found).length > 0) return focusFirstInvalid(form);
    setBusy(true);
    try {
      const order = await devicesApi.createOrder({
        memberId: values.memberId,
        categoryId: values.categoryId,
        kind: values.kind,
        model: values.model.trim(),
        quantity: quantity as number,
        orderedOn: values.orderedOn,
        expectedOn: values.expectedOn || null,
        supplier: values.supplier.trim(),
        reference: values.reference.trim(),
        notes: values.notes.trim(),
      });
      setValues(blank());
      onCreated(
        order,
        t('devices.orders.form.created', {
          quantity: formatNumber(order.quantity, i18n.language),
          model: order.model,
          member: order.memberName,
        }),
      );
    } catch (err) {
      const fields: OrderErrors = fieldErrors(t, err);
      if (fields.expectedOn) fields.expectedOn = t('devices.orders.form.expectedBefore');
      setErrors(fields);
      if (!shownOnFields(err, fields)) setError(err);
      focusFirstInvalid(form);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby="register-order-heading" className="section">
      <Card className="form-card form-card--wide">
        <Heading level={2} data-size="sm" id="register-order-heading">
          {t('devices.orders.form.title')}
        </Heading>
        {error !== undefined && <ErrorMessage error={error} level={3} />}
        <form onSubmit={submit} noValidate className="form form--grid">
          <SelectField
            label={t('devices.member')}
            name="memberId"
            value={values.memberId}
            onChange={set('memberId')}
            empty={t('devices.choose')}
            options={memberOptions(settings)}
            error={errors.memberId}
          />
          <SelectField
            label={t('devices.category')}
            name="categoryId"
            value={values.categoryId}
            onChange={set('categoryId')}
            empty={t('devices.choose')}
            options={categoryOptions(settings)}
            error={errors.categoryId}
          />
          <SelectField
            label={t('devices.kind')}
            name="kind"
            value={values.kind}
            onChange={set('kind')}
            options={kindOptions(t)}
          />
          <Textfield
            label={t('devices.fields.model')}
            name="model"
            value={values.model}
            onChange={set('model')}
            error={errors.model}
            required
          />
          <Textfield
            label={t('devices.orders.columns.quantity')}
            name="quantity"
            inputMode="numeric"
            value={values.quantity}
            onChange={set('quantity')}
            error={errors.quantity}
            required
          />
          <Textfield
            label={t('devices.orders.columns.orderedOn')}
            type="date"
            name="orderedOn"
            value={values.orderedOn}
            onChange={set('orderedOn')}
            error={errors.orderedOn}
            required
          />
          <Textfield
            label={`${t('devices.orders.columns.expectedOn')} ${t('common.optional')}`}
            type="date"
            name="expectedOn"
            value={values.expectedOn}
            onChange={set('expectedOn')}
            error={errors.expectedOn}
          />
          <Textfield
            label={`${t('devices.orders.supplier')} ${t('common.optional')}`}
            name="supplier"
            value={values.supplier}
            onChange={set('supplier')}
          />
          <Textfield
            label={`${t('devices.orders.reference')} ${t('common.optional')}`}
            name="reference"
            value={values.reference}
            onChange={set('reference')}
          />
          <Textfield
            className="form__full"
            label={`${t('devices.fields.notes')} ${t('common.optional')}`}
            name="notes"
            multiline
            rows={2}
            value={values.notes}
            onChange={set('notes')}
          />
          <div className="button-row form__full">
            <Button type="submit" loading={busy} data-color="accent">
              {t('devices.orders.form.submit')}
            </Button>
          </div>
        </form>
      </Card>
    </section>
  );
}

/** The serial numbers typed, one a line (blank lines left out), with the line each is on. */
function serialLines(text: string): { serial: string; line: number }[] {
  return text
    .split(/\r?\n/)
    .map((s, i) => ({ serial: s.trim(), line: i + 1 }))
    .filter((s) => s.serial !== '');
}

/**
 * Receive devices of an order into stock: the serial number of each device that came, one a line,
 * and the day. The server refuses serial numbers listed twice or registered already; each is named.
 */
export function ReceiveDialog({
  order,
  onClose,
  onReceived,
}: {
  order: DeviceOrder | undefined;
  onClose: () => void;
  onReceived: (o: DeviceOrder, message: string) => void;
}) {
  const { t } = useTranslation();
  // The dialog stays mounted so that closing it gives focus back to the button that opened it.
  return (
    <Dialog
      open={!!order}
      onClose={onClose}
      closeButton={t('common.close')}
      aria-labelledby="receive-title"
      className="dialog"
    >
      {order && <ReceiveForm key={order.id} order={order} onClose={onClose} onReceived={onReceived} />}
    </Dialog>
  );
}

function ReceiveForm({
  order,
  onClose,
  onReceived,
}: {
  order: DeviceOrder;
  onClose: () => void;
  onReceived: (o: DeviceOrder, message: string) => void;
}) {
  const { t, i18n } = useTranslation();
  const [serials, setSerials] = useState('');
  const [receivedOn, setReceivedOn] = useState(todayInOslo());
  const [errors, setErrors] = useState<{ serials?: string; receivedOn?: string }>({});
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);

  const submit = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    if (busy) return;
    const form = e.currentTarget;
    const lines = serialLines(serials);
    const found: typeof errors = {};
    if (lines.length === 0) found.serials = t('devices.orders.receive.serialsRequired');
    else if (lines.length > order.outstanding)
      found.serials = t('devices.orders.receive.tooMany', {
        count: lines.length,
        outstanding: formatNumber(order.outstanding, i18n.language),
      });
    if (!isDay(receivedOn)) found.receivedOn = t('issues.date');
    else if (receivedOn < order.orderedOn) found.receivedOn = t('devices.orders.receive.beforeOrder');
    setErrors(found);
    setError(undefined);
    if (Object.keys(found).length > 0) return focusFirstInvalid(form);
    setBusy(true);
    try {
      const next = await devicesApi.receiveOrder(
        order.id,
        receivedOn,
        lines.map((l) => l.serial),
      );
      onReceived(next, t('devices.orders.receive.done', { count: lines.length, model: next.model }));
    } catch (err) {
      const mapped: typeof errors = {};
      if (err instanceof ApiError) {
        // name each refused serial number with its line
        const problems = err.issues
          .filter((i) => i.path.startsWith('serials'))
          .map((i) => {
            const index = Number(i.path.split('.')[1]);
            const at = Number.isInteger(index) ? lines[index] : undefined;
            if (i.code === 'too_many')
              return t('devices.orders.receive.tooMany', {
                count: lines.length,
                outstanding: formatNumber(order.outstanding, i18n.language),
              });
            if (at && i.code === 'duplicate')
              return t('devices.orders.receive.duplicate', { serial: at.serial, line: at.line });
            if (at && i.code === 'taken')
              return t('devices.orders.receive.taken', { serial: at.serial, line: at.line });
            return t('issues.invalid');
          });
        if (problems.length) mapped.serials = problems.join(' ');
        if (fieldErrors(t, err).receivedOn) mapped.receivedOn = t('devices.orders.receive.beforeOrder');
      }
      setErrors(mapped);
      if (!shownOnFields(err, mapped)) setError(err);
      focusFirstInvalid(form);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form onSubmit={submit} className="form" noValidate>
      <Heading level={2} data-size="sm" id="receive-title">
        {t('devices.orders.receive.title', { model: order.model })}
      </Heading>
      <Paragraph>
        {t('devices.orders.receive.intro', {
          member: order.memberName,
          category: order.categoryName,
          outstanding: formatNumber(order.outstanding, i18n.language),
          quantity: formatNumber(order.quantity, i18n.language),
        })}
      </Paragraph>
      {error !== undefined && <ErrorMessage error={error} level={3} />}
      <Textfield
        label={t('devices.orders.receive.serials')}
        description={t('devices.orders.receive.serialsHelp')}
        name="serials"
        multiline
        rows={6}
        value={serials}
        onChange={(e) => setSerials(e.target.value)}
        error={errors.serials}
        required
      />
      <Textfield
        label={t('devices.orders.receive.receivedOn')}
        type="date"
        name="receivedOn"
        value={receivedOn}
        min={order.orderedOn}
        onChange={(e) => setReceivedOn(e.target.value)}
        error={errors.receivedOn}
        required
      />
      <div className="button-row">
        <Button type="submit" data-color="accent" loading={busy}>
          {t('devices.orders.receive.submit')}
        </Button>
        <Button type="button" variant="secondary" onClick={onClose}>
          {t('common.cancel')}
        </Button>
      </div>
    </form>
  );
}
