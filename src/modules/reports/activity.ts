// The economy and activity report of a month (seed 002, "Aktivitetsrapport pr. 1.11.2024"): built
// from the same use cases the API answers with, so every figure equals what the API returns for the
// month. Pure: the service gathers the inputs.

import type { rotation } from '../devices/tables.service.ts';
import type { getInvestments, getOperating } from '../economy/economy.service.ts';
import { PRIORITY_LABEL } from '../servicedesk/labels.ts';
import type { MonthlyStats } from '../servicedesk/stats.service.ts';
import { dayAfterMonth, lastDayOf, monthName, nbDate, nbDecimal, nbInt, nbPercent } from './format.ts';
import type { Block, Cell, ChartBlock, ReportDoc, ReportMeta, TableBlock } from './model.ts';
import { Outline } from './outline.ts';
import type { RichDoc } from './rich-text.ts';

export type OperatingView = Awaited<ReturnType<typeof getOperating>>;
export type InvestmentsView = Awaited<ReturnType<typeof getInvestments>>;
export type RotationView = Awaited<ReturnType<typeof rotation>>;

export interface Area {
  key: string;
  title: string;
}

export interface GlossaryTerm {
  term: string;
  definition: string;
}

export interface ActivityInput {
  meta: ReportMeta;
  month: string;
  operating: OperatingView;
  investments: InvestmentsView;
  rotation: RotationView;
  stats: MonthlyStats;
  areas: Area[];
  sections: ReadonlyMap<string, RichDoc>;
  glossary: GlossaryTerm[];
}

/** A section staff write, with the number buildActivityReport / buildAnnualReport give its heading. */
export interface SectionSlot {
  key: string;
  title: string;
  number: string;
}

/** The sections staff write in an activity report, in document order (areas come between). */
export function activitySections(areas: Area[]): SectionSlot[] {
  return [
    { key: 'economy_operating', title: 'Driftskostnader', number: '1.1' },
    { key: 'economy_investments', title: 'Investeringskostnader', number: '1.2' },
    { key: 'customer_service', title: 'Kundeservice', number: '2.1' },
    { key: 'rotation', title: 'Rullering av PC-er', number: '2.1.1' },
    { key: 'knowledge_portal', title: 'Kompetanseportalen', number: '2.1.2' },
    { key: 'rakel', title: 'Chatbot Rakel', number: '2.1.3' },
    { key: 'support', title: 'Service og support', number: '2.1.4' },
    ...areas.map((a, i) => ({ ...a, number: `2.${i + 2}` })),
    { key: 'operations', title: 'Driftstekniske aktiviteter', number: `2.${areas.length + 2}` },
  ];
}

/** The council's order: low to critical. */
const PRIORITY_ORDER = ['low', 'medium', 'high', 'critical'];

export const num = (value: number, href?: string): Cell => ({ text: nbInt(value), value, ...(href && { href }) });
export const label = (text: string, bold = false): Cell => ({ text, ...(bold && { bold: true }) });
const boldRow = (cells: Cell[]) => cells.map((c) => ({ ...c, bold: true }));

/** A month range's labels: ['juli', 'august', …] */
const monthLabels = (months: string[]) => months.map((m) => monthName(m));

