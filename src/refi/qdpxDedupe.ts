/**
 * GUIDs used twice in a read .qdpx (a hand-merged project, a buggy exporter): the later element of a kind
 * gets a new GUID, so the project made from it has unique ids, and each is counted in the report
 * (`lostDuplicateGuid`): references to the GUID (codings, SourceRefs, creatingUser…) go to the first.
 */
import crypto from 'node:crypto';
import { addLost, type RefiProject } from './qdpxModel';

export function dedupeGuids(p: RefiProject): void {
  const kinds: [string, { guid: string }[]][] = [
    ['User', p.users],
    ['Code', p.codes],
    ['Variable', p.variables],
    ['Case', p.cases],
    ['TextSource', p.sources],
    ['Note', p.notes],
    ['Set', p.sets],
    ['PlainTextSelection', [...p.sources, ...p.notes].flatMap((s) => s.selections)],
  ];
  for (const [element, items] of kinds) {
    const seen = new Set<string>();
    for (const it of items) {
      if (!it.guid) continue;
      if (seen.has(it.guid)) {
        it.guid = crypto.randomUUID();
        addLost(p, 'lostDuplicateGuid', 1, element);
      }
      seen.add(it.guid);
    }
  }
}
