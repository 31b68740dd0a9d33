import { z } from '@hono/zod-openapi';

export const LoginBody = z
  .object({
    email: z.string().trim().min(1, 'Enter your e-mail address').max(320),
    password: z.string().min(1, 'Enter your password').max(1024),
  })
  .openapi('LoginRequest');

export const RoleGrantSchema = z
  .object({
    role: z.enum(['admin', 'leader', 'agent', 'council_member', 'group_member', 'system_owner', 'employee']),
    memberId: z.uuid().nullable(),
  })
  .openapi('RoleGrant');

export const SessionView = z
  .object({
    authenticated: z.boolean(),
    csrfToken: z.string().optional(),
    user: z
      .object({
        id: z.uuid(),
        name: z.string(),
        email: z.string(),
        locale: z.enum(['nb', 'en']),
        memberId: z.uuid().nullable(),
        cooperationId: z.uuid(),
        roles: z.array(RoleGrantSchema),
      })
      .optional(),
  })
  .openapi('Session');

export const ProvidersView = z
  .object({ providers: z.array(z.object({ id: z.string(), label: z.string(), startUrl: z.string() })) })
  .openapi('SignInProviders');
