// The text staff write in a report section: the shared rich-text document with images uploaded to
// the report.

import { imageIdsOf, type RichDoc, richDocSchema } from '../../shared/rich-text.ts';

export type { RichBlock, RichDoc, RichInline, RichList } from '../../shared/rich-text.ts';
export { EMPTY_DOC, plainDoc } from '../../shared/rich-text.ts';

export const IMAGE_SRC = /^\/api\/reports\/images\/([0-9a-f-]{36})$/;

export const RichDocSchema = richDocSchema(IMAGE_SRC, '/api/reports/images/', 'RichText');

/** The image ids a report document refers to. */
export const imageIds = (doc: RichDoc) => imageIdsOf(doc, IMAGE_SRC);
