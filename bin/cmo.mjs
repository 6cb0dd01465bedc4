#!/usr/bin/env node
// The `cmo` CLI runs the TypeScript sources directly through tsx, so `npx cmo` works right after `npm ci`.
import { register } from 'tsx/esm/api';
register();
const { main } = await import('../src/cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
