/** Shared builders for the unit tests: small projects in code, temp dirs, fixed clocks. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Segment, Source, type Participant, type Project } from '../../src/cmo/model';
import { projectFromTemplate } from '../../src/cmo/templates/index';
import { parseTurns } from '../../src/cmo/turns';
import { normalizeText } from '../../src/cmo/text';

export const NOW = '2024-05-01T10:00:00.000Z';

/** A fresh NFA project (template: nfa-aftaleforloeb). */
export function nfaProject(): Project {
  return projectFromTemplate('nfa-aftaleforloeb', { id: 'proj-1', name: 'Testprojekt', now: NOW });
}

/** A fresh temp dir under os.tmpdir(); remove with `rmTmp`. */
export function makeTmp(prefix = 'cmo-unit-'): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}
export function rmTmp(dir: string): void {
  fs.rmSync(dir, { recursive: true, force: true });
}

export interface SourceSpec {
  id: string;
  name?: string;
  text: string;
  caseId?: string | null;
  /** speaker label → participant id */
  speakerMap?: Record<string, string>;
  participantIds?: string[];
}

/** A source with parsed turns, as the importer would store it. */
export function makeSource(spec: SourceSpec): Source {
  const text = normalizeText(spec.text);
  const speakerMap = spec.speakerMap ?? {};
  // parsed, so fields with defaults that the model gains later are filled in
  return Source.parse({
    id: spec.id,
    name: spec.name ?? spec.id,
    text,
    turns: parseTurns(text),
    caseId: spec.caseId ?? null,
    participantIds: spec.participantIds ?? [...new Set(Object.values(speakerMap))],
    speakerMap,
    provenance: {
      fileName: `${spec.name ?? spec.id}.txt`,
      format: 'txt',
      importedAt: NOW,
      bytes: text.length,
      encoding: 'UTF-8',
      warnings: [],
    },
    contentHash: `hash-${spec.id}`,
  });
}

/** A segment on `source` covering the first occurrence of `quote`. */
export function segOn(
  source: Source,
  id: string,
  quote: string,
  kind: Segment['kind'],
  pt: string[],
  extra: Partial<Segment> = {},
): Segment {
  const start = source.text.indexOf(quote);
  if (start < 0) throw new Error(`test setup: "${quote}" not in ${source.id}`);
  return Segment.parse({
    id,
    sourceId: source.id,
    start,
    end: start + quote.length,
    text: quote,
    kind,
    pt,
    verdict: 'unclear',
    memo: '',
    coder: 'tester',
    createdAt: NOW,
    updatedAt: NOW,
    needsReview: false,
    ...extra,
  });
}

export function withData(
  project: Project,
  d: { participants?: Participant[]; sources?: Source[]; segments?: Segment[] },
): Project {
  return {
    ...project,
    participants: [...project.participants, ...(d.participants ?? [])],
    sources: [...project.sources, ...(d.sources ?? [])],
    segments: [...project.segments, ...(d.segments ?? [])],
  };
}
