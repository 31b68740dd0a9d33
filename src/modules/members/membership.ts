// Pure rules about membership over time.

/** The members that belonged to the cooperation at some time in `year` (joined before its end, not left before its start). */
export function membersInYear<T extends { joined_on: string; left_on: string | null }>(
  members: T[],
  year: number,
): T[] {
  return members.filter((m) => m.joined_on <= `${year}-12-31` && (m.left_on === null || m.left_on >= `${year}-01-01`));
}
