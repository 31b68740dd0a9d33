import { Alert } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client.ts';
import { serviceDeskApi } from '../../api/endpoints.ts';
import type { TicketDetail } from '../../api/types.ts';
import { useAsync } from '../../lib/useAsync.ts';
import { usePageTitle } from '../../lib/usePageTitle.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** After an action whose form goes away (resolve, reopen, duplicate), continue from the ticket's heading. */
function keepFocus() {
  requestAnimationFrame(() => {
    const active = document.activeElement;
    if (!active || active === document.body || !active.isConnected) document.getElementById('ticket-heading')?.focus();
  });
}

/**
 * What the portal's and the service desk's ticket pages share: loading the ticket, the page title,
 * the status message region, and taking the changed ticket after an action.
 */
export function useTicketView(id: string) {
  const { t } = useTranslation();
  const valid = UUID.test(id);
  const loaded = useAsync(() => serviceDeskApi.ticket(id), id, valid);
  const [ticket, setTicket] = useState<TicketDetail>();
  const [notice, setNotice] = useState<string>();
  const current = ticket ?? loaded.data;
  usePageTitle(current ? `#${current.number} ${current.subject}` : t('ticket.titleFallback'));

  const notFound = !valid || (loaded.error instanceof ApiError && loaded.error.status === 404);
  const noticeRegion = (
    <div role="status" className="notice-region">
      {notice && <Alert data-color="success">{notice}</Alert>}
    </div>
  );
  const done = (next: TicketDetail, message: string) => {
    setTicket(next);
    // The same words twice are not read again: clear first, then say it.
    setNotice(undefined);
    requestAnimationFrame(() => {
      setNotice(message);
      keepFocus();
    });
  };
  return { loaded, current, notFound, noticeRegion, setNotice, done };
}
