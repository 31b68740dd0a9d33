// One Pureservice ticket (a CSV row or a JSON object, as field → text) → one of our tickets, or the
// problems that keep it out. Pure: both passes of the import call it and get the same answer.
import type { Channel, CoreState, Priority, TicketKind } from '../tables.ts';
import { parseTimestamp } from './dates.ts';
import type { Field } from './fields.ts';
import { htmlToText, looksLikeHtml } from './html.ts';
import { type Lookups, norm, normPath, splitPath } from './mapping.ts';

export interface RawTicket {
  /** CSV: the line the row starts on; JSON: the line the ticket object starts on */
  line: number | null;
  /** 1-based position of the ticket in the file */
  record: number;
  values: Partial<Record<Field, string>>;
  /** custom fields cf_N with a value */
  custom: Record<string, string> | null;
}

export interface ImportIssue {
  line: number | null;
  record: number | null;
  /** the Pureservice id (or request number) when known */
  id: string | null;
  /** the column as the file names it (CSV), or the API field name (JSON) */
  field: string | null;
  code: string;
  message: string;
}

export interface NormalizedTicket {
  externalId: string;
  requestNumber: number | null;
  kind: TicketKind;
  channel: Channel;
  priority: Priority;
  statusKey: string;
  coreState: CoreState;
  categoryId: string | null;
  memberId: string | null;
  requesterId: string | null;
  requesterName: string;
  requesterEmail: string | null;
  teamId: string | null;
  assigneeId: string | null;
  subject: string;
  description: string;
  solution: string | null;
  formData: Record<string, string> | null;
  createdAt: number;
  updatedAt: number;
  resolvedAt: number | null;
  closedAt: number | null;
}

/** Values that matched nothing, counted per kind for the report (e.g. categories to create). */
export type UnmappedKind = 'priority' | 'status' | 'source' | 'ticketType' | 'member' | 'category' | 'team' | 'agent';

export interface NormalizeSink {
  error(field: Field | string | null, code: string, message: string): void;
  warning(field: Field | string | null, code: string, message: string): void;
  unmapped(kind: UnmappedKind, value: string): void;
}

const MAX_ID = 100;

const upper = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

const describe = (id: string | undefined, name: string | undefined) =>
  name !== undefined ? `"${name}"${id !== undefined ? ` (id ${id})` : ''}` : `id ${id}`;

/**
 * Normalise one ticket. Returns null when it has errors (reported to `sink`); warnings do not keep
 * a ticket out. `label(field)` names a field as the file does, for messages.
 */
