import { useState } from 'react';

/**
 * One thing done on the server from a button (poll, retry, turn off, close): busy while it runs, and
 * its error when it fails. With `staysBusy` the button stays busy after it worked, for what it
 * changed goes away or is read again.
 */
export function useAction(run: () => Promise<void>, staysBusy = false) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>();
  const act = async () => {
    setBusy(true);
    setError(undefined);
    try {
      await run();
      if (!staysBusy) setBusy(false);
    } catch (err) {
      setError(err);
      setBusy(false);
    }
  };
  return { busy, error, setError, act };
}
