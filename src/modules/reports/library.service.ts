// What reports draw on besides the data: the glossary of section 3, the staffing and sick-leave
// figures of the annual report, and the images staff put in their sections.

import { fileTypeFromBuffer } from 'file-type';
import type { Actor } from '../../app/auth/roles.ts';
import { AppError, invalidField, notFound } from '../../app/errors.ts';
import { type Db, inTransaction } from '../../db/database.ts';
import { uuidv7 } from '../../shared/ids.ts';
import { auditChange } from '../audit/audit.service.ts';
import { canRead, isManager, requireManager, requireReader } from './access.ts';
import { staffYearView } from './content.service.ts';
import * as repo from './reports.repository.ts';

const invalid = (path: string, message: string, code = 'invalid') => invalidField(path, message, code);

// ---- glossary ----------------------------------------------------------------------------------

export async function listGlossary(db: Db, actor: Actor) {
  requireReader(actor);
  const rows = await repo.listGlossary(db, actor.cooperationId);
  return {
    items: rows
      .sort((a, b) => a.term.localeCompare(b.term, 'nb'))
      .map((r) => ({ id: r.id, term: r.term, definition: r.definition })),
    can: { edit: isManager(actor) },
  };
}

export async function saveTerm(
  db: Db,
  actor: Actor,
  id: string | null,
  input: { term: string; definition: string },
  now: Date,
  requestId?: string,
) {
  requireManager(actor);
  const termId = await inTransaction(db, async (tx) => {
    const clash = await repo.termByName(tx, actor.cooperationId, input.term);
    if (clash && clash.id !== id) throw new AppError('conflict', `The glossary already explains «${input.term}».`);
    if (id) {
      if (!(await repo.findTerm(tx, actor.cooperationId, id))) throw notFound('The term');
      await repo.updateTerm(tx, actor.cooperationId, id, { ...input, updated_at: now });
    } else {
      id = uuidv7();
      await repo.insertTerm(tx, { id, cooperation_id: actor.cooperationId, ...input, updated_at: now });
    }
    await auditChange(tx, actor, id ? 'update' : 'create', 'report_glossary', id, `Glossary: ${input.term}`, requestId);
    return id;
  });
  return { id: termId, ...input };
}

export async function deleteTerm(db: Db, actor: Actor, id: string, requestId?: string) {
  requireManager(actor);
  await inTransaction(db, async (tx) => {
    const t = await repo.findTerm(tx, actor.cooperationId, id);
    if (!t) throw notFound('The term');
    await repo.deleteTerm(tx, actor.cooperationId, id);
    await auditChange(tx, actor, 'delete', 'report_glossary', id, `Removed ${t.term} from the glossary`, requestId);
  });
}

// ---- staffing and sick leave ----------------------------------------------------------------------

export async function listStaffYears(db: Db, actor: Actor) {
  requireReader(actor);
  const rows = await repo.listStaffYears(db, actor.cooperationId);
  return { items: rows.map(staffYearView), can: { edit: isManager(actor) } };
}

export async function saveStaffYear(
  db: Db,
  actor: Actor,
  year: number,
  input: { fte: number; employees: number; women: number | null; men: number | null; sickLeavePercent: number | null },
  now: Date,
  requestId?: string,
) {
  requireManager(actor);
  if (input.women !== null && input.men !== null && input.women + input.men > input.employees)
    throw invalid('women', 'Women and men together are more than the employees.', 'too_many');
  await inTransaction(db, async (tx) => {
    await repo.upsertStaffYear(tx, {
      cooperation_id: actor.cooperationId,
      year,
      fte_tenths: Math.round(input.fte * 10),
      employees: input.employees,
      women: input.women,
      men: input.men,
      sick_leave_hundredths: input.sickLeavePercent === null ? null : Math.round(input.sickLeavePercent * 100),
      updated_at: now,
    });
    await auditChange(
      tx,
      actor,
      'update',
      'report_staff_year',
      String(year),
      `Staffing and sick leave of ${year}`,
      requestId,
      input,
    );
  });
  return { year, ...input };
}

export async function deleteStaffYear(db: Db, actor: Actor, year: number, requestId?: string) {
  requireManager(actor);
  await inTransaction(db, async (tx) => {
    const r = await repo.deleteStaffYear(tx, actor.cooperationId, year);
    if (Number(r.numDeletedRows) === 0) throw notFound(`The figures of ${year}`);
    await auditChange(
      tx,
      actor,
      'delete',
      'report_staff_year',
      String(year),
      `Removed the staffing figures of ${year}`,
      requestId,
    );
  });
}

// ---- images -------------------------------------------------------------------------------------

export const MAX_IMAGE_BYTES = 10 * 1024 * 1024;

/** An image for a report's text: PNG or JPEG (what the PDF can embed), checked by its content. */
export async function uploadImage(
  db: Db,
  actor: Actor,
  reportId: string,
  file: { fileName: string; contentBase64: string },
  now: Date,
  requestId?: string,
) {
  requireReader(actor);
  const report = await repo.findReport(db, actor.cooperationId, reportId);
  if (!report || !canRead(actor, report.status)) throw notFound('The report');
  if (report.status !== 'draft') throw new AppError('conflict', 'Images are added to a draft only.');
  const bytes = Buffer.from(file.contentBase64, 'base64');
  if (bytes.length === 0) throw invalid('contentBase64', `${file.fileName} is empty.`, 'empty');
  if (bytes.length > MAX_IMAGE_BYTES)
    throw new AppError('payload_too_large', `${file.fileName} is larger than ${MAX_IMAGE_BYTES / 1024 / 1024} MB.`);
  const type = await fileTypeFromBuffer(bytes);
  if (!type || (type.mime !== 'image/png' && type.mime !== 'image/jpeg'))
    throw invalid(
      'contentBase64',
      `${file.fileName} is not a PNG or JPEG image${type ? ` (it is ${type.mime})` : ''}. Save it as PNG or JPEG.`,
      'unsupported_image',
    );
  const id = uuidv7();
  await inTransaction(db, async (tx) => {
    await repo.insertImage(tx, {
      id,
      cooperation_id: actor.cooperationId,
      report_id: reportId,
      file_name: file.fileName,
      media_type: type.mime,
      size_bytes: bytes.length,
      width: null,
      height: null,
      content: bytes,
      uploaded_by: actor.userId,
      created_at: now,
    });
    await auditChange(tx, actor, 'create', 'report_image', id, `Uploaded ${file.fileName} to a report`, requestId);
  });
  return { id, src: `/api/reports/images/${id}`, mediaType: type.mime, sizeBytes: bytes.length };
}

export async function getImage(db: Db, actor: Actor, id: string) {
  requireReader(actor);
  const img = await repo.findImage(db, actor.cooperationId, id);
  if (!img) throw notFound('The image');
  const report = await repo.findReport(db, actor.cooperationId, img.report_id);
  if (!report || !canRead(actor, report.status)) throw notFound('The image');
  return img;
}
