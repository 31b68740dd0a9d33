// The documents of a meeting: the notice and agenda (locks the numbers, is published and mailed to
// the body), the minutes (generated, sent for approval, published when the next meeting approves
// them), the archive export (PDFs, attachments and Noark 5 metadata) and the body's meeting plan as
// iCalendar. Issued PDFs are stored as issued, with the content they were made from.
import { createHash } from 'node:crypto';
import type { Actor } from '../../app/auth/roles.ts';
import { AppError, notFound } from '../../app/errors.ts';
import { type Db, inTransaction } from '../../db/database.ts';
import { esc } from '../../shared/html.ts';
import { insertMails } from '../mail/outbox.repository.ts';
import { findCooperation } from '../members/members.repository.ts';
import { accessOf, canEditBody, canSeeMeeting, canSeeOutcome, seatedOn } from './access.ts';
import { audit } from './audit.ts';
import { archiveZip } from './documents/archive.ts';
import { meetingPlanIcs } from './documents/ics.ts';
import type { ArchiveFile, DocMeeting, DocPerson } from './documents/model.ts';
import { noarkMeetingXml } from './documents/noark.ts';
import { norwegianDate, renderMinutesPdf, renderNoticePdf } from './documents/pdf.ts';
import * as repo from './governance.repository.ts';
import { conflict, editableMeeting, getMeeting, loadMeeting, lockNumbers } from './meetings.service.ts';
import { formatMeetingNumber } from './numbering.ts';

const KIND_LABEL = { decision: 'Vedtak', information: 'Orientering', discussion: 'Diskusjon' } as const;

/** Build the document model of a meeting from the database (decisions only for the minutes). */
export async function documentModel(
  db: Db,
  actor: Actor,
  m: repo.MeetingRow,
  withOutcome: boolean,
): Promise<DocMeeting> {
  const [coop, body, members, attendance, cases] = await Promise.all([
    findCooperation(db, actor.cooperationId),
    repo.findBody(db, actor.cooperationId, m.body_id),
    repo.listBodyMembers(db, actor.cooperationId, m.body_id),
    repo.listAttendance(db, actor.cooperationId, m.id),
    repo.listCases(db, actor.cooperationId, [m.id]),
  ]);
  const shown = cases.filter((c) => c.status !== 'withdrawn');
  const [attachments, links] = await Promise.all([
    repo.listAttachments(
      db,
      actor.cooperationId,
      shown.map((c) => c.id),
    ),
    repo.caseNumbers(
      db,
      actor.cooperationId,
      shown.flatMap((c) => [c.previous_case_id, c.postponed_to_case_id].filter((x): x is string => !!x)),
    ),
  ]);
  const seated = members.filter((x) => seatedOn(x, m.meeting_date));
  const roleOf = new Map(seated.map((x) => [x.user_id, x]));
  const names = new Map([
    ...members.map((x) => [x.user_id, x.name] as const),
    ...attendance.map((a) => [a.user_id, a.name] as const),
  ]);
  const person = (userId: string | null): DocPerson | null => {
    if (!userId) return null;
    const seat = roleOf.get(userId);
    return { name: names.get(userId) ?? '', role: seat?.role ?? null, memberName: seat?.member_name ?? null };
  };
  if (m.number === null) throw conflict('The meeting has no number.');
  return {
    cooperationName: coop?.short_name || coop?.name || '',
    bodyName: body?.name ?? '',
    bodyKind: body?.kind ?? 'council',
    meetingNumber: formatMeetingNumber(m.year, m.number),
    meetingId: m.id,
    date: m.meeting_date,
    startTime: m.start_time,
    endTime: m.end_time,
    place: m.place,
    chair: person(m.chair_id),
    minuteTaker: person(m.minute_taker_id),
    members: seated.map((x) => ({ name: x.name, role: x.role, memberName: x.member_name })),
    present: withOutcome ? attendance.filter((a) => a.present).map((a) => person(a.user_id) as DocPerson) : [],
    absent: withOutcome ? attendance.filter((a) => !a.present).map((a) => person(a.user_id) as DocPerson) : [],
    cases: shown.map((c) => ({
      number: c.case_number,
      title: c.title,
      kind: c.kind,
      owner: c.owner_name ?? c.owner_text,
      background: c.background,
      proposedDecision: c.proposed_decision,
      decision: withOutcome ? c.decision : null,
      discussion: withOutcome ? c.discussion : '',
      vote: withOutcome ? c.vote : null,
      attachments: attachments
        .filter((a) => a.case_id === c.id)
        .map((a) => ({ fileName: a.file_name, mediaType: a.media_type, sizeBytes: a.size_bytes })),
      postponedTo: c.postponed_to_case_id ? (links.get(c.postponed_to_case_id) ?? null) : null,
      previousNumber: c.previous_case_id ? (links.get(c.previous_case_id) ?? null) : null,
      guests: withOutcome ? c.guest_names : [],
    })),
  };
}

