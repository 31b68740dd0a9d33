import type { TFunction } from 'i18next';
import { ApiError } from '../api/client.ts';

const KNOWN = new Set([
  'network',
  'internal',
  'forbidden',
  'not_found',
  'csrf_failed',
  'conflict',
  'validation_failed',
  'bad_request',
  'unavailable',
  'payload_too_large',
  'unauthenticated',
  'too_many_requests',
]);

/** A sentence for the user about a failed call, in the UI's language. */
export function errorText(t: TFunction, err: unknown): string {
  if (err instanceof ApiError) {
    if (err.issues.some((i) => i.code === 'self_deactivation' || i.code === 'self_demotion')) {
      return t('errors.selfDeactivate');
    }
    if (KNOWN.has(err.code)) return t(`errors.${err.code}`);
  }
  return t('errors.generic');
}

export const MIN_PASSWORD_LENGTH = 10;

/** The issue's code decides the text; the server's codes are stable, its English messages are not. */
function issueText(t: TFunction, field: string, message: string, code?: string): string {
  const m = message.toLowerCase();
  if (code === 'email_taken') return t('issues.emailTaken');
  if (code === 'scope_required') return t('issues.scopedRole');
  if (code === 'duplicate_role') return t('issues.duplicateRole');
  if (field === 'email') return t('issues.email');
  if (field === 'password') return t('issues.password', { count: MIN_PASSWORD_LENGTH });
  if (field === 'validFrom' || field === 'validTo') {
    return m.includes('before') ? t('issues.endBeforeStart') : t('issues.date');
  }
  if (field === 'roles') return t('issues.invalid');
  if (m === 'required' || code === 'required' || code === 'too_small') return t('issues.required');
  if (code === 'invalid_option') return t('issues.invalidOption');
  if (code === 'invalid_number') return t('issues.number');
  if (code === 'unknown_user') return t('issues.unknownUser');
  if (code === 'use_resolve') return t('issues.useResolve');
  return t('issues.invalid');
}

/** Field-level messages from a validation failure's issues, keyed by the first part of each path. */
export function fieldErrors(t: TFunction, err: unknown): Record<string, string> {
  if (!(err instanceof ApiError)) return {};
  const out: Record<string, string> = {};
  for (const issue of err.issues) {
    const field = issue.path.split('.')[0] ?? '';
    if (field && !out[field]) out[field] = issueText(t, field, issue.message, issue.code);
  }
  return out;
}

/**
 * Field-level messages keyed by the whole path (`formData.startDate`, `subject`), for forms whose
 * fields are nested, such as a catalogue order's own fields.
 */
export function pathErrors(t: TFunction, err: unknown): Record<string, string> {
  if (!(err instanceof ApiError)) return {};
  const out: Record<string, string> = {};
  for (const issue of err.issues) {
    const field = issue.path.split('.')[0] ?? '';
    if (issue.path && !out[issue.path]) out[issue.path] = issueText(t, field, issue.message, issue.code);
  }
  return out;
}

/**
 * Whether a failed request is fully explained by the field messages taken from it (a validation
 * failure with at least one field to show); otherwise the form also shows the error as a whole.
 */
export function shownOnFields(err: unknown, fields: object): boolean {
  return err instanceof ApiError && err.code === 'validation_failed' && Object.keys(fields).length > 0;
}
