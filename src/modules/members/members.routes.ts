import { createRoute, z } from '@hono/zod-openapi';
import { actorOf } from '../../app/auth/middleware.ts';
import type { AppContext } from '../../app/context.ts';
import { commonErrors, cookieAuth, IdParam, jsonBody, jsonResponse } from '../../app/openapi.ts';
import { newRouter } from '../../app/router.ts';
import { UserSchema } from '../users/users.schemas.ts';
import { listMemberUsers } from '../users/users.service.ts';
import {
  ContactInputSchema,
  ContactSchema,
  EndContactSchema,
  MemberSchema,
  OverviewSchema,
} from './members.schemas.ts';
import { addContact, cooperationOverview, endContact, getMember } from './members.service.ts';

export function membersRoutes(ctx: AppContext) {
  const app = newRouter();
  const tags = ['Cooperation'];

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/cooperation',
      tags,
      summary: 'The cooperation with its members, current contact people and bodies',
      security: cookieAuth,
      responses: { 200: jsonResponse(OverviewSchema, 'The overview'), ...commonErrors },
    }),
    async (c) => c.json(await cooperationOverview(ctx.db, actorOf(c), ctx.now()), 200),
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/members/{id}',
      tags,
      summary: 'One member with the history of its contact people',
      security: cookieAuth,
      request: { params: IdParam },
      responses: { 200: jsonResponse(MemberSchema, 'The member'), ...commonErrors },
    }),
    async (c) => c.json(await getMember(ctx.db, actorOf(c), c.req.valid('param').id, ctx.now()), 200),
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/members/{id}/users',
      tags,
      summary: "The member's users (staff, and that member's own system owners)",
      security: cookieAuth,
      request: { params: IdParam },
      responses: { 200: jsonResponse(z.object({ items: z.array(UserSchema) }), 'The users'), ...commonErrors },
    }),
    async (c) => c.json({ items: await listMemberUsers(ctx.db, actorOf(c), c.req.valid('param').id) }, 200),
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/members/{id}/contacts',
      tags,
      summary: 'Add a contact person to a member',
      security: cookieAuth,
      request: { params: IdParam, body: jsonBody(ContactInputSchema) },
      responses: { 201: jsonResponse(ContactSchema, 'The new contact'), ...commonErrors },
    }),
    async (c) =>
      c.json(
        await addContact(ctx.db, actorOf(c), c.req.valid('param').id, c.req.valid('json'), c.get('requestId')),
        201,
      ),
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/contacts/{id}/end',
      tags,
      summary: "End a contact person's period (kept in the history)",
      security: cookieAuth,
      request: { params: IdParam, body: jsonBody(EndContactSchema) },
      responses: { 200: jsonResponse(ContactSchema, 'The ended contact'), ...commonErrors },
    }),
    async (c) =>
      c.json(
        await endContact(ctx.db, actorOf(c), c.req.valid('param').id, c.req.valid('json').validTo, c.get('requestId')),
        200,
      ),
  );

  return app;
}
