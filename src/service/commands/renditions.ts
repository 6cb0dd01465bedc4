import { listQuotes, type Quote } from '../../cmo/quotes';
import { markQuotes, reorderQuotes, setRendition, settingsOf } from '../../cmo/renditions';
import type { Project } from '../../cmo/model';
import { DomainError } from '../../cmo/errors';
import type { Mutation } from '../types';

const quotesById = (p: Project, ids: readonly string[]): Quote[] => {
  const want = new Set(ids);
  return listQuotes(p, {}).filter((q) => want.has(q.id));
};

export const setRenditionCmd: Mutation<'quotes.setRendition'> = (project, { id, text, edits }, ctx) => {
  const next = setRendition(project, id, { text, edits }, ctx.now());
  const q = quotesById(next, [id])[0];
  if (!q) throw new DomainError(`Ukendt kodning: ${id}`);
  return { project: next, result: q, summary: q.edited ? `Rapportudgave af citat: ”${q.reportText.slice(0, 60)}”` : `Citatet vises igen uforkortet (${id})` };
};

export const markQuotesCmd: Mutation<'quotes.mark'> = (project, { ids, starred, picked }, ctx) => {
  const next = markQuotes(project, ids, { starred, picked }, ctx.now());
  const what = [starred !== undefined && (starred ? 'stjerne på' : 'stjerne af'), picked !== undefined && (picked ? 'valgt til rapporten' : 'fravalgt')].filter(Boolean).join(', ');
  return { project: next, result: quotesById(next, ids), summary: `${ids.length} citat(er): ${what || 'uændret'}` };
};

export const reorderQuotesCmd: Mutation<'quotes.reorder'> = (project, { ids }) => {
  const next = reorderQuotes(project, ids);
  return { project: next, result: { order: settingsOf(next).order }, summary: `Ny rækkefølge for ${ids.length} citat(er)` };
};

export const quoteSettingsCmd: Mutation<'quotes.setSettings'> = (project, patch) => {
  const s = settingsOf(project);
  const next = { ...s, ...Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined)) };
  const p = { ...project, quoteSettings: next };
  if (patch.attribution !== undefined) listQuotes(p, {}); // an unknown token is an error now, not at export
  return { project: p, result: next, summary: `Citatindstillinger: ${Object.keys(patch).join(', ')}` };
};
