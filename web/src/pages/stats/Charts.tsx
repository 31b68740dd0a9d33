import { Details } from '@digdir/designsystemet-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import {
  Bar,
  BarChart,
  CartesianGrid,
  Legend,
  Line,
  LineChart,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { formatNumber } from '../../lib/format.ts';

/**
 * Colours with at least 3:1 contrast against white, told apart by lightness as well as hue
 * (blue and orange, not red and green); lines also differ by dash and marker.
 */
export const COLORS = {
  blue: '#1d4f91',
  lightBlue: '#4a7fc1',
  orange: '#a8420f',
  lightOrange: '#d4601f',
  grey: '#5b6470',
};

export interface Series {
  key: string;
  label: string;
  color: string;
  /** bars with the same stack are drawn on top of each other */
  stack?: string;
  dashed?: boolean;
}

interface ChartProps {
  /** the chart's accessible name */
  title: string;
  /** one or two sentences about what the chart shows, read out instead of the drawing */
  description: string;
  data: Record<string, string | number>[];
  /** the field with the category (x axis) labels */
  xKey: string;
  series: Series[];
  height?: number;
}

/** Legend labels in the text colour (the series colours are too light for text). */
const legendText = (value: unknown) => <span className="chart__legend-text">{String(value)}</span>;

/** Axis tick and tooltip numbers the way the UI writes them. */
function useNumber() {
  const { i18n } = useTranslation();
  return (v: unknown) => (typeof v === 'number' ? formatNumber(v, i18n.language) : String(v ?? ''));
}

/**
 * A line chart. The drawing is one image with a name and a description for screen readers (its
 * table alternative sits next to it); the keyboard layer of recharts is off, the table is the way in.
 */
export function TrendChart({ title, description, data, xKey, series, height = 280 }: ChartProps) {
  const number = useNumber();
  return (
    <div className="chart__canvas">
      <ResponsiveContainer width="100%" height={height}>
        <LineChart
          data={data}
          margin={{ top: 8, right: 16, bottom: 8, left: 0 }}
          accessibilityLayer={false}
          role="img"
          aria-label={title}
          title={title}
          desc={description}
        >
          <CartesianGrid stroke="#d9dde3" strokeDasharray="3 3" />
          <XAxis dataKey={xKey} tick={{ fill: '#3d434a', fontSize: 12 }} interval="preserveStartEnd" />
          <YAxis tick={{ fill: '#3d434a', fontSize: 12 }} tickFormatter={number} allowDecimals={false} width={48} />
          <Tooltip formatter={number} />
          <Legend itemSorter={null} formatter={legendText} />
          {series.map((s, i) => (
            <Line
              key={s.key}
              type="monotone"
              dataKey={s.key}
              name={s.label}
              stroke={s.color}
              strokeWidth={2.5}
              strokeDasharray={s.dashed ? '6 4' : undefined}
              dot={{ r: 3, strokeWidth: 2, fill: i % 2 === 0 ? s.color : '#fff' }}
              isAnimationActive={false}
            />
          ))}
        </LineChart>
      </ResponsiveContainer>
    </div>
  );
}

/** A bar chart, stacked where series share a stack; the same accessibility as TrendChart. */
export function BarsChart({ title, description, data, xKey, series, height = 260 }: ChartProps) {
  const number = useNumber();
  return (
    <div className="chart__canvas">
      <ResponsiveContainer width="100%" height={height}>
        <BarChart
          data={data}
          margin={{ top: 8, right: 16, bottom: 8, left: 0 }}
          accessibilityLayer={false}
          role="img"
          aria-label={title}
          title={title}
          desc={description}
        >
          <CartesianGrid stroke="#d9dde3" strokeDasharray="3 3" vertical={false} />
          <XAxis dataKey={xKey} tick={{ fill: '#3d434a', fontSize: 12 }} />
          <YAxis tick={{ fill: '#3d434a', fontSize: 12 }} tickFormatter={number} allowDecimals={false} width={48} />
          <Tooltip formatter={number} cursor={{ fill: 'rgba(0,0,0,0.05)' }} />
          <Legend itemSorter={null} formatter={legendText} />
          {series.map((s) => (
            <Bar
              key={s.key}
              dataKey={s.key}
              name={s.label}
              fill={s.color}
              stackId={s.stack}
              stroke="#fff"
              strokeWidth={1}
              isAnimationActive={false}
            />
          ))}
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}

/** A chart with its figures as a table in a disclosure right below it. */
export function ChartWithTable({ chart, table, label }: { chart: ReactNode; table: ReactNode; label?: string }) {
  const { t } = useTranslation();
  return (
    <div className="chart">
      {chart}
      <Details className="chart__table">
        <Details.Summary>{label ?? t('stats.showTable')}</Details.Summary>
        <Details.Content>{table}</Details.Content>
      </Details>
    </div>
  );
}
