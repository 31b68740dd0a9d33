import { z } from '@hono/zod-openapi';

const Text = (max: number) => z.string().max(max);
const Title = z.string().trim().min(1, 'a title is required').max(300);
const Day = z.iso.date().openapi({ example: '2024-11-14' });
const Time = z
  .string()
  .regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'a time such as 08:15')
  .openapi({ example: '08:15' });

export const BODY_ROLES = ['chair', 'member', 'deputy', 'secretary', 'union_rep'] as const;
export const CASE_KINDS = ['decision', 'information', 'discussion'] as const;

/** Responses are built by the presenters in the service; the OpenAPI document names their shape loosely. */
export const GovernanceViewSchema = z.record(z.string(), z.unknown()).openapi('GovernanceView');

export const YearQuery = z.object({
  year: z.coerce.number().int().min(2000).max(2100).openapi({ example: 2024 }),
});
export const MeetingsQuery = z.object({
  body: z.string().min(1).max(100).optional().openapi({ description: 'body id' }),
  year: z.coerce.number().int().min(2000).max(2100).optional(),
});
export const SearchQuery = z.object({
  q: z.string().trim().min(1, 'type something to search for').max(200),
});
export const ProposalsQuery = z.object({
  mine: z.enum(['true', 'false']).optional(),
  status: z.enum(['open', 'rejected', 'withdrawn', 'closed', 'case', 'project']).optional(),
});

export const BodyMemberInputSchema = z
  .object({
    userId: z.uuid(),
    role: z.enum(BODY_ROLES),
    memberId: z.uuid().nullable().default(null),
    termFrom: Day,
    termTo: Day.nullable().default(null),
  })
  .openapi('BodyMemberInput');
export type BodyMemberInput = z.infer<typeof BodyMemberInputSchema>;

export const EndTermSchema = z.object({ termTo: Day }).openapi('EndTerm');

export const MeetingInputSchema = z
  .object({
    bodyId: z.uuid(),
    date: Day,
    startTime: Time,
    endTime: Time,
    place: Text(300).default(''),
  })
  .openapi('MeetingInput');
export type MeetingInput = z.infer<typeof MeetingInputSchema>;

export const MeetingPlanInputSchema = z
  .object({
    bodyId: z.uuid(),
    dates: z.array(Day).min(1).max(24),
    startTime: Time,
    endTime: Time,
    place: Text(300).default(''),
  })
  .openapi('MeetingPlanInput');
export type MeetingPlanInput = z.infer<typeof MeetingPlanInputSchema>;

export const MeetingPatchSchema = z
  .object({
    date: Day,
    startTime: Time,
    endTime: Time,
    place: Text(300),
    chairId: z.uuid().nullable(),
    minuteTakerId: z.uuid().nullable(),
  })
  .partial()
  .openapi('MeetingPatch');
export type MeetingPatch = z.infer<typeof MeetingPatchSchema>;

export const CaseInputSchema = z
  .object({
    title: Title,
    kind: z.enum(CASE_KINDS),
    ownerId: z.uuid().nullable().default(null),
    ownerText: Text(200).default(''),
    background: Text(50_000).default(''),
    proposedDecision: Text(5_000).default(''),
  })
  .openapi('CaseInput');
export type CaseInput = z.infer<typeof CaseInputSchema>;

export const CasePatchSchema = CaseInputSchema.partial().openapi('CasePatch');
export type CasePatch = z.infer<typeof CasePatchSchema>;

export const MoveCaseSchema = z.object({ position: z.number().int().min(0).max(999) }).openapi('MoveCase');
export const PostponeSchema = z.object({ toMeetingId: z.uuid() }).openapi('Postpone');

export const VoteSchema = z.object({
  for: z.number().int().min(0).max(1000),
  against: z.number().int().min(0).max(1000),
  abstain: z.number().int().min(0).max(1000),
  note: Text(500).default(''),
});

export const DecisionInputSchema = z
  .object({
    decision: z.string().trim().min(1, 'write the decision').max(5_000),
    discussion: Text(50_000).default(''),
    vote: VoteSchema.nullable().default(null),
    guests: z.array(z.string().trim().min(1).max(200)).max(50).default([]),
  })
  .openapi('DecisionInput');
export type DecisionInput = z.infer<typeof DecisionInputSchema>;

export const AttendanceInputSchema = z
  .object({
    present: z.array(z.uuid()).max(200),
    absent: z.array(z.uuid()).max(200),
    chairId: z.uuid().nullable().optional(),
    minuteTakerId: z.uuid().nullable().optional(),
  })
  .openapi('AttendanceInput');
export type AttendanceInput = z.infer<typeof AttendanceInputSchema>;

export const ProposalInputSchema = z
  .object({
    title: Title,
    need: z.string().trim().min(1, 'describe the need').max(10_000),
    benefit: Text(10_000).default(''),
    memberIds: z.array(z.uuid()).max(50).default([]),
    estimatedCostOre: z.number().int().min(0).max(9e15).nullable().default(null),
  })
  .openapi('ProposalInput');
export type ProposalInput = z.infer<typeof ProposalInputSchema>;

export const ProposalActionSchema = z
  .object({
    action: z.enum(['comment', 'forward', 'return', 'reject', 'close', 'withdraw']),
    comment: Text(10_000).default(''),
    /** the professional group to forward to, when the proposal leaves the innovation council */
    bodyId: z.uuid().optional(),
  })
  .openapi('ProposalAction');
export type ProposalActionInput = z.infer<typeof ProposalActionSchema>;

export const ProposalToCaseSchema = z.object({ meetingId: z.uuid() }).openapi('ProposalToCase');
export const ProposalToProjectSchema = z
  .object({ year: z.number().int().min(2000).max(2100) })
  .openapi('ProposalToProject');
