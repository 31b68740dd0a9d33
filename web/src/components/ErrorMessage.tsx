import { Alert, Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { errorText } from '../lib/errors.ts';

interface Props {
  error: unknown;
  onRetry?: () => void;
  /** heading level that fits where the message is shown */
  level?: 2 | 3 | 4;
}

/** A failed load or save, in words the user can act on, with "Try again" when it makes sense. */
export function ErrorMessage({ error, onRetry, level = 2 }: Props) {
  const { t } = useTranslation();
  return (
    <Alert data-color="danger" className="error-message">
      <Heading level={level} data-size="xs">
        {t('errors.title')}
      </Heading>
      <Paragraph>{errorText(t, error)}</Paragraph>
      {onRetry && (
        <Button variant="secondary" data-size="sm" onClick={onRetry}>
          {t('common.retry')}
        </Button>
      )}
    </Alert>
  );
}
