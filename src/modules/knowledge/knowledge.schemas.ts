import { z } from '@hono/zod-openapi';
import { isCalendarDay } from '../../shared/dates.ts';
import { richDocSchema } from '../../shared/rich-text.ts';
import { KB_IMAGE_SRC } from './content.ts';
import { INTENTS } from './rakel/intents.ts';

const text = (max: number) => z.string().trim().max(max);
const day = z.string().refine(isCalendarDay, 'a date as YYYY-MM-DD');

export const KnowledgeViewSchema = z.record(z.string(), z.unknown()).openapi('KnowledgeView');

export const ArticleBodySchema = richDocSchema(KB_IMAGE_SRC, '/api/knowledge/images/', 'ArticleBody');

export const ArticleInputSchema = z
  .object({
    kind: z.enum(['article', 'elearning']),
    title: text(200).min(1, 'required'),
    summary: text(1000),
    body: ArticleBodySchema,
    videoUrl: z
      .url({ protocol: /^https$/ })
      .max(2000)
      .nullable()
      .optional()
      .openapi({ description: 'a recording or e-learning video (https)' }),
    tags: z.array(text(40).min(1)).max(20),
    audience: z.enum(['everyone', 'employees', 'managers', 'it_staff']),
    serviceIds: z.array(z.uuid()).max(50),
    memberIds: z.array(z.uuid()).max(100).openapi({ description: 'empty: every member' }),
    ownerId: z.uuid().nullable().optional(),
    reviewOn: day.nullable().optional(),
    slug: z
      .string()
      .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'lowercase letters, digits and dashes')
      .max(80)
      .optional(),
  })
  .openapi('ArticleInput');

export const StatusInputSchema = z
  .object({ status: z.enum(['draft', 'published', 'archived']) })
  .openapi('ArticleStatusInput');

export const ManageQuery = z.object({
  status: z.enum(['draft', 'published', 'archived']).optional(),
  q: text(200).optional(),
});

export const SearchQuery = z.object({
  q: text(300).optional(),
  tag: text(40).optional(),
  kind: z.enum(['article', 'elearning']).optional(),
  serviceId: z.uuid().optional(),
  limit: z.coerce.number().int().min(1).max(100).optional(),
  offset: z.coerce.number().int().min(0).max(10_000).optional(),
});

export const SlugParam = z.object({
  slug: z
    .string()
    .max(80)
    .regex(/^[a-z0-9-]+$/)
    .openapi({ param: { name: 'slug', in: 'path' }, example: 'glemt-passord' }),
});

export const ImportInputSchema = z
  .object({
    files: z
      .array(z.object({ fileName: text(255).min(1), text: z.string().max(5_000_000) }))
      .min(1, 'choose at least one file')
      .max(500),
    publish: z.boolean().optional(),
    audience: z.enum(['everyone', 'employees', 'managers', 'it_staff']).optional(),
    kind: z.enum(['article', 'elearning']).optional(),
    tags: z.array(text(40).min(1)).max(10).optional(),
  })
  .openapi('ArticleImportInput');

export const ImageInputSchema = z
  .object({
    mediaType: z.string().max(100),
    contentBase64: z.string().max(8_000_000),
  })
  .openapi('ArticleImageInput');

export const SynonymInputSchema = z
  .object({
    kind: z.enum(['synonym', 'misspelling']),
    words: z.array(text(60).min(1)).min(2, 'give at least two words').max(20),
  })
  .openapi('SynonymInput');

export const IntentParam = z.object({
  intent: z
    .enum(INTENTS as [string, ...string[]])
    .openapi({ param: { name: 'intent', in: 'path' }, example: 'new_pc' }),
});

export const IntentExamplesSchema = z
  .object({ examples: z.array(text(200).min(1)).min(1).max(200) })
  .openapi('IntentExamples');

export const MonthQuery = z.object({
  month: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'a month as YYYY-MM'),
});

export const PeriodQuery = z.object({ from: day, to: day });

export const SettingsInputSchema = z
  .object({
    viewRetentionMonths: z.number().int().min(1).max(120).optional(),
    conversationRetentionDays: z.number().int().min(1).max(3650).optional(),
    launchedOn: day.nullable().optional(),
    model: z
      .object({
        url: z.url({ protocol: /^https?$/ }).max(2000),
        name: text(200).min(1),
        key: z.string().min(1).max(2000).optional(),
        apiVersion: text(50).min(1).nullable().optional(),
      })
      .nullable()
      .optional(),
  })
  .openapi('KnowledgeSettingsInput');

export const AskInputSchema = z
  .object({
    conversationId: z.uuid().optional(),
    text: text(1000).min(1, 'write a question'),
  })
  .openapi('RakelQuestion');

export const BotAskInputSchema = z
  .object({
    userEmail: z.email(),
    conversationId: z.uuid().optional(),
    text: text(1000).min(1, 'write a question'),
  })
  .openapi('RakelBotQuestion');

export const FeedbackInputSchema = z.object({ helpful: z.boolean() }).openapi('RakelFeedback');

export const BotInputSchema = z.object({ name: text(100).min(1, 'required') }).openapi('RakelBotInput');
export const BotPatchSchema = z.object({ active: z.boolean() }).openapi('RakelBotPatch');
