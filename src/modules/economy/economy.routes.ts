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
  const get = (path: string, summary: string) => ({
    method: 'get' as const,
    path,
    tags,
    summary,
    security: cookieAuth,
  });
  const change = (method: 'put' | 'post' | 'patch', path: string, summary: string) => ({
    method,
    path,
    tags,
    summary,
    security: cookieAuth,
  });

  app.openapi(
    createRoute({
      ...get('/api/economy/{year}/drivers', 'The drivers of cost sharing per member for a year'),
      request: { params: YearParam },
      responses: view('Drivers per member'),
    }),
    async (c) => c.json(await economy.getDrivers(ctx.db, actorOf(c), c.req.valid('param').year), 200),
  );
  app.openapi(
    createRoute({
      ...change('put', '/api/economy/{year}/drivers', 'Enter driver values (population, users, PCs, …) for a year'),
      request: { params: YearParam, body: jsonBody(DriversInputSchema) },
      responses: view('Drivers per member'),
    }),
    async (c) =>
      c.json(
        await economy.putDrivers(
          ctx.db,
          actorOf(c),
          c.req.valid('param').year,
          c.req.valid('json').values,
          ctx.now(),
          c.get('requestId'),
        ),
        200,
      ),
  );

  app.openapi(
    createRoute({
      ...change(
        'post',
        '/api/economy/{year}/drivers/import',
        'Import driver values from CSV (member column + driver columns)',
      ),
      description:
        'Every line is checked first; with any error nothing is written and the report lists each error with its line.',
      request: { params: YearParam, body: jsonBody(ActualsInputSchema) },
      responses: view('The import report (rejected: true when nothing was written)'),
    }),
    async (c) => {
      const body = c.req.valid('json');
      const report = await economy.importDrivers(
        ctx.db,
        actorOf(c),
        c.req.valid('param').year,
        { bytes: Buffer.from(body.contentBase64, 'base64'), fileName: body.fileName },
        ctx.now(),
        c.get('requestId'),
      );
      return c.json(report as never, 200);
    },
  );

  app.openapi(
    createRoute({
      ...get('/api/economy/{year}/keys', "The year's operating and investment keys with exact shares"),
      request: { params: YearParam },
      responses: view('The keys'),
    }),
    async (c) => c.json(await economy.getKeys(ctx.db, actorOf(c), c.req.valid('param').year), 200),
  );
  app.openapi(
    createRoute({
      ...change('put', '/api/economy/{year}/keys/{purpose}', 'Set a key: fixed percentages, or equal part + drivers'),
      request: { params: PurposeParam, body: jsonBody(KeyInputSchema) },
      responses: view('The key as stored'),
    }),
    async (c) => {
      const { year, purpose } = c.req.valid('param');
      return c.json(
        await economy.setKey(ctx.db, actorOf(c), year, purpose, c.req.valid('json'), ctx.now(), c.get('requestId')),
        200,
      );
    },
  );

  app.openapi(
    createRoute({
      ...get('/api/economy/{year}/frames', "The year's operating total, investment frame with VAT, carry-over"),
      request: { params: YearParam },
      responses: view('The frames'),
    }),
    async (c) => c.json(await economy.getYear(ctx.db, actorOf(c), c.req.valid('param').year), 200),
  );
  app.openapi(
    createRoute({
      ...change('put', '/api/economy/{year}/frames', 'Set the frames (the operating total may be built top-down)'),
      request: { params: YearParam, body: jsonBody(YearInputSchema) },
      responses: view('The frames'),
    }),
    async (c) =>
      c.json(
        await economy.setYear(
          ctx.db,
          actorOf(c),
          c.req.valid('param').year,
          c.req.valid('json'),
          ctx.now(),
          c.get('requestId'),
        ),
        200,
      ),
  );

  app.openapi(
    createRoute({
      ...get('/api/economy/{year}/operating', 'Operating costs: actuals, budget, deviation, forecast per expense type'),
      request: { params: YearParam, query: OperatingQuery },
      responses: view('The operating table'),
    }),
    async (c) =>
      c.json(await economy.getOperating(ctx.db, actorOf(c), c.req.valid('param').year, c.req.valid('query')), 200),
  );
  app.openapi(
    createRoute({
      ...change('put', '/api/economy/{year}/budget', 'Set budget and forecast (with comment) per expense type'),
      request: { params: YearParam, body: jsonBody(BudgetInputSchema) },
      responses: view('The operating table'),
    }),
    async (c) =>
      c.json(
        await economy.putBudgetLines(
          ctx.db,
          actorOf(c),
          c.req.valid('param').year,
          c.req.valid('json').lines,
          ctx.now(),
          c.get('requestId'),
        ),
        200,
      ),
  );

  app.openapi(
    createRoute({
      ...get('/api/economy/accounts', 'The mapping of accounts to expense types'),
      responses: { 200: jsonResponse(z.array(EconomyViewSchema), 'Accounts'), ...commonErrors },
    }),
    async (c) => c.json(await economy.getAccounts(ctx.db, actorOf(c)), 200),
  );
  app.openapi(
    createRoute({
      ...change('put', '/api/economy/accounts', 'Map accounts to expense types'),
      request: { body: jsonBody(AccountsInputSchema) },
      responses: { 200: jsonResponse(z.array(EconomyViewSchema), 'Accounts'), ...commonErrors },
    }),
    async (c) =>
      c.json(await economy.putAccounts(ctx.db, actorOf(c), c.req.valid('json').accounts, c.get('requestId')), 200),
  );

  app.openapi(
    createRoute({
      ...change('post', '/api/economy/{year}/actuals', 'Import an accounting export (CSV: account, period, amount)'),
      description:
        'Every row is checked first; with any error (unknown account, duplicate, wrong period, bad amount) nothing is written and the report lists each error with its line. Otherwise the periods in the file are replaced.',
      request: { params: YearParam, body: jsonBody(ActualsInputSchema) },
      responses: view('The import report (rejected: true when nothing was written)'),
    }),
    async (c) => {
      const body = c.req.valid('json');
      const report = await economy.importActuals(
        ctx.db,
        actorOf(c),
        c.req.valid('param').year,
        { bytes: Buffer.from(body.contentBase64, 'base64'), fileName: body.fileName },
        ctx.now(),
        c.get('requestId'),
      );
      return c.json(report as never, 200);
    },
  );

  app.openapi(
    createRoute({
      ...get('/api/economy/{year}/investments', 'Investment projects, the frame with VAT compensation, and the plan'),
      request: { params: YearParam, query: UnitQuery },
      responses: view('Investments'),
    }),
    async (c) =>
      c.json(
        await economy.getInvestments(ctx.db, actorOf(c), c.req.valid('param').year, c.req.valid('query').unit),
        200,
      ),
  );
  app.openapi(
    createRoute({
      ...change('post', '/api/economy/{year}/projects', 'Add an investment project or plan row'),
      request: { params: YearParam, body: jsonBody(ProjectInputSchema) },
      responses: { 201: jsonResponse(EconomyViewSchema, 'The project'), ...commonErrors },
    }),
    async (c) =>
      c.json(
        await economy.createProject(
          ctx.db,
          actorOf(c),
          c.req.valid('param').year,
          c.req.valid('json'),
          ctx.now(),
          c.get('requestId'),
        ),
        201,
      ),
  );
  app.openapi(
    createRoute({
      ...change('patch', '/api/economy/projects/{id}', 'Change a project (actuals, forecast, budget, …)'),
      request: { params: IdParam, body: jsonBody(ProjectPatchSchema) },
      responses: view('The project'),
    }),
    async (c) =>
      c.json(
        await economy.updateProject(
          ctx.db,
          actorOf(c),
          c.req.valid('param').id,
          c.req.valid('json'),
          ctx.now(),
          c.get('requestId'),
        ),
        200,
      ),
  );

  app.openapi(
    createRoute({
      ...get('/api/economy/{year}/payments', 'What each member pays, beside last year (JSON, CSV or XLSX)'),
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

  app.openapi(
    createRoute({
      ...get('/api/economy/{year}/services', 'Chargeable services: unit prices × quantities per member'),
      request: { params: YearParam },
      responses: view('The re-invoicing basis'),
    }),
    async (c) => c.json(await economy.getServiceBasis(ctx.db, actorOf(c), c.req.valid('param').year), 200),
  );
  app.openapi(
    createRoute({
      ...change('post', '/api/economy/services', 'Add a chargeable service with its unit price'),
      request: { body: jsonBody(ServiceInputSchema) },
      responses: { 201: jsonResponse(EconomyViewSchema, 'The service'), ...commonErrors, 409: commonErrors[400] },
    }),
    async (c) => c.json(await economy.createService(ctx.db, actorOf(c), c.req.valid('json'), c.get('requestId')), 201),
  );
  app.openapi(
    createRoute({
      ...change('put', '/api/economy/{year}/services/quantities', 'Set quantities per service and member'),
      request: { params: YearParam, body: jsonBody(QuantitiesInputSchema) },
      responses: view('The re-invoicing basis'),
    }),
    async (c) =>
      c.json(
        await economy.putServiceQuantities(
          ctx.db,
          actorOf(c),
          c.req.valid('param').year,
          c.req.valid('json').quantities,
          c.get('requestId'),
        ),
        200,
      ),
  );

  app.openapi(
    createRoute({
      ...get('/api/economy/{year}/measures', 'Savings measures with amount and consequences'),
      request: { params: YearParam },
      responses: view('The measures'),
    }),
    async (c) => c.json(await economy.getMeasures(ctx.db, actorOf(c), c.req.valid('param').year), 200),
  );
  app.openapi(
    createRoute({
      ...change('post', '/api/economy/{year}/measures', 'Add a savings measure'),
      request: { params: YearParam, body: jsonBody(MeasureInputSchema) },
      responses: { 201: jsonResponse(EconomyViewSchema, 'The measure'), ...commonErrors },
    }),
    async (c) =>
      c.json(
        await economy.createMeasure(
          ctx.db,
          actorOf(c),
          c.req.valid('param').year,
          c.req.valid('json'),
          c.get('requestId'),
        ),
        201,
      ),
  );

  return app;
}
