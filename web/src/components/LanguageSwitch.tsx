import { Button } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { authApi } from '../api/endpoints.ts';
import { chooseLanguage, currentLanguage } from '../i18n/index.ts';
import { useSession } from '../session/SessionContext.tsx';

/**
 * One button that switches between bokmål and English. The choice is kept in this browser and,
 * when signed in, saved as the user's own language so other browsers follow it.
 */
export function LanguageSwitch() {
  const { t } = useTranslation();
  const session = useSession();
  const signedIn = session.state.status === 'authenticated';
  const target = currentLanguage() === 'nb' ? 'en' : 'nb';
  return (
    <Button
      variant="tertiary"
      data-size="sm"
      lang={target}
      aria-label={t('app.switchToLabel')}
      onClick={() => {
        chooseLanguage(target);
        // The switch already took effect here; failing to save it elsewhere is not worth an error.
        if (signedIn) authApi.saveLanguage(target).catch(() => {});
      }}
    >
      <GlobeIcon />
      {t('app.switchTo')}
    </Button>
  );
}

function GlobeIcon() {
  return (
    <svg viewBox="0 0 24 24" width="1.2em" height="1.2em" aria-hidden="true" focusable="false" fill="none">
      <circle cx="12" cy="12" r="9" stroke="currentColor" strokeWidth="1.6" />
      <path
        d="M3 12h18M12 3c2.5 2.6 3.8 5.6 3.8 9s-1.3 6.4-3.8 9c-2.5-2.6-3.8-5.6-3.8-9S9.5 5.6 12 3Z"
        stroke="currentColor"
        strokeWidth="1.6"
      />
    </svg>
  );
}
