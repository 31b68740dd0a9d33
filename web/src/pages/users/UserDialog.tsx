import { Button, Dialog, Field, Heading, Label, Paragraph, Select, Textfield } from '@digdir/designsystemet-react';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client.ts';
import { type UserInput, usersApi } from '../../api/endpoints.ts';
import { SCOPED_ROLES, type User } from '../../api/types.ts';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { fieldErrors, MIN_PASSWORD_LENGTH } from '../../lib/errors.ts';
import { formatDateTime } from '../../lib/format.ts';
import { focusFirstInvalid, looksLikeEmail } from '../../lib/forms.ts';
import type { MemberOption } from './memberOptions.ts';
import { newRow, type RoleRow, RolesEditor } from './RolesEditor.tsx';
import { AccountStatus, ConfirmDeactivate } from './UserStatus.tsx';

export type UserDialogMode = { kind: 'create' } | { kind: 'edit'; user: User };

interface Props {
  mode: UserDialogMode | undefined;
  members: MemberOption[];
  currentUserId: string | undefined;
  onClose: () => void;
  onSaved: (message: string) => void;
}

interface Values {
  name: string;
  email: string;
  memberId: string;
  locale: 'nb' | 'en';
  password: string;
  roles: RoleRow[];
}

type Errors = Partial<Record<'name' | 'email' | 'memberId' | 'password' | 'roles', string>>;

function initial(mode: UserDialogMode | undefined): Values {
  if (mode?.kind === 'edit') {
    const u = mode.user;
    return {
      name: u.name,
      email: u.email,
      memberId: u.memberId ?? '',
      locale: u.locale,
      password: '',
      roles: u.roles.map((g) => newRow(g.role, g.memberId ?? '')),
    };
  }
  return { name: '', email: '', memberId: '', locale: 'nb', password: '', roles: [newRow('employee')] };
}

