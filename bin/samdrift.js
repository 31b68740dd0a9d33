#!/usr/bin/env node
// The `samdrift` command (also `npx samdrift`): runs the TypeScript CLI through tsx.
import { register } from 'tsx/esm/api';

register();
await import('../src/cli.ts');
