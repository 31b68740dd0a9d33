// Charts drawn on the server as SVG by Apache ECharts (server-side rendering, no DOM): the same SVG
// goes into the HTML page and, through pdfmake's SVG support, into the PDF. Each chart has its data
// table beside it in the document (model.ts ChartBlock.table), which is the accessible alternative.

import * as echarts from 'echarts';
import type { ChartBlock } from './model.ts';

export const CHART_WIDTH = 640;
export const CHART_HEIGHT = 300;

/** Colours with at least 3:1 contrast against white, told apart by pattern (decal) as well. */
const PALETTE = ['#1e5aa8', '#c2410c', '#15803d', '#7e22ce', '#a16207', '#0e7490', '#be123c'];

/** The chart as an SVG document (deterministic: the same block gives the same string). */
export function chartSvg(chart: ChartBlock): string {
  const height = chart.kind === 'hbar' ? Math.max(CHART_HEIGHT, 60 + chart.categories.length * 34) : CHART_HEIGHT;
  const instance = echarts.init(null, null, { renderer: 'svg', ssr: true, width: CHART_WIDTH, height });
  try {
    const valueAxis = { type: 'value' as const, minInterval: 1, axisLabel: { color: '#333333' } };
    const categoryAxis = {
      type: 'category' as const,
      data: chart.categories,
      axisLabel: { color: '#333333', interval: 0, ...(chart.kind !== 'hbar' && { hideOverlap: false }) },
      ...(chart.kind === 'hbar' && { inverse: true }),
    };
    instance.setOption({
      animation: false,
      color: PALETTE,
      aria: { enabled: true, label: { description: chart.title }, decal: { show: chart.kind !== 'line' } },
      textStyle: { fontFamily: 'Helvetica, Arial, sans-serif', fontSize: 11, color: '#222222' },
      legend: { bottom: 0, textStyle: { color: '#222222' } },
      grid: { left: chart.kind === 'hbar' ? 150 : 50, right: 24, top: 16, bottom: 56, containLabel: false },
      xAxis: chart.kind === 'hbar' ? valueAxis : categoryAxis,
      yAxis: chart.kind === 'hbar' ? categoryAxis : valueAxis,
      series: chart.series.map((s) => ({
        name: s.name,
        type: chart.kind === 'line' ? 'line' : 'bar',
        data: s.values,
        ...(chart.kind === 'line' && { symbolSize: 6 }),
      })),
    });
    return instance.renderToSVGString();
  } finally {
    instance.dispose();
  }
}
