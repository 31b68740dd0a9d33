import { z } from '@hono/zod-openapi';
import { isCalendarDay } from '../../shared/dates.ts';

export const Day = z
  .string()
  .refine(isCalendarDay, 'must be a date as YYYY-MM-DD')
  .openapi({ example: '2025-01-01', format: 'date' });

export const ContactSchema = z
  .object({
    id: z.uuid(),
    memberId: z.uuid(),
    name: z.string(),
    title: z.string(),
    email: z.string().nullable(),
    phone: z.string().nullable(),
    validFrom: z.string(),
    validTo: z.string().nullable(),
  })
  .openapi('Contact');

export const MemberSchema = z
  .object({
    id: z.uuid(),
    code: z.string(),
    name: z.string(),
    kind: z.enum(['host', 'partner', 'associated']),
    organisationNumber: z.string().nullable(),
    municipalityNumber: z.string().nullable(),
    joinedOn: z.string(),
    leftOn: z.string().nullable(),
    mergedIntoMemberId: z.uuid().nullable(),
    emailDomains: z.array(z.string()),
    current: z.boolean(),
    contacts: z.array(ContactSchema),
  })
  .openapi('Member');

export const BodySchema = z
  .object({
    id: z.uuid(),
    kind: z.enum(['council', 'portfolio_board', 'group', 'innovation_council']),
    name: z.string(),
    memberId: z.uuid().nullable(),
    description: z.string(),
  })
  .openapi('Body');

export const OverviewSchema = z
  .object({
    cooperation: z.object({
      id: z.uuid(),
      slug: z.string(),
      name: z.string(),
      shortName: z.string(),
      organisationForm: z.string(),
      description: z.string(),
    }),
    date: z.string(),
    members: z.array(MemberSchema),
    formerMembers: z.array(MemberSchema),
    bodies: z.array(BodySchema),
  })
  .openapi('CooperationOverview');

const optionalText = (max: number) => z.string().trim().max(max).nullable().optional();

export const ContactInputSchema = z
  .object({
    name: z.string().trim().min(1, 'required').max(200),
    title: z.string().trim().min(1, 'required').max(200),
    email: z.email().nullable().optional(),
    phone: optionalText(40),
    validFrom: Day,
    validTo: Day.nullable().optional(),
  })
  .openapi('ContactInput');

export const EndContactSchema = z.object({ validTo: Day }).openapi('EndContact');
