// The reports' use cases: create a report for a month or a year, write its sections, send it for
// review, approve it (which freezes its figures and PDF and attaches the PDF to the council case that
// presents it), make a new version, and read it as HTML, PDF or an archive package.

import { createHash } from 'node:crypto';
import type { Actor } from '../../app/auth/roles.ts';
import { AppError, forbidden, invalidField, notFound } from '../../app/errors.ts';
import { type Db, inTransaction } from '../../db/database.ts';
import { osloDate } from '../../shared/dates.ts';
import { uuidv7 } from '../../shared/ids.ts';
import { auditChange } from '../audit/audit.service.ts';
import { archiveZip } from '../governance/documents/archive.ts';
import { caseNumbers } from '../governance/governance.repository.ts';
import { addAttachment } from '../governance/meetings.service.ts';
import { seatsOf } from '../governance/reporting.service.ts';
import { findCooperation, listMembers } from '../members/members.repository.ts';
import { membersInYear } from '../members/membership.ts';
import { canEditSection, canRead, isManager, requireManager, requireReader } from './access.ts';
import {
  buildDocument,
  defaultTitle,
  documentOf,
  renderHtmlOf,
  renderPdfOf,
  sectionOutline,
} from './content.service.ts';
import { dayAfterMonth } from './format.ts';
import type { ReportDoc } from './model.ts';
import type { ReportRow } from './reports.repository.ts';
import * as repo from './reports.repository.ts';
import { EMPTY_DOC, imageIds, type RichDoc } from './rich-text.ts';
import type { ReportKind } from './tables.ts';

const invalid = (path: string, message: string, code = 'invalid') => invalidField(path, message, code);
const conflict = (message: string) => new AppError('conflict', message);

async function loadReport(db: Db, actor: Actor, id: string): Promise<ReportRow> {
  requireReader(actor);
  const r = await repo.findReport(db, actor.cooperationId, id);
  if (!r || !canRead(actor, r.status)) throw notFound('The report');
  return r;
}

/** A report locked for a change, in a status the change needs. */
async function lockFor(tx: Db, actor: Actor, id: string, statuses: ReportRow['status'][], what: string) {
  const r = await repo.lockReport(tx, actor.cooperationId, id);
  if (!r || !canRead(actor, r.status)) throw notFound('The report');
  if (!statuses.includes(r.status))
    throw conflict(`The report is ${r.status === 'approved' ? 'approved' : `in ${r.status}`}; ${what}.`);
  return r;
}

export function checkPeriod(kind: ReportKind, period: string, now: Date) {
  const ok = kind === 'activity' ? /^\d{4}-(0[1-9]|1[0-2])$/.test(period) : /^\d{4}$/.test(period);
  if (!ok)
    throw invalid(
      'period',
      kind === 'activity' ? 'An activity report is for a month (YYYY-MM).' : 'An annual report is for a year (YYYY).',
      'invalid_period',
    );
  const today = osloDate(now);
  if (period > today.slice(0, kind === 'activity' ? 7 : 4))
    throw invalid(
      'period',
      `${period} has not begun; a report can only be made for a period that has.`,
      'future_period',
    );
}

