import { addPseudonym, pseudonymsOf, removePseudonym } from '../../cmo/pseudonyms';
import type { Mutation } from '../types';
import { say } from '../../cmo/logMessages';

export const addPseudonymCmd: Mutation<'pseudonyms.add'> = (project, { name, replacement }) => {
  const pseudonyms = addPseudonym(pseudonymsOf(project), name, replacement);
  const had = pseudonymsOf(project).length === pseudonyms.length;
  return {
    project: { ...project, pseudonyms },
    result: pseudonyms,
    summary: say('pseudonymSet', { changed: had ? 1 : 0, name: name.trim(), replacement: replacement.trim() }),
  };
};

export const removePseudonymCmd: Mutation<'pseudonyms.remove'> = (project, { name }) => {
  const pseudonyms = removePseudonym(pseudonymsOf(project), name);
  return {
    project: { ...project, pseudonyms },
    result: pseudonyms,
    summary: say('pseudonymRemoved', { name: name.trim() }),
  };
};
