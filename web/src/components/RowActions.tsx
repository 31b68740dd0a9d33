import { Button } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';

/** A table row's Edit and Delete buttons; `name` tells a screen reader which row they act on. */
export function RowActions({ name, onEdit, onRemove }: { name: string; onEdit: () => void; onRemove: () => void }) {
  const { t } = useTranslation();
  return (
    <div className="button-row row-actions">
      <Button variant="tertiary" data-size="sm" onClick={onEdit}>
        {t('common.edit')}
        <span className="visually-hidden"> {name}</span>
      </Button>
      <Button variant="tertiary" data-size="sm" data-color="danger" onClick={onRemove}>
        {t('common.delete')}
        <span className="visually-hidden"> {name}</span>
      </Button>
    </div>
  );
}
