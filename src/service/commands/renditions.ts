import { listQuotes, type Quote } from '../../cmo/quotes';
import { markQuotes, reorderQuotes, setRendition, settingsOf } from '../../cmo/renditions';
import type { Project } from '../../cmo/model';
import { DomainError } from '../../cmo/errors';
import type { Mutation } from '../types';
import { say } from '../../cmo/logMessages';

const quotesById = (p: Project, ids: readonly string[]): Quote[] => {
  const want = new Set(ids);
  return listQuotes(p, {}).filter((q) => want.has(q.id));
};

export const setRenditionCmd: Mutation<'quotes.setRendition'> = (project, { id, text, edits }, ctx) => {
  const next = setRendition(project, id, { text, edits }, ctx.now());
  const q = quotesById(next, [id])[0];
  if (!q) throw new DomainError(say('errUnknownSegment', { id }));
  return {
    project: next,
    result: q,
    summary: q.edited ? say('renditionSet', { text: q.reportText.slice(0, 60) }) : say('renditionCleared', { id }),
  };
};

export const markQuotesCmd: Mutation<'quotes.mark'> = (project, { ids, starred, picked }, ctx) => {
  const next = markQuotes(project, ids, { starred, picked }, ctx.now());
  const what = [
    starred !== undefined && say(starred ? 'starOn' : 'starOff'),
    picked !== undefined && say(picked ? 'picked' : 'unpicked'),
  ].filter((x) => x !== false);
  return {
    project: next,
    result: quotesById(next, ids),
    summary: say('quotesMarked', { count: ids.length, changes: what }),
  };
};

export const reorderQuotesCmd: Mutation<'quotes.reorder'> = (project, { ids }) => {
  const next = reorderQuotes(project, ids);
  return {
    project: next,
    result: { order: settingsOf(next).order },
    summary: say('quotesOrdered', { count: ids.length }),
  };
};

export const quoteSettingsCmd: Mutation<'quotes.setSettings'> = (project, patch) => {
  const s = settingsOf(project);
  const next = { ...s, ...Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined)) };
  const p = { ...project, quoteSettings: next };
  if (patch.attribution !== undefined) listQuotes(p, {}); // an unknown token is an error now, not at export
  return { project: p, result: next, summary: say('quoteSettings', { keys: Object.keys(patch).join(', ') }) };
};
