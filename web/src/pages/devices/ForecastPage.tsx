import { Button, Fieldset, Paragraph, Radio, Table, Textfield } from '@digdir/designsystemet-react';
import type { TFunction } from 'i18next';
import { type FormEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { devicesApi } from '../../api/endpoints.ts';
import type { DeviceKind, ForecastPeriod, ForecastView } from '../../api/types.ts';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { Loading } from '../../components/Loading.tsx';
import { SelectField } from '../../components/SelectField.tsx';
import { TableScroll } from '../../components/TableScroll.tsx';
import { addMonths, formatKroner, formatMonth, formatNumber, monthInOslo } from '../../lib/format.ts';
import { focusFirstInvalid } from '../../lib/forms.ts';
import { useAsync } from '../../lib/useAsync.ts';
import { usePageTitle } from '../../lib/usePageTitle.ts';
import { oreToInput, parseKroner } from '../economy/format.ts';
import {
  byMember,
  CountCell,
  deviceListUrl,
  focusSoon,
  isKind,
  isMonth,
  kindOptions,
  monthOptions,
  PageHead,
  parseWhole,
} from './shared.tsx';

type Granularity = 'month' | 'quarter';

interface Options {
  start: string;
  months: number;
  granularity: Granularity;
  kind: DeviceKind;
  unitPriceOre?: number;
}

function optionsOf(params: URLSearchParams): Options {
  const start = params.get('start');
  const months = Number(params.get('months'));
  const kind = params.get('kind');
  const price = Number(params.get('unitPriceOre'));
  return {
    start: isMonth(start) ? start : addMonths(monthInOslo(), 1),
    months: Number.isInteger(months) && months >= 12 && months <= 36 ? months : 24,
    granularity: params.get('granularity') === 'month' ? 'month' : 'quarter',
    kind: isKind(kind) ? kind : 'pc',
    ...(params.get('unitPriceOre') && Number.isSafeInteger(price) && price >= 0 && { unitPriceOre: price }),
  };
}

/**
 * '2027-Q1' → '1. kvartal 2027'; a quarter the forecast covers in part names its months:
 * '4. kvartal 2026 (des.)'. '2027-03' → 'mars 2027'.
 */
export function periodLabel(t: TFunction, p: ForecastPeriod, lng: string): string {
  const q = /^(\d{4})-Q([1-4])$/.exec(p.label);
  if (!q) return formatMonth(p.label, lng);
  const label = t('devices.forecast.quarter', { q: q[2], year: q[1] });
  const first = `${q[1]}-${String(Number(q[2]) * 3 - 2).padStart(2, '0')}`;
  if (p.from === first && p.to === addMonths(first, 2)) return label;
  const month = (m: string) =>
    new Intl.DateTimeFormat(lng === 'en' ? 'en-GB' : 'nb-NO', { month: 'short', timeZone: 'UTC' }).format(
      new Date(`${m}-15T00:00:00Z`),
    );
  return `${label} (${p.from === p.to ? month(p.from) : `${month(p.from)}–${month(p.to)}`})`;
}

/** The replacement forecast: what expires in the coming 12–36 months, what stock and orders cover, and the cost. */
export function ForecastPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const opts = optionsOf(params);
  usePageTitle(t('devices.forecast.title'));
  const forecast = useAsync(() => devicesApi.forecast(opts), JSON.stringify(opts));

  return (
    <>
      <PageHead title={t('devices.forecast.title')} intro={t('devices.forecast.intro')} />
      <ForecastForm
        opts={opts}
        onApply={(next) => {
          const p = new URLSearchParams();
          p.set('start', next.start);
          p.set('months', String(next.months));
          p.set('granularity', next.granularity);
          p.set('kind', next.kind);
          if (next.unitPriceOre !== undefined) p.set('unitPriceOre', String(next.unitPriceOre));
          setParams(p, { replace: true });
          focusSoon('#forecast-caption');
        }}
      />
      {forecast.error !== undefined && <ErrorMessage error={forecast.error} onRetry={forecast.reload} />}
      {!forecast.data && forecast.loading && <Loading />}
      {forecast.data && <ForecastTable view={forecast.data} busy={forecast.loading} />}
    </>
  );
}

