import type { TicketRow } from './tickets.repository.ts';

const iso = (d: Date | null) => (d ? d.toISOString() : null);

/** Ticket row → API view (camelCase, ISO instants). */
export function presentTicket(t: TicketRow & { assignee_name?: string | null }) {
  return {
    id: t.id,
    number: t.number,
    kind: t.kind,
    channel: t.channel,
    priority: t.priority,
    categoryId: t.category_id,
    memberId: t.member_id,
    requesterId: t.requester_id,
    requesterName: t.requester_name,
    requesterEmail: t.requester_email,
    teamId: t.team_id,
    assigneeId: t.assignee_id,
    assigneeName: t.assignee_name ?? null,
    status: t.status_key,
    coreState: t.core_state,
    subject: t.subject,
    description: t.description,
    solution: t.solution,
    catalogueItemId: t.catalogue_item_id,
    formData: t.form_data,
    duplicateOfId: t.duplicate_of_id,
    parentId: t.parent_id,
    createdAt: t.created_at.toISOString(),
    updatedAt: t.updated_at.toISOString(),
    firstResponseAt: iso(t.first_response_at),
    resolvedAt: iso(t.resolved_at),
    closedAt: iso(t.closed_at),
    reopenCount: t.reopen_count,
    sla: {
      responseDue: iso(t.sla_response_due),
      resolutionDue: iso(t.sla_resolution_due),
      responseBreached: t.sla_response_breached,
      resolutionBreached: t.sla_resolution_breached,
      businessMinutes: t.sla_business_minutes,
      paused: t.sla_paused,
      frozen: t.sla_frozen,
    },
  };
}

export function presentEvent(e: {
  id: number;
  at: Date;
  actor_user_id: string | null;
  actor_name: string;
  kind: string;
  data: Record<string, unknown>;
}) {
  return {
    id: e.id,
    at: e.at.toISOString(),
    actorUserId: e.actor_user_id,
    actorName: e.actor_name,
    kind: e.kind,
    data: e.data,
  };
}
