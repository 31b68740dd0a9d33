import { createRoute, z } from '@hono/zod-openapi';
import { actorOf } from '../../app/auth/middleware.ts';
import type { AppContext } from '../../app/context.ts';
import { commonErrors, cookieAuth, IdParam, jsonBody, jsonResponse } from '../../app/openapi.ts';
import { newRouter } from '../../app/router.ts';
import { jsonRoutes } from '../../app/routes.ts';
import * as library from './library.service.ts';
import {
  AttachSchema,
  GlossaryInputSchema,
  ImageUploadSchema,
  MemberApprovalsSchema,
  ReportCreateSchema,
  ReportListQuery,
  ReportPatchSchema,
  ReportsViewSchema,
  SectionInputSchema,
  SectionKeyParam,
  StaffYearInputSchema,
  YearParam,
} from './reports.schemas.ts';
import * as reports from './reports.service.ts';

/** Images come base64 in JSON; the HTTP layer lets this path be larger than 1 MB. */
export const isReportsUpload = (path: string) => /^\/api\/reports\/[0-9a-f-]{36}\/images$/.test(path);

/**
 * The report page may be shown in the app's preview frame (same origin) and carries its own styles
 * and data-URL images; it runs no script.
 */
const REPORT_CSP =
  "default-src 'none'; style-src 'unsafe-inline'; img-src data: 'self'; frame-ancestors 'self'; base-uri 'none'; form-action 'none'";

