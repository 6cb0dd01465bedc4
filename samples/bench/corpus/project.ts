/**
 * Projects built directly as `Project` objects (no service calls, so a million words take
 * seconds): NFA template, transcripts spread over the 20 cases and the roles, segments on
 * whole sentences of respondents' turns with valid offsets and text snapshots, and CMO
 * configurations linking C, M and O segments of one case.
 */
import crypto from 'node:crypto';
import type { z } from 'zod';
import {
  KINDS,
  Project,
  type CmoConfiguration,
  type Kind,
  type Participant,
  type Segment,
  type Source,
  type Verdict,
} from '../../../src/cmo/model';
import { projectFromTemplate } from '../../../src/cmo/templates/index';
import type { Rng } from './prng';
import { transcript, type Transcript } from './danish';

/** Speaker labels as they appear in transcripts, per NFA role id. */
export const ROLE_LABELS: Record<string, string> = {
  leder: 'Leder',
  'juridisk-ansvarlig': 'JA',
  arbejdsmiljorepraesentant: 'AMR',
  medarbejder: 'Medarbejder',
  tilsynsforende: 'TF',
  tilsynssupporter: 'TS',
};
const ROLE_IDS = Object.keys(ROLE_LABELS);
const VERDICT_WEIGHTS: [Verdict, number][] = [
  ['supports', 0.5],
  ['refines', 0.2],
  ['refutes', 0.1],
  ['unclear', 0.2],
];
const EPOCH = Date.UTC(2025, 2, 1, 9, 0, 0);
const iso = (minutes: number) => new Date(EPOCH + minutes * 60_000).toISOString();

function verdict(rng: Rng): Verdict {
  let u = rng.next();
  for (const [v, w] of VERDICT_WEIGHTS) {
    if ((u -= w) < 0) return v;
  }
  return 'unclear';
}

export interface PlannedSource {
  name: string;
  caseId: string | null;
  roleId: string;
  until: { words?: number; chars?: number };
  segments: number;
}

export interface BuiltSource {
  source: Source;
  transcript: Transcript;
}

/** A project from the NFA template with the given sources, coded with `segments` per source. */
export function buildProject(
  rng: Rng,
  o: { id: string; name: string; sources: PlannedSource[]; configurations: number },
): Project {
  const project = projectFromTemplate('nfa-aftaleforloeb', { id: o.id, name: o.name, now: iso(0) });
  const ptIds = project.programmeTheory.points.map((p) => p.id);
  const participants = new Map<string, Participant>();
  const sources: Source[] = [];
  // built as schema input (defaults filled in by the parse below), so new optional fields need no change here
  const segments: z.input<typeof Segment>[] = [];
  const names = new Set<string>();
  let minute = 10;
  for (const [i, plan] of o.sources.entries()) {
    const label = ROLE_LABELS[plan.roleId] ?? 'IP';
    const pKey = `${plan.caseId ?? 'none'}/${plan.roleId}`;
    let participant = participants.get(pKey);
    if (!participant) {
      const caseLabel = project.cases.find((c) => c.id === plan.caseId)?.label;
      const roleLabel = project.roles.find((r) => r.id === plan.roleId)?.label ?? label;
      participant = {
        id: `p-${participants.size + 1}`,
        label: [roleLabel, caseLabel].filter(Boolean).join(', '),
        roleId: plan.roleId,
        caseId: plan.caseId,
      };
      participants.set(pKey, participant);
    }
    let name = plan.name;
    for (let n = 2; names.has(name); n++) name = `${plan.name} (${n})`;
    names.add(name);
    const t = transcript(rng, label, plan.until);
    const id = `src-${String(i + 1).padStart(4, '0')}`;
    sources.push({
      id,
      name,
      text: t.text,
      turns: t.turns.map((x) => ({ start: x.start, end: x.end, speaker: x.speaker, time: null })),
      caseId: plan.caseId,
      participantIds: [participant.id],
      speakerMap: { [label]: participant.id },
      provenance: {
        fileName: `${name}.docx`,
        format: 'docx',
        importedAt: iso(minute),
        bytes: Buffer.byteLength(t.text),
        encoding: null,
        warnings: [],
      },
      contentHash: crypto.createHash('sha256').update(t.text).digest('hex'),
      notes: [],
    });
    const answers = t.turns.filter((x) => x.respondent);
    for (let k = 0; k < plan.segments; k++) {
      const turn = rng.pick(answers);
      const first = rng.int(0, turn.sentences.length - 1);
      const last = Math.min(turn.sentences.length - 1, first + rng.int(0, 2));
      const start = turn.sentences[first]!.start,
        end = turn.sentences[last]!.end;
      const pt = rng.chance(0.1) ? [...new Set([rng.pick(ptIds), rng.pick(ptIds)])] : [rng.pick(ptIds)];
      const at = iso(minute++);
      segments.push({
        id: `seg-${String(segments.length + 1).padStart(6, '0')}`,
        sourceId: id,
        start,
        end,
        text: t.text.slice(start, end),
        kind: rng.pick(KINDS),
        pt,
        verdict: verdict(rng),
        memo: rng.chance(0.1) ? 'Godt eksempel på mekanismen.' : '',
        coder: rng.chance(0.7) ? 'Forsker A' : 'Forsker B',
        createdAt: at,
        updatedAt: at,
        needsReview: false,
        previousText: null,
      });
    }
  }
  const configurations = buildConfigurations(rng, sources, segments, o.configurations, ptIds);
  return Project.parse({
    ...project,
    coders: [
      { id: 'Forsker A', name: 'Forsker A' },
      { id: 'Forsker B', name: 'Forsker B' },
    ],
    updatedAt: iso(minute),
    participants: [...participants.values()],
    sources,
    segments,
    configurations,
  } satisfies z.input<typeof Project>);
}

