import { Button, Dialog, Heading, Paragraph } from '@digdir/designsystemet-react';
import { type ReactNode, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';

/**
 * Warn before leaving a page with unsaved changes (`text` says what would be lost). Closing or reloading the tab gets the browser's
 * own question; a link within Samdrift (the menu, "back to the report", a tab) gets ours, in a dialog.
 *
 * NOTE: the app uses <BrowserRouter>, where react-router's useBlocker is not available, so links
 * are caught as they are clicked; the browser's back button leaves without asking.
 */
export function useUnsavedWarning(dirty: boolean, text: string): ReactNode {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [pending, setPending] = useState<string>();
  const dirtyRef = useRef(dirty);
  dirtyRef.current = dirty;

  useEffect(() => {
    const beforeUnload = (e: BeforeUnloadEvent) => {
      if (!dirtyRef.current) return;
      e.preventDefault();
      e.returnValue = '';
    };
    // capture: before React Router's own handler on the link
    const click = (e: MouseEvent) => {
      if (!dirtyRef.current || e.defaultPrevented || e.button !== 0) return;
      if (e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
      const a = (e.target as Element | null)?.closest?.('a[href]');
      if (!(a instanceof HTMLAnchorElement)) return;
      // links inside the text being edited are text, not navigation
      if (a.closest('[contenteditable="true"]')) return;
      if (a.target === '_blank' || a.hasAttribute('download')) return;
      const url = new URL(a.href, window.location.href);
      if (url.origin !== window.location.origin) return; // a full page load: beforeunload asks
      if (url.pathname === window.location.pathname && url.search === window.location.search) return;
      e.preventDefault();
      e.stopPropagation();
      setPending(`${url.pathname}${url.search}${url.hash}`);
    };
    window.addEventListener('beforeunload', beforeUnload);
    document.addEventListener('click', click, true);
    return () => {
      window.removeEventListener('beforeunload', beforeUnload);
      document.removeEventListener('click', click, true);
    };
  }, []);

  return (
    <Dialog
      open={pending !== undefined}
      onClose={() => setPending(undefined)}
      closeButton={t('common.close')}
      aria-labelledby="unsaved-title"
      className="dialog dialog--narrow"
      data-testid="unsaved-dialog"
    >
      {pending !== undefined && (
        <div className="form">
          <Heading level={2} data-size="sm" id="unsaved-title">
            {t('richText.unsaved.title')}
          </Heading>
          <Paragraph>{text}</Paragraph>
          <div className="button-row">
            <Button type="button" variant="secondary" onClick={() => setPending(undefined)}>
              {t('richText.unsaved.stay')}
            </Button>
            <Button
              type="button"
              data-color="danger"
              onClick={() => {
                const to = pending;
                dirtyRef.current = false;
                setPending(undefined);
                navigate(to);
              }}
            >
              {t('richText.unsaved.leave')}
            </Button>
          </div>
        </div>
      )}
    </Dialog>
  );
}
