import { ConfigError, loadConfig } from './config.ts';
import { startServer } from './server.ts';

/** `npm start`: run the server until SIGINT/SIGTERM; configuration mistakes print one sentence. */
async function main() {
  const config = loadConfig();
  const { stop } = await startServer(config);
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      stop().then(
        () => process.exit(0),
        () => process.exit(1),
      );
    });
  }
}

main().catch((err) => {
  if (err instanceof ConfigError) {
    console.error(`Samdrift could not start: ${err.message}`);
  } else {
    console.error('Samdrift could not start:', err);
  }
  process.exit(1);
});
