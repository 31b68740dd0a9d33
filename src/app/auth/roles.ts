/** The roles of the platform. Scoped roles carry the member (municipality) they act for. */
export const ROLES = [
  'admin',
  'leader',
  'agent',
  'council_member',
  'group_member',
  'system_owner',
  'employee',
] as const;
export type Role = (typeof ROLES)[number];

/** Roles that must name the member they are scoped to. */
export const SCOPED_ROLES: readonly Role[] = ['system_owner', 'employee'];

export interface RoleGrant {
  role: Role;
  memberId: string | null;
}

/** The signed-in user a use case acts for. */
export interface Actor {
  /** null when the system itself acts (CLI, seeding) */
  userId: string | null;
  cooperationId: string;
  name: string;
  memberId: string | null;
  roles: RoleGrant[];
}

export function hasRole(actor: Actor, ...roles: Role[]): boolean {
  return actor.roles.some((g) => roles.includes(g.role));
}

/** Roles that see data of every member of their cooperation. */
const COOPERATION_WIDE: readonly Role[] = ['admin', 'leader', 'agent'];

/**
 * May the actor read data scoped to one member? Staff of the cooperation see every member;
 * others only the members their own role grants name.
 */
export function canReadMemberScoped(actor: Actor, memberId: string): boolean {
  return actor.roles.some((g) => COOPERATION_WIDE.includes(g.role) || g.memberId === memberId);
}

/** Validate a set of grants: scoped roles need a member; roles are not repeated. */
export function grantProblems(grants: RoleGrant[]): string[] {
  const problems: string[] = [];
  const seen = new Set<string>();
  for (const g of grants) {
    if (SCOPED_ROLES.includes(g.role) && !g.memberId) problems.push(`The role ${g.role} must be scoped to a member.`);
    const key = `${g.role}:${g.memberId ?? ''}`;
    if (seen.has(key)) problems.push(`The role ${g.role} is given twice for the same scope.`);
    seen.add(key);
  }
  return problems;
}
