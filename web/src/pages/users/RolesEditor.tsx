import { Button, Field, Fieldset, Label, Paragraph, Select, ValidationMessage } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { ROLES, type Role, SCOPED_ROLES } from '../../api/types.ts';
import type { MemberOption } from './memberOptions.ts';

export interface RoleRow {
  key: number;
  role: Role;
  /** '' = the whole cooperation (not allowed for scoped roles) */
  memberId: string;
}

interface Props {
  rows: RoleRow[];
  onChange: (rows: RoleRow[]) => void;
  members: MemberOption[];
  /** rows (by key) whose scoped role has no member */
  missingScope: Set<number>;
  error?: string;
}

let nextKey = 1;
export const newRow = (role: Role, memberId = ''): RoleRow => ({ key: nextKey++, role, memberId });

/** The role grants of a user: each a role and, for scoped roles, the member it applies to. */
export function RolesEditor({ rows, onChange, members, missingScope, error }: Props) {
  const { t } = useTranslation();
  const update = (key: number, patch: Partial<RoleRow>) =>
    onChange(rows.map((r) => (r.key === key ? { ...r, ...patch } : r)));

  return (
    <Fieldset className="roles-editor">
      <Fieldset.Legend>{t('userForm.roles')}</Fieldset.Legend>
      <Fieldset.Description>{t('userForm.rolesDescription')}</Fieldset.Description>
      {rows.length === 0 && (
        <Paragraph data-size="sm" className="muted">
          {t('userForm.noRoles')}
        </Paragraph>
      )}
      <ol className="roles-editor__rows plain-list">
        {rows.map((row, i) => {
          const scoped = SCOPED_ROLES.includes(row.role);
          const n = i + 1;
          const missing = missingScope.has(row.key);
          return (
            <li key={row.key} className="roles-editor__row">
              <Field>
                <Label>{t('userForm.role', { n })}</Label>
                <Select value={row.role} onChange={(e) => update(row.key, { role: e.target.value as Role })}>
                  {ROLES.map((r) => (
                    <Select.Option key={r} value={r}>
                      {t(`roles.${r}`)}
                    </Select.Option>
                  ))}
                </Select>
              </Field>
              <Field>
                <Label>{t('userForm.roleScope', { n })}</Label>
                <Select
                  value={row.memberId}
                  onChange={(e) => update(row.key, { memberId: e.target.value })}
                  aria-invalid={missing || undefined}
                >
                  <Select.Option value="">
                    {scoped ? t('userForm.chooseMember') : t('userForm.wholeCooperation')}
                  </Select.Option>
                  {members.map((m) => (
                    <Select.Option key={m.id} value={m.id}>
                      {m.label}
                    </Select.Option>
                  ))}
                </Select>
                {missing && <ValidationMessage>{t('issues.scopedRole')}</ValidationMessage>}
              </Field>
              <Button
                variant="tertiary"
                data-color="danger"
                data-size="sm"
                className="roles-editor__remove"
                onClick={() => onChange(rows.filter((r) => r.key !== row.key))}
              >
                {t('userForm.removeRole', { n })}
              </Button>
            </li>
          );
        })}
      </ol>
      {error && <ValidationMessage>{error}</ValidationMessage>}
      <div>
        <Button variant="secondary" data-size="sm" onClick={() => onChange([...rows, newRow('employee')])}>
          + {t('userForm.addRole')}
        </Button>
      </div>
    </Fieldset>
  );
}
