/**
 * The Electron shell's own words — menus, dialogs, error boxes — in Danish and English: part of the
 * one message table (logMessages.ts), under `shell…` keys (`file` is `shellFile`). The shell takes
 * them through `shellWords` (src/service/words.ts), after the system's language.
 */
import type { Template } from './messageFormat';

export const shellWordsDa = {
  file: 'Fil',
  newProject: 'Nyt projekt…',
  openProject: 'Åbn projekt…',
  quit: 'Afslut',
  edit: 'Rediger',
  copy: 'Kopiér',
  selectAll: 'Markér alt',
  view: 'Vis',
  reload: 'Genindlæs',
  devTools: 'Udviklerværktøjer',
  fullScreen: 'Fuld skærm',
  openTitle: 'Åbn projekt',
  newTitle: 'Nyt projekt (NFA-skabelon)',
  newDefault: 'Projekt.cmo.json',
  fileType: 'CMO-projekt',
  cannotOpen: 'Projektet kunne ikke åbnes',
  cannotCreate: 'Projektet kunne ikke oprettes',
  openLinkTitle: 'Åbn link',
  openLinkQuestion: 'Åbn dette link i din browser?',
  openLink: 'Åbn i browseren',
  cancel: 'Annuller',
  openRefi: 'Åbn REFI-QDA-projekt…',
  exportRefi: 'Eksportér REFI-QDA…',
  refiType: 'REFI-QDA-projekt',
  cannotExport: 'Projektet kunne ikke eksporteres',
  coderCopy: 'Koderkopi…',
  mergeCopies: 'Flet koderkopier…',
  mergeTitle: 'Vælg de koderkopier der skal flettes ind',
  cannotMerge: 'Koderkopierne kunne ikke flettes ind',
  tooManyCopies: 'Højst 50 koderkopier ad gangen',
};

export type ShellWord = keyof typeof shellWordsDa;

const shellWordsEn: Record<ShellWord, string> = {
  file: 'File',
  newProject: 'New project…',
  openProject: 'Open project…',
  quit: 'Quit',
  edit: 'Edit',
  copy: 'Copy',
  selectAll: 'Select all',
  view: 'View',
  reload: 'Reload',
  devTools: 'Developer tools',
  fullScreen: 'Full screen',
  openTitle: 'Open project',
  newTitle: 'New project (NFA template)',
  newDefault: 'Project.cmo.json',
  fileType: 'CMO project',
  cannotOpen: 'The project could not be opened',
  cannotCreate: 'The project could not be created',
  openLinkTitle: 'Open link',
  openLinkQuestion: 'Open this link in your browser?',
  openLink: 'Open in browser',
  cancel: 'Cancel',
  openRefi: 'Open REFI-QDA project…',
  exportRefi: 'Export REFI-QDA…',
  refiType: 'REFI-QDA project',
  cannotExport: 'The project could not be exported',
  coderCopy: 'Coder copy…',
  mergeCopies: 'Merge coder copies…',
  mergeTitle: 'Choose the coder copies to merge',
  cannotMerge: 'The coder copies could not be merged',
  tooManyCopies: 'At most 50 coder copies at a time',
};

export type ShellKey = `shell${Capitalize<ShellWord>}`;
export const shellKey = (w: ShellWord) => `shell${w.charAt(0).toUpperCase()}${w.slice(1)}` as ShellKey;

/** the words as templates under their `shell…` keys */
function templates(words: Record<ShellWord, string>): Record<ShellKey, Template> {
  const out: Partial<Record<ShellKey, Template>> = {};
  for (const [w, text] of Object.entries(words)) out[shellKey(w as ShellWord)] = () => text;
  return out as Record<ShellKey, Template>;
}

export const shellDa = templates(shellWordsDa);
export const shellEn = templates(shellWordsEn);
