/** Stable error codes of the domain; one table below maps them to HTTP. */
export type ErrorCode =
  | 'bad_request'
  | 'validation_failed'
  | 'unauthenticated'
  | 'forbidden'
  | 'not_found'
  | 'conflict'
  | 'too_many_requests'
  | 'csrf_failed'
  | 'payload_too_large'
  | 'unavailable'
  | 'internal';

export const HTTP_STATUS: Record<ErrorCode, 400 | 401 | 403 | 404 | 409 | 413 | 429 | 500 | 503> = {
  bad_request: 400,
  validation_failed: 400,
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  too_many_requests: 429,
  csrf_failed: 403,
  payload_too_large: 413,
  unavailable: 503,
  internal: 500,
};

export interface ErrorIssue {
  path: string;
  message: string;
  /** machine-readable reason, for clients that show their own text (zod's codes, or ours) */
  code?: string;
}

/** A failure a user can act on. Services throw it; the HTTP layer maps its code to a status. */
export class AppError extends Error {
  override name = 'AppError';
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly issues?: ErrorIssue[],
    readonly retryAfterSeconds?: number,
  ) {
    super(message);
  }
}

/** A validation failure of one field, as zod's own (path, message and, when given, a machine-readable code). */
export const invalidField = (path: string, message: string, code?: string) =>
  new AppError('validation_failed', message, [{ path, message, ...(code && { code }) }]);

export const notFound = (what: string) => new AppError('not_found', `${what} was not found.`);
export const forbidden = (message = 'You do not have access to this.') => new AppError('forbidden', message);