async function present(db: Db, actor: Actor, r: ReportRow, now: Date) {
  const coop = actor.cooperationId;
  const [outline, sections, approvals, members, seats, numbers] = await Promise.all([
    sectionOutline(db, coop, r.kind),
    repo.listSections(db, coop, r.id),
    r.kind === 'annual' ? repo.listApprovals(db, coop, r.id) : Promise.resolve([]),
    r.kind === 'annual' ? listMembers(db, coop) : Promise.resolve([]),
    actor.userId ? seatsOf(db, coop, actor.userId, osloDate(now)) : Promise.resolve(new Set<string>()),
    caseNumbers(db, coop, r.case_id ? [r.case_id] : []),
  ]);
  const byKey = new Map(sections.map((s) => [s.key, s]));
  const approvalOf = new Map(approvals.map((a) => [a.member_id, a]));
  const manager = isManager(actor);
  const year = r.period.slice(0, 4);
  const caseNumber = r.case_id ? (numbers.get(r.case_id) ?? null) : null;
  return {
    id: r.id,
    kind: r.kind,
    period: r.period,
    version: r.version,
    status: r.status,
    title: r.title,
    subtitle: r.kind === 'activity' ? `pr. ${dayAfterMonth(r.period)}` : r.period,
    documentOwner: r.document_owner,
    caseId: r.case_id,
    caseNumber,
    versionDate: osloDate(r.approved_at ?? r.updated_at),
    createdAt: r.created_at.toISOString(),
    updatedAt: r.updated_at.toISOString(),
    submittedAt: r.submitted_at?.toISOString() ?? null,
    approvedAt: r.approved_at?.toISOString() ?? null,
    approvedBy: r.approved_by_name,
    sections: outline.map((o) => {
      const s = byKey.get(o.key);
      return {
        key: o.key,
        number: o.number,
        title: o.title,
        body: s?.body ?? EMPTY_DOC,
        updatedAt: s?.updated_at.toISOString() ?? null,
        updatedBy: s?.updated_by_name ?? null,
        canEdit: canEditSection(actor, r.status, o.key, seats),
      };
    }),
    memberApprovals: membersInYear(members, Number(year)).map((m) => ({
      memberId: m.id,
      memberName: m.name,
      date: approvalOf.get(m.id)?.approved_on ?? null,
      signer: approvalOf.get(m.id)?.signer ?? null,
    })),
    attachedToCase:
      r.attachment_id && r.case_id ? { caseId: r.case_id, caseNumber, attachmentId: r.attachment_id } : null,
    can: {
      edit: manager && r.status === 'draft',
      submit: manager && r.status === 'draft',
      reopen: manager && r.status === 'review',
      approve: manager && r.status === 'review',
      newVersion: manager && r.status === 'approved',
      attach: manager && r.status === 'approved',
      delete: manager && r.status === 'draft',
    },
    links: {
      html: `/api/reports/${r.id}/html`,
      pdf: `/api/reports/${r.id}/pdf`,
      archive: `/api/reports/${r.id}/archive`,
      document: `/api/reports/${r.id}/document`,
    },
  };
}

export async function listReports(
  db: Db,
  actor: Actor,
  f: { kind?: ReportKind; year?: number; status?: ReportRow['status'] },
) {
  requireReader(actor);
  const rows = await repo.listReports(db, actor.cooperationId, f);
  return {
    items: rows
      .filter((r) => canRead(actor, r.status))
      .map((r) => ({
        id: r.id,
        kind: r.kind,
        period: r.period,
        version: r.version,
        status: r.status,
        title: r.title,
        updatedAt: r.updated_at.toISOString(),
        approvedAt: r.approved_at?.toISOString() ?? null,
      })),
    can: { create: isManager(actor) },
  };
}

export async function getReport(db: Db, actor: Actor, id: string, now: Date) {
  return present(db, actor, await loadReport(db, actor, id), now);
}

async function checkCase(db: Db, actor: Actor, caseId: string | null | undefined) {
  if (!caseId) return;
  const found = await caseNumbers(db, actor.cooperationId, [caseId]);
  if (!found.has(caseId)) throw invalid('caseId', 'No such case in this cooperation.', 'unknown_case');
}

export async function createReport(
  db: Db,
  actor: Actor,
  input: { kind: ReportKind; period: string; title?: string; documentOwner?: string; caseId?: string | null },
  now: Date,
  requestId?: string,
) {
  requireManager(actor);
  checkPeriod(input.kind, input.period, now);
  await checkCase(db, actor, input.caseId);
  const id = await inTransaction(db, async (tx) => {
    const latest = await repo.latestVersion(tx, actor.cooperationId, input.kind, input.period);
    if (latest && latest.status !== 'approved')
      throw conflict(`There is already a report for ${input.period} being written (version ${latest.version}).`);
    const cooperation = await findCooperation(tx, actor.cooperationId);
    const id = uuidv7();
    await repo.insertReport(tx, {
      id,
      cooperation_id: actor.cooperationId,
      kind: input.kind,
      period: input.period,
      version: (latest?.version ?? 0) + 1,
      title: input.title ?? defaultTitle(input.kind, input.period),
      document_owner: input.documentOwner ?? cooperation?.name ?? '',
      case_id: input.caseId ?? null,
      created_by: actor.userId,
      created_at: now,
      updated_at: now,
    });
    await auditChange(
      tx,
      actor,
      'create',
      'report',
      id,
      `Created the ${input.kind} report for ${input.period}`,
      requestId,
    );
    return id;
  });
  return getReport(db, actor, id, now);
}