function economyTables(o: Outline, input: ActivityInput) {
  const { operating, investments, month } = input;
  const year = Number(month.slice(0, 4));
  const unitNote = operating.unit === 1000 ? 'tall i hele 1000' : 'tall i hele kroner';
  const opHref = `/economy/${year}/operating`;
  const invHref = `/economy/${year}/investments`;
  const figures = (f: { actual: number; budget: number; deviation: number; forecast: number }, href?: string) => [
    num(f.actual, href),
    num(f.budget, href),
    num(f.deviation, href),
    num(f.forecast, href),
  ];
  const cols = (first: string) => [
    { label: first, numeric: false },
    { label: 'Regnskap', numeric: true },
    { label: 'Årsbudsjett', numeric: true },
    { label: 'Avvik', numeric: true },
    { label: 'Prognose', numeric: true },
  ];

  o.heading(1, 'Økonomi');
  o.heading(2, 'Driftskostnader');
  o.paragraph(
    `Driftskostnadene pr. ${dayAfterMonth(month)} er angitt nedenfor. ` +
      (operating.outcome === 'underspend'
        ? `Prognosen gir et mindreforbruk på ${nbInt(operating.sum.deviation)} (${unitNote}).`
        : operating.outcome === 'overspend'
          ? `Prognosen gir et merforbruk på ${nbInt(-operating.sum.deviation)} (${unitNote}).`
          : 'Prognosen er lik budsjettet.'),
  );
  o.rich(input.sections.get('economy_operating') ?? EMPTY, 2);
  o.push({
    type: 'table',
    id: 'operating',
    caption: `Driftskostnader pr. ${dayAfterMonth(month)}`,
    note: unitNote,
    columns: cols('Type utgift'),
    rows: operating.rows.map((r) => [label(r.label), ...figures(r, opHref)]),
    total: boldRow([label('Sum'), ...figures(operating.sum)]),
    additive: [1, 2, 3, 4],
  });

  o.heading(2, 'Investeringskostnader');
  o.paragraph(
    `Investeringskostnadene pr. ${dayAfterMonth(month)} er angitt nedenfor. ` +
      (investments.sum.deviation > 0
        ? `Prognosen gir et mindreforbruk på ${nbInt(investments.sum.deviation)} (${unitNote}).`
        : investments.sum.deviation < 0
          ? `Prognosen gir et merforbruk på ${nbInt(-investments.sum.deviation)} (${unitNote}).`
          : ''),
  );
  o.rich(input.sections.get('economy_investments') ?? EMPTY, 2);
  o.push({
    type: 'table',
    id: 'investments',
    caption: `Investeringskostnader pr. ${dayAfterMonth(month)}`,
    note: unitNote,
    columns: cols('Prosjekt'),
    rows: investments.rows.map((r) => [label(r.name), ...figures(r, invHref)]),
    total: boldRow([label('Sum'), ...figures(investments.sum)]),
    additive: [1, 2, 3, 4],
  });
}

const deviceCells = ['expired', 'expiring', 'inStock', 'ordered', 'toOrder'] as const;

function rotationBlock(r: RotationView): TableBlock {
  const listHref = (cell: string, row?: { memberId: string; categoryId: string }) =>
    cell === 'ordered'
      ? `/devices/orders?open=true&kind=${r.kind}${row ? `&memberId=${row.memberId}&categoryId=${row.categoryId}` : ''}`
      : `/devices/list?kind=${r.kind}&cell=${cell === 'toOrder' ? 'toReplace' : cell}&month=${r.month}${
          row ? `&memberId=${row.memberId}&categoryId=${row.categoryId}` : ''
        }`;
  const sums = new Map(r.memberSums.map((s) => [s.memberId, s.toOrder]));
  const rows: Cell[][] = [];
  let previous = '';
  for (const row of r.rows) {
    const first = row.memberId !== previous;
    previous = row.memberId;
    rows.push([
      label(first ? row.memberName : ''),
      label(row.categoryName),
      ...deviceCells.map((c) => num(row[c], listHref(c, row))),
      first ? num(sums.get(row.memberId) ?? 0) : { text: '', value: 0 },
    ]);
  }
  return {
    type: 'table',
    id: 'rotation',
    caption: `PC-er pr. ${lastDayOf(r.month)}`,
    note: `PC-er pålogget i ${monthName(r.month, true)}; sum er det kommunen må bestille`,
    columns: [
      { label: 'Kommune', numeric: false },
      { label: 'Kategori', numeric: false },
      { label: `Utgått ${r.year - 1}`, numeric: true },
      { label: `Utgår ${r.year}`, numeric: true },
      { label: `På lager ${lastDayOf(r.month).slice(0, 5)}`, numeric: true },
      { label: 'Bestilt, ikke levert', numeric: true },
      { label: 'Må bestilles', numeric: true },
      { label: 'Sum kommune', numeric: true },
    ],
    rows,
    total: boldRow([
      label('Sum'),
      label(''),
      ...deviceCells.map((c) => num(r.totals[c], listHref(c))),
      num(r.totals.toOrder),
    ]),
    additive: [2, 3, 4, 5, 6, 7],
  };
}

