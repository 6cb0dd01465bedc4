import type { Method } from '../api/contract';
import { computeMatrix } from '../cmo/matrix';
import { listQuotes, quotesToMarkdown } from '../cmo/quotes';
import { findPt } from '../cmo/lookup';
import { DomainError } from '../cmo/segments';
import { projectInfo } from './summaries';
import { importSource } from './commands/importSource';
import { updateSource } from './commands/updateSource';
import { editSourceCmd } from './commands/editSource';
import { addSegmentCmd, codeTextCmd, removeSegmentCmd, updateSegmentCmd } from './commands/segments';
import type { Mutation, Query } from './types';

type QueryMethods = 'project.info' | 'source.get' | 'matrix.compute' | 'quotes.list' | 'quotes.markdown' | 'log.list';
type MutationMethods = 'source.import' | 'source.update' | 'source.edit' | 'segment.add' | 'segment.codeText' | 'segment.update' | 'segment.remove';
/** Undo/redo and the history state are the session's own, not project commands. */
export type SessionMethods = Exclude<Method, QueryMethods | MutationMethods>;

export const queries: { [M in QueryMethods]: Query<M> } = {
  'project.info': (p, _params, ctx) => projectInfo(p, ctx.file),
  'source.get': (p, { id }) => {
    const source = p.sources.find((s) => s.id === id);
    if (!source) throw new DomainError(`Ukendt kilde: ${id}`);
    return { source, segments: p.segments.filter((s) => s.sourceId === id).sort((a, b) => a.start - b.start || b.end - a.end) };
  },
  'matrix.compute': (p, q) => computeMatrix(p, q),
  'quotes.list': (p, f) => listQuotes(p, f),
  'quotes.markdown': (p, f) => {
    const quotes = listQuotes(p, f);
    const only = f.pts?.length ? new Set(f.pts.map((r) => findPt(p, r)?.id ?? r)) : undefined;
    return { markdown: quotesToMarkdown(p, quotes, only), count: quotes.length };
  },
  'log.list': (p, { limit }) => p.log.slice(-limit).reverse(),
};

export const mutations: { [M in MutationMethods]: Mutation<M> } = {
  'source.import': importSource,
  'source.update': updateSource,
  'source.edit': editSourceCmd,
  'segment.add': addSegmentCmd,
  'segment.codeText': codeTextCmd,
  'segment.update': updateSegmentCmd,
  'segment.remove': removeSegmentCmd,
};