const fileStem = (model: DocMeeting) => model.meetingNumber.replace('/', '-');

export async function storeDocument(
  tx: Db,
  actor: Actor,
  m: repo.MeetingRow,
  kind: 'notice' | 'minutes',
  model: DocMeeting,
  now: Date,
  published: boolean,
) {
  const pdf = kind === 'notice' ? await renderNoticePdf(model) : await renderMinutesPdf(model);
  const previous = await repo.latestDocument(tx, actor.cooperationId, m.id, kind);
  const id = crypto.randomUUID();
  const fileName = `${fileStem(model)}-${kind === 'notice' ? 'innkalling' : 'moetereferat'}${previous ? `-v${previous.version + 1}` : ''}.pdf`;
  await repo.insertDocument(tx, {
    id,
    cooperation_id: actor.cooperationId,
    meeting_id: m.id,
    kind,
    version: (previous?.version ?? 0) + 1,
    file_name: fileName,
    sha256: createHash('sha256').update(pdf).digest('hex'),
    pdf,
    content: JSON.stringify(model),
    created_by: actor.userId,
    created_at: now,
    published_at: published ? now : null,
  });
  return { id, fileName };
}

/** One mail per seated member of the body with an address, carrying the document. */
async function mailBody(
  tx: Db,
  actor: Actor,
  m: repo.MeetingRow,
  model: DocMeeting,
  doc: { id: string; fileName: string },
  topic: 'governance.notice' | 'governance.minutes',
  publicUrl: string,
  now: Date,
) {
  const members = (await repo.listBodyMembers(tx, actor.cooperationId, m.body_id)).filter(
    (x) => seatedOn(x, m.meeting_date) && x.email,
  );
  const when = `${norwegianDate(model.date)} kl. ${model.startTime}–${model.endTime}${model.place ? `, ${model.place}` : ''}`;
  const link = `${publicUrl}/governance/meetings/${m.id}`;
  const isNotice = topic === 'governance.notice';
  const subject = isNotice
    ? `Innkalling: ${model.bodyName} ${model.meetingNumber} ${norwegianDate(model.date)}`
    : `Møtereferat til godkjenning: ${model.bodyName} ${model.meetingNumber} ${norwegianDate(model.date)}`;
  const agenda = model.cases.map((c) => `${c.number} ${c.title} (${KIND_LABEL[c.kind]})`);
  const intro = isNotice
    ? `Du innkalles til møte i ${model.bodyName} ${when}.`
    : `Referatet fra møtet i ${model.bodyName} ${when} er klart og legges fram til godkjenning i neste møte.`;
  const text = [
    'Hei,',
    '',
    intro,
    '',
    isNotice ? 'Saksliste:' : 'Saker:',
    ...agenda.map((a) => `- ${a}`),
    '',
    `${isNotice ? 'Innkallingen' : 'Referatet'} ligger ved som PDF og i Samdrift: ${link}`,
    '',
    `Hilsen ${model.cooperationName}`,
  ].join('\n');
  const html = `<!doctype html><html lang="nb"><body><p>Hei,</p><p>${esc(intro)}</p><p>${isNotice ? 'Saksliste' : 'Saker'}:</p><ul>${agenda
    .map((a) => `<li>${esc(a)}</li>`)
    .join(
      '',
    )}</ul><p>${isNotice ? 'Innkallingen' : 'Referatet'} ligger ved som PDF og i <a href="${esc(link)}">Samdrift</a>.</p><p>Hilsen ${esc(
    model.cooperationName,
  )}</p></body></html>`;
  await insertMails(
    tx,
    members.map((x) => ({
      id: crypto.randomUUID(),
      cooperation_id: actor.cooperationId,
      topic,
      to_address: x.email,
      to_name: x.name,
      subject,
      text_body: text,
      html_body: html,
      attachments: [{ fileName: doc.fileName, mediaType: 'application/pdf', documentId: doc.id }],
      ref_id: m.id,
      next_attempt_at: now,
      created_at: now,
    })),
  );
  return members.length;
}

