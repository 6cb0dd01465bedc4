import { getSource } from '../../cmo/lookup';
import { autocodeCmd, previewImport, setSpeakersCmd } from '../commands/speakers';
import { editSourceCmd } from '../commands/editSource';
import { importSource } from '../commands/importSource';
import { sniffImport } from '../commands/importSniff';
import { updateSource } from '../commands/updateSource';
import type { sourcesMethods } from '../../api/methods/sources';
import type { HandlersOf } from '../types';

export const sources = {
  'source.get': (p, { id }) => {
    const source = getSource(p, id);
    return {
      source,
      segments: p.segments.filter((s) => s.sourceId === id).sort((a, b) => a.start - b.start || b.end - a.end),
    };
  },
  'source.import': importSource,
  'source.update': updateSource,
  'source.edit': editSourceCmd,
  'import.preview': previewImport,
  'import.sniff': (p, params) => sniffImport(p, params),
  'source.setSpeakers': setSpeakersCmd,
  'source.autocode': autocodeCmd,
} satisfies HandlersOf<typeof sourcesMethods>;
