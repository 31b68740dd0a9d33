// The proposal flow (innspill): anyone signed in submits a proposal; it starts in the innovation
// council of the proposer's municipality and moves on to a professional group, the portfolio board
// and the council, with comments and decisions at each step. It ends rejected, withdrawn, closed,
// as a council case or as an investment project. Every step is kept in its history.
import type { Actor } from '../../app/auth/roles.ts';
import { forbidden, invalidField, notFound } from '../../app/errors.ts';
import { type Db, inTransaction } from '../../db/database.ts';
import { osloDate } from '../../shared/dates.ts';
import { createProject } from '../economy/economy.service.ts';
import { accessOf, canEditBody } from './access.ts';
import { audit } from './audit.ts';
import * as repo from './governance.repository.ts';
import type { ProposalActionInput, ProposalInput } from './governance.schemas.ts';
import { addCaseFromProposal, conflict, loadMeeting } from './meetings.service.ts';
import type { ProposalAction, ProposalStage } from './tables.ts';

const invalid = invalidField;

/** The steps in order; each step is handled by a body of the named kind. */
export const STAGES: ProposalStage[] = ['innovation_council', 'group', 'portfolio_board', 'council'];
const STAGE_BODY_KIND = {
  innovation_council: 'innovation_council',
  group: 'group',
  portfolio_board: 'portfolio_board',
  council: 'council',
} as const;

/** Pure: where a proposal goes on an action. Returns the new stage and status, or an error text. */
export function nextStep(
  stage: ProposalStage,
  action: 'forward' | 'return' | 'reject' | 'close' | 'withdraw',
): { stage: ProposalStage; status: 'open' | 'rejected' | 'closed' | 'withdrawn' } | string {
  const i = STAGES.indexOf(stage);
  switch (action) {
    case 'forward':
      return i === STAGES.length - 1
        ? 'The council is the last step; decide it as a case or a project.'
        : { stage: STAGES[i + 1] as ProposalStage, status: 'open' };
    case 'return':
      return i === 0
        ? 'The innovation council is the first step.'
        : { stage: STAGES[i - 1] as ProposalStage, status: 'open' };
    case 'reject':
      return { stage, status: 'rejected' };
    case 'close':
      return { stage, status: 'closed' };
    case 'withdraw':
      return { stage, status: 'withdrawn' };
  }
}

async function bodiesOfKind(db: Db, cooperationId: string) {
  return db
    .selectFrom('body')
    .select(['id', 'kind', 'name', 'member_id'])
    .where('cooperation_id', '=', cooperationId)
    .execute();
}

function present(
  p: repo.ProposalRow,
  events: Awaited<ReturnType<typeof repo.listProposalEvents>> | null,
  canAct: boolean,
  mine: boolean,
) {
  return {
    id: p.id,
    reference: p.reference,
    title: p.title,
    need: p.need,
    benefit: p.benefit,
    memberIds: p.member_ids,
    estimatedCostOre: p.estimated_cost_ore === null ? null : Number(p.estimated_cost_ore),
    proposer: p.proposer_name,
    stage: p.stage,
    bodyId: p.body_id,
    bodyName: p.body_name,
    status: p.status,
    caseId: p.case_id,
    projectId: p.project_id,
    createdAt: p.created_at,
    updatedAt: p.updated_at,
    canAct,
    mine,
    ...(events && {
      history: events.map((e) => ({
        id: e.id,
        stage: e.stage,
        bodyName: e.body_name,
        action: e.action,
        comment: e.comment,
        actor: e.actor_name,
        at: e.created_at,
      })),
    }),
  };
}

