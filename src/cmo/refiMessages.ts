/**
 * The words for mapping imported codes onto the programteori, in Danish and English (merged into logMessages' tables).
 */
import type { Template } from './logMessages';

const n = (v: string | number | undefined) => Number(v ?? 0);

export const refiDa = {
  codesMapped: (p) =>
    `Lagde ${p.codes} ${n(p.codes) === 1 ? 'kode' : 'koder'} på programteorien: ${p.changed} passager fik ` +
    `type/PT/vurdering${n(p.incomplete) ? `, ${p.incomplete} mangler stadig type eller PT-punkt` : ''}` +
    (n(p.removed) ? `, ${p.removed} ${n(p.removed) === 1 ? 'kode' : 'koder'} fjernet` : ''),
  errMapNothing: () => 'angiv --kind, --pt og/eller --verdict for koden (eller brug --auto)',
  errMapNoProposals: () =>
    'ingen koder har navne der peger på en type (C/M/O), et programteoripunkt eller en vurdering',
  // why a mapping is proposed: a name along the code's path names a kind, PT point or verdict (src/refi/codeMap.ts)
  mapByKind: (p) => `"${p.name}" → ${p.kind}`,
  mapByPt: (p) => `"${p.name}" → ${p.pt}`,
  mapByVerdict: (p) => `"${p.name}" → ${p.verdict}`,
} satisfies Record<string, Template>;

export const refiEn: Record<keyof typeof refiDa, Template> = {
  codesMapped: (p) =>
    `Mapped ${p.codes} ${n(p.codes) === 1 ? 'code' : 'codes'} onto the programme theory: ${p.changed} ` +
    `passages got a kind/PT/verdict${n(p.incomplete) ? `, ${p.incomplete} still lack a kind or PT point` : ''}` +
    (n(p.removed) ? `, ${p.removed} ${n(p.removed) === 1 ? 'code' : 'codes'} removed` : ''),
  errMapNothing: () => 'give --kind, --pt and/or --verdict for the code (or use --auto)',
  errMapNoProposals: () => 'no code has a name that points to a kind (C/M/O), a PT point or a verdict',
  mapByKind: (p) => `"${p.name}" → ${p.kind}`,
  mapByPt: (p) => `"${p.name}" → ${p.pt}`,
  mapByVerdict: (p) => `"${p.name}" → ${p.verdict}`,
};
export type RefiKey = keyof typeof refiDa;
