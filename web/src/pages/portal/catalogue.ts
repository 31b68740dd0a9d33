import type { TFunction } from 'i18next';
import type { CatalogueItem, Category } from '../../api/types.ts';
import { formatKroner } from '../../lib/format.ts';
import { categoryOptions } from '../servicedesk/config.ts';

/** 'Inkludert i grunntjenesten', 'kr 12 500 per stk' or 'Pris etter avtale'. */
export function priceText(t: TFunction, item: CatalogueItem, lng: string): string {
  if (item.included) return t('order.included');
  if (item.priceOre === null) return t('order.priceOnRequest');
  const price = formatKroner(item.priceOre, lng);
  const unit = item.priceUnit?.trim().replace(/^per\s+/i, '');
  return unit ? t('order.pricePer', { price, unit }) : price;
}

export interface CatalogueGroup {
  key: string;
  label: string;
  items: { item: CatalogueItem /** the sub-category below the group, if any: 'Utstyr' */; sub?: string }[];
}

/** Catalogue items grouped by top-level category, in the tree's order; those without one last. */
export function groupByCategory(items: CatalogueItem[], categories: Category[], otherLabel: string): CatalogueGroup[] {
  const byId = new Map(categories.map((c) => [c.id, c]));
  const rootOf = (id: string) => {
    let c = byId.get(id);
    const seen = new Set<string>();
    while (c?.parentId && byId.has(c.parentId) && !seen.has(c.id)) {
      seen.add(c.id);
      c = byId.get(c.parentId);
    }
    return c;
  };
  const labels = new Map(categoryOptions(categories).map((c) => [c.id, c.label]));
  const groups: CatalogueGroup[] = categoryOptions(categories)
    .filter((c) => c.depth === 0)
    .map((root) => ({
      key: root.id,
      label: root.label,
      items: items
        .filter((i) => i.categoryId && rootOf(i.categoryId)?.id === root.id)
        .map((item) => ({
          item,
          sub:
            item.categoryId !== root.id ? labels.get(item.categoryId ?? '')?.slice(root.label.length + 3) : undefined,
        })),
    }))
    .filter((g) => g.items.length > 0);
  const rest = items.filter((i) => !i.categoryId || !byId.has(i.categoryId));
  if (rest.length > 0) groups.push({ key: 'other', label: otherLabel, items: rest.map((item) => ({ item })) });
  return groups;
}
