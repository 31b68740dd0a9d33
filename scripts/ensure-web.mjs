#!/usr/bin/env node
// `npm start` runs this first: build the web UI when web/dist is missing or older than its sources,
// so a fresh `npm install && npm start` serves the UI without a separate build step.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const built = path.join(root, 'web/dist/index.html');
const newest = (dir) => {
  let t = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name);
    t = Math.max(t, entry.isDirectory() ? newest(p) : fs.statSync(p).mtimeMs);
  }
  return t;
};
const sources = Math.max(newest(path.join(root, 'web/src')), fs.statSync(path.join(root, 'web/index.html')).mtimeMs);
if (fs.existsSync(built) && fs.statSync(built).mtimeMs >= sources) process.exit(0);
console.log('Building the web UI (first start, or its sources changed)…');
const r = spawnSync(
  process.execPath,
  [path.join(root, 'node_modules/vite/bin/vite.js'), 'build', '--config', 'web/vite.config.ts', '--logLevel', 'warn'],
  { cwd: root, stdio: 'inherit' },
);
process.exit(r.status ?? 1);
