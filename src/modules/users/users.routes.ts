import { createRoute, z } from '@hono/zod-openapi';
import { actorOf } from '../../app/auth/middleware.ts';
import type { AppContext } from '../../app/context.ts';
import { commonErrors, cookieAuth, IdParam, jsonBody, jsonResponse } from '../../app/openapi.ts';
import { newRouter } from '../../app/router.ts';
import { CreateUserSchema, UpdateUserSchema, UserListQuery, UserListSchema, UserSchema } from './users.schemas.ts';
import { createUser, getUser, listUsers, updateOwnProfile, updateUser } from './users.service.ts';

export function usersRoutes(ctx: AppContext) {
  const app = newRouter();
  const tags = ['Users'];

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/users',
      tags,
      summary: 'Users of the cooperation (administrators)',
      security: cookieAuth,
      request: { query: UserListQuery },
      responses: { 200: jsonResponse(UserListSchema, 'A page of users'), ...commonErrors },
    }),
    async (c) => {
      const q = c.req.valid('query');
      const active = q.active === undefined ? undefined : q.active === 'true';
      return c.json(await listUsers(ctx.db, actorOf(c), { ...q, active }), 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/users/{id}',
      tags,
      summary: 'One user',
      security: cookieAuth,
      request: { params: IdParam },
      responses: { 200: jsonResponse(UserSchema, 'The user'), ...commonErrors },
    }),
    async (c) => c.json(await getUser(ctx.db, actorOf(c), c.req.valid('param').id), 200),
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/users',
      tags,
      summary: 'Create a user',
      security: cookieAuth,
      request: { body: jsonBody(CreateUserSchema) },
      responses: { 201: jsonResponse(UserSchema, 'The new user'), ...commonErrors, 409: commonErrors[400] },
    }),
    async (c) => c.json(await createUser(ctx.db, actorOf(c), c.req.valid('json'), c.get('requestId')), 201),
  );

  app.openapi(
    createRoute({
      method: 'patch',
      path: '/api/users/{id}',
      tags,
      summary: 'Change a user: name, e-mail, member, roles, password, active',
      security: cookieAuth,
      request: { params: IdParam, body: jsonBody(UpdateUserSchema) },
      responses: { 200: jsonResponse(UserSchema, 'The changed user'), ...commonErrors, 409: commonErrors[400] },
    }),
    async (c) =>
      c.json(
        await updateUser(ctx.db, actorOf(c), c.req.valid('param').id, c.req.valid('json'), c.get('requestId')),
        200,
      ),
  );

  const Profile = z.object({ locale: z.enum(['nb', 'en']) }).openapi('Profile');
  app.openapi(
    createRoute({
      method: 'patch',
      path: '/api/me',
      tags,
      summary: "Change the signed-in user's own preferences (the UI language)",
      security: cookieAuth,
      request: { body: jsonBody(Profile) },
      responses: { 200: jsonResponse(Profile, 'The saved preferences'), ...commonErrors },
    }),
    async (c) => c.json(await updateOwnProfile(ctx.db, actorOf(c), c.req.valid('json'), c.get('requestId')), 200),
  );

  return app;
}
