import { Alert, Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import type { Ref } from 'react';
import { useTranslation } from 'react-i18next';
import type { User } from '../../api/types.ts';

interface StatusProps {
  user: User;
  isSelf: boolean;
  busy: boolean;
  onDeactivate: () => void;
  onActivate: () => void;
}

/** The account's status in the edit dialog, with "Deactivate" (confirmed first) or "Activate". */
export function AccountStatus({ user, isSelf, busy, onDeactivate, onActivate }: StatusProps) {
  const { t } = useTranslation();
  return (
    <section className="status-box" aria-labelledby="status-heading">
      <Heading level={3} data-size="2xs" id="status-heading">
        {t('userForm.status')}
      </Heading>
      <Paragraph data-size="sm">{user.active ? t('userForm.statusActive') : t('userForm.statusInactive')}</Paragraph>
      {isSelf ? (
        <Alert data-color="info" data-size="sm">
          {t('errors.selfDeactivate')}
        </Alert>
      ) : user.active ? (
        <Button variant="secondary" data-color="danger" data-size="sm" data-deactivate onClick={onDeactivate}>
          {t('userForm.deactivate')}
        </Button>
      ) : (
        <Button variant="secondary" data-size="sm" onClick={onActivate} loading={busy}>
          {t('userForm.activate')}
        </Button>
      )}
    </section>
  );
}

interface ConfirmProps {
  name: string;
  busy: boolean;
  cancelRef: Ref<HTMLButtonElement>;
  onConfirm: () => void;
  onCancel: () => void;
}

/** "Deactivate NN?" shown in place of the form; Cancel has the focus. */
export function ConfirmDeactivate({ name, busy, cancelRef, onConfirm, onCancel }: ConfirmProps) {
  const { t } = useTranslation();
  return (
    <div className="form">
      <Heading level={2} data-size="sm" id="user-dialog-title">
        {t('userForm.confirmTitle', { name })}
      </Heading>
      <Paragraph>{t('userForm.confirmText')}</Paragraph>
      <div className="button-row">
        <Button data-color="danger" onClick={onConfirm} loading={busy}>
          {t('userForm.confirmDeactivate')}
        </Button>
        <Button variant="secondary" ref={cancelRef} onClick={onCancel}>
          {t('common.cancel')}
        </Button>
      </div>
    </div>
  );
}
