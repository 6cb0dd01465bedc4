/**
 * `npx tsx samples/bench/profile-summary.ts <file.cpuprofile> [top]`: self and inclusive time per
 * function of a V8 CPU profile (node --cpu-prof, or Chrome's Profiler), to see what dominates.
 */
import fs from 'node:fs';

interface Node {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface Profile {
  nodes: Node[];
  samples: number[];
  timeDeltas: number[];
}

export function summarize(p: Profile, top = 25): string {
  const byId = new Map(p.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of p.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const self = new Map<number, number>();
  p.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (p.timeDeltas[i] ?? 0) / 1000));
  const key = (n: Node) =>
    `${n.callFrame.functionName || '(anonymous)'} ` +
    `${n.callFrame.url.replace(/^.*\/(src|renderer|node_modules|samples)\//, '$1/')}:${n.callFrame.lineNumber + 1}`;
  const selfBy = new Map<string, number>(),
    totalBy = new Map<string, number>();
  for (const [id, ms] of self) {
    const n = byId.get(id)!;
    selfBy.set(key(n), (selfBy.get(key(n)) ?? 0) + ms);
    const seen = new Set<string>();
    for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur)) {
      const k = key(byId.get(cur)!);
      if (seen.has(k)) continue;
      seen.add(k);
      totalBy.set(k, (totalBy.get(k) ?? 0) + ms);
    }
  }
  const fmt = (m: Map<string, number>) =>
    [...m]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([k, ms]) => `${ms.toFixed(0).padStart(8)} ms  ${k}`)
      .join('\n');
  return `self time\n${fmt(selfBy)}\n\ninclusive time\n${fmt(totalBy)}`;
}

if (process.argv[1]?.endsWith('profile-summary.ts')) {
  const [file, top] = process.argv.slice(2);
  if (!file) throw new Error('usage: profile-summary.ts <file.cpuprofile> [top]');
  console.log(summarize(JSON.parse(fs.readFileSync(file, 'utf8')) as Profile, Number(top ?? 25)));
}
