// Search across cases, decisions and proposals with PostgreSQL's Norwegian full-text configuration
// ("budsjett" finds "budsjettet"). Drafts match only for their body; decisions only once public.
import type { Actor } from '../../app/auth/roles.ts';
import type { Db } from '../../db/database.ts';
import { accessOf, editableBodies } from './access.ts';
import { searchCases, searchProposals } from './governance.repository.ts';

export async function searchGovernance(db: Db, actor: Actor, q: string, now: Date) {
  const access = await accessOf(db, actor, now);
  const [cases, proposals] = await Promise.all([
    searchCases(db, actor.cooperationId, q, editableBodies(access), 50),
    searchProposals(db, actor.cooperationId, q, 50),
  ]);
  return {
    query: q,
    cases: cases.map((c) => ({
      id: c.id,
      number: c.case_number || null,
      title: c.title,
      kind: c.kind,
      status: c.status,
      meetingId: c.meeting_id,
      date: c.meeting_date,
      bodyName: c.body_name,
    })),
    proposals: proposals.map((p) => ({
      id: p.id,
      reference: p.reference,
      title: p.title,
      status: p.status,
      stage: p.stage,
    })),
  };
}