function ForecastForm({ opts, onApply }: { opts: Options; onApply: (o: Options) => void }) {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  const initial = () => ({
    start: opts.start,
    months: String(opts.months),
    granularity: opts.granularity,
    kind: opts.kind,
    price: opts.unitPriceOre === undefined ? '' : oreToInput(opts.unitPriceOre, lng),
  });
  const [values, setValues] = useState(initial);
  const [errors, setErrors] = useState<{ months?: string; price?: string }>({});
  const key = JSON.stringify(opts);
  // biome-ignore lint/correctness/useExhaustiveDependencies: a new address (back, a link) refills the form
  useEffect(() => setValues(initial()), [key]);

  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const form = e.currentTarget;
    const months = parseWhole(values.months);
    const price = values.price.trim() ? parseKroner(values.price) : null;
    const found: typeof errors = {};
    if (typeof months !== 'number' || months < 12 || months > 36) found.months = t('devices.forecast.monthsRange');
    if (price === undefined || (price !== null && price < 0)) found.price = t('devices.forecast.priceInvalid');
    setErrors(found);
    if (Object.keys(found).length > 0) return focusFirstInvalid(form);
    onApply({
      start: values.start,
      months: months as number,
      granularity: values.granularity,
      kind: values.kind,
      ...(typeof price === 'number' && { unitPriceOre: price }),
    });
  };

  return (
    <form onSubmit={submit} noValidate className="filters devices-filters" aria-label={t('devices.forecast.choose')}>
      <SelectField
        label={t('devices.forecast.start')}
        name="start"
        value={values.start}
        onChange={(e) => setValues((v) => ({ ...v, start: e.target.value }))}
        options={monthOptions(lng, values.start)}
      />
      <Textfield
        label={t('devices.forecast.months')}
        description={t('devices.forecast.monthsHelp')}
        name="months"
        inputMode="numeric"
        value={values.months}
        onChange={(e) => setValues((v) => ({ ...v, months: e.target.value }))}
        error={errors.months}
      />
      <SelectField
        label={t('devices.kind')}
        name="kind"
        value={values.kind}
        onChange={(e) => setValues((v) => ({ ...v, kind: e.target.value as DeviceKind }))}
        options={kindOptions(t)}
      />
      <Fieldset>
        <Fieldset.Legend>{t('devices.forecast.granularity')}</Fieldset.Legend>
        <div className="radio-row">
          {(['quarter', 'month'] as const).map((g) => (
            <Radio
              key={g}
              label={t(`devices.forecast.granularities.${g}`)}
              name="granularity"
              value={g}
              checked={values.granularity === g}
              onChange={() => setValues((v) => ({ ...v, granularity: g }))}
            />
          ))}
        </div>
      </Fieldset>
      <Textfield
        label={`${t('devices.forecast.unitPrice')} ${t('common.optional')}`}
        description={t('devices.forecast.unitPriceHelp')}
        name="unitPrice"
        inputMode="decimal"
        value={values.price}
        onChange={(e) => setValues((v) => ({ ...v, price: e.target.value }))}
        error={errors.price}
      />
      <div className="filters__actions">
        <Button type="submit" data-color="accent">
          {t('devices.forecast.show')}
        </Button>
      </div>
    </form>
  );
}

