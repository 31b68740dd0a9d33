import { useTranslation } from 'react-i18next';
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { EconomyOperating } from '../../api/types.ts';
import { COLORS } from '../stats/Charts.tsx';
import { formatFigure } from './format.ts';
import { unitText } from './shared.tsx';

const legendText = (value: unknown) => <span className="chart__legend-text">{String(value)}</span>;

/**
 * Budget beside forecast per expense type, as horizontal bars (the labels are long). The drawing is
 * one image with a name and a description; the operating table it points to carries the figures,
 * and the keyboard layer of recharts is off, as on the statistics page.
 */
export function BudgetChart({ operating, tableId }: { operating: EconomyOperating; tableId: string }) {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  const number = (v: unknown) => (typeof v === 'number' ? formatFigure(v, lng) : String(v ?? ''));
  const title = t('economy.operating.chartTitle', { year: operating.year, unit: unitText(t, operating.unit) });
  const description = t('economy.operating.chartDescription');
  const data = operating.rows.map((r) => ({
    label: t(`economy.expenseTypes.${r.expenseType}`),
    budget: r.budget,
    forecast: r.forecast,
  }));
  return (
    <div className="chart economy-chart">
      <p className="economy-chart__title" aria-hidden="true">
        {title}
      </p>
      <div className="chart__canvas">
        <ResponsiveContainer width="100%" height={56 * data.length + 60}>
          <BarChart
            data={data}
            layout="vertical"
            margin={{ top: 8, right: 24, bottom: 8, left: 8 }}
            accessibilityLayer={false}
            role="img"
            aria-label={title}
            aria-describedby={tableId}
            title={title}
            desc={description}
          >
            <CartesianGrid stroke="#d9dde3" strokeDasharray="3 3" horizontal={false} />
            <XAxis type="number" tick={{ fill: '#3d434a', fontSize: 12 }} tickFormatter={number} />
            <YAxis type="category" dataKey="label" tick={{ fill: '#3d434a', fontSize: 12 }} width={190} />
            <Tooltip formatter={number} cursor={{ fill: 'rgba(0,0,0,0.05)' }} />
            <Legend itemSorter={null} formatter={legendText} />
            <Bar
              dataKey="budget"
              name={t('economy.figures.budget')}
              fill={COLORS.blue}
              stroke="#fff"
              isAnimationActive={false}
            />
            <Bar
              dataKey="forecast"
              name={t('economy.figures.forecast')}
              fill={COLORS.orange}
              stroke="#fff"
              isAnimationActive={false}
            />
          </BarChart>
        </ResponsiveContainer>
      </div>
    </div>
  );
}
