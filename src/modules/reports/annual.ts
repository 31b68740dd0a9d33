// The annual report of a year (seed 001, "Årsrapport 2021"): introduction, status and deliveries,
// the departments' activities with the service desk's figures year over year, organisation (the
// council and boards with their members, management, staffing, sick leave per year), economy (each
// member's share and contribution, the operating result, investments), future challenges, summary
// and the approval by each member. Pure: the service gathers the inputs.

import type { PhoneMonth } from '../channels/phone.ts';
import type { getPayments } from '../economy/economy.service.ts';
import type { governanceYear } from '../governance/reporting.service.ts';
import type { YearlyStats } from '../servicedesk/stats.service.ts';
import {
  type Area,
  EMPTY,
  headerFields,
  type InvestmentsView,
  label,
  num,
  type OperatingView,
  type SectionSlot,
} from './activity.ts';
import { nbDate, nbDecimal, nbInt } from './format.ts';
import type { Cell, ReportDoc, ReportMeta, TableBlock } from './model.ts';
import { Outline } from './outline.ts';
import type { RichDoc } from './rich-text.ts';

export type PaymentsView = Awaited<ReturnType<typeof getPayments>>;
export type GovernanceYear = Awaited<ReturnType<typeof governanceYear>>;

export interface StaffYear {
  year: number;
  fte: number;
  employees: number;
  women: number | null;
  men: number | null;
  sickLeavePercent: number | null;
}

export interface AnnualInput {
  meta: ReportMeta;
  year: number;
  cooperationName: string;
  sections: ReadonlyMap<string, RichDoc>;
  areas: Area[];
  tickets: YearlyStats;
  /** the telephony system's figures of the year (null: none imported) */
  phone: PhoneMonth | null;
  governance: GovernanceYear;
  staff: StaffYear[];
  payments: PaymentsView;
  operating: OperatingView;
  investments: InvestmentsView;
  approvals: { memberName: string; date: string | null; signer: string | null }[];
}

/** The sections staff write in an annual report, in document order (areas come between); `bodies`: councils and boards. */
export function annualSections(areas: Area[], bodies: number): SectionSlot[] {
  return [
    { key: 'introduction', title: 'Innledning', number: '1' },
    { key: 'status', title: 'Status', number: '2' },
    { key: 'highlights', title: 'Overordnede aktiviteter', number: '2.1' },
    { key: 'customer_service', title: 'Kundeservice', number: '2.2.1' },
    { key: 'operations', title: 'Drift', number: '2.2.2' },
    { key: 'service_development', title: 'Tjenesteutvikling', number: '2.2.3' },
    ...areas.map((a, i) => ({ ...a, number: `2.2.3.${i + 1}` })),
    { key: 'organisation', title: 'Organisasjon', number: '3' },
    // after one heading per council or board (3.1 …)
    { key: 'management', title: 'Ledelse', number: `3.${bodies + 1}` },
    { key: 'staffing', title: 'Bemanning', number: `3.${bodies + 2}` },
    { key: 'sick_leave', title: 'Sykefravær', number: `3.${bodies + 3}` },
    { key: 'financing', title: 'Finansiering', number: '4.1' },
    { key: 'operating_result', title: 'Driftskostnader', number: '4.2' },
    { key: 'investment_result', title: 'Investeringskostnader', number: '4.3' },
    { key: 'challenges', title: 'Fremtidige utfordringer', number: '5' },
    { key: 'summary', title: 'Oppsummering', number: '6' },
  ];
}

const CHANNEL_LABEL: Record<string, string> = {
  portal: 'Selvbetjeningsportal',
  email: 'E-post',
  phone: 'Telefon',
  walk_in: 'Oppmøte',
  api: 'Integrasjon (API)',
};
const ROLE_LABEL: Record<string, string> = {
  chair: 'leder',
  member: 'medlem',
  deputy: 'vara',
  secretary: 'sekretær',
  union_rep: 'tillitsvalgt',
};

const bold = (cells: Cell[]) => cells.map((c) => ({ ...c, bold: true }));

function channelTable(t: YearlyStats): TableBlock {
  const href = `/servicedesk/stats?month=${t.year}-12`;
  return {
    type: 'table',
    id: 'channels',
    caption: 'Saker per innkommende kilde',
    columns: [{ label: 'Kilde', numeric: false }, ...t.years.map((y) => ({ label: String(y), numeric: true }))],
    rows: t.channels.map((c) => [label(CHANNEL_LABEL[c.channel] ?? c.channel), ...c.counts.map((n) => num(n, href))]),
    total: bold([label('Sum'), ...t.totals.map((n) => num(n))]),
    additive: t.years.map((_, i) => i + 1),
  };
}

