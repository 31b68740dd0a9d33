import { z } from '@hono/zod-openapi';
import { RoleGrantSchema } from '../../app/auth/auth.schemas.ts';
import { MIN_PASSWORD_LENGTH } from '../../app/auth/password.ts';

export const UserSchema = z
  .object({
    id: z.uuid(),
    email: z.string(),
    name: z.string(),
    memberId: z.uuid().nullable(),
    locale: z.enum(['nb', 'en']),
    active: z.boolean(),
    lastLoginAt: z.string().nullable(),
    roles: z.array(RoleGrantSchema),
  })
  .openapi('User');

export const UserListQuery = z.object({
  search: z.string().trim().max(200).optional(),
  memberId: z.uuid().optional(),
  role: RoleGrantSchema.shape.role.optional(),
  active: z.enum(['true', 'false']).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
});

export const UserListSchema = z.object({ items: z.array(UserSchema), total: z.number().int() }).openapi('UserList');

const password = z.string().min(MIN_PASSWORD_LENGTH, `at least ${MIN_PASSWORD_LENGTH} characters`).max(1024);

export const CreateUserSchema = z
  .object({
    email: z.email('must be an e-mail address').max(320),
    name: z.string().trim().min(1, 'required').max(200),
    memberId: z.uuid().nullable().optional(),
    password: password.optional(),
    locale: z.enum(['nb', 'en']).optional(),
    roles: z.array(RoleGrantSchema).max(50),
  })
  .openapi('CreateUser');

export const UpdateUserSchema = z
  .object({
    email: z.email('must be an e-mail address').max(320).optional(),
    name: z.string().trim().min(1, 'required').max(200).optional(),
    memberId: z.uuid().nullable().optional(),
    password: password.optional(),
    locale: z.enum(['nb', 'en']).optional(),
    active: z.boolean().optional(),
    roles: z.array(RoleGrantSchema).max(50).optional(),
  })
  .openapi('UpdateUser');
