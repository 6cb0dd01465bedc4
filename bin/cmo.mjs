#!/usr/bin/env node
// The `cmo` CLI runs the TypeScript sources directly through tsx, so `npx cmo` works right after `npm ci`.
import { register } from 'tsx/esm/api';

// Output into a pipe that closed (`cmo … | head`): the reader has what it wanted. Stop writing,
// quietly, and let the command finish what it was doing (a save is never cut short); any other
// write error is still reported.
const gone = new Set(['EPIPE', 'ERR_STREAM_DESTROYED', 'ERR_STREAM_WRITE_AFTER_END']);
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (e) => {
    if (gone.has(e?.code)) return;
    throw e;
  });
}

register();
const { main } = await import('../src/cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