export async function patchReport(
  db: Db,
  actor: Actor,
  id: string,
  patch: { title?: string; documentOwner?: string; caseId?: string | null },
  now: Date,
  requestId?: string,
) {
  requireManager(actor);
  await checkCase(db, actor, patch.caseId);
  await inTransaction(db, async (tx) => {
    await lockFor(tx, actor, id, ['draft'], 'only a draft can be changed');
    await repo.updateReport(tx, actor.cooperationId, id, {
      ...(patch.title !== undefined && { title: patch.title }),
      ...(patch.documentOwner !== undefined && { document_owner: patch.documentOwner }),
      ...(patch.caseId !== undefined && { case_id: patch.caseId }),
      updated_at: now,
    });
    await auditChange(tx, actor, 'update', 'report', id, 'Changed the report’s title, owner or case', requestId, patch);
  });
  return getReport(db, actor, id, now);
}

export async function saveSection(
  db: Db,
  actor: Actor,
  id: string,
  key: string,
  input: { body: RichDoc; baseUpdatedAt?: string | null },
  now: Date,
  requestId?: string,
) {
  await inTransaction(db, async (tx) => {
    const r = await lockFor(tx, actor, id, ['draft'], 'send it back to draft to change its text');
    const outline = await sectionOutline(tx, actor.cooperationId, r.kind);
    if (!outline.some((o) => o.key === key)) throw notFound(`The section ${key}`);
    const seats = actor.userId
      ? await seatsOf(tx, actor.cooperationId, actor.userId, osloDate(now))
      : new Set<string>();
    if (!canEditSection(actor, r.status, key, seats)) throw forbidden('You cannot write this section of the report.');
    const current = (await repo.listSections(tx, actor.cooperationId, id)).find((s) => s.key === key);
    if (input.baseUpdatedAt !== undefined) {
      const base = input.baseUpdatedAt === null ? null : new Date(input.baseUpdatedAt).getTime();
      const have = current ? current.updated_at.getTime() : null;
      if (base !== have)
        throw conflict(
          `${current?.updated_by_name ?? 'Someone'} saved this section after you opened it; reload to see their text.`,
        );
    }
    const ids = imageIds(input.body);
    if (ids.length > 0) {
      const found = await repo.imagesOf(tx, actor.cooperationId, ids);
      const mine = new Set(found.map((f) => f.id));
      const missing = ids.find((i) => !mine.has(i));
      if (missing)
        throw invalid(
          'body',
          `The image ${missing} is not one uploaded to this cooperation’s reports.`,
          'unknown_image',
        );
    }
    await repo.upsertSection(tx, {
      report_id: id,
      cooperation_id: actor.cooperationId,
      key,
      body: input.body,
      by: actor.userId,
      byName: actor.name,
      at: now,
    });
    await repo.updateReport(tx, actor.cooperationId, id, { updated_at: now });
    await auditChange(
      tx,
      actor,
      'update',
      'report_section',
      `${id}/${key}`,
      `Wrote the section ${key} of the report`,
      requestId,
    );
  });
  return getReport(db, actor, id, now);
}

async function transition(
  db: Db,
  actor: Actor,
  id: string,
  from: ReportRow['status'],
  to: ReportRow['status'],
  now: Date,
  requestId: string | undefined,
) {
  requireManager(actor);
  await inTransaction(db, async (tx) => {
    await lockFor(tx, actor, id, [from], `only a report in ${from} can go to ${to}`);
    await repo.updateReport(tx, actor.cooperationId, id, {
      status: to,
      updated_at: now,
      ...(to === 'review' && { submitted_at: now }),
    });
    await auditChange(tx, actor, 'update', 'report', id, `Moved the report from ${from} to ${to}`, requestId);
  });
  return getReport(db, actor, id, now);
}

