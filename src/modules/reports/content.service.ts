// A report's content: the document model built from the data of the month or year (drafts), or the
// frozen snapshot (approved reports), rendered as HTML or PDF with the report's images.

import type { Actor } from '../../app/auth/roles.ts';
import type { Db } from '../../db/database.ts';
import { osloDate } from '../../shared/dates.ts';
import { phoneDays } from '../channels/phone.service.ts';
import { phoneYear } from '../channels/phone.ts';
import { rotation } from '../devices/tables.service.ts';
import { getInvestments, getOperating, getPayments } from '../economy/economy.service.ts';
import { boardCount, governanceYear, professionalAreas } from '../governance/reporting.service.ts';
import { findCooperation, listMembers } from '../members/members.repository.ts';
import { membersInYear } from '../members/membership.ts';
import { monthlyStats, yearlyStats } from '../servicedesk/stats.service.ts';
import { type Area, activitySections, buildActivityReport } from './activity.ts';
import { annualSections, buildAnnualReport } from './annual.ts';
import { dayAfterMonth, nbDate } from './format.ts';
import { type ImageData, renderHtml } from './html.ts';
import type { Block, ReportDoc, ReportMeta } from './model.ts';
import { renderReportPdf } from './pdf.ts';
import type { ReportRow } from './reports.repository.ts';
import * as repo from './reports.repository.ts';
import type { RichDoc } from './rich-text.ts';

export const STATUS_LABEL = { draft: 'Utkast', review: 'Til gjennomsyn', approved: 'Godkjent' } as const;

export const defaultTitle = (kind: 'activity' | 'annual', period: string) =>
  kind === 'activity' ? 'Økonomi- og aktivitetsrapport' : `Årsrapport ${period}`;

/**
 * The report's figures are the cooperation's, whoever reads the report: a group member previewing
 * the draft sees the same tables as the council. The reports use cases authorise the reader; the
 * sources are then read as the cooperation's leader.
 * NOTE: this widens what a report reader sees to exactly what the report shows, nothing more.
 */
function sourceActor(actor: Actor): Actor {
  return { ...actor, memberId: null, roles: [{ role: 'leader', memberId: null }] };
}

export async function areasOf(db: Db, coop: string): Promise<Area[]> {
  return (await professionalAreas(db, coop)).map((a) => ({ key: `area:${a.bodyId}`, title: a.title }));
}

/** The sections staff write in a report of this kind, in document order, with their numbers. */
export async function sectionOutline(db: Db, coop: string, kind: 'activity' | 'annual') {
  const areas = await areasOf(db, coop);
  return kind === 'activity' ? activitySections(areas) : annualSections(areas, await boardCount(db, coop));
}

function metaOf(r: ReportRow, cooperationName: string, now: Date): ReportMeta {
  const approved = r.approved_at ? osloDate(r.approved_at) : null;
  return {
    kind: r.kind,
    period: r.period,
    cooperationName,
    title: r.title,
    subtitle: r.kind === 'activity' ? `pr. ${dayAfterMonth(r.period)}` : r.period,
    version: r.version,
    versionDate: nbDate(approved ?? osloDate(r.updated_at)),
    status: r.status,
    statusLabel: STATUS_LABEL[r.status],
    approvedDate: approved ? nbDate(approved) : null,
    approvedBy: r.approved_by_name,
    documentOwner: r.document_owner,
    generatedAt: (r.approved_at ?? now).toISOString(),
  };
}

