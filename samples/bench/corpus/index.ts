/**
 * The benchmark corpora, generated on demand into `.bench/` (git-ignored) and cached by
 * name + seed + generator version; a `manifest.json` written last marks a complete corpus.
 *
 *   R100  100 transcripts ≈ 1M words, 20,000 segments, 1,000 CMO configurations
 *   R500  500 transcripts ≈ 3M words, 60,000 segments, 3,000 CMO configurations
 *   tiny  a few transcripts, for the smoke test in `npm test`
 * and with each: a browser project (a 10,000-word transcript with 1,000 segments and a
 * 300,000-character one with 3,000) and Word files for the import benchmark.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import { ROOT } from '../../../src/paths';
import { NFA_CASES } from '../../../src/cmo/templates/nfa-cases';
import { createProjectFile } from '../../../src/store/projectFile';
import { derive } from './prng';
import { transcript } from './danish';
import { buildProject, plannedTranscripts, ROLE_LABELS } from './project';
import { transcriptToDocx } from './docx';

/** Bump when the generator's output changes, so cached corpora are rebuilt. */
export const GENERATOR_VERSION = 1;
export const CORPUS_NAMES = ['tiny', 'R100', 'R500'] as const;
export type CorpusName = (typeof CORPUS_NAMES)[number];

export interface CorpusSpec {
  transcripts: number;
  words: number;
  segments: number;
  configurations: number;
  smallWords: number;
  smallSegments: number;
  bigChars: number;
  bigSegments: number;
  docx: number;
  docxWords: number;
}

export const SPECS: Record<CorpusName, CorpusSpec> = {
  tiny: {
    transcripts: 6,
    words: 6_000,
    segments: 120,
    configurations: 12,
    smallWords: 1_000,
    smallSegments: 100,
    bigChars: 20_000,
    bigSegments: 200,
    docx: 4,
    docxWords: 500,
  },
  R100: {
    transcripts: 100,
    words: 1_000_000,
    segments: 20_000,
    configurations: 1_000,
    smallWords: 10_000,
    smallSegments: 1_000,
    bigChars: 300_000,
    bigSegments: 3_000,
    docx: 100,
    docxWords: 3_000,
  },
  R500: {
    transcripts: 500,
    words: 3_000_000,
    segments: 60_000,
    configurations: 3_000,
    smallWords: 10_000,
    smallSegments: 1_000,
    bigChars: 300_000,
    bigSegments: 3_000,
    docx: 100,
    docxWords: 3_000,
  },
};

export interface SourceRef {
  id: string;
  name: string;
  segments: number;
  chars: number;
}
export interface Manifest {
  corpus: CorpusName;
  seed: number;
  generator: number;
  spec: CorpusSpec;
  /** the research-scale project */
  project: string;
  projectBytes: number;
  words: number;
  /** two transcripts for the browser: `small` (10,000 words) and `big` (300,000 characters) */
  browserProject: string;
  small: SourceRef;
  big: SourceRef;
  docx: string[];
  docxBytes: number;
  generatedMs: number;
}
export interface Corpus extends Manifest {
  dir: string;
}

export const benchRoot = () => path.join(ROOT, '.bench');