export const submitReport = (db: Db, actor: Actor, id: string, now: Date, requestId?: string) =>
  transition(db, actor, id, 'draft', 'review', now, requestId);
export const reopenReport = (db: Db, actor: Actor, id: string, now: Date, requestId?: string) =>
  transition(db, actor, id, 'review', 'draft', now, requestId);

const fileStem = (r: Pick<ReportRow, 'kind' | 'period' | 'version'>) =>
  `${r.kind === 'activity' ? 'aktivitetsrapport' : 'arsrapport'}-${r.period}-v${r.version}`;

/**
 * Approve a report in review: its document (every figure and text) is built once more and stored with
 * its PDF, so that later corrections in the data do not change it; the PDF is attached to the council
 * case that presents the report, when it has one.
 */
export async function approveReport(db: Db, actor: Actor, id: string, now: Date, requestId?: string) {
  requireManager(actor);
  await inTransaction(db, async (tx) => {
    const r = await lockFor(tx, actor, id, ['review'], 'only a report in review can be approved');
    if (r.kind === 'annual') {
      const [approvals, members] = await Promise.all([
        repo.listApprovals(tx, actor.cooperationId, id),
        listMembers(tx, actor.cooperationId),
      ]);
      const missing = membersInYear(members, Number(r.period)).filter(
        (m) => !approvals.some((a) => a.member_id === m.id),
      );
      if (missing.length > 0)
        throw invalid(
          'memberApprovals',
          `The annual report needs every member's approval first; missing: ${missing.map((m) => m.name).join(', ')}.`,
          'approvals_missing',
        );
    }
    const approved: ReportRow = {
      ...r,
      status: 'approved',
      approved_at: now,
      approved_by: actor.userId,
      approved_by_name: actor.name,
    };
    const doc = await buildDocument(tx, actor, approved, now);
    const pdf = await renderPdfOf(tx, actor.cooperationId, doc);
    const sha256 = createHash('sha256').update(pdf).digest('hex');
    let attachmentId: string | null = null;
    if (r.case_id) {
      const a = await addAttachment(tx, actor, r.case_id, { name: `${fileStem(r)}.pdf`, bytes: pdf }, now, requestId);
      attachmentId = a.id;
    }
    await repo.updateReport(tx, actor.cooperationId, id, {
      status: 'approved',
      approved_at: now,
      approved_by: actor.userId,
      approved_by_name: actor.name,
      snapshot: JSON.stringify(doc),
      pdf,
      pdf_sha256: sha256,
      attachment_id: attachmentId,
      updated_at: now,
    });
    await auditChange(
      tx,
      actor,
      'update',
      'report',
      id,
      `Approved version ${r.version} of the report for ${r.period}`,
      requestId,
      {
        pdfSha256: sha256,
      },
    );
  });
  return getReport(db, actor, id, now);
}

/** Attach an approved report's PDF to a council case (when it was approved before the case existed). */
export async function attachToCase(db: Db, actor: Actor, id: string, caseId: string, now: Date, requestId?: string) {
  requireManager(actor);
  await checkCase(db, actor, caseId);
  await inTransaction(db, async (tx) => {
    const r = await lockFor(tx, actor, id, ['approved'], 'only an approved report is attached to a case');
    const f = await repo.frozen(tx, actor.cooperationId, id);
    if (!f?.pdf) throw conflict('The approved report has no stored PDF.');
    const a = await addAttachment(tx, actor, caseId, { name: `${fileStem(r)}.pdf`, bytes: f.pdf }, now, requestId);
    await repo.updateReport(tx, actor.cooperationId, id, { case_id: caseId, attachment_id: a.id });
    await auditChange(tx, actor, 'update', 'report', id, 'Attached the approved report to a council case', requestId);
  });
  return getReport(db, actor, id, now);
}

