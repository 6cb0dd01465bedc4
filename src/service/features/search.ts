import { paletteItems } from '../../search/palette';
import { searchAutocodeCmd } from '../commands/autocode';
import { searchOptions } from '../../search/params';
import { searchProject } from '../../search/engine';
import type { searchMethods } from '../../api/methods/search';
import type { HandlersOf } from '../types';

export const search = {
  'search.query': (p, params) => searchProject(p, params.query, searchOptions(p, params)),
  'search.autocode': searchAutocodeCmd,
  'palette.items': (p) => paletteItems(p),
} satisfies HandlersOf<typeof searchMethods>;
