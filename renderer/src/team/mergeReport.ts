/** What a merge of coder copies brought in, as the window lists it: only what was added, in a fixed order. Pure. */
import type { MergeAdded, MergeReport } from '../../../src/cmo/merge';

export const ADDED_ORDER = [
  'segments',
  'configurations',
  'memos',
  'codes',
  'cases',
  'sources',
  'ptPoints',
  'attributes',
  'participants',
  'coders',
] as const satisfies readonly (keyof MergeAdded)[];

export interface MergeSummary {
  /** what was added, only the kinds with at least one */
  added: { what: keyof MergeAdded; count: number }[];
  skipped: number;
  conflicts: MergeReport['conflicts'];
  flagged: number;
  /** nothing added at all (the copies were merged before, or held nothing new) */
  nothingNew: boolean;
}

export function summarizeMerge(r: MergeReport): MergeSummary {
  const added = ADDED_ORDER.map((what) => ({ what, count: r.added[what] ?? 0 })).filter((a) => a.count > 0);
  return {
    added,
    skipped: r.skipped,
    conflicts: r.conflicts,
    flagged: r.flagged.length,
    nothingNew: added.length === 0,
  };
}