/** A new draft version of an approved report, with its sections and member approvals copied. */
export async function newVersion(db: Db, actor: Actor, id: string, now: Date, requestId?: string) {
  requireManager(actor);
  const newId = await inTransaction(db, async (tx) => {
    const r = await lockFor(tx, actor, id, ['approved'], 'only an approved report gets a new version');
    const latest = await repo.latestVersion(tx, actor.cooperationId, r.kind, r.period);
    if (latest && latest.status !== 'approved')
      throw conflict(`Version ${latest.version} of ${r.period} is already being written.`);
    const newId = uuidv7();
    await repo.insertReport(tx, {
      id: newId,
      cooperation_id: actor.cooperationId,
      kind: r.kind,
      period: r.period,
      version: (latest?.version ?? r.version) + 1,
      title: r.title,
      document_owner: r.document_owner,
      case_id: null,
      created_by: actor.userId,
      created_at: now,
      updated_at: now,
    });
    for (const s of await repo.listSections(tx, actor.cooperationId, id))
      await repo.upsertSection(tx, {
        report_id: newId,
        cooperation_id: actor.cooperationId,
        key: s.key,
        body: s.body,
        by: actor.userId,
        byName: s.updated_by_name,
        at: now,
      });
    const approvals = await repo.listApprovals(tx, actor.cooperationId, id);
    await repo.replaceApprovals(
      tx,
      actor.cooperationId,
      newId,
      approvals.map((a) => ({ memberId: a.member_id, date: a.approved_on, signer: a.signer })),
    );
    await auditChange(
      tx,
      actor,
      'create',
      'report',
      newId,
      `Made version ${(latest?.version ?? r.version) + 1} of the report for ${r.period}`,
      requestId,
    );
    return newId;
  });
  return getReport(db, actor, newId, now);
}

export async function deleteReport(db: Db, actor: Actor, id: string, requestId?: string) {
  requireManager(actor);
  await inTransaction(db, async (tx) => {
    const r = await lockFor(tx, actor, id, ['draft'], 'only a draft can be deleted');
    await repo.deleteReport(tx, actor.cooperationId, id);
    await auditChange(tx, actor, 'delete', 'report', id, `Deleted the draft report for ${r.period}`, requestId);
  });
}

export async function setMemberApprovals(
  db: Db,
  actor: Actor,
  id: string,
  approvals: { memberId: string; date: string; signer: string }[],
  now: Date,
  requestId?: string,
) {
  requireManager(actor);
  await inTransaction(db, async (tx) => {
    const r = await lockFor(tx, actor, id, ['draft', 'review'], 'member approvals are recorded before approval');
    if (r.kind !== 'annual')
      throw invalid('approvals', 'Only an annual report is approved by each member.', 'not_annual');
    const members = new Set((await listMembers(tx, actor.cooperationId)).map((m) => m.id));
    const seen = new Set<string>();
    approvals.forEach((a, i) => {
      if (!members.has(a.memberId)) throw invalid(`approvals.${i}.memberId`, 'No such member.', 'unknown_member');
      if (seen.has(a.memberId)) throw invalid(`approvals.${i}.memberId`, 'The member is listed twice.', 'duplicate');
      seen.add(a.memberId);
      if (a.date > osloDate(now))
        throw invalid(`approvals.${i}.date`, 'The approval date is in the future.', 'future_date');
    });
    await repo.replaceApprovals(tx, actor.cooperationId, id, approvals);
    await repo.updateReport(tx, actor.cooperationId, id, { updated_at: now });
    await auditChange(tx, actor, 'update', 'report', id, `Recorded ${approvals.length} member approvals`, requestId);
  });
  return getReport(db, actor, id, now);
}

// ---- reading the content ------------------------------------------------------------------------

export async function reportDocument(db: Db, actor: Actor, id: string, now: Date): Promise<ReportDoc> {
  return documentOf(db, actor, await loadReport(db, actor, id), now);
}

export async function reportHtml(db: Db, actor: Actor, id: string, now: Date) {
  const r = await loadReport(db, actor, id);
  const doc = await documentOf(db, actor, r, now);
  return { fileName: `${fileStem(r)}.html`, html: await renderHtmlOf(db, actor.cooperationId, doc) };
}