/** A chart of months × groups with its table (the groups' counts add up to each month's total). */
function monthChart(
  id: string,
  title: string,
  kind: ChartBlock['kind'],
  first: string,
  months: string[],
  groups: { name: string; counts: number[] }[],
  href: string,
): ChartBlock {
  const labels = monthLabels(months);
  const total = months.map((_, i) => groups.reduce((s, g) => s + (g.counts[i] ?? 0), 0));
  return {
    type: 'chart',
    id,
    title,
    kind,
    categories: groups.map((g) => g.name),
    series: labels.map((name, i) => ({ name, values: groups.map((g) => g.counts[i] ?? 0) })),
    table: {
      type: 'table',
      id: `${id}-table`,
      caption: title,
      columns: [{ label: first, numeric: false }, ...labels.map((l) => ({ label: l, numeric: true }))],
      rows: groups.map((g) => [label(g.name), ...months.map((_, i) => num(g.counts[i] ?? 0, href))]),
      total: boldRow([label('Sum'), ...total.map((n) => num(n))]),
      additive: months.map((_, i) => i + 1),
    },
  };
}

function trendChart(
  id: string,
  title: string,
  stats: MonthlyStats,
  pick: 'incidents' | 'requests' | 'both',
  href: string,
) {
  const months = stats.openTrend.map((p) => p.month);
  const labels = months.map((m) => `${monthName(m).slice(0, 3)} ${m.slice(2, 4)}`);
  const series =
    pick === 'both'
      ? [
          { name: 'Feilmeldinger', values: stats.openTrend.map((p) => p.incidents) },
          { name: 'Forespørsler', values: stats.openTrend.map((p) => p.requests) },
          { name: 'Sum', values: stats.openTrend.map((p) => p.incidents + p.requests) },
        ]
      : [
          {
            name: pick === 'incidents' ? 'Åpne feilmeldinger' : 'Åpne forespørsler',
            values: stats.openTrend.map((p) => p[pick]),
          },
        ];
  const chart: ChartBlock = {
    type: 'chart',
    id,
    title,
    kind: 'line',
    categories: labels,
    series,
    table: {
      type: 'table',
      id: `${id}-table`,
      caption: `${title} ved utgangen av hver måned`,
      columns: [{ label: 'Måned', numeric: false }, ...series.map((s) => ({ label: s.name, numeric: true }))],
      rows: months.map((m, i) => [label(monthName(m, true)), ...series.map((s) => num(s.values[i] ?? 0, href))]),
    },
  };
  return chart;
}

function slaTable(stats: MonthlyStats, href: string): TableBlock {
  const months = stats.slaByPriority[0]?.months.map((m) => m.month) ?? [];
  const rows = PRIORITY_ORDER.map((p) => stats.slaByPriority.find((s) => s.priority === p)).filter((s) => !!s);
  const cells = (s: (typeof rows)[number]) =>
    s.months.flatMap((m) => [num(m.resolutionMet, href), num(m.resolutionBreached, href)]);
  const sum = (i: number, k: 'resolutionMet' | 'resolutionBreached') =>
    rows.reduce((a, s) => a + (s.months[i]?.[k] ?? 0), 0);
  return {
    type: 'table',
    id: 'sla',
    caption: 'Overholdelse av tjenestenivåavtalen (løste saker)',
    groups: [['', 1], ...months.map((m): [string, number] => [monthName(m), 2])],
    columns: [
      { label: 'Prioritet', numeric: false },
      ...months.flatMap(() => [
        { label: 'SLA OK', numeric: true },
        { label: 'SLA brudd', numeric: true },
      ]),
    ],
    rows: rows.map((s) => [label(PRIORITY_LABEL[s.priority] ?? s.priority), ...cells(s)]),
    total: boldRow([
      label('Sum'),
      ...months.flatMap((_, i) => [num(sum(i, 'resolutionMet')), num(sum(i, 'resolutionBreached'))]),
    ]),
    additive: months.flatMap((_, i) => [1 + 2 * i, 2 + 2 * i]),
  };
}

/** Minutes as the council reads them: days of 7.5 hours for day targets, hours otherwise. */
function duration(minutes: number | null, unit: 'minutes' | 'working_days'): Cell {
  if (minutes === null) return { text: '–', value: null };
  const text = unit === 'working_days' ? `${nbDecimal(minutes / 450)} d` : `${nbDecimal(minutes / 60)} t`;
  return { text, value: minutes };
}

