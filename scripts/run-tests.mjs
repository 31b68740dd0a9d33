#!/usr/bin/env node
// Runs a test suite with node's test runner: Node 20's --test takes no glob, so list the files.
//   unit    — every *.test.ts under src/ and test/ (PGlite, or TEST_DATABASE_URL)
//   browser — every *.test.ts under e2e/ (headless Chromium; needs `npm run build` first)
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const suite = process.argv[2] ?? 'unit';
const roots = suite === 'browser' ? ['e2e'] : ['src', 'test'];
const files = [];
const walk = (dir) => {
  if (!fs.existsSync(dir)) return;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name);
    if (entry.isDirectory()) walk(p);
    else if (entry.name.endsWith('.test.ts')) files.push(p);
  }
};
roots.forEach(walk);
files.sort();
if (files.length === 0) {
  console.error(`No test files found for the ${suite} suite.`);
  process.exit(1);
}
const extra = process.argv.slice(3);
const result = spawnSync(process.execPath, ['--import', 'tsx', '--test', ...extra, ...files], { stdio: 'inherit' });
process.exit(result.status ?? 1);
