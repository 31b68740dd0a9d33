import { createRoute, z } from '@hono/zod-openapi';
import { actorOf } from '../../app/auth/middleware.ts';
import type { AppContext } from '../../app/context.ts';
import { commonErrors, cookieAuth, IdParam, jsonBody, jsonResponse } from '../../app/openapi.ts';
import { newRouter } from '../../app/router.ts';
import {
  AccountsInputSchema,
  ActualsInputSchema,
  BudgetInputSchema,
  DriversInputSchema,
  EconomyViewSchema,
  KeyInputSchema,
  MeasureInputSchema,
  OperatingQuery,
  PaymentsQuery,
  ProjectInputSchema,
  ProjectPatchSchema,
  PurposeParam,
  QuantitiesInputSchema,
  ServiceInputSchema,
  UnitQuery,
  YearInputSchema,
  YearParam,
} from './economy.schemas.ts';
import * as economy from './economy.service.ts';
import { paymentsExportTable } from './payments-export.ts';
import { tableToCsv, tableToXlsx } from './table-export.ts';

const view = (description: string) => ({ 200: jsonResponse(EconomyViewSchema, description), ...commonErrors });

export function economyRoutes(ctx: AppContext) {
  const app = newRouter();
  const tags = ['Economy'];
  type Actor = ReturnType<typeof actorOf>;
  // The generic routes lose Hono's inference of the validated parts; they are validated all the same.
  type Valid = (target: 'param' | 'query' | 'json') => Record<string, unknown>;
  const valid = (c: { req: { valid: unknown } }) =>
    (c.req.valid as (t: string) => unknown).bind(c.req) as unknown as Valid;

  /** A GET whose path names the year, answered by a service's view. */
  const read = <Q extends z.ZodObject = z.ZodObject<Record<string, never>>>(
    path: string,
    summary: string,
    description: string,
    run: (actor: Actor, year: number, query: z.infer<Q>) => Promise<unknown>,
    query?: Q,
  ) =>
    app.openapi(
      createRoute({
        method: 'get',
        path,
        tags,
        summary,
        security: cookieAuth,
        request: { params: YearParam, ...(query && { query }) },
        responses: view(description),
      }),
      async (c) => {
        const v = valid(c);
        const year = v('param').year as number;
        return c.json((await run(actorOf(c), year, (query ? v('query') : {}) as z.infer<Q>)) as never, 200);
      },
    );

  /** A change with a JSON body; the path's parameters (year, purpose, id) and the body go to the service. */
  const write = <B extends z.ZodType, P extends z.ZodObject = typeof YearParam>(
    method: 'put' | 'post' | 'patch',
    path: string,
    summary: string,
    body: B,
    description: string,
    run: (actor: Actor, params: z.infer<P>, body: z.infer<B>, requestId: string) => Promise<unknown>,
    opts: { params?: P | null; status?: 200 | 201; routeDescription?: string; conflict?: boolean } = {},
  ) => {
    const params = opts.params === undefined ? YearParam : opts.params;
    const status = opts.status ?? 200;
    return app.openapi(
      createRoute({
        method,
        path,
        tags,
        summary,
        ...(opts.routeDescription && { description: opts.routeDescription }),
        security: cookieAuth,
        request: { ...(params && { params }), body: jsonBody(body) },
        responses: {
          [status]: jsonResponse(EconomyViewSchema, description),
          ...commonErrors,
          ...(opts.conflict && { 409: commonErrors[400] }),
        },
      }),
      async (c) => {
        const v = valid(c);
        const result = await run(
          actorOf(c),
          (params ? v('param') : {}) as z.infer<P>,
          v('json') as z.infer<B>,
          c.get('requestId'),
        );
        return c.json(result as never, status);
      },
    );
  };

  /** An uploaded file (base64 in JSON) to an import use case; its report says whether anything was written. */
  const upload = (
    path: string,
    summary: string,
    routeDescription: string,
    run: (actor: Actor, year: number, file: { bytes: Buffer; fileName: string }, requestId: string) => Promise<unknown>,
  ) =>
    write(
      'post',
      path,
      summary,
      ActualsInputSchema,
      'The import report (rejected: true when nothing was written)',
      (a, { year }, b, r) => run(a, year, { bytes: Buffer.from(b.contentBase64, 'base64'), fileName: b.fileName }, r),
      { routeDescription },
    );

  read(
    '/api/economy/{year}/drivers',
    'The drivers of cost sharing per member for a year',
    'Drivers per member',
    (a, y) => economy.getDrivers(ctx.db, a, y),
  );
  write(
    'put',
    '/api/economy/{year}/drivers',
    'Enter driver values (population, users, PCs, …) for a year',
    DriversInputSchema,
    'Drivers per member',
    (a, { year }, b, r) => economy.putDrivers(ctx.db, a, year, b.values, ctx.now(), r),
  );
  upload(
    '/api/economy/{year}/drivers/import',
    'Import driver values from CSV (member column + driver columns)',
    'Every line is checked first; with any error nothing is written and the report lists each error with its line.',
    (a, year, file, r) => economy.importDrivers(ctx.db, a, year, file, ctx.now(), r),
  );

  read('/api/economy/{year}/keys', "The year's operating and investment keys with exact shares", 'The keys', (a, y) =>
    economy.getKeys(ctx.db, a, y),
  );
  write(
    'put',
    '/api/economy/{year}/keys/{purpose}',
    'Set a key: fixed percentages, or equal part + drivers',
    KeyInputSchema,
    'The key as stored',
    (a, { year, purpose }, b, r) => economy.setKey(ctx.db, a, year, purpose, b, ctx.now(), r),
    { params: PurposeParam },
  );

  read(
    '/api/economy/{year}/frames',
    "The year's operating total, investment frame with VAT, carry-over",
    'The frames',
    (a, y) => economy.getYear(ctx.db, a, y),
  );
  write(
    'put',
    '/api/economy/{year}/frames',
    'Set the frames (the operating total may be built top-down)',
    YearInputSchema,
    'The frames',
    (a, { year }, b, r) => economy.setYear(ctx.db, a, year, b, ctx.now(), r),
  );

  read(
    '/api/economy/{year}/operating',
    'Operating costs: actuals, budget, deviation, forecast per expense type',
    'The operating table',
    (a, y, q) => economy.getOperating(ctx.db, a, y, q),
    OperatingQuery,
  );
  write(
    'put',
    '/api/economy/{year}/budget',
    'Set budget and forecast (with comment) per expense type',
    BudgetInputSchema,
    'The operating table',
    (a, { year }, b, r) => economy.putBudgetLines(ctx.db, a, year, b.lines, ctx.now(), r),
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/economy/accounts',
      tags,
      summary: 'The mapping of accounts to expense types',
      security: cookieAuth,
      responses: { 200: jsonResponse(z.array(EconomyViewSchema), 'Accounts'), ...commonErrors },
    }),
    async (c) => c.json(await economy.getAccounts(ctx.db, actorOf(c)), 200),
  );
  app.openapi(
    createRoute({
      method: 'put',
      path: '/api/economy/accounts',
      tags,
      summary: 'Map accounts to expense types',
      security: cookieAuth,
      request: { body: jsonBody(AccountsInputSchema) },
      responses: { 200: jsonResponse(z.array(EconomyViewSchema), 'Accounts'), ...commonErrors },
    }),
    async (c) =>
      c.json(await economy.putAccounts(ctx.db, actorOf(c), c.req.valid('json').accounts, c.get('requestId')), 200),
  );

  upload(
    '/api/economy/{year}/actuals',
    'Import an accounting export (CSV: account, period, amount)',
    'Every row is checked first; with any error (unknown account, duplicate, wrong period, bad amount) nothing is written and the report lists each error with its line. Otherwise the periods in the file are replaced.',
    (a, year, file, r) => economy.importActuals(ctx.db, a, year, file, ctx.now(), r),
  );

  read(
    '/api/economy/{year}/investments',
    'Investment projects, the frame with VAT compensation, and the plan',
    'Investments',
    (a, y, q) => economy.getInvestments(ctx.db, a, y, q.unit),
    UnitQuery,
  );
  write(
    'post',
    '/api/economy/{year}/projects',
    'Add an investment project or plan row',
    ProjectInputSchema,
    'The project',
    (a, { year }, b, r) => economy.createProject(ctx.db, a, year, b, ctx.now(), r),
    { status: 201 },
  );
  write(
    'patch',
    '/api/economy/projects/{id}',
    'Change a project (actuals, forecast, budget, …)',
    ProjectPatchSchema,
    'The project',
    (a, { id }, b, r) => economy.updateProject(ctx.db, a, id, b, ctx.now(), r),
    { params: IdParam },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/economy/{year}/payments',
      tags,
      summary: 'What each member pays, beside last year (JSON, CSV or XLSX)',
      security: cookieAuth,
      request: { params: YearParam, query: PaymentsQuery },
      responses: {
        200: {
          description: 'The payments table',
          content: {
            'application/json': { schema: EconomyViewSchema },
            'text/csv': { schema: z.string() },
            'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': {
              schema: z.string().openapi({ format: 'binary' }),
            },
          },
        },
        ...commonErrors,
      },
    }),
    async (c) => {
      const { year } = c.req.valid('param');
      const { unit, format } = c.req.valid('query');
      const payments = await economy.getPayments(ctx.db, actorOf(c), year, unit);
      if (format === 'json') return c.json(payments, 200);
      const table = paymentsExportTable(payments);
      const name = `betaling-${year}`;
      if (format === 'csv') {
        c.header('Content-Type', 'text/csv; charset=utf-8');
        c.header('Content-Disposition', `attachment; filename="${name}.csv"`);
        return c.body(tableToCsv(table), 200);
      }
      c.header('Content-Type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
      c.header('Content-Disposition', `attachment; filename="${name}.xlsx"`);
      return c.body(new Uint8Array(await tableToXlsx(table)), 200);
    },
  );

  read(
    '/api/economy/{year}/services',
    'Chargeable services: unit prices × quantities per member',
    'The re-invoicing basis',
    (a, y) => economy.getServiceBasis(ctx.db, a, y),
  );
  write(
    'post',
    '/api/economy/services',
    'Add a chargeable service with its unit price',
    ServiceInputSchema,
    'The service',
    (a, _p, b, r) => economy.createService(ctx.db, a, b, r),
    { params: null, status: 201, conflict: true },
  );
  write(
    'put',
    '/api/economy/{year}/services/quantities',
    'Set quantities per service and member',
    QuantitiesInputSchema,
    'The re-invoicing basis',
    (a, { year }, b, r) => economy.putServiceQuantities(ctx.db, a, year, b.quantities, r),
  );

  read('/api/economy/{year}/measures', 'Savings measures with amount and consequences', 'The measures', (a, y) =>
    economy.getMeasures(ctx.db, a, y),
  );
  write(
    'post',
    '/api/economy/{year}/measures',
    'Add a savings measure',
    MeasureInputSchema,
    'The measure',
    (a, { year }, b, r) => economy.createMeasure(ctx.db, a, year, b, r),
    { status: 201 },
  );

  return app;
}
