import { hashPassword } from '../src/app/auth/password.ts';
import type { Actor, Role } from '../src/app/auth/roles.ts';
import type { Db } from '../src/db/database.ts';
import { insertContact, insertCooperation, insertMember } from '../src/modules/members/members.repository.ts';
import { ensureServiceDeskDefaults } from '../src/modules/servicedesk/defaults.ts';
import { insertUser, replaceRoles } from '../src/modules/users/users.repository.ts';

export const TEST_PASSWORD = 'correct horse battery';
let passwordHash: Promise<string> | undefined;
const uniq = () => crypto.randomUUID().slice(0, 8);

export interface TestTenant {
  cooperationId: string;
  slug: string;
  memberA: string;
  memberB: string;
  /** e-mail address of a user per role; scoped roles are scoped to member A */
  users: Record<Role, { id: string; email: string }>;
  actor(role: Role): Actor;
}

/**
 * A fresh cooperation with two members (A and B), a contact each and one user per role.
 * Each test builds its own, so tests never share data.
 */
export async function createTenant(db: Db): Promise<TestTenant> {
  passwordHash ??= hashPassword(TEST_PASSWORD);
  const hash = await passwordHash;
  const cooperationId = crypto.randomUUID();
  const slug = `coop-${uniq()}`;
  await insertCooperation(db, {
    id: cooperationId,
    slug,
    name: `Samarbeid ${slug}`,
    short_name: slug,
    organisation_form: 'Administrativt vertskommunesamarbeid',
  });
  await ensureServiceDeskDefaults(db, cooperationId);
  const memberA = crypto.randomUUID();
  const memberB = crypto.randomUUID();
  for (const [id, name, kind] of [
    [memberA, 'Ålesund kommune', 'host'],
    [memberB, 'Bø kommune', 'partner'],
  ] as const) {
    await insertMember(db, {
      id,
      cooperation_id: cooperationId,
      code: `m-${uniq()}`,
      name,
      kind,
      joined_on: '2020-01-01',
    });
    await insertContact(db, {
      id: crypto.randomUUID(),
      cooperation_id: cooperationId,
      member_id: id,
      name: `Kontakt ${name}`,
      title: 'Kommunedirektør',
      valid_from: '2020-01-01',
    });
  }
  const roles: Role[] = ['admin', 'leader', 'agent', 'council_member', 'group_member', 'system_owner', 'employee'];
  const users = {} as TestTenant['users'];
  for (const role of roles) {
    const id = crypto.randomUUID();
    const email = `${role}-${uniq()}@${slug}.test`;
    const scoped = role === 'system_owner' || role === 'employee';
    await insertUser(db, {
      id,
      cooperation_id: cooperationId,
      email,
      name: `Test ${role}`,
      member_id: memberA,
      password_hash: hash,
    });
    await replaceRoles(db, cooperationId, id, [{ role, memberId: scoped ? memberA : null }]);
    users[role] = { id, email };
  }
  return {
    cooperationId,
    slug,
    memberA,
    memberB,
    users,
    actor: (role) => ({
      userId: users[role].id,
      cooperationId,
      name: `Test ${role}`,
      memberId: memberA,
      roles: [{ role, memberId: role === 'system_owner' || role === 'employee' ? memberA : null }],
    }),
  };
}