function staffTables(staff: StaffYear[], year: number): TableBlock[] {
  const shown = staff.filter((s) => s.year <= year && s.year > year - 5).sort((a, b) => b.year - a.year);
  return [
    {
      type: 'table',
      id: 'staffing',
      caption: 'Bemanning ved utgangen av året',
      columns: [
        { label: 'År', numeric: false },
        { label: 'Årsverk', numeric: true },
        { label: 'Ansatte', numeric: true },
        { label: 'Kvinner', numeric: true },
        { label: 'Menn', numeric: true },
      ],
      rows: shown.map((s) => [
        label(String(s.year)),
        { text: nbDecimal(s.fte), value: s.fte },
        num(s.employees),
        s.women === null ? { text: '–', value: null } : num(s.women),
        s.men === null ? { text: '–', value: null } : num(s.men),
      ]),
    },
    {
      type: 'table',
      id: 'sick-leave',
      caption: 'Sykefravær per år',
      columns: [
        { label: 'Årstall', numeric: false },
        { label: 'Sykefravær %', numeric: true },
      ],
      rows: shown
        .filter((s) => s.sickLeavePercent !== null)
        .map((s) => [
          label(String(s.year)),
          { text: nbDecimal(s.sickLeavePercent ?? 0, 2), value: s.sickLeavePercent },
        ]),
    },
  ];
}

function paymentsTable(p: PaymentsView): TableBlock {
  const href = `/economy/${p.year}/payments`;
  const unitNote = p.unit === 1000 ? 'tall i hele 1000' : 'tall i hele kroner';
  return {
    type: 'table',
    id: 'payments',
    caption: `Fordeling mellom deltakerkommunene ${p.year}`,
    note: unitNote,
    columns: [
      { label: 'Kommune', numeric: false },
      { label: 'Andel', numeric: true },
      { label: 'Driftstilskudd', numeric: true },
      { label: 'Investering (netto)', numeric: true },
      { label: 'Overført', numeric: true },
      { label: 'Sum', numeric: true },
    ],
    rows: p.rows.map((r) => [
      label(r.name),
      { text: `${r.sharePercent.replace('.', ',')} %`, value: Number(r.sharePercent) },
      num(r.operating, href),
      num(r.investmentNet, href),
      num(-r.carryOver, href),
      num(r.total, href),
    ]),
    total: bold([
      label('Sum'),
      { text: '100,000 %', value: 100 },
      num(p.sum.operating),
      num(p.sum.investmentNet),
      num(-p.sum.carryOver),
      num(p.sum.total),
    ]),
    additive: [2, 3, 4, 5],
  };
}

function budgetTable(
  id: string,
  caption: string,
  first: string,
  unit: number,
  rows: { name: string; actual: number; budget: number; deviation: number; forecast: number }[],
  sum: { actual: number; budget: number; deviation: number },
  href: string,
): TableBlock {
  return {
    type: 'table',
    id,
    caption,
    note: unit === 1000 ? 'tall i hele 1000' : 'tall i hele kroner',
    columns: [
      { label: first, numeric: false },
      { label: 'Regnskap', numeric: true },
      { label: 'Budsjett', numeric: true },
      { label: 'Avvik', numeric: true },
    ],
    rows: rows.map((r) => [label(r.name), num(r.actual, href), num(r.budget, href), num(r.budget - r.actual, href)]),
    total: bold([label('Sum'), num(sum.actual), num(sum.budget), num(sum.budget - sum.actual)]),
    additive: [1, 2, 3],
  };
}

