import type { AppContext } from '../../app/context.ts';
import { newRouter } from '../../app/router.ts';
import { jsonRoutes } from '../../app/routes.ts';
import {
  CategoryInputSchema,
  DeviceInputSchema,
  DevicePatchSchema,
  DevicesQuery,
  DevicesViewSchema,
  ForecastQuery,
  HandOutSchema,
  ImportInputSchema,
  NonCompliantQuery,
  OrderInputSchema,
  OrderPatchSchema,
  OrdersQuery,
  ReceiveSchema,
  RotationQuery,
  RuleInputSchema,
} from './devices.schemas.ts';
import * as fleet from './fleet.service.ts';
import * as imports from './import.service.ts';
import * as orders from './orders.service.ts';
import * as rules from './rules.service.ts';
import * as tables from './tables.service.ts';

/** Fleet imports carry whole files (base64 in JSON); the HTTP layer lets this path be large. */
export const isDevicesUpload = (path: string) => path === '/api/devices/imports';

export function devicesRoutes(ctx: AppContext) {
  const app = newRouter();
  const { route } = jsonRoutes(app, ['Devices'], DevicesViewSchema);
  const db = ctx.db;
  const now = () => ctx.now();
  const as = <T>(v: unknown) => v as any as T;

  route(
    'get',
    '/api/devices/settings',
    'Members, categories with lifetimes and prices, and what the user may do',
    (a) => fleet.fleetSettings(db, a),
  );
  route(
    'post',
    '/api/devices/categories',
    'Create a device category',
    (a, v, r) => fleet.saveCategory(db, a, null, as(v.json), r),
    { body: CategoryInputSchema, status: 201 },
  );
  route(
    'put',
    '/api/devices/categories/{id}',
    'Change a device category (a new lifetime moves the expiry of its devices)',
    (a, v, r) => fleet.saveCategory(db, a, v.param.id, as(v.json), r),
    { id: true, body: CategoryInputSchema },
  );

  route(
    'get',
    '/api/devices/rotation',
    'The monthly rotation table per member and category',
    (a, v) => tables.rotation(db, a, as(v.query), now()),
    { query: RotationQuery },
  );
  route(
    'get',
    '/api/devices/forecast',
    'The replacement forecast for 12–36 months with estimated cost',
    (a, v) => tables.replacementForecast(db, a, as(v.query), now()),
    { query: ForecastQuery },
  );
  route('get', '/api/devices/mine', 'The signed-in user’s devices and when each is due for replacement', (a) =>
    fleet.myDevices(db, a, now()),
  );

  route(
    'get',
    '/api/devices/orders',
    'Purchase orders',
    (a, v) => orders.listOrders(db, a, v.query.open ? { open: v.query.open === 'true' } : {}),
    {
      query: OrdersQuery,
    },
  );
  route(
    'post',
    '/api/devices/orders',
    'Register a purchase order',
    (a, v, r) => orders.createOrder(db, a, as(v.json), now(), r),
    {
      body: OrderInputSchema,
      status: 201,
    },
  );
  route('get', '/api/devices/orders/{id}', 'A purchase order', (a, v) => orders.getOrder(db, a, v.param.id), {
    id: true,
  });
  route(
    'patch',
    '/api/devices/orders/{id}',
    'Change or cancel a purchase order',
    (a, v, r) => orders.updateOrder(db, a, v.param.id, as(v.json), now(), r),
    { id: true, body: OrderPatchSchema },
  );
  route(
    'post',
    '/api/devices/orders/{id}/receive',
    'Receive devices of an order into stock',
    (a, v, r) => orders.receiveOrder(db, a, v.param.id, as(v.json), now(), r),
    { id: true, body: ReceiveSchema },
  );

  route('get', '/api/devices/rules', 'Compliance rules', (a) => rules.listRules(db, a, now()));
  route(
    'post',
    '/api/devices/rules',
    'Create a compliance rule',
    (a, v, r) => rules.saveRule(db, a, null, as(v.json), now(), r),
    {
      body: RuleInputSchema,
      status: 201,
    },
  );
  route(
    'put',
    '/api/devices/rules/{id}',
    'Change a compliance rule',
    (a, v, r) => rules.saveRule(db, a, v.param.id, as(v.json), now(), r),
    { id: true, body: RuleInputSchema },
  );
  route(
    'get',
    '/api/devices/rules/{id}/non-compliant',
    'The devices that fail a rule, per member and department',
    (a, v) => rules.nonCompliant(db, a, v.param.id, as(v.query), now()),
    { id: true, query: NonCompliantQuery },
  );

  route(
    'post',
    '/api/devices/imports',
    'Start a fleet import (Intune export or mapped CSV); poll the import for progress and report',
    (a, v, r) => {
      const { contentBase64, ...input } = as<{ contentBase64: string } & Omit<imports.ImportInput, 'bytes'>>(v.json);
      return imports.startImportJob(
        db,
        a,
        { ...input, bytes: Buffer.from(contentBase64, 'base64') },
        now,
        (err) => ctx.logger.error({ err }, 'fleet import failed'),
        r,
      );
    },
    { body: ImportInputSchema, status: 202 },
  );
  route('get', '/api/devices/imports', 'The latest fleet imports', (a) => imports.listImports(db, a));
  route(
    'get',
    '/api/devices/imports/{id}',
    'A fleet import: progress while it runs, then its report',
    (a, v) => imports.importJob(db, a, v.param.id),
    { id: true },
  );

  route(
    'get',
    '/api/devices',
    'Devices (a page), filtered; a rotation table cell gives the devices behind its count',
    (a, v) => fleet.listDevices(db, a, as(v.query), now()),
    { query: DevicesQuery },
  );
  route('post', '/api/devices', 'Register a device', (a, v, r) => fleet.createDevice(db, a, as(v.json), now(), r), {
    body: DeviceInputSchema,
    status: 201,
  });
  route('get', '/api/devices/{id}', 'A device', (a, v) => fleet.getDevice(db, a, v.param.id, now()), { id: true });
  route(
    'patch',
    '/api/devices/{id}',
    'Change a device',
    (a, v, r) => fleet.updateDevice(db, a, v.param.id, as(v.json), now(), r),
    { id: true, body: DevicePatchSchema },
  );
  route(
    'post',
    '/api/devices/{id}/hand-out',
    'Hand a device in stock out, optionally as the replacement of another',
    (a, v, r) => fleet.handOut(db, a, v.param.id, as(v.json), now(), r),
    { id: true, body: HandOutSchema },
  );
  return app;
}
