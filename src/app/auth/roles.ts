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

/** Validate a set of grants: scoped roles need a member; roles are not repeated. Paths name the row. */
export function grantProblems(grants: RoleGrant[]): { path: string; message: string; code: string }[] {
  const problems: { path: string; message: string; code: string }[] = [];
  const seen = new Set<string>();
  grants.forEach((g, i) => {
    if (SCOPED_ROLES.includes(g.role) && !g.memberId) {
      problems.push({
        path: `roles.${i}.memberId`,
        message: `The role ${g.role} must be scoped to a member.`,
        code: 'scope_required',
      });
    }
    const key = `${g.role}:${g.memberId ?? ''}`;
    if (seen.has(key)) {
      problems.push({
        path: `roles.${i}`,
        message: `The role ${g.role} is given twice for the same scope.`,
        code: 'duplicate_role',
      });
    }
    seen.add(key);
  });
  return problems;
}