export async function reportPdf(db: Db, actor: Actor, id: string, now: Date) {
  const r = await loadReport(db, actor, id);
  if (r.status === 'approved') {
    const f = await repo.frozen(db, actor.cooperationId, id);
    if (f?.pdf) return { fileName: `${fileStem(r)}.pdf`, pdf: f.pdf };
  }
  const doc = await documentOf(db, actor, r, now);
  return { fileName: `${fileStem(r)}.pdf`, pdf: await renderPdfOf(db, actor.cooperationId, doc) };
}

/** The archive package of an approved report: the PDF as approved, the HTML, and metadata. */
export async function reportArchive(db: Db, actor: Actor, id: string) {
  const r = await loadReport(db, actor, id);
  if (r.status !== 'approved') throw conflict('Only an approved report is archived.');
  const f = await repo.frozen(db, actor.cooperationId, id);
  if (!f?.pdf || !f.snapshot) throw conflict('The approved report has no stored PDF.');
  const doc = f.snapshot as ReportDoc;
  const html = await renderHtmlOf(db, actor.cooperationId, doc);
  const stem = fileStem(r);
  const meta = {
    title: `${doc.meta.title} ${doc.meta.subtitle}`,
    cooperation: doc.meta.cooperationName,
    kind: r.kind,
    period: r.period,
    version: r.version,
    status: 'Godkjent',
    approvedAt: r.approved_at?.toISOString() ?? null,
    approvedBy: r.approved_by_name,
    documentOwner: r.document_owner,
    files: [
      { fileName: `${stem}.pdf`, mediaType: 'application/pdf', sha256: r.pdf_sha256, sizeBytes: f.pdf.length },
      { fileName: `${stem}.html`, mediaType: 'text/html' },
    ],
  };
  const zip = archiveZip(
    [
      { fileName: `${stem}.pdf`, content: f.pdf },
      { fileName: `${stem}.html`, content: new TextEncoder().encode(html) },
      { fileName: 'metadata.json', content: new TextEncoder().encode(`${JSON.stringify(meta, null, 2)}\n`) },
    ],
    { modifiedDay: r.approved_at ? osloDate(r.approved_at) : undefined },
  );
  return { fileName: `${stem}-arkiv.zip`, zip };
}

/**
 * The report of a period as HTML or PDF (the CLI): its latest version when one exists (as approved,
 * or built from today's data while being written), else an unsaved draft built from the data.
 */
export async function renderPeriod(
  db: Db,
  actor: Actor,
  kind: ReportKind,
  period: string,
  format: 'html' | 'pdf',
  now: Date,
): Promise<{ bytes: Uint8Array; version: number | null; status: ReportRow['status'] }> {
  requireReader(actor);
  checkPeriod(kind, period, now);
  const latest = (await repo.listReports(db, actor.cooperationId, { kind, year: Number(period.slice(0, 4)) })).find(
    (r) => r.period === period && canRead(actor, r.status),
  );
  if (latest) {
    if (format === 'pdf')
      return {
        bytes: (await reportPdf(db, actor, latest.id, now)).pdf,
        version: latest.version,
        status: latest.status,
      };
    return {
      bytes: new TextEncoder().encode((await reportHtml(db, actor, latest.id, now)).html),
      version: latest.version,
      status: latest.status,
    };
  }
  const cooperation = await findCooperation(db, actor.cooperationId);
  const unsaved: ReportRow = {
    id: uuidv7(),
    cooperation_id: actor.cooperationId,
    kind,
    period,
    version: 1,
    status: 'draft',
    title: defaultTitle(kind, period),
    document_owner: cooperation?.name ?? '',
    case_id: null,
    created_by: actor.userId,
    created_at: now,
    updated_at: now,
    submitted_at: null,
    approved_at: null,
    approved_by: null,
    approved_by_name: null,
    pdf_sha256: null,
    attachment_id: null,
  };
  const doc = await buildDocument(db, actor, unsaved, now);
  const bytes =
    format === 'pdf'
      ? await renderPdfOf(db, actor.cooperationId, doc)
      : new TextEncoder().encode(await renderHtmlOf(db, actor.cooperationId, doc));
  return { bytes, version: null, status: 'draft' };
}
