import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { RoleGrant } from '../api/types.ts';
import { useCooperation } from './CooperationContext.tsx';

/** "Systemeier (Aukra kommune)" for a scoped grant, "Administrator" otherwise. */
export function roleLabel(t: TFunction, grant: RoleGrant, memberName: (id: string) => string | undefined): string {
  const role = t(`roles.${grant.role}`);
  const member = grant.memberId ? memberName(grant.memberId) : undefined;
  return member ? t('roleScoped', { role, member }) : role;
}

/** The roles of a user as a comma-separated line. */
export function RoleList({ roles, empty }: { roles: RoleGrant[]; empty?: string }) {
  const { t } = useTranslation();
  const { memberById } = useCooperation();
  if (roles.length === 0) return <span className="muted">{empty ?? t('common.none')}</span>;
  return <>{roles.map((g) => roleLabel(t, g, (id) => memberById.get(id)?.name)).join(', ')}</>;
}