/** Send the notice and agenda: numbers lock, the PDF is issued and published, the body is mailed. */
export async function sendNotice(
  db: Db,
  actor: Actor,
  meetingId: string,
  now: Date,
  publicUrl: string,
  requestId?: string,
) {
  return inTransaction(db, async (tx) => {
    const access = await accessOf(tx, actor, now);
    const m = await editableMeeting(tx, actor, access, meetingId);
    if (m.held_at) throw conflict('The meeting has been held; its notice can no longer be sent.');
    await lockNumbers(tx, actor, m);
    const locked = await loadMeeting(tx, actor, m.id);
    const model = await documentModel(tx, actor, locked, false);
    const doc = await storeDocument(tx, actor, locked, 'notice', model, now, true);
    const recipients = await mailBody(tx, actor, locked, model, doc, 'governance.notice', publicUrl, now);
    await repo.updateMeeting(tx, actor.cooperationId, m.id, { notice_sent_at: now, updated_at: now });
    await audit(
      tx,
      actor,
      'update',
      'meeting',
      m.id,
      `Sent the notice of ${model.meetingNumber} to ${recipients} members`,
      requestId,
    );
    return getMeeting(tx, actor, m.id, now);
  });
}

/** Generate the minutes (a new version each time); `send` also mails them to the body for approval. */
export async function issueMinutes(
  db: Db,
  actor: Actor,
  meetingId: string,
  send: boolean,
  now: Date,
  publicUrl: string,
  requestId?: string,
) {
  return inTransaction(db, async (tx) => {
    const access = await accessOf(tx, actor, now);
    const m = await editableMeeting(tx, actor, access, meetingId);
    if (!m.held_at) throw conflict('Record attendance or decisions before writing the minutes.');
    const model = await documentModel(tx, actor, m, true);
    const missing = model.cases.filter((c) => c.decision === null).map((c) => c.number);
    if (send && missing.length)
      throw new AppError(
        'validation_failed',
        `Record a decision for every case before sending the minutes (missing: ${missing.join(', ')}).`,
        missing.map((n) => ({ path: 'cases', message: `Case ${n} has no decision.` })),
      );
    const doc = await storeDocument(tx, actor, m, 'minutes', model, now, false);
    let recipients = 0;
    if (send) {
      recipients = await mailBody(tx, actor, m, model, doc, 'governance.minutes', publicUrl, now);
      await repo.updateMeeting(tx, actor.cooperationId, m.id, { minutes_sent_at: now, updated_at: now });
    }
    const summary = send
      ? `Sent the minutes of ${model.meetingNumber} to ${recipients} members for approval`
      : `Generated the minutes of ${model.meetingNumber}`;
    await audit(tx, actor, 'create', 'gov_document', doc.id, summary, requestId);
    return getMeeting(tx, actor, m.id, now);
  });
}

/** A stored document's PDF: published ones for everyone signed in, drafts for the body. */
export async function getDocument(db: Db, actor: Actor, id: string, now: Date) {
  const doc = await repo.findDocument(db, actor.cooperationId, id);
  if (!doc) throw notFound('The document');
  const m = await loadMeeting(db, actor, doc.meeting_id);
  const access = await accessOf(db, actor, now);
  if (!(canEditBody(access, m.body_id) || (doc.published_at && canSeeMeeting(access, m))))
    throw notFound('The document');
  return doc;
}