export async function submitProposal(db: Db, actor: Actor, input: ProposalInput, now: Date, requestId?: string) {
  return inTransaction(db, async (tx) => {
    const members = await tx
      .selectFrom('member')
      .select('id')
      .where('cooperation_id', '=', actor.cooperationId)
      .execute();
    const known = new Set(members.map((m) => m.id));
    input.memberIds.forEach((id, i) => {
      if (!known.has(id)) throw invalid(`memberIds.${i}`, 'Unknown member.');
    });
    const home = actor.memberId ?? input.memberIds[0] ?? null;
    const bodies = await bodiesOfKind(tx, actor.cooperationId);
    const council = bodies.find((b) => b.kind === 'innovation_council' && b.member_id === home);
    if (!council)
      throw invalid(
        'memberIds',
        'Name the municipality the proposal belongs to: its innovation council receives it first.',
      );
    const year = osloDate(now).slice(0, 4);
    const prefix = `INN-${year}-`;
    const reference = `${prefix}${String((await repo.countProposalsInYear(tx, actor.cooperationId, prefix)) + 1).padStart(3, '0')}`;
    const id = crypto.randomUUID();
    await repo.insertProposal(tx, {
      id,
      cooperation_id: actor.cooperationId,
      reference,
      title: input.title,
      need: input.need,
      benefit: input.benefit,
      member_ids: input.memberIds.length ? input.memberIds : home ? [home] : [],
      estimated_cost_ore: input.estimatedCostOre,
      proposer_id: actor.userId,
      stage: 'innovation_council',
      body_id: council.id,
      status: 'open',
      case_id: null,
      project_id: null,
      created_at: now,
      updated_at: now,
    });
    await repo.insertProposalEvent(tx, {
      id: crypto.randomUUID(),
      cooperation_id: actor.cooperationId,
      proposal_id: id,
      stage: 'innovation_council',
      body_id: council.id,
      action: 'submitted',
      comment: '',
      actor_id: actor.userId,
      created_at: now,
    });
    await audit(tx, actor, 'create', 'proposal', id, `Submitted proposal ${reference}`, requestId, input);
    return getProposal(tx, actor, id, now);
  });
}

export async function listProposals(db: Db, actor: Actor, filter: { mine?: boolean; status?: string }, now: Date) {
  const access = await accessOf(db, actor, now);
  const rows = await repo.listProposals(db, actor.cooperationId, {
    proposerId: filter.mine ? (actor.userId ?? '00000000-0000-0000-0000-000000000000') : undefined,
    status: filter.status,
  });
  return {
    proposals: rows.map((p) =>
      present(p, null, p.status === 'open' && canEditBody(access, p.body_id), p.proposer_id === actor.userId),
    ),
  };
}

export async function getProposal(db: Db, actor: Actor, id: string, now: Date) {
  const p = await repo.findProposal(db, actor.cooperationId, id);
  if (!p) throw notFound('The proposal');
  const access = await accessOf(db, actor, now);
  const events = await repo.listProposalEvents(db, actor.cooperationId, id);
  return present(p, events, p.status === 'open' && canEditBody(access, p.body_id), p.proposer_id === actor.userId);
}

async function addEvent(
  tx: Db,
  actor: Actor,
  p: { id: string; stage: ProposalStage; body_id: string },
  action: ProposalAction,
  comment: string,
  now: Date,
) {
  await repo.insertProposalEvent(tx, {
    id: crypto.randomUUID(),
    cooperation_id: actor.cooperationId,
    proposal_id: p.id,
    stage: p.stage,
    body_id: p.body_id,
    action,
    comment,
    actor_id: actor.userId,
    created_at: now,
  });
}

/**
 * Act on a proposal: comment (anyone), withdraw (the proposer), forward, return, reject or close (the
 * members of the body that holds it, or administrators). Forwarding out of an innovation council names
 * the professional group; the portfolio board and the council are single bodies.
 */
