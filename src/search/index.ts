/** Project search: index, query, widening and the command palette. Pure; usable in the renderer. */
export { buildSearchIndex, searchIndex, searchProject, snippetOf, indexBytes, transcriptCorpus } from './engine';
export type {
  SearchIndex,
  SearchOptions,
  SearchFilter,
  SearchScope,
  SearchResult,
  TranscriptHit,
  NoteHit,
  NoteType,
} from './engine';
export { foldTerm, tokenize, parseQuery, queryVariants } from './fold';
export { matchWord, fuzzyWalk, maxTypos } from './match';
export { widenRange, type Widen, type Range } from './widen';
export { paletteItems, type PaletteItem, type PaletteKind } from './palette';
export {
  SearchQueryParams,
  SearchAutocodeParams,
  resolveSearchFilter,
  searchOptions,
  type SearchAutocodeResult,
} from './params';
