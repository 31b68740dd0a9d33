import { Button, Card, Checkbox, Fieldset, Heading, Paragraph, Table, Textfield } from '@digdir/designsystemet-react';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { devicesApi } from '../../api/endpoints.ts';
import { type CategoryInput, DEVICE_KINDS, type DeviceCategory, type DeviceKind } from '../../api/types.ts';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { TableScroll } from '../../components/TableScroll.tsx';
import { fieldErrors, shownOnFields } from '../../lib/errors.ts';
import { formatKroner, formatNumber } from '../../lib/format.ts';
import { focusFirstInvalid } from '../../lib/forms.ts';
import { usePageTitle } from '../../lib/usePageTitle.ts';
import { oreToInput, parseKroner } from '../economy/format.ts';
import { useNotice } from '../economy/shared.tsx';
import { focusSoon, issueCode, PageHead, parseWhole, useDevices } from './shared.tsx';

/** Administrators: the device categories with a lifetime and a unit price per kind. */
export function SettingsPage() {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  const { settings, reloadSettings } = useDevices();
  usePageTitle(t('devices.settings.title'));
  const [editing, setEditing] = useState<DeviceCategory>();
  const [notice, say] = useNotice();
  const caption = t('devices.settings.caption');

  const saved = (message: string) => {
    setEditing(undefined);
    reloadSettings();
    say(message);
    focusSoon('.devices-h1');
  };

  return (
    <>
      <PageHead title={t('devices.settings.title')} intro={t('devices.settings.intro')} />
      {notice}
      <TableScroll label={caption}>
        <Table className="data-table categories-table" data-size="sm">
          <caption className="table-caption">{caption}</caption>
          <colgroup span={2} />
          {DEVICE_KINDS.map((k) => (
            <colgroup key={k} span={2} />
          ))}
          <colgroup />
          <Table.Head>
            <Table.Row>
              <Table.HeaderCell scope="col" rowSpan={2}>
                {t('devices.settings.columns.name')}
              </Table.HeaderCell>
              <Table.HeaderCell scope="col" rowSpan={2}>
                {t('devices.settings.columns.key')}
              </Table.HeaderCell>
              {DEVICE_KINDS.map((k) => (
                <Table.HeaderCell key={k} scope="colgroup" colSpan={2} className="colgroup-head">
                  {t(`devices.kinds.${k}`)}
                </Table.HeaderCell>
              ))}
              <Table.HeaderCell scope="col" rowSpan={2}>
                {t('devices.actions')}
              </Table.HeaderCell>
            </Table.Row>
            <Table.Row>
              {DEVICE_KINDS.map((k) => (
                <PolicyHeads key={k} />
              ))}
            </Table.Row>
          </Table.Head>
          <Table.Body>
            {settings.categories.map((c) => (
              <Table.Row key={c.id} data-category={c.key}>
                <Table.HeaderCell scope="row">
                  {c.name}
                  {c.archived && <span className="muted"> {t('devices.settings.archivedSuffix')}</span>}
                </Table.HeaderCell>
                <Table.Cell>
                  <code>{c.key}</code>
                </Table.Cell>
                {c.policies.map((p) => (
                  <PolicyCells key={p.kind} lifetime={p.lifetimeMonths} price={p.unitPriceOre} lng={lng} />
                ))}
                <Table.Cell>
                  <Button
                    variant="tertiary"
                    data-size="sm"
                    onClick={() => {
                      setEditing(c);
                      focusSoon('#category-form-heading');
                    }}
                  >
                    {t('devices.settings.edit')}
                    <span className="visually-hidden"> {c.name}</span>
                  </Button>
                </Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      </TableScroll>
      <CategoryForm
        key={editing?.id ?? 'new'}
        category={editing}
        onSaved={saved}
        onCancel={editing ? () => setEditing(undefined) : undefined}
      />
    </>
  );
}

function PolicyHeads() {
  const { t } = useTranslation();
  return (
    <>
      <Table.HeaderCell scope="col" className="num group-start">
        {t('devices.settings.columns.lifetime')}
      </Table.HeaderCell>
      <Table.HeaderCell scope="col" className="num">
        {t('devices.settings.columns.price')}
      </Table.HeaderCell>
    </>
  );
}

function PolicyCells({ lifetime, price, lng }: { lifetime: number | null; price: number | null; lng: string }) {
  const { t } = useTranslation();
  return (
    <>
      <Table.Cell className="num group-start nowrap">
        {lifetime === null
          ? t('common.none')
          : t('devices.settings.months', { count: lifetime, n: formatNumber(lifetime, lng) })}
      </Table.Cell>
      <Table.Cell className="num nowrap">{price === null ? t('common.none') : formatKroner(price, lng)}</Table.Cell>
    </>
  );
}

type PolicyValues = Record<DeviceKind, { lifetime: string; price: string }>;
interface Values {
  key: string;
  name: string;
  sort: string;
  archived: boolean;
  policies: PolicyValues;
}
type Errors = Partial<Record<'key' | 'name' | 'sort' | `${DeviceKind}.lifetime` | `${DeviceKind}.price`, string>>;

const KEY = /^[a-z0-9][a-z0-9-]{0,39}$/;

function valuesOf(c: DeviceCategory | undefined, lng: string): Values {
  const policies = Object.fromEntries(
    DEVICE_KINDS.map((k) => {
      const p = c?.policies.find((x) => x.kind === k);
      return [
        k,
        {
          lifetime: p?.lifetimeMonths == null ? '' : String(p.lifetimeMonths),
          price: p?.unitPriceOre == null ? '' : oreToInput(p.unitPriceOre, lng),
        },
      ];
    }),
  ) as PolicyValues;
  return {
    key: c?.key ?? '',
    name: c?.name ?? '',
    sort: String(c?.sort ?? 0),
    archived: c?.archived ?? false,
    policies,
  };
}

/** Create or change a category: key, name, order, and per kind a lifetime (months) and unit price (kroner). */
function CategoryForm({
  category,
  onSaved,
  onCancel,
}: {
  category?: DeviceCategory;
  onSaved: (message: string) => void;
  onCancel?: () => void;
}) {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  const [values, setValues] = useState<Values>(() => valuesOf(category, lng));
  const [errors, setErrors] = useState<Errors>({});
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);
  const setPolicy = (kind: DeviceKind, field: 'lifetime' | 'price', value: string) =>
    setValues((v) => ({ ...v, policies: { ...v.policies, [kind]: { ...v.policies[kind], [field]: value } } }));

  const submit = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    if (busy) return;
    const form = e.currentTarget;
    const found: Errors = {};
    const key = values.key.trim();
    if (!KEY.test(key)) found.key = t('devices.settings.form.keyInvalid');
    if (!values.name.trim()) found.name = t('issues.required');
    const sort = parseWhole(values.sort);
    if (typeof sort !== 'number' || sort > 1000) found.sort = t('devices.settings.form.sortRange');
    const policies: CategoryInput['policies'] = [];
    for (const kind of DEVICE_KINDS) {
      const p = values.policies[kind];
      if (!p.lifetime.trim() && !p.price.trim()) continue;
      const lifetime = parseWhole(p.lifetime);
      const price = parseKroner(p.price);
      if (typeof lifetime !== 'number' || lifetime < 1 || lifetime > 240)
        found[`${kind}.lifetime`] = t('devices.settings.form.lifetimeRange');
      if (price === undefined || price < 0) found[`${kind}.price`] = t('devices.settings.form.priceInvalid');
      if (typeof lifetime === 'number' && price !== undefined)
        policies.push({ kind, lifetimeMonths: lifetime, unitPriceOre: price });
    }
    setErrors(found);
    setError(undefined);
    if (Object.keys(found).length > 0) return focusFirstInvalid(form);
    const input: CategoryInput = {
      key,
      name: values.name.trim(),
      sort: sort as number,
      archived: values.archived,
      policies,
    };
    setBusy(true);
    try {
      if (category) {
        const r = await devicesApi.updateCategory(category.id, input);
        onSaved(
          [
            t('devices.settings.form.saved', { name: input.name }),
            r.devicesRecomputed > 0 &&
              t('devices.settings.form.recomputed', {
                count: r.devicesRecomputed,
                n: formatNumber(r.devicesRecomputed, lng),
              }),
          ]
            .filter(Boolean)
            .join(' '),
        );
      } else {
        await devicesApi.createCategory(input);
        setValues(valuesOf(undefined, lng));
        onSaved(t('devices.settings.form.created', { name: input.name }));
      }
    } catch (err) {
      const fields: Errors = fieldErrors(t, err);
      if (issueCode(err, 'key') === 'taken') fields.key = t('devices.settings.form.keyTaken');
      else if (fields.key) fields.key = t('devices.settings.form.keyInvalid');
      setErrors(fields);
      if (!shownOnFields(err, fields)) setError(err);
      focusFirstInvalid(form);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby="category-form-heading" className="section">
      <Card className="form-card form-card--wide">
        <Heading level={2} data-size="sm" id="category-form-heading" tabIndex={-1}>
          {category
            ? t('devices.settings.form.titleEdit', { name: category.name })
            : t('devices.settings.form.titleNew')}
        </Heading>
        {category && <Paragraph data-size="sm">{t('devices.settings.form.lifetimeNote')}</Paragraph>}
        {error !== undefined && <ErrorMessage error={error} level={3} />}
        <form onSubmit={submit} noValidate className="form form--grid">
          <Textfield
            label={t('devices.settings.form.name')}
            name="name"
            value={values.name}
            onChange={(e) => setValues((v) => ({ ...v, name: e.target.value }))}
            error={errors.name}
            required
          />
          <Textfield
            label={t('devices.settings.form.key')}
            description={t('devices.settings.form.keyHelp')}
            name="key"
            value={values.key}
            onChange={(e) => setValues((v) => ({ ...v, key: e.target.value }))}
            error={errors.key}
            autoComplete="off"
            required
          />
          <Textfield
            label={t('devices.settings.form.sort')}
            name="sort"
            inputMode="numeric"
            value={values.sort}
            onChange={(e) => setValues((v) => ({ ...v, sort: e.target.value }))}
            error={errors.sort}
          />
          <Paragraph data-size="sm" className="form__full muted">
            {t('devices.settings.form.policyHelp')}
          </Paragraph>
          {DEVICE_KINDS.map((kind) => (
            <Fieldset key={kind} className="form__full">
              <Fieldset.Legend>{t(`devices.kinds.${kind}`)}</Fieldset.Legend>
              <div className="form--grid">
                <Textfield
                  label={t('devices.settings.form.lifetime')}
                  name={`${kind}.lifetime`}
                  inputMode="numeric"
                  value={values.policies[kind].lifetime}
                  onChange={(e) => setPolicy(kind, 'lifetime', e.target.value)}
                  error={errors[`${kind}.lifetime`]}
                />
                <Textfield
                  label={t('devices.settings.form.price')}
                  name={`${kind}.price`}
                  inputMode="decimal"
                  value={values.policies[kind].price}
                  onChange={(e) => setPolicy(kind, 'price', e.target.value)}
                  error={errors[`${kind}.price`]}
                />
              </div>
            </Fieldset>
          ))}
          <Checkbox
            className="form__full"
            label={t('devices.settings.form.archived')}
            checked={values.archived}
            onChange={(e) => setValues((v) => ({ ...v, archived: e.target.checked }))}
          />
          <div className="button-row form__full">
            <Button type="submit" loading={busy} data-color="accent">
              {category ? t('devices.settings.form.submitEdit') : t('devices.settings.form.submitNew')}
            </Button>
            {onCancel && (
              <Button type="button" variant="secondary" onClick={onCancel}>
                {t('common.cancel')}
              </Button>
            )}
          </div>
        </form>
      </Card>
    </section>
  );
}