function resolutionTable(stats: MonthlyStats): TableBlock {
  const rows = PRIORITY_ORDER.map((p) => stats.resolutionTimes.find((r) => r.priority === p)).filter((r) => !!r);
  const months = rows[0]?.months.map((m) => m.month) ?? [];
  return {
    type: 'table',
    id: 'resolution',
    caption: 'Løsningstid per prioritet, snitt og median (d = arbeidsdager à 7,5 t, t = timer i åpningstiden)',
    groups: [['', 2], ...months.map((m): [string, number] => [monthName(m), 2])],
    columns: [
      { label: 'Prioritet', numeric: false },
      { label: 'SLA', numeric: false },
      ...months.flatMap(() => [
        { label: 'Snitt', numeric: true },
        { label: 'Median', numeric: true },
      ]),
    ],
    rows: rows.map((r) => [
      label(PRIORITY_LABEL[r.priority] ?? r.priority),
      label(r.targetUnit === 'working_days' ? `${r.targetValue} dager` : `${nbDecimal(r.targetValue / 60)} timer`),
      ...r.months.flatMap((m) => [duration(m.meanMinutes, r.targetUnit), duration(m.medianMinutes, r.targetUnit)]),
    ]),
  };
}

function supportSections(o: Outline, input: ActivityInput) {
  const { stats, month } = input;
  const statsHref = `/servicedesk/stats?month=${month}`;
  const i = stats.months.indexOf(month);
  const newCount = stats.newByKind.reduce((s, k) => s + (k.counts[i] ?? 0), 0);
  const alerts = stats.newByKind.find((k) => k.kind === 'security_alert')?.counts[i] ?? 0;
  const named = <T extends { name: string }>(xs: T[], empty: string) =>
    xs.map((x) => ({ ...x, name: x.name || empty }));

  o.heading(3, 'Service og support');
  o.rich(input.sections.get('support') ?? EMPTY, 3);

  o.heading(4, 'Nye feil og forespørsler fordelt på kategori');
  o.paragraph(
    `Saker innmeldt i ${monthName(month)}: ${nbInt(newCount)}, av dem ${nbInt(alerts)} varsler om mulig sikkerhetstrussel (kategori Infrastruktur).`,
  );
  o.push(
    monthChart(
      'new-by-category',
      'Nye feil og forespørsler per kategori',
      'hbar',
      'Kategori',
      stats.months,
      named(stats.newByCategory, 'Uten kategori'),
      statsHref,
    ),
  );

  o.heading(4, 'Nye feil og forespørsler fordelt på kommune');
  o.push(
    monthChart(
      'new-by-member',
      'Nye feil og forespørsler per kommune',
      'bar',
      'Kommune',
      stats.months,
      named(stats.newByMember, 'Uten kommune'),
      statsHref,
    ),
  );

  const last = stats.openTrend[stats.openTrend.length - 1] ?? { incidents: 0, requests: 0 };
  const end = lastDayOf(month);
  o.heading(4, 'Oversikt over feilmeldinger');
  o.paragraph(`Antall åpne feilmeldinger pr. ${end} var ${nbInt(last.incidents)}.`);
  o.push(trendChart('open-incidents', 'Åpne feilmeldinger', stats, 'incidents', statsHref));

  o.heading(4, 'Oversikt over tjenesteforespørsler');
  o.paragraph(`Antall åpne forespørsler pr. ${end} var ${nbInt(last.requests)}.`);
  o.push(trendChart('open-requests', 'Åpne tjenesteforespørsler', stats, 'requests', statsHref));

  o.heading(4, 'Feilmeldinger og tjenesteforespørsler');
  o.paragraph(`Til sammen ${nbInt(last.incidents + last.requests)} åpne saker ved utgangen av ${monthName(month)}.`);
  o.push(trendChart('open-all', 'Åpne feilmeldinger og forespørsler', stats, 'both', statsHref));

  o.heading(4, 'Overholdelse av tjenestenivåavtalen - SLA');
  const sla = slaTable(stats, statsHref);
  o.push(sla);
  const thisMonth = stats.slaByPriority.map((p) => p.months[p.months.length - 1]);
  const met = thisMonth.reduce((s, m) => s + (m?.resolutionMet ?? 0), 0);
  const breached = thisMonth.reduce((s, m) => s + (m?.resolutionBreached ?? 0), 0);
  o.paragraph(`I ${monthName(month)} ble ${nbPercent(met, met + breached)} av de løste sakene løst innen SLA.`);
  const critical = stats.criticalAndHigh.filter((t) => t.priority === 'critical');
  const high = stats.criticalAndHigh.filter((t) => t.priority === 'high');
  const incidentList = (list: typeof critical): Block => ({
    type: 'list',
    ordered: false,
    items: list.map((t) => [
      {
        type: 'paragraph',
        content: [
          {
            text: `${nbDate(t.createdAt.slice(0, 10)).slice(0, 5)} – ${t.memberName ?? 'Ukjent kommune'} – ${t.subject} (sak ${t.number})`,
            href: `/servicedesk/tickets/${t.id}`,
          },
        ],
      },
    ]),
  });
  o.paragraph(
    `I ${monthName(month)} hadde vi ${nbInt(critical.length)} hendelser med kritisk prioritet${critical.length ? ':' : '.'}`,
  );
  if (critical.length) o.push(incidentList(critical));
  o.paragraph(`Vi hadde ${nbInt(high.length)} hendelser med høy prioritet${high.length ? ':' : '.'}`);
  if (high.length) o.push(incidentList(high));

  o.heading(4, 'Gjennomsnittlig løsningstid på innmeldte feil');
  o.push(resolutionTable(stats));
  o.paragraph('Gamle saker som blir løst gir høy gjennomsnittlig løsningstid; medianen viser den typiske saken.');
}

