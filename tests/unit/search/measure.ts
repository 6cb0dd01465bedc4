/**
 * Quick local measurement of search speed (not the official `npm run bench`):
 *   npx tsx tests/unit/search/measure.ts [words=1000000] [sources=100]
 * Generates a Danish-like corpus (Zipf over function words, words of the field and made-up
 * words with æ/ø/å), then times every keystroke of a set of queries (from the first character)
 * with fuzzy on and 200 hits, against raw fuse.js over all paragraphs and a naive scan.
 */
import Fuse from 'fuse.js';
import type { Project, Source } from '../../../src/cmo/model';
import { parseTurns } from '../../../src/cmo/turns';
import { buildSearchIndex, indexBytes, searchIndex } from '../../../src/search/index';
import { nfaProject } from '../helpers';

const WORDS = Number(process.argv[2] ?? 1_000_000);
const SOURCES = Number(process.argv[3] ?? 100);

let seed = 42;
const rnd = () => {
  seed = (seed * 1664525 + 1013904223) >>> 0;
  return seed / 4294967296;
};
const pick = <T>(xs: readonly T[]) => xs[Math.floor(rnd() * xs.length)]!;
const FUNC = (
  'og i jeg det at en den til er som på de med han af for ikke der var mig sig men et har om vi min havde ' +
  'ham hun nu over da fra du ud sin dem os op man hvor eller hvad skal selv her alle vil blev kunne ind ' +
  'når være noget ville jo deres efter skulle også have meget mod hvis nogle hos blive mange bliver sådan ' +
  'så bare altså ligesom nok måske faktisk egentlig lidt helt godt rigtig ja nej'
).split(' ');
const FIELD = (
  'arbejdsmiljø arbejdstilsynet tilsynsførende aftale aftaleforløb påbud virksomheden medarbejdere ' +
  'ledelsen løft løftegrej forflytning psykisk belastning vejledning kontrolbesøg kontrolbesøget tidsfrist ' +
  'smiley afgørelse hjælp løsninger samarbejde arbejdspladsen sygefravær trivsel møde handlingsplan ' +
  'risikovurdering kollegaer ryggen tunge hjælpemidler instruktion oplæring opfølgning konsulent ' +
  'forebyggelse dialog tillid krav ansvar lederen arbejdsmiljørepræsentanten tilsynet aftalen påbuddet ' +
  'ordningen'
).split(' ');
const ON = [
  'b',
  'd',
  'f',
  'g',
  'h',
  'k',
  'l',
  'm',
  'n',
  'p',
  'r',
  's',
  't',
  'v',
  'bl',
  'br',
  'dr',
  'fl',
  'fr',
  'gr',
  'kl',
  'kr',
  'sk',
  'sl',
  'sp',
  'st',
  'tr',
  'hv',
  'j',
];
const VO = ['a', 'e', 'i', 'o', 'u', 'y', 'æ', 'ø', 'å', 'e', 'a'];
const CO = [
  '',
  '',
  'n',
  'r',
  'l',
  's',
  't',
  'd',
  'g',
  'k',
  'nd',
  'ng',
  'st',
  'ning',
  'else',
  'lig',
  'ende',
  'er',
  'et',
  'en',
];
const made = new Set<string>();
while (made.size < 30_000) {
  let w = '';
  const n = 1 + Math.floor(rnd() * 4);
  for (let i = 0; i < n; i++) w += pick(ON) + pick(VO) + (i === n - 1 || rnd() < 0.3 ? pick(CO) : '');
  made.add(w);
}
const VOCAB = [...FUNC, ...FIELD, ...made];
const cum = new Float64Array(VOCAB.length);
{
  let s = 0;
  VOCAB.forEach((_, r) => {
    s += (r >= FUNC.length && r < FUNC.length + FIELD.length ? 6 : 1) / Math.pow(r + 1, 1.05);
    cum[r] = s;
  });
  cum.forEach((v, i) => {
    cum[i] = v / s;
  });
}
const word = () => {
  const u = rnd();
  let lo = 0,
    hi = cum.length - 1;
  while (lo < hi) {
    const m = (lo + hi) >> 1;
    if (cum[m]! < u) lo = m + 1;
    else hi = m;
  }
  return VOCAB[lo]!;
};

function transcript(words: number): string {
  const out: string[] = [];
  let n = 0,
    interviewer = true;
  while (n < words) {
    const sents: string[] = [];
    for (let s = interviewer ? 1 : 2 + Math.floor(rnd() * 6); s > 0; s--) {
      const k = 4 + Math.floor(rnd() * 18);
      const ws = Array.from({ length: k }, word);
      ws[0] = ws[0]!.charAt(0).toUpperCase() + ws[0]!.slice(1);
      sents.push(ws.join(' ') + (interviewer ? '?' : '.'));
      n += k;
    }
    out.push(`${interviewer ? 'Interviewer' : 'Leder'}: ${sents.join(' ')}`);
    interviewer = !interviewer;
  }
  return out.join('\n\n') + '\n';
}