export function normalizeTicket(
  raw: RawTicket,
  lk: Lookups,
  sink: NormalizeSink,
  label: (f: Field) => string,
): NormalizedTicket | null {
  const v = raw.values;
  const m = lk.mapping;
  let ok = true;
  const err = (f: Field, code: string, message: string) => {
    ok = false;
    sink.error(label(f), code, message);
  };
  const warn = (f: Field | null, code: string, message: string) => sink.warning(f ? label(f) : null, code, message);

  // key and number
  const externalId = v.id ?? v.requestNumber;
  if (externalId === undefined) err('id', 'missing_id', 'The ticket has neither an id nor a request number.');
  else if (externalId.length > MAX_ID) err('id', 'bad_id', `The id is longer than ${MAX_ID} characters.`);
  let requestNumber: number | null = null;
  if (v.requestNumber !== undefined) {
    if (/^\d{1,15}$/.test(v.requestNumber) && Number(v.requestNumber) > 0) requestNumber = Number(v.requestNumber);
    else
      warn(
        'requestNumber',
        'bad_request_number',
        `"${v.requestNumber}" is not a request number; the ticket gets a new number.`,
      );
  }

  const subject = v.subject ?? '';
  if (!subject) err('subject', 'missing_subject', 'The subject is empty.');

  // timestamps
  const time = (f: 'created' | 'modified' | 'resolved' | 'closed'): number | null => {
    const s = v[f];
    if (s === undefined) return null;
    const r = parseTimestamp(s, m.timeZone);
    if (r.ok) return r.ms;
    err(f, 'bad_date', `${r.reason[0]!.toUpperCase()}${r.reason.slice(1)}.`);
    return null;
  };
  const created = time('created');
  if (v.created === undefined) err('created', 'missing_created', 'The creation date is empty.');
  const modified = time('modified');
  let resolved = time('resolved');
  const closed = time('closed');

  // priority
  let priority = lk.priority.get(v.priorityId, v.priority);
  if (priority === undefined) {
    if (v.priorityId === undefined && v.priority === undefined) {
      if (m.defaults.priority) {
        priority = m.defaults.priority;
        warn('priority', 'default_priority', `No priority; ${priority} is used.`);
      } else err('priority', 'missing_priority', 'The priority is empty.');
    } else {
      sink.unmapped('priority', v.priority ?? v.priorityId!);
      err(
        v.priority !== undefined ? 'priority' : 'priorityId',
        'unknown_priority',
        `The priority ${describe(v.priorityId, v.priority)} is not in the mapping; add it under "priorities".`,
      );
    }
  }

  // status
  let statusKey = lk.status.get(v.statusId, v.status);
  if (statusKey === undefined && v.coreStatus !== undefined && /^-?\d+$/.test(v.coreStatus)) {
    const core = Number(v.coreStatus);
    const rule = m.coreStatus.find((r) => core >= r.min && (r.max === null || core <= r.max));
    if (rule) {
      statusKey = rule.status;
      sink.unmapped('status', v.status ?? v.statusId ?? '');
      warn(
        'status',
        'status_by_core_status',
        `The status ${describe(v.statusId, v.status)} is not in the mapping; by its coreStatus ${core} it becomes ${rule.status}.`,
      );
    }
  }
  if (statusKey === undefined) {
    if (v.statusId === undefined && v.status === undefined) err('status', 'missing_status', 'The status is empty.');
    else {
      sink.unmapped('status', v.status ?? v.statusId!);
      err(
        v.status !== undefined ? 'status' : 'statusId',
        'unknown_status',
        `The status ${describe(v.statusId, v.status)} is not in the mapping; add it under "statuses".`,
      );
    }
  }
  const coreState: CoreState = statusKey ? (lk.statusInfo.get(statusKey)?.core ?? 'open') : 'open';

  // channel
  let channel = lk.source.get(v.sourceId, v.source);
  if (channel === undefined) {
    if (v.sourceId === undefined && v.source === undefined) {
      if (m.defaults.channel) {
        channel = m.defaults.channel;
        warn('source', 'default_channel', `No source; the channel ${channel} is used.`);
      } else err('source', 'missing_source', 'The source (channel) is empty.');
    } else {
      sink.unmapped('source', v.source ?? v.sourceId!);
      err(
        v.source !== undefined ? 'source' : 'sourceId',
        'unknown_source',
        `The source ${describe(v.sourceId, v.source)} is not in the mapping; add it under "sources".`,
      );
    }
  }

  // kind: the ticket type, else the request type
  let kind = lk.ticketType.get(v.ticketTypeId, v.ticketType) ?? lk.ticketType.get(v.requestTypeId, v.requestType);
  if (kind === undefined) {
    const anyType =
      v.ticketTypeId !== undefined ||
      v.ticketType !== undefined ||
      v.requestTypeId !== undefined ||
      v.requestType !== undefined;
    if (!anyType) {
      if (m.defaults.kind) {
        kind = m.defaults.kind;
        warn('ticketType', 'default_kind', `No ticket type; ${kind} is used.`);
      } else err('ticketType', 'missing_ticket_type', 'The ticket type is empty.');
    } else {
      const shown =
        v.ticketType !== undefined || v.ticketTypeId !== undefined
          ? describe(v.ticketTypeId, v.ticketType)
          : describe(v.requestTypeId, v.requestType);
      sink.unmapped('ticketType', v.ticketType ?? v.requestType ?? v.ticketTypeId ?? v.requestTypeId ?? '');
      err(
        v.ticketType !== undefined || v.ticketTypeId !== undefined ? 'ticketType' : 'requestType',
        'unknown_ticket_type',
        `The ticket type ${shown} is not in the mapping; add it under "ticketTypes".`,
      );
    }
  }

  // requester
  const email = v.emailAddress?.toLowerCase() ?? null;
  if (email !== null && !/^[^\s@]+@[^\s@]+$/.test(email))
    warn('emailAddress', 'bad_email', `"${v.emailAddress}" does not look like an e-mail address.`);
  const requesterId = email ? (lk.userByEmail.get(email) ?? null) : null;

  // member (municipality): company, department, location, then the e-mail domain
  let memberId: string | null = null;
  let memberFound = false;
  let unknownMember: { field: Field; text: string } | null = null;
  for (const source of m.memberFrom) {
    if (source === 'emailDomain') {
      const domain = email?.split('@')[1];
      const id = domain ? lk.memberByDomain.get(domain) : undefined;
      if (id) {
        memberId = id;
        memberFound = true;
        if (unknownMember)
          warn(
            unknownMember.field,
            'member_by_email',
            `${upper(unknownMember.text)} is not a member; the e-mail domain ${domain} gives the member instead.`,
          );
        unknownMember = null;
        break;
      }
      continue;
    }
    const [nameField, idField] =
      source === 'company'
        ? (['company', 'companyId'] as const)
        : source === 'department'
          ? (['department', 'companyDepartmentId'] as const)
          : (['location', 'companyLocationId'] as const);
    if (v[nameField] === undefined && v[idField] === undefined) continue;
    const id = lk.member.get(v[idField], v[nameField]);
    if (id !== undefined) {
      memberId = id;
      memberFound = true;
      unknownMember = null;
      break;
    }
    if (!unknownMember) {
      const text = describe(v[idField], v[nameField]);
      unknownMember = { field: v[nameField] !== undefined ? nameField : idField, text };
      sink.unmapped('member', v[nameField] ?? v[idField]!);
    }
  }
  if (unknownMember)
    warn(
      unknownMember.field,
      'unknown_member',
      `${upper(unknownMember.text)} is not a member of the cooperation; the ticket is imported without a member (add it under "companies" in the mapping).`,
    );
  else if (!memberFound)
    warn(null, 'no_member', 'The ticket names no company, department or location; it is imported without a member.');

  // category: ids first, then the name path; the deepest match is used
  let categoryId: string | null = null;
  const ids = [v.category1Id, v.category2Id, v.category3Id];
  let names = [v.category1, v.category2, v.category3].filter((x): x is string => x !== undefined);
  if (names.length === 1 && /[>»\\]/.test(names[0]!)) names = splitPath(names[0]!);
  const hasCategory = names.length > 0 || ids.some((x) => x !== undefined);
  if (hasCategory) {
    let found: string | null | undefined;
    let depth = 0;
    for (let d = 3; d >= 1 && found === undefined; d--) {
      const id = ids[d - 1];
      if (id !== undefined && lk.category.has(id)) {
        found = lk.category.get(id);
        depth = d;
      } else if (names.length >= d) {
        const key = normPath(names.slice(0, d));
        if (lk.category.has(key)) {
          found = lk.category.get(key);
          depth = d;
        }
      }
    }
    const full = names.length ? names.join(' > ') : ids.filter(Boolean).join(' > ');
    const wanted = Math.max(names.length, ids.filter((x) => x !== undefined).length);
    if (found === undefined) {
      sink.unmapped('category', full);
      warn(
        'category1',
        'unknown_category',
        `The category "${full}" does not exist here; the ticket is imported without a category. Create it or map it under "categories".`,
      );
    } else {
      categoryId = found;
      if (found !== null && depth < wanted) {
        sink.unmapped('category', full);
        warn(
          'category1',
          'partial_category',
          `The category "${full}" does not exist here; its parent "${names.slice(0, depth).join(' > ') || full}" is used.`,
        );
      }
    }
  }

  // team and agent: matched when they exist, otherwise only counted
  let teamId: string | null = null;
  if (v.team !== undefined || v.assignedTeamId !== undefined) {
    const byId = v.assignedTeamId === undefined ? undefined : lk.team.get(norm(v.assignedTeamId));
    const t = byId !== undefined ? byId : v.team === undefined ? undefined : lk.team.get(norm(v.team));
    if (t === undefined) sink.unmapped('team', v.team ?? v.assignedTeamId!);
    else teamId = t;
  }
  let assigneeId: string | null = null;
  if (v.agent !== undefined) {
    const a = v.agent.includes('@') ? lk.userByEmail.get(v.agent.toLowerCase()) : lk.userByName.get(norm(v.agent));
    if (a) assigneeId = a;
    else sink.unmapped('agent', v.agent);
  }

  // resolution and closing instants
  let resolvedAt: number | null = null;
  let closedAt: number | null = null;
  if (created !== null && (coreState === 'resolved' || coreState === 'closed')) {
    if (resolved === null && v.resolved === undefined) {
      resolved = closed ?? modified ?? created;
      warn(
        'resolved',
        'missing_resolved',
        `The ticket is ${coreState} but has no resolution date; ${v.closed !== undefined ? label('closed') : v.modified !== undefined ? label('modified') : label('created')} is used.`,
      );
    }
    if (resolved !== null && resolved < created) {
      warn(
        'resolved',
        'resolved_before_created',
        'The resolution date is before the creation date; the creation date is used.',
      );
      resolved = created;
    }
    resolvedAt = resolved;
    if (coreState === 'closed' && resolvedAt !== null)
      closedAt = Math.max(resolvedAt, closed ?? Math.max(resolvedAt, modified ?? resolvedAt));
  } else if (resolved !== null && created !== null) {
    warn(
      'resolved',
      'resolved_but_open',
      `The ticket has a resolution date but the open status ${statusKey}; it is imported as open.`,
    );
  }

  if (!ok || created === null) return null;
  const updatedAt = Math.max(created, modified ?? created, resolvedAt ?? created, closedAt ?? created);

  // custom fields
  let formData: Record<string, string> | null = null;
  if (raw.custom) {
    for (const [k, value] of Object.entries(raw.custom)) {
      const target = lk.customFields.has(k) ? lk.customFields.get(k)! : k;
      if (target === null) continue;
      formData ??= {};
      formData[target] = value;
    }
  }

  const text = (s: string | undefined) =>
    s !== undefined && m.html === 'text' && looksLikeHtml(s) ? htmlToText(s) : (s ?? '');
  const solution = text(v.solution);
  return {
    externalId: externalId!,
    requestNumber,
    kind: kind!,
    channel: channel!,
    priority: priority!,
    statusKey: statusKey!,
    coreState,
    categoryId,
    memberId,
    requesterId,
    requesterName: v.userName ?? '',
    requesterEmail: email,
    teamId,
    assigneeId,
    subject,
    description: text(v.description),
    solution: solution || null,
    formData,
    createdAt: created,
    updatedAt,
    resolvedAt,
    closedAt,
  };
}
