import { z } from '@hono/zod-openapi';
import { CHANNELS, CORE_STATES, PRIORITIES, TICKET_KINDS } from './tables.ts';

export const KindEnum = z.enum(TICKET_KINDS as [string, ...string[]]).openapi({ example: 'incident' });
export const ChannelEnum = z.enum(CHANNELS as [string, ...string[]]).openapi({ example: 'phone' });
export const PriorityEnum = z.enum(PRIORITIES as [string, ...string[]]).openapi({ example: 'high' });
export const CoreStateEnum = z.enum(CORE_STATES as [string, ...string[]]);

const instant = z.string().nullable();

export const SlaSchema = z.object({
  responseDue: instant,
  resolutionDue: instant,
  responseBreached: z.boolean().nullable(),
  resolutionBreached: z.boolean().nullable(),
  businessMinutes: z.number().nullable(),
  paused: z.boolean(),
  frozen: z.boolean(),
});

export const TicketSchema = z
  .object({
    id: z.uuid(),
    number: z.number().int(),
    kind: KindEnum,
    channel: ChannelEnum,
    priority: PriorityEnum,
    categoryId: z.uuid().nullable(),
    memberId: z.uuid().nullable(),
    requesterId: z.uuid().nullable(),
    requesterName: z.string(),
    requesterEmail: z.string().nullable(),
    teamId: z.uuid().nullable(),
    assigneeId: z.uuid().nullable(),
    assigneeName: z.string().nullable(),
    status: z.string(),
    coreState: CoreStateEnum,
    subject: z.string(),
    description: z.string(),
    solution: z.string().nullable(),
    catalogueItemId: z.uuid().nullable(),
    formData: z.record(z.string(), z.unknown()).nullable(),
    duplicateOfId: z.uuid().nullable(),
    parentId: z.uuid().nullable(),
    createdAt: z.string(),
    updatedAt: z.string(),
    firstResponseAt: instant,
    resolvedAt: instant,
    closedAt: instant,
    reopenCount: z.number().int(),
    sla: SlaSchema,
  })
  .openapi('Ticket');

export const TicketDetailSchema = TicketSchema.extend({
  access: z.object({
    read: z.boolean(),
    readInternal: z.boolean(),
    commentPublic: z.boolean(),
    commentInternal: z.boolean(),
    work: z.boolean(),
    reopen: z.boolean(),
  }),
  history: z.array(
    z.object({
      id: z.number().int(),
      at: z.string(),
      actorUserId: z.uuid().nullable(),
      actorName: z.string(),
      kind: z.string(),
      data: z.record(z.string(), z.unknown()),
    }),
  ),
}).openapi('TicketDetail');

const text = (max: number) => z.string().trim().max(max);

export const CreateTicketSchema = z
  .object({
    kind: KindEnum,
    subject: text(300).min(1, 'required'),
    description: text(20_000).optional(),
    channel: ChannelEnum.optional(),
    priority: PriorityEnum.optional(),
    categoryId: z.uuid().nullable().optional(),
    memberId: z.uuid().nullable().optional(),
    requesterId: z.uuid().nullable().optional(),
    requesterName: text(200).optional(),
    requesterEmail: z.email().nullable().optional(),
    catalogueItemId: z.uuid().nullable().optional(),
    formData: z
      .record(z.string().max(100), z.union([z.string().max(5000), z.number(), z.boolean(), z.null()]))
      .optional(),
    teamId: z.uuid().nullable().optional(),
    assigneeId: z.uuid().nullable().optional(),
  })
  .openapi('CreateTicket');

export const UpdateTicketSchema = z
  .object({
    priority: PriorityEnum.optional(),
    categoryId: z.uuid().nullable().optional(),
    memberId: z.uuid().nullable().optional(),
    teamId: z.uuid().nullable().optional(),
    assigneeId: z.uuid().nullable().optional(),
    status: text(50).min(1).optional(),
    subject: text(300).min(1, 'required').optional(),
  })
  .openapi('UpdateTicket');

export const CommentSchema = z
  .object({ body: text(20_000).min(1, 'required'), public: z.boolean() })
  .openapi('Comment');
export const ResolveSchema = z.object({ solution: text(20_000).min(1, 'required') }).openapi('Resolve');
export const ReopenSchema = z.object({ reason: text(5000).min(1, 'required') }).openapi('Reopen');
export const DuplicateSchema = z.object({ duplicateOfId: z.uuid() }).openapi('Duplicate');

const csv = (item: z.ZodEnum<Record<string, string>>) =>
  z
    .string()
    .max(200)
    .transform((s) => s.split(',').filter(Boolean))
    .pipe(z.array(item));

export const TicketListQuerySchema = z.object({
  scope: z.enum(['mine', 'queue']).default('queue'),
  memberId: z.uuid().optional(),
  kind: KindEnum.optional(),
  priority: csv(PriorityEnum)
    .optional()
    .openapi({ description: 'comma-separated priorities', example: 'critical,high' }),
  categoryId: z.uuid().optional(),
  teamId: z.uuid().optional(),
  assignee: z.union([z.uuid(), z.enum(['none', 'me'])]).optional(),
  status: text(50).optional(),
  coreState: csv(CoreStateEnum)
    .optional()
    .openapi({ description: 'comma-separated core states', example: 'new,open,waiting' }),
  risk: z.enum(['due_soon', 'breached']).optional(),
  search: text(200).optional(),
  cursor: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}T[\d:.]+Z_[0-9a-f-]{36}$/, 'not a cursor from this list')
    .optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});