const t0 = performance.now();
const base = nfaProject();
const sources: Source[] = Array.from({ length: SOURCES }, (_, i) => {
  const text = transcript(WORDS / SOURCES);
  return {
    id: `src-${i}`,
    name: `Interview ${i}`,
    text,
    turns: parseTurns(text),
    caseId: base.cases[i % base.cases.length]!.id,
    participantIds: [],
    speakerMap: {},
    notes: [],
    contentHash: String(i),
    provenance: {
      fileName: `i${i}.txt`,
      format: 'txt',
      importedAt: base.createdAt,
      bytes: text.length,
      encoding: 'UTF-8',
      warnings: [],
    },
  };
});
const project: Project = { ...base, sources };
const genMs = performance.now() - t0;

const heap0 = process.memoryUsage().heapUsed;
const b0 = performance.now();
const index = buildSearchIndex(project);
const buildMs = performance.now() - b0;
const heap1 = process.memoryUsage().heapUsed;

const QUERIES = [
  'kontrolbesøg',
  'arbejdsmiljø',
  'tilsynsførende',
  'hjælpemidler',
  'tunge løft',
  'psykisk arbejdsmiljø',
  '"tre led"',
  'kontrol besøg',
  'kontrolbesög',
  'arbejdsmilø',
  'tilsynsførnde',
  'hjælpemiddler',
];
const keystrokes = QUERIES.flatMap((q) => Array.from({ length: q.length }, (_, i) => q.slice(0, i + 1)));
const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))]!;
};
const stat = (xs: number[]) =>
  `p50 ${pct(xs, 50).toFixed(2)} ms · p95 ${pct(xs, 95).toFixed(2)} ms · max ${Math.max(...xs).toFixed(1)} ` +
  `ms (n=${xs.length})`;
const time = (qs: string[], f: (q: string) => unknown, runs = 3) => {
  const out: number[] = [];
  for (const q of qs) f(q);
  for (let r = 0; r < runs; r++)
    for (const q of qs) {
      const a = performance.now();
      f(q);
      out.push(performance.now() - a);
    }
  return out;
};

const ours = (fuzzy: boolean) => (q: string) => searchIndex(index, project, q, { fuzzy, limit: 200 });
const perKeyFuzzy = time(keystrokes, ours(true));
const perKeyExact = time(keystrokes, ours(false));
const full = time(QUERIES, ours(true));
const filtered = time(
  keystrokes,
  (q) =>
    searchIndex(index, project, q, { fuzzy: true, limit: 200, filter: { cases: [base.cases[3]!.id], coded: false } }),
  1,
);

const paras = project.sources.flatMap((s) => s.turns.map((t) => s.text.slice(t.start, t.end)));
const lower = paras.map((p) => p.toLowerCase());
const naive = (q: string) => {
  const ws = q.toLowerCase().replace(/"/g, '').split(/\s+/);
  const h: number[] = [];
  for (let i = 0; i < lower.length; i++) if (ws.every((w) => lower[i]!.includes(w))) h.push(i);
  return h;
};
const f0 = performance.now();
const fuse = new Fuse(paras, { ignoreLocation: true, threshold: 0.3, includeScore: true, minMatchCharLength: 3 });
const fuseBuild = performance.now() - f0;
const naiveMs = time(QUERIES, naive);
const fuseMs = time(QUERIES, (q) => fuse.search(q, { limit: 200 }), 1);

const tokens = index.transcripts.tokens;
console.log(
  `corpus: ${SOURCES} sources, ${tokens.toLocaleString('en')} word tokens, ` +
    `${index.transcripts.terms.length.toLocaleString('en')} distinct terms, ${paras.length} paragraphs ` +
    `(generated in ${genMs.toFixed(0)} ms)`,
);
console.log(
  `index build (cold): ${buildMs.toFixed(0)} ms; typed arrays + strings ≈ ` +
    `${(indexBytes(index.transcripts) / 1e6).toFixed(1)} MB; heap delta ` +
    `${((heap1 - heap0) / 1e6).toFixed(1)} MB`,
);
console.log(`ours, every keystroke, fuzzy:     ${stat(perKeyFuzzy)}`);
console.log(`ours, every keystroke, exact:     ${stat(perKeyExact)}`);
console.log(`ours, keystrokes, case+uncoded:   ${stat(filtered)}`);
console.log(`ours, full queries, fuzzy:        ${stat(full)}`);
console.log(`naive includes() scan, full:      ${stat(naiveMs)}`);
console.log(`raw fuse.js over paragraphs, full: ${stat(fuseMs)} (fuse index ${fuseBuild.toFixed(0)} ms)`);
console.log(
  `ratios (p95): fuse/ours ${(pct(fuseMs, 95) / pct(full, 95)).toFixed(0)}×, naive/ours ` +
    `${(pct(naiveMs, 95) / pct(full, 95)).toFixed(1)}×`,
);
const slow = keystrokes
  .map((q) => {
    const a = performance.now();
    ours(true)(q);
    return [q, performance.now() - a] as const;
  })
  .sort((a, b) => b[1] - a[1])
  .slice(0, 5);
console.log('slowest keystrokes:', slow.map(([q, ms]) => `${q} ${ms.toFixed(1)}ms`).join(', '));
