// Writes openapi.json from the code (`npm run openapi`), or with --check fails when the committed
// file differs from what the code describes (CI runs this through `npm run check`).
import fs from 'node:fs';
import path from 'node:path';
import { openContext } from '../src/app/bootstrap.ts';
import { createApp, openApiDocument } from '../src/app/http.ts';
import { loadConfig } from '../src/config.ts';

const file = path.resolve(import.meta.dirname, '../openapi.json');

export async function generateOpenApi(): Promise<string> {
  const ctx = await openContext(loadConfig({ LOG_LEVEL: 'silent', SAMDRIFT_DEMO: 'false' }), {
    dataDir: 'memory',
    migrate: false,
  });
  try {
    return `${JSON.stringify(openApiDocument(createApp(ctx)), null, 2)}\n`;
  } finally {
    await ctx.database.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const generated = await generateOpenApi();
  if (process.argv.includes('--check')) {
    const committed = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '';
    if (committed !== generated) {
      console.error('openapi.json is out of date with the code. Run `npm run openapi` and commit the result.');
      process.exit(1);
    }
    console.log('openapi.json matches the code.');
  } else {
    fs.writeFileSync(file, generated);
    console.log(`Wrote ${file}`);
  }
}
