import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { type Actor, canReadMemberScoped, grantProblems, hasRole } from './roles.ts';

const actor = (roles: Actor['roles']): Actor => ({ userId: 'u', cooperationId: 'c', name: 'n', memberId: null, roles });

describe('roles', () => {
  it('staff read every member; scoped roles only their own', () => {
    assert.ok(canReadMemberScoped(actor([{ role: 'agent', memberId: null }]), 'B'));
    assert.ok(canReadMemberScoped(actor([{ role: 'leader', memberId: null }]), 'B'));
    assert.ok(canReadMemberScoped(actor([{ role: 'system_owner', memberId: 'A' }]), 'A'));
    assert.equal(canReadMemberScoped(actor([{ role: 'system_owner', memberId: 'A' }]), 'B'), false);
    assert.equal(canReadMemberScoped(actor([{ role: 'council_member', memberId: null }]), 'B'), false);
    assert.equal(canReadMemberScoped(actor([]), 'A'), false);
  });

  it('hasRole matches any of the roles', () => {
    const a = actor([{ role: 'employee', memberId: 'A' }]);
    assert.ok(hasRole(a, 'admin', 'employee'));
    assert.equal(hasRole(a, 'admin'), false);
  });

  it('grantProblems refuses unscoped scoped roles and duplicates', () => {
    assert.deepEqual(grantProblems([{ role: 'admin', memberId: null }]), []);
    assert.deepEqual(
      grantProblems([
        { role: 'admin', memberId: null },
        { role: 'system_owner', memberId: null },
      ]),
      [
        {
          path: 'roles.1.memberId',
          message: 'The role system_owner must be scoped to a member.',
          code: 'scope_required',
        },
      ],
    );
    assert.equal(grantProblems([{ role: 'employee', memberId: null }]).length, 1);
    assert.equal(
      grantProblems([
        { role: 'agent', memberId: null },
        { role: 'agent', memberId: null },
      ]).length,
      1,
    );
  });
});