/**
 * The archive export of a meeting: its latest notice and minutes, the attachments and a Noark 5
 * metadata file, as one zip for the host's archive (Public 360). Minutes must be approved.
 */
export async function archiveExport(db: Db, actor: Actor, meetingId: string, now: Date) {
  const access = await accessOf(db, actor, now);
  const m = await loadMeeting(db, actor, meetingId);
  if (!canSeeMeeting(access, m) || !canSeeOutcome(access, m)) throw notFound('The meeting');
  const [notice, minutes] = await Promise.all([
    repo.latestDocument(db, actor.cooperationId, m.id, 'notice'),
    repo.latestDocument(db, actor.cooperationId, m.id, 'minutes'),
  ]);
  if (!notice) throw conflict('The meeting has no notice yet; there is nothing to archive.');
  const model = minutes?.content ?? notice.content;
  const cases = await repo.listCases(db, actor.cooperationId, [m.id]);
  const attachments = await repo.attachmentContents(
    db,
    actor.cooperationId,
    cases.filter((c) => c.status !== 'withdrawn').map((c) => c.id),
  );
  const numberOf = new Map(cases.map((c) => [c.id, c.case_number]));
  const files: { meta: ArchiveFile; content: Uint8Array }[] = [
    ...[notice, minutes].flatMap((d) =>
      d
        ? [
            {
              meta: {
                fileName: d.file_name,
                mediaType: 'application/pdf',
                caseNumber: null,
                documentType: d.kind === 'notice' ? ('innkalling' as const) : ('moetereferat' as const),
                title: `${d.kind === 'notice' ? 'Innkalling og saksliste' : 'Møtereferat'} ${model.bodyName} ${model.meetingNumber}`,
                sha256: d.sha256,
                sizeBytes: d.pdf.length,
              },
              content: d.pdf,
            },
          ]
        : [],
    ),
    ...attachments.map((a) => {
      const number = numberOf.get(a.case_id) ?? '';
      return {
        meta: {
          fileName: `${number.replace('/', '-')}-${a.file_name}`,
          mediaType: a.media_type,
          caseNumber: number,
          documentType: 'vedlegg' as const,
          title: a.file_name,
          sha256: a.sha256,
          sizeBytes: a.size_bytes,
        },
        content: a.content,
      };
    }),
  ];
  const xml = noarkMeetingXml(
    model,
    files.map((f) => f.meta),
  );
  const zip = archiveZip([
    ...files.map((f) => ({ fileName: f.meta.fileName, content: f.content })),
    { fileName: 'noark5-metadata.xml', content: new TextEncoder().encode(xml) },
  ]);
  return { fileName: `${fileStem(model)}-arkiv.zip`, zip };
}

/** The body's meetings of a year as iCalendar (published ones, or all for the body's members). */
export async function meetingPlanCalendar(db: Db, actor: Actor, bodyId: string, year: number, uidDomain: string) {
  const [coop, body, meetings] = await Promise.all([
    findCooperation(db, actor.cooperationId),
    repo.findBody(db, actor.cooperationId, bodyId),
    repo.listMeetings(db, actor.cooperationId, { bodyId, year }),
  ]);
  if (!body) throw notFound('The body');
  // the plan itself (dates and times) is public within the cooperation; numbers show once known
  return meetingPlanIcs({
    cooperationName: coop?.short_name || coop?.name || '',
    bodyName: body.name,
    year,
    uidDomain,
    meetings: meetings
      .filter((m) => m.number !== null || m.cancelled_at)
      .map((m) => ({
        id: m.id,
        meetingNumber: m.number === null ? String(year) : formatMeetingNumber(m.year, m.number),
        date: m.meeting_date,
        startTime: m.start_time,
        endTime: m.end_time,
        place: m.place,
        cancelled: m.cancelled_at !== null,
      })),
  });
}
