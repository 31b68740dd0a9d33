import { Alert, Fieldset, Heading, Paragraph, Radio, Table } from '@digdir/designsystemet-react';
import type { TFunction } from 'i18next';
import { type ReactNode, useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useOutletContext, useSearchParams } from 'react-router';
import type { EconomyDrivers, EconomyFigures, EconomyUnit } from '../../api/types.ts';
import type { AsyncState } from '../../lib/useAsync.ts';
import { formatFigure } from './format.ts';

/** What every economy page gets from the section's layout. */
export interface EconomyContext {
  year: number;
  /** leader or administrator: may change the economy (council members only read) */
  editor: boolean;
  /** the year's members with their driver values (also the members a key or quantity names) */
  drivers: AsyncState<EconomyDrivers>;
}

export const useEconomy = () => useOutletContext<EconomyContext>();

/** The shown unit from the address (`?unit=1` for whole kroner; thousands by default). */
export function useUnit(): [EconomyUnit, (unit: EconomyUnit) => void] {
  const [params, setParams] = useSearchParams();
  const unit: EconomyUnit = params.get('unit') === '1' ? 1 : 1000;
  const set = useCallback(
    (next: EconomyUnit) => {
      const p = new URLSearchParams(params);
      if (next === 1000) p.delete('unit');
      else p.set('unit', '1');
      setParams(p, { replace: true });
    },
    [params, setParams],
  );
  return [unit, set];
}

/** '(tall i hele 1000 kr)' or '(tall i hele kroner)'. */
export const unitText = (t: TFunction, unit: EconomyUnit) =>
  unit === 1000 ? t('economy.unit.inThousands') : t('economy.unit.inKroner');

/**
 * Kroner or thousands: a pair of radio buttons that changes the address. The choice shows at once;
 * the router applies the new address in a transition, and a controlled radio would spring back until then.
 */
export function UnitToggle({
  unit,
  onChange,
  name,
}: {
  unit: EconomyUnit;
  onChange: (u: EconomyUnit) => void;
  name: string;
}) {
  const { t } = useTranslation();
  const [chosen, setChosen] = useState(unit);
  useEffect(() => setChosen(unit), [unit]);
  const choose = (next: EconomyUnit) => {
    setChosen(next);
    onChange(next);
  };
  return (
    <Fieldset className="unit-toggle">
      <Fieldset.Legend>{t('economy.unit.legend')}</Fieldset.Legend>
      <div className="radio-row">
        <Radio
          label={t('economy.unit.thousands')}
          name={name}
          value="1000"
          checked={chosen === 1000}
          onChange={() => choose(1000)}
        />
        <Radio
          label={t('economy.unit.kroner')}
          name={name}
          value="1"
          checked={chosen === 1}
          onChange={() => choose(1)}
        />
      </div>
    </Fieldset>
  );
}

/** A section with an h2 and an optional muted intro. */
export function Section({
  id,
  title,
  intro,
  children,
}: {
  id: string;
  title: string;
  intro?: ReactNode;
  children: ReactNode;
}) {
  return (
    <section aria-labelledby={id} className="section">
      <Heading level={2} data-size="sm" id={id} tabIndex={-1}>
        {title}
      </Heading>
      {intro && (
        <Paragraph data-size="sm" className="muted">
          {intro}
        </Paragraph>
      )}
      {children}
    </section>
  );
}

/** A right-aligned figure; `-0` is shown as 0. */
export function Num({ value, lng }: { value: number; lng: string }) {
  return <Table.Cell className="num">{formatFigure(value === 0 ? 0 : value, lng)}</Table.Cell>;
}

/** The four columns of the council's tables: Regnskap, Årsbudsjett, Avvik, Prognose. */
export function FiguresHead() {
  const { t } = useTranslation();
  return (
    <>
      <Table.HeaderCell scope="col" className="num">
        {t('economy.figures.actual')}
      </Table.HeaderCell>
      <Table.HeaderCell scope="col" className="num">
        {t('economy.figures.budget')}
      </Table.HeaderCell>
      <Table.HeaderCell scope="col" className="num">
        {t('economy.figures.deviation')}
      </Table.HeaderCell>
      <Table.HeaderCell scope="col" className="num">
        {t('economy.figures.forecast')}
      </Table.HeaderCell>
    </>
  );
}

export function FiguresCells({ figures }: { figures: EconomyFigures }) {
  const { i18n } = useTranslation();
  const lng = i18n.language;
  return (
    <>
      <Num value={figures.actual} lng={lng} />
      <Num value={figures.budget} lng={lng} />
      <Num value={figures.deviation} lng={lng} />
      <Num value={figures.forecast} lng={lng} />
    </>
  );
}

/**
 * A polite status region for "saved" messages: `say` clears it first so the same text is read
 * out again.
 */
export function useNotice(): [ReactNode, (message: string) => void] {
  const [notice, setNotice] = useState<string>();
  const say = useCallback((message: string) => {
    setNotice(undefined);
    requestAnimationFrame(() => setNotice(message));
  }, []);
  const region = (
    <div role="status" className="notice-region">
      {notice && <Alert data-color="success">{notice}</Alert>}
    </div>
  );
  return [region, say];
}

/** The months 1–12 as options ('januar 2025' …). */
export function monthOptions(year: number, lng: string) {
  return Array.from({ length: 12 }, (_, i) => ({
    value: String(i + 1),
    label: new Intl.DateTimeFormat(lng === 'en' ? 'en-GB' : 'nb-NO', {
      month: 'long',
      year: 'numeric',
      timeZone: 'UTC',
    }).format(new Date(Date.UTC(year, i, 15))),
  }));
}