/** Create a user, or edit one (details, roles, password, active) with a confirmation before deactivating. */
export function UserDialog({ mode, members, currentUserId, onClose, onSaved }: Props) {
  const { t, i18n } = useTranslation();
  const [values, setValues] = useState<Values>(() => initial(mode));
  const [errors, setErrors] = useState<Errors>({});
  const [missingScope, setMissingScope] = useState<Set<number>>(new Set());
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);
  const cancelRef = useRef<HTMLButtonElement>(null);
  const nameRef = useRef<HTMLInputElement | HTMLTextAreaElement>(null);
  const editing = mode?.kind === 'edit' ? mode.user : undefined;

  useEffect(() => {
    setValues(initial(mode));
    setErrors({});
    setMissingScope(new Set());
    setError(undefined);
    setConfirming(false);
    if (mode) requestAnimationFrame(() => nameRef.current?.focus());
  }, [mode]);

  const set = (key: 'name' | 'email' | 'password') => (e: { target: { value: string } }) =>
    setValues((v) => ({ ...v, [key]: e.target.value }));

  const setMember = (memberId: string) =>
    setValues((v) => ({
      ...v,
      memberId,
      // A scoped role still without a member applies to the user's own member.
      roles: v.roles.map((r) => (SCOPED_ROLES.includes(r.role) && !r.memberId ? { ...r, memberId } : r)),
    }));

  const validate = (): { found: Errors; missing: Set<number> } => {
    const found: Errors = {};
    if (!values.name.trim()) found.name = t('issues.required');
    if (!looksLikeEmail(values.email)) found.email = t('issues.email');
    if (values.password && values.password.length < MIN_PASSWORD_LENGTH) {
      found.password = t('issues.password', { count: MIN_PASSWORD_LENGTH });
    }
    const missing = new Set(values.roles.filter((r) => SCOPED_ROLES.includes(r.role) && !r.memberId).map((r) => r.key));
    const seen = new Set<string>();
    for (const r of values.roles) {
      const key = `${r.role}:${r.memberId}`;
      if (seen.has(key)) found.roles = t('issues.duplicateRole');
      seen.add(key);
    }
    return { found, missing };
  };

  const save = async (e: FormEvent) => {
    e.preventDefault();
    if (busy || !mode) return;
    const { found, missing } = validate();
    setErrors(found);
    setMissingScope(missing);
    setError(undefined);
    if (Object.keys(found).length > 0 || missing.size > 0) return focusFirstInvalid(formRef.current);
    const input: UserInput = {
      name: values.name.trim(),
      email: values.email.trim(),
      memberId: values.memberId || null,
      locale: values.locale,
      roles: values.roles.map((r) => ({ role: r.role, memberId: r.memberId || null })),
      ...(values.password ? { password: values.password } : {}),
    };
    setBusy(true);
    try {
      const saved = editing ? await usersApi.update(editing.id, input) : await usersApi.create(input);
      onSaved(t(editing ? 'users.updated' : 'users.created', { name: saved.name }));
    } catch (err) {
      const fields = fieldErrors(t, err);
      setErrors(fields);
      if (!(err instanceof ApiError && Object.keys(fields).length > 0)) setError(err);
      focusFirstInvalid(formRef.current);
    } finally {
      setBusy(false);
    }
  };

  const setActive = async (active: boolean) => {
    if (!editing || busy) return;
    setBusy(true);
    setError(undefined);
    try {
      const saved = await usersApi.update(editing.id, { active });
      onSaved(t(active ? 'users.activated' : 'users.deactivated', { name: saved.name }));
    } catch (err) {
      setConfirming(false);
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  useEffect(() => {
    if (confirming) cancelRef.current?.focus();
  }, [confirming]);

  const cancelConfirm = () => {
    setConfirming(false);
    requestAnimationFrame(() => formRef.current?.querySelector<HTMLElement>('[data-deactivate]')?.focus());
  };

  const isSelf = !!editing && editing.id === currentUserId;

  return (
    <Dialog
      open={!!mode}
      onClose={onClose}
      closeButton={t('common.close')}
      aria-labelledby="user-dialog-title"
      className="dialog"
    >
      {confirming && editing ? (
        <ConfirmDeactivate
          name={editing.name}
          busy={busy}
          cancelRef={cancelRef}
          onConfirm={() => setActive(false)}
          onCancel={cancelConfirm}
        />
      ) : (
        <form ref={formRef} onSubmit={save} noValidate className="form">
          <Heading level={2} data-size="sm" id="user-dialog-title">
            {editing ? t('userForm.editTitle') : t('userForm.createTitle')}
          </Heading>
          {editing && (
            <Paragraph data-size="sm" className="muted">
              {t('userForm.lastLogin', {
                when: editing.lastLoginAt ? formatDateTime(editing.lastLoginAt, i18n.language) : t('users.never'),
              })}
            </Paragraph>
          )}
          {error !== undefined && <ErrorMessage error={error} level={3} />}
          <div className="form--grid">
            <Textfield
              ref={nameRef}
              label={t('userForm.name')}
              value={values.name}
              onChange={set('name')}
              error={errors.name}
              autoComplete="off"
              required
            />
            <Textfield
              label={t('userForm.email')}
              type="email"
              value={values.email}
              onChange={set('email')}
              error={errors.email}
              autoComplete="off"
              required
            />
            <Field>
              <Label>{t('userForm.member')}</Label>
              <Field.Description>{t('userForm.memberDescription')}</Field.Description>
              <Select value={values.memberId} onChange={(e) => setMember(e.target.value)}>
                <Select.Option value="">{t('userForm.noMember')}</Select.Option>
                {members.map((m) => (
                  <Select.Option key={m.id} value={m.id}>
                    {m.label}
                  </Select.Option>
                ))}
              </Select>
            </Field>
            <Field>
              <Label>{t('userForm.language')}</Label>
              <Select
                value={values.locale}
                onChange={(e) => setValues((v) => ({ ...v, locale: e.target.value === 'en' ? 'en' : 'nb' }))}
              >
                <Select.Option value="nb">{t('userForm.languages.nb')}</Select.Option>
                <Select.Option value="en">{t('userForm.languages.en')}</Select.Option>
              </Select>
            </Field>
          </div>
          <RolesEditor
            rows={values.roles}
            onChange={(roles) => setValues((v) => ({ ...v, roles }))}
            members={members}
            missingScope={missingScope}
            error={errors.roles}
          />
          <Textfield
            label={`${editing ? t('userForm.newPassword') : t('userForm.password')} ${t('common.optional')}`}
            description={t(editing ? 'userForm.newPasswordDescription' : 'userForm.passwordDescription', {
              count: MIN_PASSWORD_LENGTH,
            })}
            type="password"
            autoComplete="new-password"
            value={values.password}
            onChange={set('password')}
            error={errors.password}
          />
          {editing && (
            <AccountStatus
              user={editing}
              isSelf={isSelf}
              busy={busy}
              onDeactivate={() => setConfirming(true)}
              onActivate={() => setActive(true)}
            />
          )}
          <div className="button-row">
            <Button type="submit" loading={busy}>
              {editing ? t('common.save') : t('userForm.create')}
            </Button>
            <Button variant="secondary" onClick={onClose}>
              {t('common.cancel')}
            </Button>
          </div>
        </form>
      )}
    </Dialog>
  );
}
