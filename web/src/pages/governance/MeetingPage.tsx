import { Heading, Paragraph } from '@digdir/designsystemet-react';
import { useCallback, useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate, useParams } from 'react-router';
import { BackLink } from '../../components/BackLink.tsx';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { Loading } from '../../components/Loading.tsx';
import { useAsync } from '../../lib/useAsync.ts';
import { usePageTitle } from '../../lib/usePageTitle.ts';
import { useNotice } from '../economy/shared.tsx';
import { NotFound } from '../NotFound.tsx';
import { Agenda } from './Agenda.tsx';
import { AttendanceSection } from './AttendanceSection.tsx';
import { type GovCase, governanceApi, type Meeting } from './api.ts';
import { MeetingActions } from './MeetingActions.tsx';
import { DocumentsSection, MailLog } from './MeetingDocuments.tsx';
import { formatDate, isNotFound, MeetingStatusTag, meetingTitle, timeRange } from './shared.tsx';

/** Set by the page that created the meeting, so this one can say so. */
export interface MeetingLinkState {
  created?: boolean;
}

/** What a meeting's parts may do, from its status and the actor's right to edit its body. */
export interface MeetingRights {
  /** the record is open and the actor may change it */
  open: boolean;
  /** attendance can be recorded (the notice is out) */
  record: boolean;
  /** decisions and minutes (the meeting has been held) */
  decide: boolean;
}

export function rightsOf(m: Meeting): MeetingRights {
  const open = m.canEdit && m.status !== 'cancelled' && m.status !== 'minutes_approved';
  return { open, record: open && m.noticeSentAt !== null, decide: open && m.heldAt !== null };
}

/** One meeting: its head, the secretary's actions by status, attendance, the agenda, documents and mail. */
export function MeetingPage() {
  const { id = '' } = useParams();
  return <MeetingView key={id} id={id} />;
}

function MeetingView({ id }: { id: string }) {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  const location = useLocation();
  const navigate = useNavigate();
  const meeting = useAsync(() => governanceApi.meeting(id), id);
  const m = meeting.data;
  // The body's other meetings: where a case may be postponed to, and where linked cases live.
  const bodyMeetings = useAsync(() => governanceApi.meetings({ body: m?.bodyId }), m?.bodyId ?? '', m !== undefined);
  const [notice, say] = useNotice();
  usePageTitle(m ? meetingTitle(t, m, lng) : t('governance.meeting.fallbackTitle'));

  const created = (location.state as MeetingLinkState | null)?.created;
  useEffect(() => {
    if (!created || !m) return;
    say(t('governance.meeting.created', { number: m.meetingNumber ?? '' }));
    navigate(location.pathname, { replace: true, state: null });
  }, [created, m, say, t, navigate, location.pathname]);

  // A link to one case (#case-…): go there once the agenda is shown.
  const loaded = m !== undefined;
  useEffect(() => {
    if (!loaded || !location.hash.startsWith('#case-')) return;
    const id = decodeURIComponent(location.hash.slice(1));
    requestAnimationFrame(() => {
      document.getElementById(id)?.scrollIntoView();
      document.getElementById(`${id}-heading`)?.focus({ preventScroll: true });
    });
  }, [loaded, location.hash]);

  const { setData, reload } = meeting;
  const reloadBodyMeetings = bodyMeetings.reload;
  const setMeeting = useCallback(
    (next: Meeting) => {
      setData(next);
      reloadBodyMeetings();
    },
    [setData, reloadBodyMeetings],
  );
  const setCase = useCallback(
    (c: GovCase) => {
      if (!m) return;
      setData({ ...m, cases: m.cases.map((x) => (x.id === c.id ? c : x)) });
    },
    [m, setData],
  );
  const caseMeeting = useMemo(() => {
    const map = new Map<string, string>();
    for (const x of bodyMeetings.data?.meetings ?? []) for (const c of x.cases) map.set(c.id, x.id);
    return map;
  }, [bodyMeetings.data]);

  if (meeting.error !== undefined && isNotFound(meeting.error)) return <NotFound />;
  const back = <BackLink to="/governance/meetings">{t('governance.meeting.back')}</BackLink>;
  if (!m) {
    return (
      <>
        {back}
        <Heading level={1} data-size="lg">
          {t('governance.meeting.fallbackTitle')}
        </Heading>
        {meeting.error !== undefined ? <ErrorMessage error={meeting.error} onRetry={meeting.reload} /> : <Loading />}
      </>
    );
  }

  const rights = rightsOf(m);
  const later = (bodyMeetings.data?.meetings ?? []).filter(
    (x) => x.id !== m.id && x.date > m.date && x.status !== 'cancelled' && x.status !== 'minutes_approved',
  );

  return (
    <>
      <BackLink to={`/governance/meetings?body=${m.bodyId}&year=${m.year}`}>{t('governance.meeting.back')}</BackLink>
      <div className="title-row">
        <Heading level={1} data-size="lg" id="meeting-heading" tabIndex={-1}>
          {m.bodyName} {m.meetingNumber ?? formatDate(m.date, lng)}
          {m.meetingNumber && m.provisional && (
            <span className="muted gov-provisional"> {t('governance.provisional')}</span>
          )}
        </Heading>
        <div className="title-row__tags">
          <MeetingStatusTag status={m.status} />
        </div>
      </div>
      <dl className="facts facts--grid gov-meeting-facts">
        <div>
          <dt>{t('governance.meeting.date')}</dt>
          <dd>{formatDate(m.date, lng)}</dd>
        </div>
        <div>
          <dt>{t('governance.meeting.time')}</dt>
          <dd>{timeRange(m)}</dd>
        </div>
        <div>
          <dt>{t('governance.meeting.place')}</dt>
          <dd>{m.place || t('common.none')}</dd>
        </div>
        <div>
          <dt>{t('governance.meeting.status')}</dt>
          <dd>{t(`governance.meetingStatus.${m.status}`)}</dd>
        </div>
        <div>
          <dt>{t('governance.meeting.chair')}</dt>
          <dd>{m.chair?.name || t('common.none')}</dd>
        </div>
        <div>
          <dt>{t('governance.meeting.minuteTaker')}</dt>
          <dd>{m.minuteTaker?.name || t('common.none')}</dd>
        </div>
      </dl>
      {m.provisional && m.meetingNumber && (
        <Paragraph data-size="sm" className="note">
          {t('governance.meeting.provisionalHelp')}
        </Paragraph>
      )}
      {notice}
      {(rights.open || m.status === 'minutes_approved') && (
        <MeetingActions meeting={m} rights={rights} onMeeting={setMeeting} say={say} />
      )}
      <AttendanceSection meeting={m} rights={rights} onMeeting={setMeeting} say={say} />
      <Agenda
        meeting={m}
        rights={rights}
        later={later}
        caseMeeting={caseMeeting}
        onMeeting={setMeeting}
        onCase={setCase}
        reload={() => {
          reload();
          reloadBodyMeetings();
        }}
        say={say}
      />
      <DocumentsSection meeting={m} />
      {m.canEdit && <MailLog meeting={m} />}
    </>
  );
}