export async function ensureCorpus(
  name: CorpusName,
  o: { seed?: number; root?: string; log?: (m: string) => void } = {},
): Promise<Corpus> {
  const seed = o.seed ?? 1;
  const dir = path.join(o.root ?? benchRoot(), `${name}-seed${seed}-g${GENERATOR_VERSION}`);
  const manifestFile = path.join(dir, 'manifest.json');
  try {
    const m = JSON.parse(await fs.readFile(manifestFile, 'utf8')) as Manifest;
    return { ...m, dir };
  } catch {
    /* not generated yet */
  }
  o.log?.(`generating corpus ${name} (seed ${seed}) into ${path.relative(ROOT, dir)} …`);
  const t0 = performance.now();
  await fs.rm(dir, { recursive: true, force: true });
  await fs.mkdir(path.join(dir, 'docx'), { recursive: true });
  const spec = SPECS[name];
  const caseIds = NFA_CASES.map((c) => c.id);

  const project = buildProject(derive(seed, `${name}/project`), {
    id: `bench-${name}-${seed}`,
    name: `Benchmark ${name}`,
    sources: plannedTranscripts(spec.transcripts, spec.words, spec.segments, caseIds),
    configurations: spec.configurations,
  });
  const projectFile = path.join(dir, `${name}.cmo.json`);
  await createProjectFile(projectFile, project);
  const words = project.sources.reduce((n, s) => n + s.text.split(/\s+/).length, 0);

  const browser = buildProject(derive(seed, `${name}/browser`), {
    id: `bench-${name}-${seed}-browser`,
    name: `Benchmark ${name} (browser)`,
    sources: [
      {
        name: `Transskription ${spec.smallWords} ord`,
        caseId: caseIds[0] ?? null,
        roleId: 'leder',
        until: { words: spec.smallWords },
        segments: spec.smallSegments,
      },
      {
        name: `Transskription ${spec.bigChars} tegn`,
        caseId: caseIds[1] ?? null,
        roleId: 'arbejdsmiljorepraesentant',
        until: { chars: spec.bigChars },
        segments: spec.bigSegments,
      },
    ],
    configurations: 20,
  });
  const browserFile = path.join(dir, `${name}-browser.cmo.json`);
  await createProjectFile(browserFile, browser);
  const ref = (i: number): SourceRef => {
    const s = browser.sources[i]!;
    return {
      id: s.id,
      name: s.name,
      segments: browser.segments.filter((x) => x.sourceId === s.id).length,
      chars: s.text.length,
    };
  };

  const rng = derive(seed, `${name}/docx`);
  const roles = Object.entries(ROLE_LABELS);
  const docx: string[] = [];
  let docxBytes = 0;
  const taken = new Set<string>();
  for (let i = 0; i < spec.docx; i++) {
    const [, label] = roles[i % roles.length]!;
    const base = `Case ${String((i % 20) + 1).padStart(2, '0')} - ${label}`;
    let fileName = `${base}.docx`;
    for (let n = 2; taken.has(fileName); n++) fileName = `${base} (${n}).docx`;
    taken.add(fileName);
    const t = transcript(rng, label, { words: spec.docxWords });
    const bytes = await transcriptToDocx(t, base);
    await fs.writeFile(path.join(dir, 'docx', fileName), bytes);
    docx.push(path.join('docx', fileName));
    docxBytes += bytes.byteLength;
  }

  const manifest: Manifest = {
    corpus: name,
    seed,
    generator: GENERATOR_VERSION,
    spec,
    project: path.basename(projectFile),
    projectBytes: (await fs.stat(projectFile)).size,
    words,
    browserProject: path.basename(browserFile),
    small: ref(0),
    big: ref(1),
    docx,
    docxBytes,
    generatedMs: Math.round(performance.now() - t0),
  };
  await fs.writeFile(manifestFile, JSON.stringify(manifest, null, 1));
  o.log?.(
    `corpus ${name}: ${words} words, ${project.segments.length} segments, ` +
      `${(manifest.projectBytes / 1e6).toFixed(1)} MB, ${spec.docx} docx (${(docxBytes / 1e6).toFixed(1)} ` +
      `MB) in ${(manifest.generatedMs / 1000).toFixed(1)} s`,
  );
  return { ...manifest, dir };
}

/** `npx tsx samples/bench/corpus/index.ts R100 [seed]`: generate (or find) a corpus and print its manifest. */
if (process.argv[1] && path.resolve(process.argv[1]) === path.join(ROOT, 'samples', 'bench', 'corpus', 'index.ts')) {
  const name = (process.argv[2] ?? 'tiny') as CorpusName;
  if (!CORPUS_NAMES.includes(name)) throw new Error(`corpus: ${CORPUS_NAMES.join(', ')}`);
  const c = await ensureCorpus(name, { seed: Number(process.argv[3] ?? 1), log: (m) => console.error(m) });
  console.log(JSON.stringify(c, null, 1));
}