function buildConfigurations(
  rng: Rng,
  sources: Source[],
  segments: readonly z.input<typeof Segment>[],
  count: number,
  ptIds: string[],
): CmoConfiguration[] {
  const caseOf = new Map(sources.map((s) => [s.id, s.caseId]));
  type Seg = z.input<typeof Segment>;
  const byCase = new Map<string, Record<Kind, Seg[]>>();
  for (const s of segments) {
    const c = caseOf.get(s.sourceId);
    if (!c || !s.kind) continue;
    let g = byCase.get(c);
    if (!g) byCase.set(c, (g = { C: [], M: [], O: [] }));
    g[s.kind].push(s);
  }
  const usable = [...byCase.values()].filter((g) => g.C.length && g.M.length && g.O.length);
  const out: CmoConfiguration[] = [];
  if (!usable.length) return out;
  for (let i = 0; i < count; i++) {
    const g = rng.pick(usable);
    const ids = (xs: Seg[]) => [...new Set(Array.from({ length: rng.int(1, 2) }, () => rng.pick(xs).id))];
    const c = ids(g.C),
      m = ids(g.M),
      oc = ids(g.O);
    const pt = rng.pick(g.M.find((s) => s.id === m[0])?.pt ?? ptIds);
    const at = iso(100_000 + i);
    out.push({
      id: `cmoc-${String(i + 1).padStart(5, '0')}`,
      pt,
      contextIds: c,
      mechanismIds: m,
      outcomeIds: oc,
      statement:
        'Hvis virksomheden får konkret vejledning, så ændres arbejdsgangene, fordi ledelsen oplever ' +
        'hjælpen som relevant.',
      verdict: verdict(rng),
      createdAt: at,
      updatedAt: at,
    });
  }
  return out;
}

/** Spreads `total` over `n` parts as evenly as integers allow. */
export const spread = (total: number, n: number, i: number) => Math.floor(total / n) + (i < total % n ? 1 : 0);

/** `n` transcripts round-robin over the 20 cases, roles rotating within each case. */
export function plannedTranscripts(
  n: number,
  totalWords: number,
  totalSegments: number,
  caseIds: string[],
): PlannedSource[] {
  return Array.from({ length: n }, (_, i) => {
    const caseIndex = i % caseIds.length;
    const round = Math.floor(i / caseIds.length);
    const roleId = ROLE_IDS[(caseIndex + round) % ROLE_IDS.length]!;
    const caseNo = caseIndex + 1;
    return {
      name: `Case ${String(caseNo).padStart(2, '0')} - ${ROLE_LABELS[roleId]}`,
      caseId: caseIds[caseIndex] ?? null,
      roleId,
      until: { words: spread(totalWords, n, i) },
      segments: spread(totalSegments, n, i),
    };
  });
}