export function reportsRoutes(ctx: AppContext) {
  const app = newRouter();
  const tags = ['Reports'];
  const { route, file } = jsonRoutes(app, tags, ReportsViewSchema);
  const db = ctx.db;
  const now = () => ctx.now();
  const as = <T>(v: unknown) => v as any as T;

  route('get', '/api/reports', 'Reports, newest period first', (a, v) => reports.listReports(db, a, as(v.query)), {
    query: ReportListQuery,
  });
  route(
    'post',
    '/api/reports',
    'Create a report for a month (activity) or a year (annual)',
    (a, v, r) => reports.createReport(db, a, as(v.json), now(), r),
    { body: ReportCreateSchema, status: 201 },
  );

  // the library (before /{id} so that "glossary" is not read as an id)
  route('get', '/api/reports/glossary', 'The glossary of section 3', (a) => library.listGlossary(db, a));
  route(
    'post',
    '/api/reports/glossary',
    'Add a term',
    (a, v, r) => library.saveTerm(db, a, null, as(v.json), now(), r),
    {
      body: GlossaryInputSchema,
      status: 201,
    },
  );
  route(
    'put',
    '/api/reports/glossary/{id}',
    'Change a term',
    (a, v, r) => library.saveTerm(db, a, v.param.id, as(v.json), now(), r),
    { id: true, body: GlossaryInputSchema },
  );
  route(
    'delete',
    '/api/reports/glossary/{id}',
    'Remove a term',
    (a, v, r) => library.deleteTerm(db, a, v.param.id, r),
    {
      id: true,
    },
  );
  route('get', '/api/reports/staff-years', 'Staffing and sick leave per year', (a) => library.listStaffYears(db, a));
  for (const method of ['put', 'delete'] as const) {
    app.openapi(
      createRoute({
        method,
        path: '/api/reports/staff-years/{year}',
        tags,
        summary: method === 'put' ? 'Set the staffing and sick leave of a year' : 'Remove the figures of a year',
        security: cookieAuth,
        request: { params: YearParam, ...(method === 'put' && { body: jsonBody(StaffYearInputSchema) }) },
        responses: { 200: jsonResponse(ReportsViewSchema, 'The year'), ...commonErrors },
      }),
      (async (c: any) => {
        const { year } = c.req.valid('param');
        const a = actorOf(c);
        if (method === 'delete') {
          await library.deleteStaffYear(db, a, year, c.get('requestId'));
          return c.json({ ok: true }, 200);
        }
        return c.json(await library.saveStaffYear(db, a, year, c.req.valid('json'), now(), c.get('requestId')), 200);
      }) as never,
    );
  }
  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/reports/images/{id}',
      tags,
      summary: 'An image of a report',
      security: cookieAuth,
      request: { params: IdParam },
      responses: {
        200: {
          description: 'PNG or JPEG',
          content: { 'image/png': { schema: z.string().openapi({ format: 'binary' }) } },
        },
        ...commonErrors,
      },
    }),
    (async (c: any) => {
      const img = await library.getImage(db, actorOf(c), c.req.valid('param').id);
      c.header('Content-Type', img.media_type);
      c.header('Cache-Control', 'private, max-age=3600');
      c.header('X-Content-Type-Options', 'nosniff');
      return c.body(new Uint8Array(img.content), 200);
    }) as never,
  );

  route(
    'get',
    '/api/reports/{id}',
    'A report with its sections and what the user may do',
    (a, v) => reports.getReport(db, a, v.param.id, now()),
    { id: true },
  );
  route(
    'patch',
    '/api/reports/{id}',
    'Change the title, document owner or case of a draft',
    (a, v, r) => reports.patchReport(db, a, v.param.id, as(v.json), now(), r),
    { id: true, body: ReportPatchSchema },
  );
  route('delete', '/api/reports/{id}', 'Delete a draft', (a, v, r) => reports.deleteReport(db, a, v.param.id, r), {
    id: true,
  });
  app.openapi(
    createRoute({
      method: 'put',
      path: '/api/reports/{id}/sections/{key}',
      tags,
      summary: 'Write a section of a draft (rich text)',
      security: cookieAuth,
      request: { params: SectionKeyParam, body: jsonBody(SectionInputSchema) },
      responses: { 200: jsonResponse(ReportsViewSchema, 'The report'), ...commonErrors, 409: commonErrors[400] },
    }),
    (async (c: any) => {
      const { id, key } = c.req.valid('param');
      return c.json(
        await reports.saveSection(db, actorOf(c), id, key, c.req.valid('json'), now(), c.get('requestId')),
        200,
      );
    }) as never,
  );
  route(
    'post',
    '/api/reports/{id}/submit',
    'Send a draft for review',
    (a, v, r) => reports.submitReport(db, a, v.param.id, now(), r),
    { id: true },
  );
  route(
    'post',
    '/api/reports/{id}/reopen',
    'Send a report in review back to draft',
    (a, v, r) => reports.reopenReport(db, a, v.param.id, now(), r),
    { id: true },
  );
  route(
    'post',
    '/api/reports/{id}/approve',
    'Approve a report in review: freezes its figures and PDF, attaches the PDF to its case',
    (a, v, r) => reports.approveReport(db, a, v.param.id, now(), r),
    { id: true },
  );
  route(
    'post',
    '/api/reports/{id}/new-version',
    'A new draft version of an approved report',
    (a, v, r) => reports.newVersion(db, a, v.param.id, now(), r),
    { id: true, status: 201 },
  );
  route(
    'put',
    '/api/reports/{id}/member-approvals',
    'Record each member’s approval (annual report)',
    (a, v, r) => reports.setMemberApprovals(db, a, v.param.id, as<{ approvals: [] }>(v.json).approvals, now(), r),
    {
      id: true,
      body: MemberApprovalsSchema,
    },
  );
  route(
    'post',
    '/api/reports/{id}/attach-to-case',
    'Attach an approved report’s PDF to a council case',
    (a, v, r) => reports.attachToCase(db, a, v.param.id, as<{ caseId: string }>(v.json).caseId, now(), r),
    {
      id: true,
      body: AttachSchema,
    },
  );
  route(
    'post',
    '/api/reports/{id}/images',
    'Upload an image for the report’s text (PNG or JPEG)',
    (a, v, r) => library.uploadImage(db, a, v.param.id, as(v.json), now(), r),
    { id: true, body: ImageUploadSchema, status: 201 },
  );
  route(
    'get',
    '/api/reports/{id}/document',
    'The report’s document model: every block, figure (with its exact value) and link',
    (a, v) => reports.reportDocument(db, a, v.param.id, now()),
    { id: true },
  );
  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/reports/{id}/html',
      tags,
      summary: 'The report as an accessible HTML page',
      security: cookieAuth,
      request: { params: IdParam, query: z.object({ download: z.enum(['1']).optional() }) },
      responses: {
        200: { description: 'HTML', content: { 'text/html': { schema: z.string() } } },
        ...commonErrors,
      },
    }),
    (async (c: any) => {
      const out = await reports.reportHtml(db, actorOf(c), c.req.valid('param').id, now());
      c.header('Content-Security-Policy', REPORT_CSP);
      c.header('X-Frame-Options', 'SAMEORIGIN');
      c.header('Cache-Control', 'private, no-store');
      if (c.req.valid('query').download) c.header('Content-Disposition', `attachment; filename="${out.fileName}"`);
      return c.html(out.html, 200);
    }) as never,
  );
  file('/api/reports/{id}/pdf', 'The report as PDF (A4)', 'application/pdf', async (a, v) => {
    const out = await reports.reportPdf(db, a, v.param.id, now());
    return { fileName: out.fileName, body: out.pdf };
  });
  file(
    '/api/reports/{id}/archive',
    'The approved report for the archive (PDF, HTML, metadata; zip)',
    'application/zip',
    async (a, v) => {
      const out = await reports.reportArchive(db, a, v.param.id);
      return { fileName: out.fileName, body: out.zip };
    },
  );
  return app;
}
