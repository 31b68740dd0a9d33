/** One audit entry of a governance change, in the actor's cooperation. */
export { auditChange as audit } from '../audit/audit.service.ts';
