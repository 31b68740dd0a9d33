import { z } from '@hono/zod-openapi';
import { RichDocSchema } from './rich-text.ts';

const Day = z.iso.date().openapi({ example: '2024-11-05' });
const Text = (max: number) => z.string().trim().max(max);

export const REPORT_KINDS = ['activity', 'annual'] as const;
export const REPORT_STATUSES = ['draft', 'review', 'approved'] as const;

/** Responses are built by the presenters in the services; the OpenAPI document names their shape loosely. */
export const ReportsViewSchema = z.record(z.string(), z.unknown()).openapi('ReportsView');

export const ReportListQuery = z.object({
  kind: z.enum(REPORT_KINDS).optional(),
  year: z.coerce.number().int().min(2000).max(2100).optional(),
  status: z.enum(REPORT_STATUSES).optional(),
});

export const ReportCreateSchema = z
  .object({
    kind: z.enum(REPORT_KINDS),
    period: z
      .string()
      .regex(
        /^\d{4}(-(0[1-9]|1[0-2]))?$/,
        'a month (2024-10) for an activity report, a year (2024) for an annual report',
      )
      .openapi({ description: "'YYYY-MM' for kind activity, 'YYYY' for kind annual", example: '2024-10' }),
    title: Text(200).min(1).optional(),
    documentOwner: Text(200).min(1).optional(),
    caseId: z.uuid().nullable().optional().openapi({ description: 'the council case that presents the report' }),
  })
  .openapi('ReportCreate');

export const ReportPatchSchema = z
  .object({
    title: Text(200).min(1, 'required').optional(),
    documentOwner: Text(200).min(1, 'required').optional(),
    caseId: z.uuid().nullable().optional(),
  })
  .openapi('ReportPatch');

export const SectionKeyParam = z.object({
  id: z.uuid(),
  key: z
    .string()
    .regex(/^[a-z_]+(:[0-9a-f-]{36})?$/, 'a section key such as rotation or area:<uuid>')
    .openapi({ param: { name: 'key', in: 'path' }, example: 'operations' }),
});

export const SectionInputSchema = z
  .object({
    body: RichDocSchema,
    /** the section's updatedAt as read; a stale value is refused (someone else saved in between) */
    baseUpdatedAt: z.iso.datetime().nullable().optional(),
  })
  .openapi('SectionInput');

export const MemberApprovalsSchema = z
  .object({
    approvals: z
      .array(
        z.object({
          memberId: z.uuid(),
          date: Day,
          signer: Text(200).min(1, 'who approved for the member'),
        }),
      )
      .max(100),
  })
  .openapi('MemberApprovals');

export const AttachSchema = z.object({ caseId: z.uuid() }).openapi('ReportAttach');

export const ImageUploadSchema = z
  .object({
    fileName: Text(255).min(1),
    contentBase64: z.string().min(1).max(14_000_000),
  })
  .openapi('ReportImageUpload');

export const GlossaryInputSchema = z
  .object({ term: Text(200).min(1, 'required'), definition: Text(4000).min(1, 'required') })
  .openapi('GlossaryInput');

export const StaffYearInputSchema = z
  .object({
    fte: z.number().min(0).max(100_000).multipleOf(0.1).openapi({ description: 'årsverk', example: 26 }),
    employees: z.number().int().min(0).max(100_000),
    women: z.number().int().min(0).max(100_000).nullable().default(null),
    men: z.number().int().min(0).max(100_000).nullable().default(null),
    sickLeavePercent: z.number().min(0).max(100).multipleOf(0.01).nullable().default(null).openapi({ example: 1.22 }),
  })
  .openapi('StaffYearInput');

export const YearParam = z.object({
  year: z.coerce
    .number()
    .int()
    .min(2000)
    .max(2100)
    .openapi({ param: { name: 'year', in: 'path' }, example: 2021 }),
});
