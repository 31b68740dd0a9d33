import { z } from '@hono/zod-openapi';
import type { AppContext } from '../../app/context.ts';
import { newRouter } from '../../app/router.ts';
import { jsonRoutes } from '../../app/routes.ts';
import * as bodies from './bodies.service.ts';
import * as documents from './documents.service.ts';
import {
  AttendanceInputSchema,
  BodyMemberInputSchema,
  CaseInputSchema,
  CasePatchSchema,
  DecisionInputSchema,
  EndTermSchema,
  GovernanceViewSchema,
  MeetingInputSchema,
  MeetingPatchSchema,
  MeetingPlanInputSchema,
  MeetingsQuery,
  MoveCaseSchema,
  PostponeSchema,
  ProposalActionSchema,
  ProposalInputSchema,
  ProposalsQuery,
  ProposalToCaseSchema,
  ProposalToProjectSchema,
  SearchQuery,
  YearQuery,
} from './governance.schemas.ts';
import * as meetings from './meetings.service.ts';
import * as proposals from './proposals.service.ts';
import { searchGovernance } from './search.service.ts';

const UploadSchema = z
  .object({
    fileName: z.string().trim().min(1).max(255),
    contentBase64: z.string().min(1).max(40_000_000),
  })
  .openapi('AttachmentUpload');
const MinutesSchema = z.object({ send: z.boolean().default(false) }).openapi('MinutesInput');

/** Attachment uploads carry whole files (base64 in JSON); the HTTP layer lets these paths be large. */
export const isGovernanceUpload = (path: string) => /^\/api\/governance\/cases\/[0-9a-f-]{36}\/attachments$/.test(path);