export const EMPTY: RichDoc = { type: 'doc', content: [] };

/** The header block every report starts with (seed 002's title block). */
export function headerFields(meta: ReportMeta): Block {
  return {
    type: 'fields',
    rows: [
      ['Tittel', meta.title],
      ['Versjon', `${meta.version} (${meta.versionDate})`],
      ['Status', meta.statusLabel],
      ['Godkjent dato', meta.approvedDate ?? '–'],
      ['Godkjent av', meta.approvedBy ?? '–'],
      ['Dok. ansvarlig', meta.documentOwner],
    ],
  };
}

export function glossaryTable(glossary: GlossaryTerm[]): TableBlock {
  return {
    type: 'table',
    id: 'glossary',
    caption: 'Definisjoner og begreper',
    columns: [
      { label: 'Begrep', numeric: false },
      { label: 'Forklaring', numeric: false },
    ],
    rows: glossary.map((g) => [label(g.term, true), label(g.definition)]),
  };
}

/** The whole economy and activity report of a month. */
export function buildActivityReport(input: ActivityInput): ReportDoc {
  const o = new Outline();
  const s = (key: string) => input.sections.get(key) ?? EMPTY;
  o.push(headerFields(input.meta));
  economyTables(o, input);

  o.heading(1, 'Aktiviteter');
  o.heading(2, 'Kundeservice');
  o.rich(s('customer_service'), 2);
  o.heading(3, 'Rullering av PC-er');
  o.paragraph(
    `Uttrekket viser PC-ene som har vært pålogget i ${monthName(input.month)}. Status pr. ${lastDayOf(input.month)}:`,
  );
  o.rich(s('rotation'), 3);
  o.push(rotationBlock(input.rotation));
  o.heading(3, 'Kompetanseportalen');
  o.rich(s('knowledge_portal'), 3);
  o.heading(3, 'Chatbot Rakel');
  o.rich(s('rakel'), 3);
  supportSections(o, input);

  for (const area of input.areas) {
    o.heading(2, area.title);
    const body = s(area.key);
    if (body.content.length === 0) o.paragraph({ text: 'Ingen rapport fra faggruppen denne måneden.', italic: true });
    else o.rich(body, 2);
  }
  o.heading(2, 'Driftstekniske aktiviteter');
  o.rich(s('operations'), 2);

  o.heading(1, 'Definisjoner og begreper');
  o.push(glossaryTable(input.glossary));
  return { meta: input.meta, blocks: o.blocks };
}