/** Build the document of a report from today's data (drafts and reports in review; approval). */
export async function buildDocument(db: Db, actor: Actor, r: ReportRow, now: Date): Promise<ReportDoc> {
  const src = sourceActor(actor);
  const coop = actor.cooperationId;
  const [cooperation, areas, sectionRows, glossary] = await Promise.all([
    findCooperation(db, coop),
    areasOf(db, coop),
    repo.listSections(db, coop, r.id),
    repo.listGlossary(db, coop),
  ]);
  const meta = metaOf(r, cooperation?.name ?? '', now);
  const sections = new Map<string, RichDoc>(sectionRows.map((s) => [s.key, s.body]));
  if (r.kind === 'activity') {
    const month = r.period;
    const year = Number(month.slice(0, 4));
    const [operating, investments, rot, stats] = await Promise.all([
      getOperating(db, src, year, { unit: 1000, throughPeriod: Number(month.slice(5, 7)) }),
      getInvestments(db, src, year, 1000),
      rotation(db, src, { month, kind: 'pc' }, now),
      monthlyStats(db, src, { month }, now),
    ]);
    return buildActivityReport({
      meta,
      month,
      operating,
      investments,
      rotation: rot,
      stats,
      areas,
      sections,
      glossary: glossary
        .map((g) => ({ term: g.term, definition: g.definition }))
        .sort((a, b) => a.term.localeCompare(b.term, 'nb')),
    });
  }
  const year = Number(r.period);
  const [tickets, phoneDaysOfYear, governance, staff, payments, operating, investments, members, approvals] =
    await Promise.all([
      yearlyStats(db, src, { year }),
      phoneDays(db, coop, year),
      governanceYear(db, coop, year),
      repo.listStaffYears(db, coop),
      getPayments(db, src, year, 1),
      getOperating(db, src, year, { unit: 1000, throughPeriod: 12 }),
      getInvestments(db, src, year, 1000),
      listMembers(db, coop),
      repo.listApprovals(db, coop, r.id),
    ]);
  const approvalOf = new Map(approvals.map((a) => [a.member_id, a]));
  return buildAnnualReport({
    meta,
    year,
    cooperationName: cooperation?.name ?? '',
    sections,
    areas,
    tickets,
    phone: phoneDaysOfYear.length ? phoneYear(year, phoneDaysOfYear).total : null,
    governance,
    staff: staff.map(staffYearView),
    payments,
    operating,
    investments,
    approvals: membersInYear(members, year).map((m) => ({
      memberName: m.name,
      date: approvalOf.get(m.id)?.approved_on ?? null,
      signer: approvalOf.get(m.id)?.signer ?? null,
    })),
  });
}

export function staffYearView(s: Awaited<ReturnType<typeof repo.listStaffYears>>[number]) {
  return {
    year: s.year,
    fte: s.fte_tenths / 10,
    employees: s.employees,
    women: s.women,
    men: s.men,
    sickLeavePercent: s.sick_leave_hundredths === null ? null : s.sick_leave_hundredths / 100,
  };
}

/** The document of a report: the frozen snapshot once approved, built from the data before. */
export async function documentOf(db: Db, actor: Actor, r: ReportRow, now: Date): Promise<ReportDoc> {
  if (r.status === 'approved') {
    const f = await repo.frozen(db, actor.cooperationId, r.id);
    if (f?.snapshot) return f.snapshot as ReportDoc;
  }
  return buildDocument(db, actor, r, now);
}

function imagesIn(blocks: Block[]): string[] {
  const ids: string[] = [];
  for (const b of blocks) {
    if (b.type === 'image') ids.push(b.imageId);
    if (b.type === 'list') for (const item of b.items) ids.push(...imagesIn(item));
  }
  return ids;
}

export async function imagesFor(db: Db, coop: string, doc: ReportDoc): Promise<Map<string, ImageData>> {
  const rows = await repo.imagesOf(db, coop, [...new Set(imagesIn(doc.blocks))]);
  return new Map(rows.map((r) => [r.id, { mediaType: r.media_type, bytes: r.content }]));
}

/** HTML and PDF of a document; links to the records only while the figures are live. */
export async function renderHtmlOf(db: Db, coop: string, doc: ReportDoc) {
  return renderHtml(doc, { links: doc.meta.status !== 'approved', images: await imagesFor(db, coop, doc) });
}

export async function renderPdfOf(db: Db, coop: string, doc: ReportDoc) {
  return renderReportPdf(doc, { links: false, images: await imagesFor(db, coop, doc) });
}
