import path from 'node:path';
import { z } from 'zod';

/** One OpenID Connect issuer users may sign in with (Entra ID per member, Ansattporten, …). */
const oidcProviderSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/, 'id must be lowercase letters, digits and dashes'),
  label: z.string().min(1),
  issuer: z.url(),
  clientId: z.string().min(1),
  clientSecret: z.string().min(1),
  /** The cooperation (slug) whose users sign in here. */
  cooperation: z.string().min(1),
  /** Member code: users created on first sign-in get the employee role scoped to this member. */
  member: z.string().optional(),
  /** Create an employee account on first sign-in when no user has the e-mail address. */
  autoProvision: z.boolean().default(false),
  scope: z.string().default('openid email profile'),
});
export type OidcProviderConfig = z.infer<typeof oidcProviderSchema>;

const envSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).default('127.0.0.1'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'DATABASE_URL must start with postgres:// or postgresql://')
    .optional(),
  SAMDRIFT_DATA: z.string().min(1).default('./data'),
  /** Seed the demo cooperation when the database is empty (default on). */
  SAMDRIFT_DEMO: z.enum(['true', 'false', '1', '0']).default('true'),
  /** Tickets a year in the demo's generated service-desk history (0: none). */
  SAMDRIFT_DEMO_TICKETS: z.coerce.number().int().min(0).max(1_000_000).default(13_500),
  /** The address users reach Samdrift at; https here makes session cookies Secure. */
  PUBLIC_URL: z.url().optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  SESSION_IDLE_MINUTES: z.coerce
    .number()
    .int()
    .min(5)
    .max(7 * 24 * 60)
    .default(12 * 60),
  /** JSON array of OIDC providers, see README. */
  OIDC_PROVIDERS: z.string().optional(),
  /** Where outgoing mail is sent, e.g. smtp://user:pass@mail.example.no:587; unset: mail waits in the queue. */
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\//, 'SMTP_URL must start with smtp:// or smtps://')
    .optional(),
  /** The sender of outgoing mail. */
  MAIL_FROM: z.string().min(3).default('Samdrift <samdrift@localhost>'),
});

export interface Config {
  port: number;
  host: string;
  databaseUrl: string | undefined;
  dataDir: string;
  seedDemo: boolean;
  demoTicketsPerYear: number;
  publicUrl: string;
  secureCookies: boolean;
  logLevel: z.infer<typeof envSchema>['LOG_LEVEL'];
  sessionIdleMinutes: number;
  oidcProviders: OidcProviderConfig[];
  smtpUrl: string | undefined;
  mailFrom: string;
}

/** A configuration mistake the operator must fix; start-up prints its message and stops. */
export class ConfigError extends Error {
  override name = 'ConfigError';
}

/** Read the environment once, validate it and return a typed config. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    throw new ConfigError(
      `Invalid configuration: ${first?.path.join('.') || 'environment'}: ${first?.message}. Fix the environment variable and start again.`,
    );
  }
  const e = parsed.data;
  let oidcProviders: OidcProviderConfig[] = [];
  if (e.OIDC_PROVIDERS) {
    let raw: unknown;
    try {
      raw = JSON.parse(e.OIDC_PROVIDERS);
    } catch {
      throw new ConfigError(
        'Invalid configuration: OIDC_PROVIDERS is not valid JSON (expected an array of providers, see README).',
      );
    }
    const providers = z.array(oidcProviderSchema).safeParse(raw);
    if (!providers.success) {
      const first = providers.error.issues[0];
      throw new ConfigError(
        `Invalid configuration: OIDC_PROVIDERS[${first?.path.join('.')}]: ${first?.message}. See the README for the expected shape.`,
      );
    }
    oidcProviders = providers.data;
  }
  const publicUrl = (e.PUBLIC_URL ?? `http://localhost:${e.PORT}`).replace(/\/$/, '');
  return {
    port: e.PORT,
    host: e.HOST,
    databaseUrl: e.DATABASE_URL,
    dataDir: path.resolve(e.SAMDRIFT_DATA),
    seedDemo: e.SAMDRIFT_DEMO === 'true' || e.SAMDRIFT_DEMO === '1',
    demoTicketsPerYear: e.SAMDRIFT_DEMO_TICKETS,
    publicUrl,
    secureCookies: publicUrl.startsWith('https://'),
    logLevel: e.LOG_LEVEL,
    sessionIdleMinutes: e.SESSION_IDLE_MINUTES,
    oidcProviders,
    smtpUrl: e.SMTP_URL,
    mailFrom: e.MAIL_FROM,
  };
}