/** The whole annual report of a year. */
export function buildAnnualReport(input: AnnualInput): ReportDoc {
  const o = new Outline();
  const s = (key: string) => input.sections.get(key) ?? EMPTY;
  const { year, tickets } = input;
  const yi = tickets.years.indexOf(year);
  o.push(headerFields(input.meta));

  o.heading(1, 'Innledning');
  o.rich(s('introduction'), 1);

  o.heading(1, `Status ${input.cooperationName} ${year}`);
  o.rich(s('status'), 1);
  o.heading(2, `Overordnede aktiviteter ${year}`);
  o.rich(s('highlights'), 2);
  o.heading(2, `Avdelingsaktiviteter ${year}`);
  o.heading(3, 'Kundeservice');
  o.rich(s('customer_service'), 3);
  const total = tickets.totals[yi] ?? 0;
  const previous = yi > 0 ? (tickets.totals[yi - 1] ?? 0) : null;
  o.paragraph(
    `Kundeservice har mottatt ${nbInt(total)} saker i løpet av ${year}` +
      (previous === null ? '.' : ` (${nbInt(previous)} i ${year - 1}).`) +
      ' Fordelingen på innkommende kilde er vist i tabellen under.',
  );
  o.push({
    type: 'chart',
    id: 'channels-chart',
    title: 'Saker per innkommende kilde, år for år',
    kind: 'bar',
    categories: tickets.channels.map((c) => CHANNEL_LABEL[c.channel] ?? c.channel),
    series: tickets.years.map((y, i) => ({ name: String(y), values: tickets.channels.map((c) => c.counts[i] ?? 0) })),
    table: channelTable(tickets),
  });
  const alerts = tickets.kinds.find((k) => k.kind === 'security_alert')?.counts[yi] ?? 0;
  o.paragraph(
    `Av sakene var ${nbInt(alerts)} varsler om mulig sikkerhetstrussel. Vi har mottatt ${nbInt(tickets.critical[yi] ?? 0)} hendelser av kritisk karakter og ${nbInt(tickets.high[yi] ?? 0)} med høy prioritet i løpet av ${year}.`,
  );
  const phone = input.phone;
  if (phone && phone.callsReceived > 0 && phone.answerRate !== null) {
    const talk = phone.meanTalkSeconds === null ? null : phone.meanTalkSeconds / 60;
    o.paragraph(
      `I tillegg har vi mottatt ${nbInt(phone.callsReceived)} telefoner med en svarprosent på ${nbInt(Math.round(phone.answerRate * 100))}\u00a0%.` +
        (talk === null || phone.meanWaitSeconds === null
          ? ''
          : ` Gjennomsnittlig samtaletid er ${nbDecimal(talk)} minutter, og vi svarer i gjennomsnitt etter ${nbInt(Math.round(phone.meanWaitSeconds))} sekunders ventetid.`),
    );
  }
  o.heading(3, 'Drift');
  o.rich(s('operations'), 3);
  o.heading(3, 'Tjenesteutvikling');
  o.rich(s('service_development'), 3);
  for (const area of input.areas) {
    const body = s(area.key);
    if (body.content.length === 0) continue;
    o.heading(4, area.title);
    o.rich(body, 4);
  }

  o.heading(1, 'Organisasjon');
  o.rich(s('organisation'), 1);
  for (const body of input.governance) {
    o.heading(2, body.name);
    o.push({
      type: 'list',
      ordered: false,
      items: body.members.map((m) => [
        {
          type: 'paragraph',
          content: [
            {
              text: [
                m.name,
                ROLE_LABEL[m.role] ?? m.role,
                m.memberName,
                m.termFrom > `${year}-01-01` ? `fra ${nbDate(m.termFrom)}` : null,
                m.termTo && m.termTo < `${year}-12-31` ? `fram til ${nbDate(m.termTo)}` : null,
              ]
                .filter(Boolean)
                .join(', '),
            },
          ],
        },
      ]),
    });
    o.paragraph(
      `Det har blitt avholdt ${nbInt(body.meetingsHeld)} møter i ${year}, og ${nbInt(body.casesDecided)} saker er protokollført.`,
    );
  }
  o.heading(2, 'Ledelse');
  o.rich(s('management'), 2);
  const [staffing, sickLeave] = staffTables(input.staff, year);
  o.heading(2, 'Bemanning');
  o.rich(s('staffing'), 2);
  if (staffing && staffing.rows.length > 0) o.push(staffing);
  o.heading(2, 'Sykefravær');
  o.rich(s('sick_leave'), 2);
  if (sickLeave && sickLeave.rows.length > 0) o.push(sickLeave);

  o.heading(1, 'Økonomi');
  o.heading(2, 'Finansiering');
  o.rich(s('financing'), 2);
  o.push(paymentsTable(input.payments));
  o.heading(2, 'Driftskostnader');
  const op = input.operating;
  const result = op.sum.budget - op.sum.actual;
  o.paragraph(
    result >= 0
      ? `${input.cooperationName} fikk et mindreforbruk for ${year} på ${nbInt(result)} (${op.unit === 1000 ? 'tall i hele 1000' : 'kr'}).`
      : `${input.cooperationName} fikk et merforbruk for ${year} på ${nbInt(-result)} (${op.unit === 1000 ? 'tall i hele 1000' : 'kr'}).`,
  );
  o.rich(s('operating_result'), 2);
  o.push(
    budgetTable(
      'operating-result',
      `Driftsregnskap ${year}`,
      'Type utgift',
      op.unit,
      op.rows.map((r) => ({ ...r, name: r.label })),
      op.sum,
      `/economy/${year}/operating`,
    ),
  );
  o.heading(2, 'Investeringskostnader');
  o.rich(s('investment_result'), 2);
  const inv = input.investments;
  o.push(
    budgetTable(
      'investment-result',
      `Investeringer ${year}`,
      'Prosjekt',
      inv.unit,
      inv.rows,
      inv.sum,
      `/economy/${year}/investments`,
    ),
  );

  o.heading(1, 'Fremtidige utfordringer');
  o.rich(s('challenges'), 1);
  o.heading(1, 'Oppsummering');
  o.rich(s('summary'), 1);

  o.heading(1, 'Godkjenning');
  o.paragraph(`Årsrapporten er godkjent av kommunedirektørene i ${input.cooperationName}s medlemskommuner.`);
  o.push({
    type: 'table',
    id: 'approval',
    caption: 'Godkjenning',
    columns: [
      { label: 'Kommune', numeric: false },
      { label: 'Dato', numeric: false },
      { label: 'Godkjent av', numeric: false },
    ],
    rows: input.approvals.map((a) => [
      label(a.memberName),
      label(a.date ? nbDate(a.date) : '–'),
      label(a.signer ?? '–'),
    ]),
  });
  return { meta: input.meta, blocks: o.blocks };
}
