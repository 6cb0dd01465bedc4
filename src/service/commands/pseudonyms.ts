import { addPseudonym, pseudonymsOf, removePseudonym } from '../../cmo/pseudonyms';
import type { Mutation } from '../types';

export const addPseudonymCmd: Mutation<'pseudonyms.add'> = (project, { name, replacement }) => {
  const pseudonyms = addPseudonym(pseudonymsOf(project), name, replacement);
  const had = pseudonymsOf(project).length === pseudonyms.length;
  return { project: { ...project, pseudonyms }, result: pseudonyms, summary: `${had ? 'Ændrede' : 'Nyt'} pseudonym: ${name.trim()} → ${replacement.trim()}` };
};

export const removePseudonymCmd: Mutation<'pseudonyms.remove'> = (project, { name }) => {
  const pseudonyms = removePseudonym(pseudonymsOf(project), name);
  return { project: { ...project, pseudonyms }, result: pseudonyms, summary: `Fjernede pseudonymet for ${name.trim()}` };
};
