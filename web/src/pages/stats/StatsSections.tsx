import { Card, Heading, Link, Paragraph, Table, Tag } from '@digdir/designsystemet-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import type { AgeBucket, DataQualityList, Priority, ServiceDeskStats } from '../../api/types.ts';
import { TableScroll } from '../../components/TableScroll.tsx';
import { formatDateTime, formatMinutes, formatMonth, formatNumber } from '../../lib/format.ts';
import { PriorityTag } from '../servicedesk/TicketBits.tsx';
import { BarsChart, ChartWithTable, COLORS, TrendChart } from './Charts.tsx';

interface Props {
  stats: ServiceDeskStats;
}

function useFormat() {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  return {
    t,
    lng,
    n: (x: number) => formatNumber(x, lng),
    month: (m: string) => formatMonth(m, lng),
    shortMonth: (m: string) => formatMonth(m, lng, 'short'),
  };
}

function Section({ id, title, intro, children }: { id: string; title: string; intro?: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className="section stats-section">
      <Heading level={2} data-size="sm" id={id}>
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

/** A table of counts per row and month, with a total row; rows with a link or a plain name. */
function CountsTable({
  caption,
  rowHeader,
  months,
  rows,
}: {
  caption: string;
  rowHeader: string;
  months: string[];
  rows: { key: string; name: ReactNode; counts: number[] }[];
}) {
  const { t, n, month } = useFormat();
  const totals = months.map((_, i) => rows.reduce((sum, r) => sum + (r.counts[i] ?? 0), 0));
  return (
    <TableScroll label={caption}>
      <Table className="data-table stats-table" data-size="sm">
        <caption className="table-caption">{caption}</caption>
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell scope="col">{rowHeader}</Table.HeaderCell>
            {months.map((m) => (
              <Table.HeaderCell key={m} scope="col" className="num">
                {month(m)}
              </Table.HeaderCell>
            ))}
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {rows.length === 0 && (
            <Table.Row>
              <Table.Cell colSpan={months.length + 1} className="muted">
                {t('stats.noTickets')}
              </Table.Cell>
            </Table.Row>
          )}
          {rows.map((r) => (
            <Table.Row key={r.key}>
              <Table.HeaderCell scope="row">{r.name}</Table.HeaderCell>
              {months.map((m, i) => (
                <Table.Cell key={m} className="num">
                  {n(r.counts[i] ?? 0)}
                </Table.Cell>
              ))}
            </Table.Row>
          ))}
        </Table.Body>
        {rows.length > 0 && (
          <tfoot>
            <Table.Row className="total-row">
              <Table.HeaderCell scope="row">{t('stats.total')}</Table.HeaderCell>
              {totals.map((x, i) => (
                <Table.Cell key={months[i]} className="num">
                  {n(x)}
                </Table.Cell>
              ))}
            </Table.Row>
          </tfoot>
        )}
      </Table>
    </TableScroll>
  );
}

export function NewTickets({ stats }: Props) {
  const { t } = useFormat();
  return (
    <Section id="stats-new" title={t('stats.newTitle')} intro={t('stats.newIntro')}>
      <CountsTable
        caption={t('stats.byCategory')}
        rowHeader={t('ticket.category')}
        months={stats.months}
        rows={stats.newByCategory.map((r) => ({
          key: r.categoryId ?? 'none',
          name: r.categoryId ? r.name : <span className="muted">{r.name || t('ticket.noCategory')}</span>,
          counts: r.counts,
        }))}
      />
      <CountsTable
        caption={t('stats.byMember')}
        rowHeader={t('ticket.member')}
        months={stats.months}
        rows={stats.newByMember.map((r) => ({
          key: r.memberId ?? 'none',
          name: r.memberId ? r.name : <span className="muted">{r.name || t('stats.unknownMember')}</span>,
          counts: r.counts,
        }))}
      />
      <CountsTable
        caption={t('stats.byKind')}
        rowHeader={t('ticket.kind')}
        months={stats.months}
        rows={stats.newByKind.map((r) => ({ key: r.kind, name: t(`sd.kinds.${r.kind}`), counts: r.counts }))}
      />
    </Section>
  );
}

export function OpenTrend({ stats }: Props) {
  const { t, n, month, shortMonth } = useFormat();
  const trend = stats.openTrend;
  const last = trend.at(-1);
  const first = trend[0];
  const title = t('stats.trendTitle');
  const description =
    last && first
      ? t('stats.trendDescription', {
          month: month(last.month),
          incidents: n(last.incidents),
          requests: n(last.requests),
          firstMonth: month(first.month),
          firstIncidents: n(first.incidents),
          firstRequests: n(first.requests),
        })
      : t('stats.noData');
  const labels = { incidents: t('stats.openIncidents'), requests: t('stats.openRequests') };
  return (
    <Section id="stats-trend" title={title} intro={t('stats.trendIntro')}>
      <Paragraph>{description}</Paragraph>
      <ChartWithTable
        chart={
          <TrendChart
            title={title}
            description={description}
            data={trend.map((r) => ({ label: shortMonth(r.month), incidents: r.incidents, requests: r.requests }))}
            xKey="label"
            series={[
              { key: 'incidents', label: labels.incidents, color: COLORS.blue },
              { key: 'requests', label: labels.requests, color: COLORS.orange, dashed: true },
            ]}
          />
        }
        table={
          <IncidentsRequestsTable
            label={title}
            caption={t('stats.trendCaption')}
            firstHeader={t('stats.monthEnd')}
            labels={labels}
            rows={trend.map((r) => ({
              key: r.month,
              label: month(r.month),
              incidents: r.incidents,
              requests: r.requests,
            }))}
          />
        }
      />
    </Section>
  );
}

const percent = (met: number, breached: number, lng: string) =>
  met + breached === 0
    ? null
    : new Intl.NumberFormat(lng === 'en' ? 'en-GB' : 'nb-NO', { style: 'percent', maximumFractionDigits: 0 }).format(
        met / (met + breached),
      );

export function SlaByPriority({ stats }: Props) {
  const { t, n, lng, month, shortMonth } = useFormat();
  const labels = {
    responseMet: t('stats.responseMet'),
    responseBreached: t('stats.responseBreached'),
    resolutionMet: t('stats.resolutionMet'),
    resolutionBreached: t('stats.resolutionBreached'),
  };
  const none = t('common.none');
  return (
    <Section id="stats-sla" title={t('stats.slaTitle')} intro={t('stats.slaIntro')}>
      <ul className="plain-list chart-grid">
        {stats.slaByPriority.map((p) => {
          const name = t(`sd.priorities.${p.priority}`);
          const title = t('stats.slaChartTitle', { priority: name });
          const latest = p.months.at(-1);
          const description = latest
            ? t('stats.slaChartDescription', {
                month: month(latest.month),
                met: n(latest.resolutionMet),
                breached: n(latest.resolutionBreached),
                responseMet: n(latest.responseMet),
                responseBreached: n(latest.responseBreached),
              })
            : t('stats.noData');
          return (
            <li key={p.priority} className="chart-grid__item">
              <Heading level={3} data-size="2xs">
                {title}
              </Heading>
              <BarsChart
                title={title}
                description={description}
                height={220}
                data={p.months.map((m) => ({ label: shortMonth(m.month), ...m }))}
                xKey="label"
                series={[
                  { key: 'responseMet', label: labels.responseMet, color: COLORS.lightBlue, stack: 'response' },
                  {
                    key: 'responseBreached',
                    label: labels.responseBreached,
                    color: COLORS.lightOrange,
                    stack: 'response',
                  },
                  { key: 'resolutionMet', label: labels.resolutionMet, color: COLORS.blue, stack: 'resolution' },
                  {
                    key: 'resolutionBreached',
                    label: labels.resolutionBreached,
                    color: COLORS.orange,
                    stack: 'resolution',
                  },
                ]}
              />
            </li>
          );
        })}
      </ul>
      <TableScroll label={t('stats.slaCaption')}>
        <Table className="data-table stats-table sla-table" data-size="sm">
          <caption className="table-caption">{t('stats.slaCaption')}</caption>
          <Table.Head>
            <Table.Row>
              <Table.HeaderCell scope="col">{t('ticket.priority')}</Table.HeaderCell>
              <Table.HeaderCell scope="col">{t('stats.month')}</Table.HeaderCell>
              <Table.HeaderCell scope="col" className="num">
                {labels.responseMet}
              </Table.HeaderCell>
              <Table.HeaderCell scope="col" className="num">
                {labels.responseBreached}
              </Table.HeaderCell>
              <Table.HeaderCell scope="col" className="num">
                {labels.resolutionMet}
              </Table.HeaderCell>
              <Table.HeaderCell scope="col" className="num">
                {labels.resolutionBreached}
              </Table.HeaderCell>
              <Table.HeaderCell scope="col" className="num">
                {t('stats.resolutionShare')}
              </Table.HeaderCell>
            </Table.Row>
          </Table.Head>
          {stats.slaByPriority.map((p) => (
            <Table.Body key={p.priority} data-priority={p.priority}>
              {p.months.map((m, i) => (
                <Table.Row key={m.month} data-month={m.month}>
                  {i === 0 && (
                    <Table.HeaderCell scope="rowgroup" rowSpan={p.months.length}>
                      {t(`sd.priorities.${p.priority}`)}
                    </Table.HeaderCell>
                  )}
                  <Table.HeaderCell scope="row">{month(m.month)}</Table.HeaderCell>
                  <Table.Cell className="num" data-col="responseMet">
                    {n(m.responseMet)}
                  </Table.Cell>
                  <Table.Cell className="num" data-col="responseBreached">
                    {n(m.responseBreached)}
                  </Table.Cell>
                  <Table.Cell className="num" data-col="resolutionMet">
                    {n(m.resolutionMet)}
                  </Table.Cell>
                  <Table.Cell className="num" data-col="resolutionBreached">
                    {n(m.resolutionBreached)}
                  </Table.Cell>
                  <Table.Cell className="num">{percent(m.resolutionMet, m.resolutionBreached, lng) ?? none}</Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          ))}
        </Table>
      </TableScroll>
    </Section>
  );
}

export function ResolutionTimes({ stats }: Props) {
  const { t, n, lng, month } = useFormat();
  const months = stats.resolutionTimes[0]?.months.map((m) => m.month) ?? stats.months.slice(-3);
  type Row = ServiceDeskStats['resolutionTimes'][number];
  const workingDays = (r: Row) => (r.targetUnit === 'working_days' ? r.targetValue : undefined);
  const target = (r: Row) => {
    if (r.targetUnit === 'minutes') return formatMinutes(r.targetValue, lng);
    return t('stats.workingDays', { count: r.targetValue });
  };
  /** Times against a target in working days are shown in working days, to compare like with like. */
  const amount = (r: Row, minutes: number) => {
    const days = workingDays(r);
    if (days && r.targetMinutes) {
      const value = new Intl.NumberFormat(lng === 'en' ? 'en-GB' : 'nb-NO', {
        minimumFractionDigits: 1,
        maximumFractionDigits: 1,
      }).format(minutes / (r.targetMinutes / days));
      return t('stats.daysDecimal', { value });
    }
    return formatMinutes(minutes, lng);
  };
  const time = (r: Row, minutes: number | null) => {
    if (minutes === null) return <span className="muted">{t('common.none')}</span>;
    const over = r.targetMinutes !== null && minutes > r.targetMinutes;
    return (
      <>
        {amount(r, minutes)}
        {over && (
          <>
            {' '}
            <Tag data-color="warning" data-size="sm" className="nowrap">
              {t('stats.overTarget')}
            </Tag>
          </>
        )}
      </>
    );
  };
  return (
    <Section id="stats-resolution" title={t('stats.resolutionTitle')} intro={t('stats.resolutionIntro')}>
      <TableScroll label={t('stats.resolutionCaption')}>
        <Table className="data-table stats-table resolution-table" data-size="sm">
          <caption className="table-caption">{t('stats.resolutionCaption')}</caption>
          <Table.Head>
            <Table.Row>
              <Table.HeaderCell scope="col" rowSpan={2}>
                {t('ticket.priority')}
              </Table.HeaderCell>
              <Table.HeaderCell scope="col" rowSpan={2}>
                {t('stats.target')}
              </Table.HeaderCell>
              {months.map((m) => (
                <Table.HeaderCell key={m} scope="colgroup" colSpan={3} className="colgroup-head">
                  {month(m)}
                </Table.HeaderCell>
              ))}
            </Table.Row>
            <Table.Row>
              {months.map((m) => [
                <Table.HeaderCell key={`${m}-c`} scope="col" className="num">
                  {t('stats.count')}
                </Table.HeaderCell>,
                <Table.HeaderCell key={`${m}-a`} scope="col" className="num">
                  {t('stats.mean')}
                </Table.HeaderCell>,
                <Table.HeaderCell key={`${m}-m`} scope="col" className="num">
                  {t('stats.median')}
                </Table.HeaderCell>,
              ])}
            </Table.Row>
          </Table.Head>
          <Table.Body>
            {stats.resolutionTimes.map((r) => (
              <Table.Row key={r.priority}>
                <Table.HeaderCell scope="row">{t(`sd.priorities.${r.priority}`)}</Table.HeaderCell>
                <Table.Cell>{target(r)}</Table.Cell>
                {r.months.map((m) => [
                  <Table.Cell key={`${m.month}-c`} className="num">
                    {n(m.count)}
                  </Table.Cell>,
                  <Table.Cell key={`${m.month}-a`} className="num">
                    {time(r, m.meanMinutes)}
                  </Table.Cell>,
                  <Table.Cell key={`${m.month}-m`} className="num">
                    {time(r, m.medianMinutes)}
                  </Table.Cell>,
                ])}
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      </TableScroll>
      <Paragraph data-size="sm" className="note">
        {t('stats.meanNote')}
      </Paragraph>
    </Section>
  );
}

const BUCKETS: AgeBucket[] = ['0-7', '8-30', '31-90', '91-365', '365+'];

export function AgeProfile({ stats }: Props) {
  const { t, n } = useFormat();
  const rows = BUCKETS.map(
    (bucket) => stats.openAgeProfile.find((r) => r.bucket === bucket) ?? { bucket, incidents: 0, requests: 0 },
  );
  const label = (b: AgeBucket) => t(`stats.buckets.${b}`);
  const title = t('stats.ageTitle');
  const oldest = rows.slice(3).reduce((s, r) => s + r.incidents + r.requests, 0);
  const all = rows.reduce((s, r) => s + r.incidents + r.requests, 0);
  const description = t('stats.ageDescription', { count: all, total: n(all), old: n(oldest) });
  const labels = { incidents: t('stats.incidents'), requests: t('stats.requests') };
  return (
    <Section id="stats-age" title={title} intro={t('stats.ageIntro')}>
      <Paragraph>{description}</Paragraph>
      <ChartWithTable
        chart={
          <BarsChart
            title={title}
            description={description}
            data={rows.map((r) => ({ label: label(r.bucket), incidents: r.incidents, requests: r.requests }))}
            xKey="label"
            series={[
              { key: 'incidents', label: labels.incidents, color: COLORS.blue, stack: 'open' },
              { key: 'requests', label: labels.requests, color: COLORS.lightOrange, stack: 'open' },
            ]}
          />
        }
        table={
          <IncidentsRequestsTable
            label={title}
            caption={t('stats.ageCaption')}
            firstHeader={t('stats.age')}
            labels={labels}
            rows={rows.map((r) => ({
              key: r.bucket,
              label: label(r.bucket),
              incidents: r.incidents,
              requests: r.requests,
            }))}
          />
        }
      />
    </Section>
  );
}

export function CriticalAndHigh({ stats, ticketBase }: Props & { ticketBase: string }) {
  const { t, lng, month } = useFormat();
  const caption = t('stats.criticalCaption', { month: month(stats.month) });
  return (
    <Section id="stats-critical" title={t('stats.criticalTitle')}>
      {stats.criticalAndHigh.length === 0 ? (
        <Paragraph className="muted">{t('stats.noCritical', { month: month(stats.month) })}</Paragraph>
      ) : (
        <TableScroll label={caption}>
          <Table className="data-table stats-table critical-table" data-size="sm">
            <caption className="table-caption">{caption}</caption>
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell scope="col">{t('ticket.number')}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t('stats.date')}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t('ticket.priority')}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t('ticket.member')}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t('stats.what')}</Table.HeaderCell>
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {stats.criticalAndHigh.map((r) => (
                <Table.Row key={r.id} data-ticket={r.number}>
                  <Table.HeaderCell scope="row" className="nowrap">
                    <Link asChild>
                      <RouterLink to={`${ticketBase}/${r.id}`}>#{r.number}</RouterLink>
                    </Link>
                  </Table.HeaderCell>
                  <Table.Cell className="nowrap">
                    <time dateTime={r.createdAt}>{formatDateTime(r.createdAt, lng)}</time>
                  </Table.Cell>
                  <Table.Cell>
                    <PriorityTag priority={r.priority as Priority} />
                  </Table.Cell>
                  <Table.Cell>{r.memberName ?? <span className="muted">{t('stats.unknownMember')}</span>}</Table.Cell>
                  <Table.Cell className="break">{r.subject}</Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </TableScroll>
      )}
    </Section>
  );
}

export function Channels({ stats }: Props) {
  const { t, n, lng } = useFormat();
  const { year, previousYear, rows } = stats.channels;
  const total = rows.reduce((s, r) => s + r.count, 0);
  const prevTotal = rows.reduce((s, r) => s + r.previousCount, 0);
  const change = (now: number, before: number) => {
    if (before === 0) return t('common.none');
    const pct = (now - before) / before;
    return new Intl.NumberFormat(lng === 'en' ? 'en-GB' : 'nb-NO', {
      style: 'percent',
      maximumFractionDigits: 0,
      signDisplay: 'exceptZero',
    }).format(pct);
  };
  const caption = t('stats.channelsCaption', { year, previousYear });
  return (
    <Section
      id="stats-channels"
      title={t('stats.channelsTitle')}
      intro={t('stats.channelsIntro', { year, previousYear })}
    >
      <TableScroll label={caption}>
        <Table className="data-table stats-table channels-table" data-size="sm">
          <caption className="table-caption">{caption}</caption>
          <Table.Head>
            <Table.Row>
              <Table.HeaderCell scope="col">{t('ticket.channel')}</Table.HeaderCell>
              <Table.HeaderCell scope="col" className="num">
                {String(year)}
              </Table.HeaderCell>
              <Table.HeaderCell scope="col" className="num">
                {String(previousYear)}
              </Table.HeaderCell>
              <Table.HeaderCell scope="col" className="num">
                {t('stats.change')}
              </Table.HeaderCell>
            </Table.Row>
          </Table.Head>
          <Table.Body>
            {rows.map((r) => (
              <Table.Row key={r.channel}>
                <Table.HeaderCell scope="row">{t(`sd.channels.${r.channel}`)}</Table.HeaderCell>
                <Table.Cell className="num">{n(r.count)}</Table.Cell>
                <Table.Cell className="num">{n(r.previousCount)}</Table.Cell>
                <Table.Cell className="num">{change(r.count, r.previousCount)}</Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
          <tfoot>
            <Table.Row className="total-row">
              <Table.HeaderCell scope="row">{t('stats.total')}</Table.HeaderCell>
              <Table.Cell className="num">{n(total)}</Table.Cell>
              <Table.Cell className="num">{n(prevTotal)}</Table.Cell>
              <Table.Cell className="num">{change(total, prevTotal)}</Table.Cell>
            </Table.Row>
          </tfoot>
        </Table>
      </TableScroll>
    </Section>
  );
}

const QUALITY_KEYS = ['resolvedWithoutTime', 'reopenedMany', 'openOverYear', 'unknownMember'] as const;

export function DataQuality({ stats, ticketBase }: Props & { ticketBase: string }) {
  const { t, n } = useFormat();
  return (
    <Section id="stats-quality" title={t('stats.qualityTitle')} intro={t('stats.qualityIntro')}>
      <ul className="plain-list quality-grid">
        {QUALITY_KEYS.map((key) => {
          const list: DataQualityList = stats.dataQuality[key];
          return (
            <li key={key}>
              <Card className="quality-card" data-quality={key}>
                <Heading level={3} data-size="2xs" id={`quality-${key}`}>
                  {t(`stats.quality.${key}`)}
                </Heading>
                <Paragraph data-size="sm">
                  <span className="quality-card__count">{n(list.count)}</span>{' '}
                  {t('stats.qualityCount', { count: list.count })}
                </Paragraph>
                {list.tickets.length > 0 && (
                  <ul className="quality-card__list" aria-labelledby={`quality-${key}`}>
                    {list.tickets.map((x) => (
                      <li key={x.id}>
                        <Link asChild>
                          <RouterLink to={`${ticketBase}/${x.id}`}>
                            #{x.number} {x.subject}
                          </RouterLink>
                        </Link>
                      </li>
                    ))}
                  </ul>
                )}
                {list.count > list.tickets.length && (
                  <Paragraph data-size="sm" className="muted">
                    {t('stats.qualityShown', { shown: n(list.tickets.length), count: n(list.count) })}
                  </Paragraph>
                )}
              </Card>
            </li>
          );
        })}
      </ul>
    </Section>
  );
}

/** A table of open incidents and requests with their sum, one row per month end or age bucket. */
function IncidentsRequestsTable(props: {
  label: string;
  caption: string;
  firstHeader: string;
  labels: { incidents: string; requests: string };
  rows: { key: string; label: string; incidents: number; requests: number }[];
}) {
  const { t, i18n } = useTranslation();
  const n = (v: number) => formatNumber(v, i18n.language);
  return (
    <TableScroll label={props.label}>
      <Table className="data-table stats-table" data-size="sm">
        <caption className="table-caption">{props.caption}</caption>
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell scope="col">{props.firstHeader}</Table.HeaderCell>
            <Table.HeaderCell scope="col" className="num">
              {props.labels.incidents}
            </Table.HeaderCell>
            <Table.HeaderCell scope="col" className="num">
              {props.labels.requests}
            </Table.HeaderCell>
            <Table.HeaderCell scope="col" className="num">
              {t('stats.total')}
            </Table.HeaderCell>
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {props.rows.map((r) => (
            <Table.Row key={r.key}>
              <Table.HeaderCell scope="row">{r.label}</Table.HeaderCell>
              <Table.Cell className="num">{n(r.incidents)}</Table.Cell>
              <Table.Cell className="num">{n(r.requests)}</Table.Cell>
              <Table.Cell className="num">{n(r.incidents + r.requests)}</Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </TableScroll>
  );
}
