/** Norwegian ordering (æ, ø, å last): the database engines do not agree on it, so sort in JS. */
export const nbCollator = new Intl.Collator('nb', { sensitivity: 'base', numeric: true });

export function sortByName<T extends { name: string }>(items: T[]): T[] {
  return [...items].sort((a, b) => nbCollator.compare(a.name, b.name));
}