export const TicketListSchema = z
  .object({ items: z.array(TicketSchema), nextCursor: z.string().nullable() })
  .openapi('TicketList');

export const MessageSchema = z
  .object({
    id: z.uuid(),
    title: z.string(),
    body: z.string(),
    severity: z.enum(['info', 'minor', 'major', 'critical']),
    categoryIds: z.array(z.uuid()),
    memberIds: z.array(z.uuid()),
    keywords: z.array(z.string()),
    startsAt: z.string(),
    expectedEndAt: instant,
    closedAt: instant,
    incidentTicketId: z.uuid().nullable(),
  })
  .openapi('OperationalMessage');

export const MessageInputSchema = z
  .object({
    title: text(200).min(1, 'required'),
    body: text(10_000).optional(),
    severity: z.enum(['info', 'minor', 'major', 'critical']),
    categoryIds: z.array(z.uuid()).max(50).optional(),
    memberIds: z.array(z.uuid()).max(100).optional(),
    keywords: z.array(text(50).min(1)).max(30).optional(),
    startsAt: z.iso.datetime({ offset: true }).optional(),
    expectedEndAt: z.iso.datetime({ offset: true }).nullable().optional(),
    /** the incident ticket the service desk works the fault in; users' reports attach to it */
    incidentTicketId: z.uuid().nullable().optional(),
  })
  .openapi('OperationalMessageInput');

export const MessagePatchSchema = MessageInputSchema.partial().openapi('OperationalMessagePatch');

export const AttachFaultSchema = z.object({ description: text(5_000).optional() }).openapi('AttachFault');

export const ConfigSchema = z
  .object({
    statuses: z.array(
      z.object({ key: z.string(), name: z.string(), coreState: CoreStateEnum, pausesSla: z.boolean() }),
    ),
    categories: z.array(
      z.object({ id: z.uuid(), parentId: z.uuid().nullable(), name: z.string(), active: z.boolean() }),
    ),
    teams: z.array(z.object({ id: z.uuid(), name: z.string(), active: z.boolean() })),
    catalogue: z.array(
      z.object({
        id: z.uuid(),
        name: z.string(),
        description: z.string(),
        categoryId: z.uuid().nullable(),
        included: z.boolean(),
        priceOre: z.number().int().nullable(),
        priceUnit: z.string().nullable(),
        formFields: z.array(
          z.object({
            key: z.string(),
            label: z.string(),
            type: z.enum(['text', 'textarea', 'select', 'number', 'date', 'checkbox']),
            required: z.boolean(),
            options: z.array(z.string()).optional(),
          }),
        ),
      }),
    ),
    agents: z.array(z.object({ id: z.uuid(), name: z.string() })),
  })
  .openapi('ServiceDeskConfig');

const counts4 = z.array(z.number().int());
const qualityList = z.object({
  count: z.number().int(),
  tickets: z.array(z.object({ id: z.uuid(), number: z.number().int(), subject: z.string() })),
});

export const StatsQuerySchema = z.object({
  month: z
    .string()
    .regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'must be YYYY-MM')
    .optional()
    .openapi({ example: '2024-10', description: 'default: the current month' }),
  memberId: z.uuid().optional(),
});

export const StatsSchema = z
  .object({
    month: z.string(),
    memberId: z.uuid().nullable(),
    generatedAt: z.string(),
    complete: z.boolean().openapi({ description: 'false while the month is still running' }),
    months: z.array(z.string()),
    newByCategory: z.array(z.object({ categoryId: z.uuid().nullable(), name: z.string(), counts: counts4 })),
    newByMember: z.array(z.object({ memberId: z.uuid().nullable(), name: z.string(), counts: counts4 })),
    newByKind: z.array(z.object({ kind: z.string(), counts: counts4 })),
    openTrend: z.array(z.object({ month: z.string(), incidents: z.number().int(), requests: z.number().int() })),
    slaByPriority: z.array(
      z.object({
        priority: PriorityEnum,
        months: z.array(
          z.object({
            month: z.string(),
            responseMet: z.number().int(),
            responseBreached: z.number().int(),
            resolutionMet: z.number().int(),
            resolutionBreached: z.number().int(),
          }),
        ),
      }),
    ),
    resolutionTimes: z.array(
      z.object({
        priority: PriorityEnum,
        targetMinutes: z.number().nullable(),
        targetLabel: z.string(),
        targetUnit: z.enum(['minutes', 'working_days']),
        targetValue: z.number(),
        months: z.array(
          z.object({
            month: z.string(),
            count: z.number().int(),
            meanMinutes: z.number().nullable(),
            medianMinutes: z.number().nullable(),
          }),
        ),
      }),
    ),
    openAgeProfile: z.array(z.object({ bucket: z.string(), incidents: z.number().int(), requests: z.number().int() })),
    criticalAndHigh: z.array(
      z.object({
        id: z.uuid(),
        number: z.number().int(),
        createdAt: z.string(),
        priority: PriorityEnum,
        memberName: z.string().nullable(),
        subject: z.string(),
      }),
    ),
    channels: z.object({
      year: z.number().int(),
      previousYear: z.number().int(),
      rows: z.array(z.object({ channel: z.string(), count: z.number().int(), previousCount: z.number().int() })),
    }),
    dataQuality: z.object({
      resolvedWithoutTime: qualityList,
      reopenedMany: qualityList,
      openOverYear: qualityList,
      unknownMember: qualityList,
    }),
  })
  .openapi('ServiceDeskStats');
