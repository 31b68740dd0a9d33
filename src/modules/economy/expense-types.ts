// The operating budget's expense types (utgiftstyper), in the order the council's tables list them.
// Income is a line of its own with negative amounts.

export const EXPENSE_TYPES = [
  'salaries',
  'staff_premises',
  'purchase_leasing',
  'consultants',
  'licences_support',
  'network_telecom',
  'income',
] as const;
export type ExpenseType = (typeof EXPENSE_TYPES)[number];

/** Norwegian labels as the council's tables write them. */
export const EXPENSE_TYPE_LABELS: Record<ExpenseType, string> = {
  salaries: 'Lønn',
  staff_premises: 'Drift av stab og lokaler',
  purchase_leasing: 'Kjøp/leasing',
  consultants: 'Konsulenter',
  licences_support: 'Lisens, vedlikehold og support',
  network_telecom: 'Samband og tele',
  income: 'Inntekter',
};

export const isExpenseType = (s: string): s is ExpenseType => (EXPENSE_TYPES as readonly string[]).includes(s);
