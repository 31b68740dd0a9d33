import { z } from '@hono/zod-openapi';
import { EXPENSE_TYPES } from './expense-types.ts';
import { DRIVERS } from './tables.ts';

/** Money in the API is integer øre. */
const Ore = z.number().int().min(-9e15).max(9e15).openapi({ description: 'amount in øre (1 kr = 100 øre)' });
const Name = z.string().trim().min(1).max(200);
const Decimal = z
  .string()
  .trim()
  .regex(/^\d+([.,]\d+)?$|^\d+ \d+\/\d+$|^\d+\/\d+$/, 'a number such as 30, 48,10 or 1/3')
  .max(40);

export const YearParam = z.object({
  year: z.coerce
    .number()
    .int()
    .min(2000)
    .max(2100)
    .openapi({ param: { name: 'year', in: 'path' }, example: 2025 }),
});
export const PurposeParam = YearParam.extend({
  purpose: z.enum(['operating', 'investment']).openapi({ param: { name: 'purpose', in: 'path' } }),
});
export const UnitQuery = z.object({
  unit: z
    .enum(['1', '1000'])
    .default('1000')
    .transform((u) => Number(u) as 1 | 1000)
    .openapi({ description: 'display unit: whole kroner (1) or thousands (1000)' }),
});
export const OperatingQuery = UnitQuery.extend({
  throughPeriod: z.coerce.number().int().min(1).max(12).optional().openapi({ description: 'actuals up to this month' }),
});
export const PaymentsQuery = UnitQuery.extend({
  format: z.enum(['json', 'csv', 'xlsx']).default('json'),
});

export const DriversInputSchema = z
  .object({
    values: z
      .array(z.object({ memberId: z.uuid(), driver: z.enum(DRIVERS), value: z.number().int().min(0).max(1e12) }))
      .max(10_000),
  })
  .openapi('DriversInput');

export const KeyInputSchema = z
  .discriminatedUnion('kind', [
    z.object({
      kind: z.literal('fixed'),
      percentages: z
        .array(z.object({ memberId: z.uuid(), percent: Decimal }))
        .min(1)
        .max(200),
      normalize: z.boolean().optional(),
      decision: z.string().max(500).optional(),
    }),
    z.object({
      kind: z.literal('formula'),
      equal: Decimal,
      drivers: z.array(z.object({ driver: z.enum(DRIVERS), weight: Decimal })).max(DRIVERS.length),
      decision: z.string().max(500).optional(),
    }),
  ])
  .openapi('KeyInput');

export const YearInputSchema = z
  .object({
    operatingTotalOre: Ore.nullable().optional(),
    topDown: z
      .object({ hostMemberId: z.uuid(), hostFrameOre: Ore.min(1), hostShare: Decimal })
      .nullable()
      .optional()
      .openapi({ description: "build the operating total top-down from the host's frame and its share (%)" }),
    investmentFrameOre: Ore.min(0).nullable().optional(),
    carryOverOre: Ore.min(0).optional(),
    carryOverDecision: z.string().max(500).optional(),
  })
  .openapi('YearInput');

export const BudgetInputSchema = z
  .object({
    lines: z
      .array(
        z.object({
          expenseType: z.enum(EXPENSE_TYPES),
          budgetOre: Ore,
          forecastOre: Ore.nullable().optional(),
          forecastComment: z.string().max(2000).optional(),
        }),
      )
      .max(EXPENSE_TYPES.length),
  })
  .openapi('BudgetInput');

export const AccountsInputSchema = z
  .object({
    accounts: z
      .array(
        z.object({
          account: z.string().trim().min(1).max(40),
          name: z.string().max(200).optional(),
          expenseType: z.enum(EXPENSE_TYPES),
        }),
      )
      .max(5000),
  })
  .openapi('AccountsInput');

export const ActualsInputSchema = z
  .object({
    fileName: Name,
    contentBase64: z.base64().max(70 * 1024 * 1024),
  })
  .openapi('ActualsInput');

export const ProjectInputSchema = z
  .object({
    area: z.string().max(200).optional(),
    name: Name,
    description: z.string().max(5000).optional(),
    budgetOre: Ore,
    actualOre: Ore.optional(),
    forecastOre: Ore.nullable().optional(),
    deadline: z.iso.date().nullable().optional(),
    sort: z.number().int().min(0).max(10_000).optional(),
  })
  .openapi('ProjectInput');
export const ProjectPatchSchema = ProjectInputSchema.partial().openapi('ProjectPatch');

export const ServiceInputSchema = z
  .object({
    name: Name,
    per: z.enum(['month', 'unit']),
    priceOre: Ore.min(0),
    description: z.string().max(2000).optional(),
  })
  .openapi('ServiceInput');

export const QuantitiesInputSchema = z
  .object({
    quantities: z
      .array(z.object({ serviceId: z.uuid(), memberId: z.uuid(), quantity: z.number().int().min(0).max(1e9) }))
      .max(10_000),
  })
  .openapi('QuantitiesInput');

export const MeasureInputSchema = z
  .object({
    title: Name,
    amountOre: Ore,
    consequence: z.string().max(10_000).optional(),
    sort: z.number().int().min(0).max(10_000).optional(),
  })
  .openapi('MeasureInput');

/** Economy responses are documented by example in the module's README; their shape is stable. */
export const EconomyViewSchema = z.record(z.string(), z.unknown()).openapi('EconomyView');
