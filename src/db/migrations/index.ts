import * as m0001 from './2026_11_21_0001_foundation.ts';

/** Every migration, by name; names sort in the order they run. Append only. */
export const migrations = {
  '2026_11_21_0001_foundation': m0001,
};
