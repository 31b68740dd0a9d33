import { Spinner } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';

/** A polite "loading" status with a spinner; screen readers hear the text once. */
export function Loading({ label }: { label?: string }) {
  const { t } = useTranslation();
  return (
    <div className="loading" role="status">
      <Spinner aria-hidden="true" data-size="sm" />
      <span>{label ?? t('common.loading')}</span>
    </div>
  );
}
