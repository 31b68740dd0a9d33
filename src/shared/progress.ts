/**
 * A one-line progress display on stderr for long CLI work. On a terminal it redraws in place;
 * otherwise (CI, pipes) it prints at most one line a second so logs stay short.
 */
export function progressBar(label: string) {
  const tty = process.stderr.isTTY;
  const started = Date.now();
  let lastPrint = 0;
  return {
    update(text: string) {
      const now = Date.now();
      const elapsed = ((now - started) / 1000).toFixed(1);
      if (tty) process.stderr.write(`\r\x1b[2K${label}: ${text} (${elapsed} s)`);
      else if (now - lastPrint >= 1000) {
        process.stderr.write(`${label}: ${text} (${elapsed} s)\n`);
        lastPrint = now;
      }
    },
    done() {
      if (tty) process.stderr.write('\r\x1b[2K');
    },
  };
}
