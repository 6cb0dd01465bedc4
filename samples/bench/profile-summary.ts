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
export interface Profile {
  nodes: Node[];
  samples: number[];
  timeDeltas: number[];
}

/** one profile, or several summed and divided by their number (ms per profile) */
export function summarize(profiles: Profile | Profile[], top = 25): string {
  const list = Array.isArray(profiles) ? profiles : [profiles];
  const selfBy = new Map<string, number>(),
    totalBy = new Map<string, number>();
  for (const p of list) add(p, 1 / list.length, selfBy, totalBy);
  const fmt = (m: Map<string, number>) =>
    [...m]
      .filter(([k]) => !k.startsWith('(idle)'))
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([k, ms]) => `${ms.toFixed(list.length > 1 ? 2 : 0).padStart(8)} ms  ${k}`)
      .join('\n');
  return `self time\n${fmt(selfBy)}\n\ninclusive time\n${fmt(totalBy)}`;
}

function add(p: Profile, weight: number, selfBy: Map<string, number>, totalBy: Map<string, number>) {
  const byId = new Map(p.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of p.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const self = new Map<number, number>();
  p.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + ((p.timeDeltas[i] ?? 0) / 1000) * weight));
  const key = (n: Node) =>
    `${n.callFrame.functionName || '(anonymous)'} ` +
    `${n.callFrame.url.replace(/^.*\/(src|renderer|node_modules|samples)\//, '$1/')}:${n.callFrame.lineNumber + 1}`;
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
}

if (process.argv[1]?.endsWith('profile-summary.ts')) {
  const [file, top] = process.argv.slice(2);
  if (!file) throw new Error('usage: profile-summary.ts <file.cpuprofile> [top]');
  console.log(summarize(JSON.parse(fs.readFileSync(file, 'utf8')) as Profile, Number(top ?? 25)));
}

/** the call tree top-down, merged by function along the path, nodes of at least `min` ms per profile */
export function callTree(profiles: Profile[], min = 0.3): string {
  interface T {
    ms: number;
    kids: Map<string, T>;
  }
  const root: T = { ms: 0, kids: new Map() };
  const w = 1 / profiles.length;
  for (const p of profiles) {
    const byId = new Map(p.nodes.map((n) => [n.id, n]));
    const parent = new Map<number, number>();
    for (const n of p.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
    p.samples.forEach((id, i) => {
      const ms = ((p.timeDeltas[i] ?? 0) / 1000) * w;
      const path: string[] = [];
      for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur)) {
        const f = byId.get(cur)!.callFrame;
        path.unshift(`${f.functionName || '(anonymous)'}:${f.lineNumber + 1}`);
      }
      if (path.some((k) => k.startsWith('(idle)') || k.startsWith('(program)'))) return;
      let t = root;
      for (const k of path) {
        let next = t.kids.get(k);
        if (!next) t.kids.set(k, (next = { ms: 0, kids: new Map() }));
        next.ms += ms;
        t = next;
      }
    });
  }
  const out: string[] = [];
  const show = (t: T, depth: number) => {
    for (const [k, c] of [...t.kids].sort((a, b) => b[1].ms - a[1].ms))
      if (c.ms >= min) {
        out.push(`${c.ms.toFixed(2).padStart(7)} ${'  '.repeat(depth)}${k}`);
        show(c, depth + 1);
      }
  };
  show(root, 0);
  return out.join('\n');
}