export async function actOnProposal(
  db: Db,
  actor: Actor,
  id: string,
  input: ProposalActionInput,
  now: Date,
  requestId?: string,
) {
  return inTransaction(db, async (tx) => {
    const p = await repo.findProposal(tx, actor.cooperationId, id);
    if (!p) throw notFound('The proposal');
    const access = await accessOf(tx, actor, now);
    if (input.action === 'comment') {
      if (!input.comment.trim()) throw invalid('comment', 'Write a comment.');
      await addEvent(tx, actor, p, 'comment', input.comment, now);
    } else {
      if (p.status !== 'open') throw conflict(`The proposal is ${p.status}; it no longer moves.`);
      if (input.action === 'withdraw') {
        if (p.proposer_id !== actor.userId && !access.admin)
          throw forbidden('Only the proposer can withdraw a proposal.');
      } else if (!canEditBody(access, p.body_id)) {
        throw forbidden(`Only the members of ${p.body_name} can move this proposal on.`);
      }
      const step = nextStep(p.stage, input.action);
      if (typeof step === 'string') throw conflict(step);
      let bodyId = p.body_id;
      if (step.stage !== p.stage) {
        const bodies = (await bodiesOfKind(tx, actor.cooperationId)).filter(
          (b) => b.kind === STAGE_BODY_KIND[step.stage],
        );
        let target = bodies.find((b) => b.id === input.bodyId);
        if (input.bodyId && !target)
          throw invalid('bodyId', `That body does not handle the ${step.stage.replace('_', ' ')} step.`);
        if (!target && step.stage === 'innovation_council') {
          const first = (await repo.listProposalEvents(tx, actor.cooperationId, p.id)).find(
            (e) => e.action === 'submitted',
          );
          target = bodies.find((b) => b.id === first?.body_id);
        }
        if (!target && bodies.length === 1) target = bodies[0];
        if (!target)
          throw invalid(
            'bodyId',
            step.stage === 'group'
              ? 'Choose the professional group that should study the proposal.'
              : 'Choose the body to send it to.',
          );
        bodyId = target.id;
      }
      const action: ProposalAction =
        input.action === 'forward'
          ? 'forwarded'
          : input.action === 'return'
            ? 'returned'
            : input.action === 'reject'
              ? 'rejected'
              : input.action === 'close'
                ? 'closed'
                : 'withdrawn';
      await addEvent(tx, actor, p, action, input.comment, now);
      await repo.updateProposal(tx, actor.cooperationId, p.id, {
        stage: step.stage,
        status: step.status,
        body_id: bodyId,
        updated_at: now,
      });
    }
    await audit(tx, actor, 'update', 'proposal', p.id, `${input.action} on proposal ${p.reference}`, requestId);
    return getProposal(tx, actor, p.id, now);
  });
}

/** At the council: the proposal becomes a case on a council meeting's agenda. */
export async function proposalToCase(
  db: Db,
  actor: Actor,
  id: string,
  meetingId: string,
  now: Date,
  requestId?: string,
) {
  return inTransaction(db, async (tx) => {
    const p = await repo.findProposal(tx, actor.cooperationId, id);
    if (!p) throw notFound('The proposal');
    if (p.status !== 'open' || p.stage !== 'council')
      throw conflict('Only an open proposal at the council can become a council case.');
    const m = await loadMeeting(tx, actor, meetingId);
    if (m.body_id !== p.body_id) throw invalid('meetingId', 'Choose a meeting of the council.');
    const cost =
      p.estimated_cost_ore === null
        ? ''
        : `\n\nAnslått kostnad: ${(Number(p.estimated_cost_ore) / 100).toLocaleString('nb-NO')} kr.`;
    const c = await addCaseFromProposal(
      tx,
      actor,
      meetingId,
      {
        title: p.title,
        kind: 'decision',
        ownerId: null,
        ownerText: p.proposer_name ?? '',
        background: `Innspill ${p.reference}.\n\nBehov: ${p.need}${p.benefit ? `\n\nForventet gevinst: ${p.benefit}` : ''}${cost}`,
        proposedDecision: '',
      },
      p.id,
      now,
      requestId,
    );
    await addEvent(tx, actor, p, 'case', `Sak ${c?.number ?? ''}`, now);
    await repo.updateProposal(tx, actor.cooperationId, p.id, {
      status: 'case',
      case_id: c?.id ?? null,
      updated_at: now,
    });
    return getProposal(tx, actor, p.id, now);
  });
}

/** At the council (or portfolio board): the proposal becomes an investment project of a year. */
export async function proposalToProject(db: Db, actor: Actor, id: string, year: number, now: Date, requestId?: string) {
  return inTransaction(db, async (tx) => {
    const p = await repo.findProposal(tx, actor.cooperationId, id);
    if (!p) throw notFound('The proposal');
    if (p.status !== 'open' || (p.stage !== 'council' && p.stage !== 'portfolio_board'))
      throw conflict('Only an open proposal at the portfolio board or the council can become a project.');
    const project = await createProject(
      tx,
      actor,
      year,
      {
        name: p.title,
        description: `Innspill ${p.reference}: ${p.need}`,
        budgetOre: Number(p.estimated_cost_ore ?? 0),
      },
      now,
      requestId,
    );
    await addEvent(tx, actor, p, 'project', `Investeringsprosjekt ${year}: ${p.title}`, now);
    await repo.updateProposal(tx, actor.cooperationId, p.id, {
      status: 'project',
      project_id: project.id,
      updated_at: now,
    });
    return getProposal(tx, actor, p.id, now);
  });
}
