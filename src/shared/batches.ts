/** The items in slices of at most `size` (a statement takes at most 65,535 parameters). */
export function* batches<T>(items: readonly T[], size: number): Generator<T[]> {
  for (let i = 0; i < items.length; i += size) yield items.slice(i, i + size);
}
