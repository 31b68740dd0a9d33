import { Paragraph, Table } from '@digdir/designsystemet-react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { economyApi } from '../../api/endpoints.ts';
import type { EconomyOperating } from '../../api/types.ts';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { Loading } from '../../components/Loading.tsx';
import { SelectField } from '../../components/SelectField.tsx';
import { TableScroll } from '../../components/TableScroll.tsx';
import { useAsync } from '../../lib/useAsync.ts';
import { AccountsSection } from './AccountsSection.tsx';
import { ActualsImport, ImportsTable } from './ActualsImport.tsx';
import { BudgetChart } from './BudgetChart.tsx';
import { BudgetForm } from './BudgetForm.tsx';
import { formatFigure } from './format.ts';
import {
  FiguresCells,
  FiguresHead,
  monthOptions,
  Section,
  UnitToggle,
  unitText,
  useEconomy,
  useNotice,
  useUnit,
} from './shared.tsx';

const OPERATING_TABLE_ID = 'operating-table';

/** The monthly operating report: actuals to date, budget, deviation and forecast per expense type. */
export function OperatingPage() {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  const { year, editor } = useEconomy();
  const [unit, setUnit] = useUnit();
  const [params, setParams] = useSearchParams();
  const requested = Number(params.get('through'));
  const through = Number.isInteger(requested) && requested >= 1 && requested <= 12 ? requested : undefined;
  const operating = useAsync(() => economyApi.operating(year, unit, through), `${year}|${unit}|${through ?? ''}`);
  const [notice, say] = useNotice();
  const months = monthOptions(year, lng);
  const data = operating.data;

  const setThrough = (value: string) => {
    const p = new URLSearchParams(params);
    if (value) p.set('through', value);
    else p.delete('through');
    setParams(p, { replace: true });
  };

  return (
    <>
      {notice}
      <Section id="operating-heading" title={t('economy.operating.title')} intro={t('economy.operating.intro')}>
        <div className="economy-toolbar">
          <UnitToggle unit={unit} onChange={setUnit} name="operating-unit" />
          <div className="economy-toolbar__field">
            <SelectField
              label={t('economy.operating.through')}
              name="through"
              value={through ? String(through) : ''}
              onChange={(e) => setThrough(e.target.value)}
              empty={t('economy.operating.throughLatest')}
              options={months}
            />
          </div>
        </div>
        {operating.error !== undefined && <ErrorMessage error={operating.error} onRetry={operating.reload} level={3} />}
        {operating.loading && !data && <Loading />}
        {data && (
          <>
            <Paragraph className="operating-through" aria-live="polite">
              {data.throughPeriod === null
                ? t('economy.operating.noActuals', { year })
                : t('economy.operating.actualsThrough', { month: months[data.throughPeriod - 1]?.label })}
            </Paragraph>
            <OperatingTable operating={data} busy={operating.loading} />
            <Paragraph className="operating-outcome">{outcomeText(t, data, lng)}</Paragraph>
            <BudgetChart operating={data} tableId={OPERATING_TABLE_ID} />
          </>
        )}
      </Section>
      {editor && (
        <BudgetForm
          year={year}
          onSaved={() => {
            operating.reload();
            say(t('economy.budget.saved', { year }));
          }}
        />
      )}
      <Section id="actuals-heading" title={t('economy.actuals.title')} intro={t('economy.actuals.intro')}>
        {editor && <ActualsImport year={year} onImported={operating.reload} />}
        {data && <ImportsTable year={year} imports={data.imports} />}
      </Section>
      <AccountsSection editor={editor} />
    </>
  );
}

function outcomeText(t: TFunction, data: EconomyOperating, lng: string) {
  const unit = unitText(t, data.unit);
  const amount = formatFigure(Math.abs(data.sum.deviation), lng);
  if (data.outcome === 'underspend') return t('economy.operating.underspend', { amount, unit });
  if (data.outcome === 'overspend') return t('economy.operating.overspend', { amount, unit });
  return t('economy.operating.onBudget');
}

function OperatingTable({ operating, busy }: { operating: EconomyOperating; busy: boolean }) {
  const { t } = useTranslation();
  const caption = t('economy.operating.caption', { year: operating.year, unit: unitText(t, operating.unit) });
  return (
    <TableScroll label={caption}>
      <Table id={OPERATING_TABLE_ID} className="data-table operating-table" data-size="sm" aria-busy={busy}>
        <caption className="table-caption">{caption}</caption>
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell scope="col">{t('economy.operating.expenseType')}</Table.HeaderCell>
            <FiguresHead />
            <Table.HeaderCell scope="col">{t('economy.operating.comment')}</Table.HeaderCell>
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {operating.rows.map((r) => (
            <Table.Row key={r.expenseType} data-expense-type={r.expenseType}>
              <Table.HeaderCell scope="row">{t(`economy.expenseTypes.${r.expenseType}`)}</Table.HeaderCell>
              <FiguresCells figures={r} />
              <Table.Cell className="break">{r.comment}</Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
        <tfoot>
          <Table.Row className="total-row">
            <Table.HeaderCell scope="row">{t('economy.sum')}</Table.HeaderCell>
            <FiguresCells figures={operating.sum} />
            <Table.Cell />
          </Table.Row>
        </tfoot>
      </Table>
    </TableScroll>
  );
}
