/**
 * The search index of a project: transcripts in one corpus, segment memos, memos, CMO statements and
 * the programteori as a second.
 *
 * Project states are immutable, so the index is cached by object identity: one DocIndex per Source
 * object (WeakMap), one term dictionary per `project.sources` array. Coding a segment keeps the
 * sources array, so nothing is re-indexed; editing or importing one transcript re-indexes that
 * transcript only and re-merges the (cheap) term dictionary. Segments, memos, configurations and
 * the programteori are small and indexed as a second corpus, cached the same way.
 */
import type { CmoConfiguration, Memo, Project, PtPoint, Segment, Source } from '../cmo/model';
import type { NoteType } from '../api/contract';
import { buildCorpus, indexText, type Corpus, type DocIndex } from './corpus';

/**
 * A short text beside the transcripts: a segment's memo, a memo on the project/a source/case/PT
 * point/code, a configuration's statement, a PT field.
 */
export interface NoteDoc {
  type: NoteType;
  /** segment, configuration or PT point id (`programteori` for the theory's notes) */
  id: string;
  /** memo | statement | title | context | mechanism | outcome | questions | notes */
  field: string;
  text: string;
  segment?: Segment;
  configuration?: CmoConfiguration;
  point?: PtPoint;
  /** a memo on the project, a source, a case, a PT point or a code (type `memo`, field = what it is on) */
  memo?: Memo;
}

export interface SearchIndex {
  transcripts: Corpus<Source>;
  notes: Corpus<NoteDoc>;
  /** ms spent building what was not cached */
  buildMs: number;
}

const docCache = new WeakMap<object, DocIndex>();
const fieldCache = new WeakMap<object, Map<string, DocIndex>>();
const transcriptCache = new WeakMap<readonly Source[], Corpus<Source>>();
interface NotesKey {
  configurations: readonly CmoConfiguration[];
  pt: Project['programmeTheory'];
  memos: readonly Memo[] | undefined;
  corpus: Corpus<NoteDoc>;
}
const notesCache = new WeakMap<readonly Segment[], NotesKey>();

export const now = () => (typeof performance !== 'undefined' ? performance.now() : Date.now());

function docIndexOf(owner: object, text: string, field?: string): DocIndex {
  if (field === undefined) {
    let x = docCache.get(owner);
    if (!x) docCache.set(owner, (x = indexText(text)));
    return x;
  }
  let m = fieldCache.get(owner);
  if (!m) fieldCache.set(owner, (m = new Map()));
  let x = m.get(field);
  if (!x) m.set(field, (x = indexText(text)));
  return x;
}

export function transcriptCorpus(sources: readonly Source[]): Corpus<Source> {
  let c = transcriptCache.get(sources);
  if (!c) {
    c = buildCorpus(
      [...sources],
      sources.map((s) => docIndexOf(s, s.text)),
    );
    transcriptCache.set(sources, c);
  }
  return c;
}

function notesCorpus(project: Project): Corpus<NoteDoc> {
  const hit = notesCache.get(project.segments);
  if (
    hit &&
    hit.configurations === project.configurations &&
    hit.pt === project.programmeTheory &&
    hit.memos === project.memos
  )
    return hit.corpus;
  const docs: NoteDoc[] = [];
  for (const s of project.segments)
    if (s.memo.trim()) docs.push({ type: 'memo', id: s.id, field: 'memo', text: s.memo, segment: s });
  for (const m of project.memos ?? [])
    if (m.text.trim()) docs.push({ type: 'memo', id: m.id, field: m.on, text: m.text, memo: m });
  for (const c of project.configurations)
    if (c.statement.trim())
      docs.push({ type: 'cmoc', id: c.id, field: 'statement', text: c.statement, configuration: c });
  for (const p of project.programmeTheory.points) {
    const fields: [string, string][] = [
      ['title', p.title],
      ['context', p.context],
      ['mechanism', p.mechanism],
      ['outcome', p.outcome],
      ['questions', p.questions.join('\n')],
    ];
    for (const [field, text] of fields) if (text.trim()) docs.push({ type: 'pt', id: p.id, field, text, point: p });
  }
  if (project.programmeTheory.notes.trim())
    docs.push({ type: 'pt', id: 'programteori', field: 'notes', text: project.programmeTheory.notes });
  const owner = (d: NoteDoc): object => d.segment ?? d.memo ?? d.configuration ?? d.point ?? project.programmeTheory;
  const corpus = buildCorpus(
    docs,
    docs.map((d) => docIndexOf(owner(d), d.text, d.field)),
  );
  notesCache.set(project.segments, {
    configurations: project.configurations,
    pt: project.programmeTheory,
    memos: project.memos,
    corpus,
  });
  return corpus;
}

/**
 * The search index of a project state: cheap to call on every query (cached by identity; only
 * changed transcripts are re-tokenised). The bench harness calls it once to time a cold build.
 */
export function buildSearchIndex(project: Project): SearchIndex {
  const t0 = now();
  const transcripts = transcriptCorpus(project.sources);
  const notes = notesCorpus(project);
  return { transcripts, notes, buildMs: now() - t0 };
}

/** Rough bytes held by an index's typed arrays and strings, for the benchmark's memory report. */
export function indexBytes(c: Corpus<unknown>): number {
  let b = c.entStart.byteLength + c.entDoc.byteLength + c.entLocal.byteLength + c.freq.byteLength;
  for (const t of c.terms) b += 2 * t.length + 16;
  for (const x of c.idx) {
    b += x.starts.byteLength + x.ends.byteLength + x.termOf.byteLength + x.postStart.byteLength + x.post.byteLength;
    for (const t of x.localTerms) b += 2 * t.length + 16;
  }
  return b;
}
