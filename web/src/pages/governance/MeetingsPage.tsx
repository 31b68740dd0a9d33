import { Heading, Link, Paragraph, Table } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useNavigate, useSearchParams } from 'react-router';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { Loading } from '../../components/Loading.tsx';
import { SelectField } from '../../components/SelectField.tsx';
import { TableScroll } from '../../components/TableScroll.tsx';
import { useAsync } from '../../lib/useAsync.ts';
import { usePageTitle } from '../../lib/usePageTitle.ts';
import { useNotice } from '../economy/shared.tsx';
import { governanceApi, type MeetingListItem } from './api.ts';
import { MeetingPlanForm, NewMeetingForm } from './MeetingForms.tsx';
import type { MeetingLinkState } from './MeetingPage.tsx';
import { formatDate, MeetingStatusTag, thisYear, timeRange } from './shared.tsx';

const YEARS_BACK = 8;
const YEARS_AHEAD = 3;

/** The meetings of a body (or all bodies) in a year, and for editors the forms that plan new ones. */
export function MeetingsPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const current = thisYear();
  const yearParam = Number(params.get('year'));
  const year = yearParam >= 2000 && yearParam <= 2100 ? yearParam : current;
  const body = params.get('body') ?? '';
  usePageTitle(t('governance.meetings.pageTitle', { year }));
  const bodies = useAsync(() => governanceApi.bodies(), 'bodies');
  const meetings = useAsync(() => governanceApi.meetings({ body: body || undefined, year }), `${body}|${year}`);
  const [notice, say] = useNotice();

  const years = Array.from({ length: YEARS_BACK + YEARS_AHEAD + 1 }, (_, i) => current + YEARS_AHEAD - i);
  if (!years.includes(year)) years.push(year);
  years.sort((a, b) => b - a);
  const setFilter = (key: 'body' | 'year', value: string) => {
    const p = new URLSearchParams(params);
    if (value) p.set(key, value);
    else p.delete(key);
    setParams(p, { replace: true });
  };

  const all = bodies.data?.bodies ?? [];
  const editable = all.filter((b) => b.canEdit);
  const bodyName = all.find((b) => b.id === body)?.name;
  const list = meetings.data?.meetings ?? [];
  const caption = bodyName
    ? t('governance.meetings.captionBody', { body: bodyName, year })
    : t('governance.meetings.caption', { year });

  return (
    <>
      <Paragraph data-size="sm" className="eyebrow">
        {t('governance.title')}
      </Paragraph>
      <Heading level={1} data-size="lg">
        {t('governance.meetings.title')}
      </Heading>
      <Paragraph className="muted">{t('governance.meetings.intro')}</Paragraph>
      {notice}
      <section aria-labelledby="meetings-heading" className="section">
        <Heading level={2} data-size="sm" id="meetings-heading">
          {t('governance.meetings.listTitle')}
        </Heading>
        <div className="filters gov-filters">
          <SelectField
            label={t('governance.meetings.body')}
            name="body"
            value={body}
            onChange={(e) => setFilter('body', e.target.value)}
            empty={t('governance.meetings.allBodies')}
            options={all.map((b) => ({ value: b.id, label: b.name }))}
          />
          <SelectField
            label={t('governance.meetings.year')}
            name="year"
            value={String(year)}
            onChange={(e) => setFilter('year', e.target.value)}
            options={years.map((y) => ({ value: String(y), label: String(y) }))}
          />
        </div>
        {meetings.error !== undefined && <ErrorMessage error={meetings.error} onRetry={meetings.reload} level={3} />}
        {meetings.loading && !meetings.data && <Loading />}
        {meetings.data &&
          (list.length === 0 ? (
            <Paragraph className="muted" role="status">
              {bodyName
                ? t('governance.meetings.emptyBody', { body: bodyName, year })
                : t('governance.meetings.empty', { year })}
            </Paragraph>
          ) : (
            <MeetingsTable meetings={list} caption={caption} busy={meetings.loading} showBody={!body} />
          ))}
      </section>
      {editable.length > 0 && (
        <>
          <NewMeetingForm
            bodies={editable}
            defaultBodyId={editable.some((b) => b.id === body) ? body : undefined}
            onCreated={(m) => {
              const state: MeetingLinkState = { created: true };
              navigate(`/governance/meetings/${m.id}`, { state });
            }}
          />
          <MeetingPlanForm
            bodies={editable}
            defaultBodyId={editable.some((b) => b.id === body) ? body : undefined}
            year={year}
            onCreated={(count, bodyId, planYear) => {
              say(t('governance.plan.created', { count }));
              const p = new URLSearchParams(params);
              p.set('body', bodyId);
              p.set('year', String(planYear));
              setParams(p, { replace: true });
              if (bodyId === body && planYear === year) meetings.reload();
            }}
          />
        </>
      )}
    </>
  );
}

function MeetingsTable({
  meetings,
  caption,
  busy,
  showBody,
}: {
  meetings: MeetingListItem[];
  caption: string;
  busy: boolean;
  showBody: boolean;
}) {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  return (
    <TableScroll label={caption}>
      <Table className="data-table gov-meetings" data-size="sm" aria-busy={busy}>
        <caption className="table-caption">{caption}</caption>
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell scope="col">{t('governance.meetings.number')}</Table.HeaderCell>
            {showBody && <Table.HeaderCell scope="col">{t('governance.meetings.body')}</Table.HeaderCell>}
            <Table.HeaderCell scope="col">{t('governance.meetings.date')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('governance.meetings.time')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('governance.meetings.place')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('governance.meetings.status')}</Table.HeaderCell>
            <Table.HeaderCell scope="col" className="num">
              {t('governance.meetings.cases')}
            </Table.HeaderCell>
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {meetings.map((m) => (
            <Table.Row key={m.id} data-meeting={m.meetingNumber ?? m.date}>
              <Table.HeaderCell scope="row" className="nowrap">
                <Link asChild>
                  <RouterLink to={`/governance/meetings/${m.id}`}>
                    {m.meetingNumber ?? t('governance.meeting.noNumberLink', { date: formatDate(m.date, lng) })}
                  </RouterLink>
                </Link>
                {m.meetingNumber && m.provisional && <span className="muted"> {t('governance.provisional')}</span>}
              </Table.HeaderCell>
              {showBody && <Table.Cell>{m.bodyName}</Table.Cell>}
              <Table.Cell className="nowrap">{formatDate(m.date, lng)}</Table.Cell>
              <Table.Cell className="nowrap">{timeRange(m)}</Table.Cell>
              <Table.Cell>{m.place || <span className="muted">{t('common.none')}</span>}</Table.Cell>
              <Table.Cell>
                <MeetingStatusTag status={m.status} />
              </Table.Cell>
              <Table.Cell className="num">{m.cases.filter((c) => c.status !== 'withdrawn').length}</Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </TableScroll>
  );
}
