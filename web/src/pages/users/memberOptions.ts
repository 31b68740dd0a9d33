import type { Overview } from '../../api/types.ts';

export interface MemberOption {
  id: string;
  label: string;
}

/** Current members first, then former ones (marked), for selects. */
export function memberOptions(overview: Overview | undefined, formerSuffix: string): MemberOption[] {
  if (!overview) return [];
  return [
    ...overview.members.map((m) => ({ id: m.id, label: m.name })),
    ...overview.formerMembers.map((m) => ({ id: m.id, label: `${m.name} ${formerSuffix}` })),
  ];
}
