import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

/** The browser tab's title: "Page – Samdrift". */
export function usePageTitle(title: string | undefined) {
  const { t } = useTranslation();
  const suffix = t('app.titleSuffix');
  useEffect(() => {
    document.title = title ? `${title} – ${suffix}` : suffix;
  }, [title, suffix]);
}