export function governanceRoutes(ctx: AppContext) {
  const app = newRouter();
  const tags = ['Governance'];
  const { route, file } = jsonRoutes(app, tags, GovernanceViewSchema);

  const now = () => ctx.now();
  const db = ctx.db;

  // bodies
  route('get', '/api/governance/bodies', 'Bodies with their members, roles and terms', (a) =>
    bodies.listBodies(db, a, now()),
  );
  route(
    'post',
    '/api/governance/bodies/{id}/members',
    'Seat a person in a body (role and term)',
    (a, v, r) => bodies.addBodyMember(db, a, v.param.id, v.json as never, now(), r),
    { id: true, body: BodyMemberInputSchema, status: 201 },
  );
  route(
    'patch',
    '/api/governance/body-members/{id}',
    'End a person’s term in a body',
    (a, v, r) => bodies.endBodyTerm(db, a, v.param.id, v.json.termTo as string, now(), r),
    { id: true, body: EndTermSchema },
  );
  file(
    '/api/governance/bodies/{id}/plan.ics',
    'The body’s meeting plan of a year as iCalendar',
    'text/calendar',
    async (a, v) => ({
      fileName: `moteplan-${v.query.year}.ics`,
      body: await documents.meetingPlanCalendar(
        db,
        a,
        v.param.id,
        v.query.year as number,
        new URL(ctx.config.publicUrl).hostname,
      ),
    }),
    { query: YearQuery },
  );

  // meetings
  route(
    'get',
    '/api/governance/meetings',
    'Meetings (of a body, of a year), each with its case numbers',
    (a, v) =>
      meetings.listMeetings(
        db,
        a,
        { bodyId: v.query.body as string | undefined, year: v.query.year as number | undefined },
        now(),
      ),
    { query: MeetingsQuery },
  );
  route(
    'post',
    '/api/governance/meetings',
    'Plan a meeting; the two opening cases are added',
    (a, v, r) => meetings.createMeeting(db, a, v.json as never, now(), r),
    { body: MeetingInputSchema, status: 201 },
  );
  route(
    'post',
    '/api/governance/meetings/plan',
    'Plan a year of meetings at once',
    async (a, v, r) => ({
      meetings: await meetings.createMeetingPlan(db, a, v.json as never, now(), r),
    }),
    { body: MeetingPlanInputSchema, status: 201 },
  );
  route(
    'get',
    '/api/governance/meetings/{id}',
    'A meeting with its agenda, attendance, documents and mail',
    (a, v) => meetings.getMeeting(db, a, v.param.id, now()),
    { id: true },
  );
  route(
    'patch',
    '/api/governance/meetings/{id}',
    'Move or change a meeting (numbers follow until the notice)',
    (a, v, r) => meetings.updateMeeting(db, a, v.param.id, v.json as never, now(), r),
    { id: true, body: MeetingPatchSchema },
  );
  route(
    'post',
    '/api/governance/meetings/{id}/cancel',
    'Cancel a meeting',
    (a, v, r) => meetings.cancelMeeting(db, a, v.param.id, now(), r),
    {
      id: true,
    },
  );
  route(
    'post',
    '/api/governance/meetings/{id}/cases',
    'Add a case to the agenda',
    (a, v, r) => meetings.addCase(db, a, v.param.id, v.json as never, now(), r),
    { id: true, body: CaseInputSchema, status: 201 },
  );
  route(
    'put',
    '/api/governance/meetings/{id}/attendance',
    'Record present, absent, chair and minute-taker',
    (a, v, r) => meetings.recordAttendance(db, a, v.param.id, v.json as never, now(), r),
    { id: true, body: AttendanceInputSchema },
  );
  route(
    'post',
    '/api/governance/meetings/{id}/notice',
    'Send the notice and agenda (locks numbers, publishes, mails the body)',
    (a, v, r) => documents.sendNotice(db, a, v.param.id, now(), ctx.config.publicUrl, r),
    { id: true },
  );
  route(
    'post',
    '/api/governance/meetings/{id}/minutes',
    'Generate the minutes; with send, mail them for approval',
    (a, v, r) => documents.issueMinutes(db, a, v.param.id, v.json.send === true, now(), ctx.config.publicUrl, r),
    { id: true, body: MinutesSchema },
  );
  file(
    '/api/governance/meetings/{id}/archive',
    'The archive export: PDFs, attachments and Noark 5 metadata (zip)',
    'application/zip',
    async (a, v) => {
      const out = await documents.archiveExport(db, a, v.param.id, now());
      return { fileName: out.fileName, body: out.zip };
    },
  );
  file('/api/governance/documents/{id}', 'A notice or minutes as issued (PDF)', 'application/pdf', async (a, v) => {
    const d = await documents.getDocument(db, a, v.param.id, now());
    return { fileName: d.file_name, body: d.pdf, inline: true };
  });

  // cases
  route(
    'patch',
    '/api/governance/cases/{id}',
    'Change a case',
    (a, v, r) => meetings.updateCase(db, a, v.param.id, v.json as never, now(), r),
    {
      id: true,
      body: CasePatchSchema,
    },
  );
  route(
    'post',
    '/api/governance/cases/{id}/move',
    'Move a case on the agenda',
    (a, v, r) => meetings.moveCase(db, a, v.param.id, v.json.position as number, now(), r),
    { id: true, body: MoveCaseSchema },
  );
  route(
    'post',
    '/api/governance/cases/{id}/withdraw',
    'Remove a case (withdrawn with its number once the notice is out)',
    (a, v, r) => meetings.withdrawCase(db, a, v.param.id, now(), r),
    { id: true },
  );
  route(
    'post',
    '/api/governance/cases/{id}/postpone',
    'Postpone a case to a later meeting',
    (a, v, r) => meetings.postponeCase(db, a, v.param.id, v.json.toMeetingId as string, now(), r),
    { id: true, body: PostponeSchema },
  );
  route(
    'post',
    '/api/governance/cases/{id}/decision',
    'Record the decision, discussion and vote of a case',
    (a, v, r) => meetings.recordDecision(db, a, v.param.id, v.json as never, now(), r),
    { id: true, body: DecisionInputSchema },
  );
  route(
    'post',
    '/api/governance/cases/{id}/attachments',
    'Attach a file (PDF, Office, image; max 25 MB)',
    (a, v, r) =>
      meetings.addAttachment(
        db,
        a,
        v.param.id,
        { name: v.json.fileName as string, bytes: Buffer.from(v.json.contentBase64 as string, 'base64') },
        now(),
        r,
      ),
    { id: true, body: UploadSchema, status: 201 },
  );
  file('/api/governance/attachments/{id}', 'An attachment', 'application/octet-stream', async (a, v) => {
    const att = await meetings.getAttachment(db, a, v.param.id, now());
    return { fileName: att.file_name, body: att.content };
  });
  route(
    'delete',
    '/api/governance/attachments/{id}',
    'Remove an attachment',
    (a, v, r) => meetings.removeAttachment(db, a, v.param.id, now(), r),
    { id: true },
  );

  // search
  route(
    'get',
    '/api/governance/search',
    'Search cases, decisions and proposals (Norwegian full text)',
    (a, v) => searchGovernance(db, a, v.query.q as string, now()),
    { query: SearchQuery },
  );

  // proposals
  route(
    'get',
    '/api/governance/proposals',
    'Proposals (all, or the actor’s own)',
    (a, v) =>
      proposals.listProposals(
        db,
        a,
        { mine: v.query.mine === 'true', status: v.query.status as string | undefined },
        now(),
      ),
    { query: ProposalsQuery },
  );
  route(
    'post',
    '/api/governance/proposals',
    'Submit a proposal (innspill)',
    (a, v, r) => proposals.submitProposal(db, a, v.json as never, now(), r),
    {
      body: ProposalInputSchema,
      status: 201,
    },
  );
  route(
    'get',
    '/api/governance/proposals/{id}',
    'A proposal with its history',
    (a, v) => proposals.getProposal(db, a, v.param.id, now()),
    {
      id: true,
    },
  );
  route(
    'post',
    '/api/governance/proposals/{id}/actions',
    'Comment on, forward, return, reject, close or withdraw a proposal',
    (a, v, r) => proposals.actOnProposal(db, a, v.param.id, v.json as never, now(), r),
    { id: true, body: ProposalActionSchema },
  );
  route(
    'post',
    '/api/governance/proposals/{id}/case',
    'Make the proposal a council case',
    (a, v, r) => proposals.proposalToCase(db, a, v.param.id, v.json.meetingId as string, now(), r),
    { id: true, body: ProposalToCaseSchema },
  );
  route(
    'post',
    '/api/governance/proposals/{id}/project',
    'Make the proposal an investment project',
    (a, v, r) => proposals.proposalToProject(db, a, v.param.id, v.json.year as number, now(), r),
    { id: true, body: ProposalToProjectSchema },
  );
  return app;
}
