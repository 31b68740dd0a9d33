import { z } from '@hono/zod-openapi';

const text = (max: number) => z.string().trim().max(max);

export const ChannelsViewSchema = z.record(z.string(), z.unknown()).openapi('ChannelsView');

export const AlertSourceInputSchema = z
  .object({
    name: text(100).min(1, 'required'),
    /** the sender signs its posts with an HMAC key we give it */
    signed: z.boolean().default(false),
    categoryId: z.uuid().nullable().optional(),
    memberId: z.uuid().nullable().optional(),
  })
  .openapi('AlertSourceInput');

export const AlertSourcePatchSchema = z
  .object({
    active: z.boolean().optional(),
    categoryId: z.uuid().nullable().optional(),
    memberId: z.uuid().nullable().optional(),
  })
  .openapi('AlertSourcePatch');

export const AlertPostSchema = z
  .object({
    alertId: z.string().openapi({ example: 'SOC-2025-000123' }),
    title: z.string().openapi({ example: 'Mistenkelig innlogging fra utlandet' }),
    description: z.string().optional(),
    severity: z.enum(['critical', 'high', 'medium', 'low']).optional(),
    member: z.string().optional().openapi({ description: 'member code, organisation number or e-mail domain' }),
    occurredAt: z.string().optional(),
  })
  .openapi('SecurityAlert');

export const MailboxInputSchema = z
  .object({
    name: text(100).min(1, 'required'),
    address: z.email(),
    host: text(253).min(1, 'required'),
    port: z.number().int().min(1).max(65535),
    tls: z.boolean(),
    username: text(320).min(1, 'required'),
    /** password (default) or OAuth2 client credentials (Microsoft 365) */
    auth: z.enum(['password', 'oauth2']).optional(),
    password: z.string().min(1).max(1000).optional(),
    oauthTokenUrl: z
      .url({ protocol: /^https?$/ })
      .max(2000)
      .optional(),
    oauthClientId: text(200).min(1).optional(),
    oauthClientSecret: z.string().min(1).max(2000).optional(),
    oauthScope: text(500).min(1).optional(),
    folder: text(200).min(1).optional(),
    defaultMemberId: z.uuid().nullable().optional(),
    pollSeconds: z.number().int().min(10).max(86_400).optional(),
    active: z.boolean().optional(),
  })
  .openapi('MailboxInput');

export const MailboxLogQuery = z.object({
  outcome: z.enum(['ticket', 'comment', 'ignored', 'failed']).optional(),
  limit: z.coerce.number().int().min(1).max(1000).optional(),
});

const PRIORITY = z.enum(['critical', 'high', 'medium', 'low']);

export const RuleInputSchema = z
  .object({
    name: text(100).min(1, 'required'),
    event: z.enum(['incident_opened', 'message_published']),
    priorities: z.array(PRIORITY).max(4).optional(),
    memberIds: z.array(z.uuid()).max(100).optional(),
    email: z.boolean(),
    teamsWebhookUrl: z
      .url({ protocol: /^https?$/ })
      .max(2000)
      .nullable()
      .optional()
      .openapi({ description: 'the Teams channel’s incoming-webhook (Workflows) address' }),
    active: z.boolean().optional(),
  })
  .openapi('AlertRuleInput');

export const DeliveriesQuery = z.object({
  status: z.enum(['pending', 'sent', 'failed']).optional(),
  channel: z.enum(['email', 'webhook']).optional(),
  limit: z.coerce.number().int().min(1).max(500).optional(),
});

export const PhoneImportSchema = z
  .object({
    fileName: text(200).min(1, 'required'),
    /** the CSV file's text (call log or daily summary) */
    text: z
      .string()
      .min(1)
      .max(60 * 1024 * 1024),
  })
  .openapi('PhoneImport');

export const PhoneQuery = z.object({ year: z.coerce.number().int().min(2000).max(2100) });

export const FeedQuery = z.object({ member: text(50).optional() });
