/**
 * Run in a child process by metrics/memory.ts: `service <file>` opens the project in the service
 * and does what a session does (info, every transcript, matrix, quotes, one coding action);
 * `raw <file>` only reads and JSON.parses it. Prints the process's peak RSS and heap in MB.
 */
import fs from 'node:fs/promises';
import { openService } from '../../../src/service/service';

const [mode, file] = process.argv.slice(2);
if (!file) throw new Error('usage: host-memory-child.ts service|raw <file>');
let heapPeak = 0;
const sample = () => {
  heapPeak = Math.max(heapPeak, process.memoryUsage().heapUsed);
};
const timer = setInterval(sample, 5);
if (mode === 'raw') {
  const data = JSON.parse(await fs.readFile(file, 'utf8')) as { segments: unknown[] };
  sample();
  if (!data.segments.length) throw new Error('empty');
} else {
  const svc = await openService(file, { user: 'bench' });
  const info = await svc.call('project.info', {});
  for (const s of info.sourceList) {
    await svc.call('source.get', { id: s.id });
    sample();
  }
  await svc.call('matrix.compute', { rows: 'case', cols: 'pt-kind' });
  await svc.call('quotes.list', {});
  sample();
  const p = svc.project();
  const src = p.sources[0]!;
  // a turn not already coded C #1 over exactly its text (coding it twice the same way is refused)
  const taken = new Set(
    p.segments
      .filter((g) => g.sourceId === src.id && g.kind === 'C' && g.pt.includes('#1'))
      .map((g) => `${g.start}:${g.end}`),
  );
  const turn = src.turns.find((t) => t.speaker !== 'Interviewer' && !taken.has(`${t.start}:${t.end}`)) ?? src.turns[0]!;
  await svc.call('segment.add', { sourceId: src.id, start: turn.start, end: turn.end, kind: 'C', pt: ['#1'] });
  sample();
}
clearInterval(timer);
process.stdout.write(
  JSON.stringify({ maxRssMB: process.resourceUsage().maxRSS / 1024, heapPeakMB: heapPeak / 1e6 }) + '\n',
);
