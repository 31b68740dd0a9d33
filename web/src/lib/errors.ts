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
    if (err.code === 'conflict' && /deactivate yourself|own administrator/i.test(err.message)) {
      return t('errors.selfDeactivate');
    }
    if (KNOWN.has(err.code)) return t(`errors.${err.code}`);
  }
  return t('errors.generic');
}

export const MIN_PASSWORD_LENGTH = 10;

function issueText(t: TFunction, field: string, message: string): string {
  const m = message.toLowerCase();
  if (field === 'email') return m.includes('already in use') ? t('issues.emailTaken') : t('issues.email');
  if (field === 'password') return t('issues.password', { count: MIN_PASSWORD_LENGTH });
  if (field === 'validFrom' || field === 'validTo') {
    return m.includes('before') ? t('issues.endBeforeStart') : t('issues.date');
  }
  if (field === 'roles') {
    if (m.includes('must be scoped')) return t('issues.scopedRole');
    if (m.includes('twice')) return t('issues.duplicateRole');
    return t('issues.invalid');
  }
  if (m === 'required' || m.includes('too small') || m.includes('>=1')) return t('issues.required');
  return t('issues.invalid');
}

/** Field-level messages from a validation failure's issues, keyed by the first part of each path. */
export function fieldErrors(t: TFunction, err: unknown): Record<string, string> {
  if (!(err instanceof ApiError)) return {};
  const out: Record<string, string> = {};
  for (const issue of err.issues) {
    const field = issue.path.split('.')[0] ?? '';
    if (field && !out[field]) out[field] = issueText(t, field, issue.message);
  }
  return out;
}