function ForecastTable({ view, busy }: { view: ForecastView; busy: boolean }) {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  const kinds = t(`devices.kindsPlural.${view.kind}`);
  const last = view.periods.at(-1)?.to ?? view.start;
  const caption = t('devices.forecast.caption', {
    kinds,
    from: formatMonth(view.start, lng),
    to: formatMonth(last, lng),
  });
  const kr = (ore: number) => formatKroner(ore, lng);
  const n = (x: number) => formatNumber(x, lng);
  if (view.rows.length === 0)
    return (
      <Paragraph className="muted" id="forecast-caption" tabIndex={-1}>
        {t('devices.forecast.empty', { kinds })}
      </Paragraph>
    );
  const overdueLink = (memberId?: string, categoryId?: string) =>
    view.canList ? deviceListUrl({ memberId, categoryId, kind: view.kind, overdueBefore: view.start }) : undefined;
  // a month's expiries are the devices expiring in it; quarters have no such filter
  const expiringLink = (p: ForecastPeriod, memberId?: string, categoryId?: string) =>
    view.canList && view.granularity === 'month'
      ? deviceListUrl({ memberId, categoryId, kind: view.kind, expiresIn: p.label })
      : undefined;

  return (
    <div className="section">
      <Paragraph data-size="sm" id="forecast-explained">
        {t('devices.forecast.explained', { start: formatMonth(view.start, lng) })}
      </Paragraph>
      <Paragraph className="forecast-summary" aria-live="polite">
        {t('devices.forecast.summary', {
          toBuy: n(view.totalToBuy),
          cost: kr(view.totalCostOre),
          overdue: n(view.overdue),
          kinds,
        })}
      </Paragraph>
      <TableScroll label={caption}>
        <Table
          className="data-table forecast-table"
          data-size="sm"
          aria-busy={busy}
          aria-describedby="forecast-explained"
        >
          <caption className="table-caption" id="forecast-caption" tabIndex={-1}>
            {caption}
          </caption>
          <colgroup span={6} />
          {view.periods.map((p) => (
            <colgroup key={p.label} span={2} className="forecast-table__period" />
          ))}
          <colgroup span={2} />
          <Table.Head>
            <Table.Row>
              <Table.HeaderCell scope="col" rowSpan={2}>
                {t('devices.rotation.columns.member')}
              </Table.HeaderCell>
              <Table.HeaderCell scope="col" rowSpan={2}>
                {t('devices.category')}
              </Table.HeaderCell>
              <Table.HeaderCell scope="col" rowSpan={2} className="num">
                {t('devices.forecast.columns.unitPrice')}
              </Table.HeaderCell>
              <Table.HeaderCell scope="col" rowSpan={2} className="num">
                {t('devices.forecast.columns.overdue')}
              </Table.HeaderCell>
              <Table.HeaderCell scope="col" rowSpan={2} className="num">
                {t('devices.forecast.columns.inStock')}
              </Table.HeaderCell>
              <Table.HeaderCell scope="col" rowSpan={2} className="num">
                {t('devices.forecast.columns.ordered')}
              </Table.HeaderCell>
              {view.periods.map((p) => (
                <Table.HeaderCell key={p.label} scope="colgroup" colSpan={2} className="colgroup-head nowrap">
                  {periodLabel(t, p, lng)}
                </Table.HeaderCell>
              ))}
              <Table.HeaderCell scope="col" rowSpan={2} className="num group-start">
                {t('devices.forecast.columns.totalToBuy')}
              </Table.HeaderCell>
              <Table.HeaderCell scope="col" rowSpan={2} className="num">
                {t('devices.forecast.columns.cost')}
              </Table.HeaderCell>
            </Table.Row>
            <Table.Row>
              {view.periods.map((p) => (
                <PeriodHeads key={p.label} />
              ))}
            </Table.Row>
          </Table.Head>
          {byMember(view.rows).map((rows) => (
            <Table.Body key={rows[0]!.memberId} data-member={rows[0]!.memberName}>
              {rows.map((r, i) => (
                <Table.Row key={r.categoryId} data-category={r.categoryName}>
                  {i === 0 && (
                    <Table.HeaderCell scope="rowgroup" rowSpan={rows.length}>
                      {r.memberName}
                    </Table.HeaderCell>
                  )}
                  <Table.HeaderCell scope="row">{r.categoryName}</Table.HeaderCell>
                  <Table.Cell className="num nowrap">{kr(r.unitPriceOre)}</Table.Cell>
                  <CountCell value={r.overdue} to={overdueLink(r.memberId, r.categoryId)} cell="overdue" />
                  <CountCell value={r.inStock} cell="inStock" />
                  <CountCell value={r.ordered} cell="ordered" />
                  {r.periods.map((c, j) => (
                    <PeriodCells
                      key={view.periods[j]!.label}
                      expiring={c.expiring}
                      toBuy={c.toBuy}
                      to={expiringLink(view.periods[j]!, r.memberId, r.categoryId)}
                    />
                  ))}
                  <CountCell value={r.totalToBuy} cell="totalToBuy" className="group-start" />
                  <Table.Cell className="num nowrap" data-cell="cost">
                    {kr(r.totalCostOre)}
                  </Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          ))}
          <Table.Foot>
            <Table.Row className="total-row">
              <Table.HeaderCell scope="row" colSpan={3}>
                {t('devices.forecast.total')}
              </Table.HeaderCell>
              <CountCell value={view.overdue} to={overdueLink()} cell="overdue" />
              <CountCell value={view.inStock} cell="inStock" />
              <CountCell value={view.ordered} cell="ordered" />
              {view.totals.map((c, j) => (
                <PeriodCells
                  key={view.periods[j]!.label}
                  expiring={c.expiring}
                  toBuy={c.toBuy}
                  to={expiringLink(view.periods[j]!)}
                />
              ))}
              <CountCell value={view.totalToBuy} cell="totalToBuy" className="group-start" />
              <Table.Cell className="num nowrap" data-cell="cost">
                {kr(view.totalCostOre)}
              </Table.Cell>
            </Table.Row>
            <Table.Row className="forecast-table__cost-row">
              <Table.HeaderCell scope="row" colSpan={6}>
                {t('devices.forecast.costPerPeriod')}
              </Table.HeaderCell>
              {view.totals.map((c, j) => (
                <Table.Cell key={view.periods[j]!.label} colSpan={2} className="num nowrap group-start">
                  {kr(c.costOre)}
                </Table.Cell>
              ))}
              <Table.Cell colSpan={2} className="num nowrap group-start">
                {kr(view.totalCostOre)}
              </Table.Cell>
            </Table.Row>
          </Table.Foot>
        </Table>
      </TableScroll>
    </div>
  );
}

function PeriodHeads() {
  const { t } = useTranslation();
  return (
    <>
      <Table.HeaderCell scope="col" className="num group-start">
        {t('devices.forecast.columns.expiring')}
      </Table.HeaderCell>
      <Table.HeaderCell scope="col" className="num">
        {t('devices.forecast.columns.toBuy')}
      </Table.HeaderCell>
    </>
  );
}

function PeriodCells({ expiring, toBuy, to }: { expiring: number; toBuy: number; to?: string }) {
  return (
    <>
      <CountCell value={expiring} to={to} cell="expiring" className="group-start" />
      <CountCell value={toBuy} cell="toBuy" />
    </>
  );
}
