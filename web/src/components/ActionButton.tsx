import { Button } from '@digdir/designsystemet-react';
import type { ReactNode } from 'react';
import { useAction } from '../lib/useAction.ts';
import { ErrorMessage } from './ErrorMessage.tsx';

/** A small button in a table row that does one thing on the server, busy meanwhile, with its error beneath. */
export function ActionButton({
  run,
  staysBusy,
  variant = 'tertiary',
  label,
  children,
}: {
  run: () => Promise<void>;
  /** stay busy after it worked (the row changes or is read again) */
  staysBusy?: boolean;
  variant?: 'secondary' | 'tertiary';
  /** the accessible name, naming the row */
  label: string;
  children: ReactNode;
}) {
  const { busy, error, act } = useAction(run, staysBusy);
  return (
    <>
      <Button variant={variant} data-size="sm" loading={busy} onClick={act} aria-label={label}>
        {children}
      </Button>
      {error !== undefined && <ErrorMessage error={error} level={4} />}
    </>
  );
}
