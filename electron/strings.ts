/**
 * The shell's own words — menus, dialogs, error boxes — in Danish or English after the system's
 * language (the window itself switches in its header). Kept out of main.ts so they can be tested
 * without Electron.
 */
const da = {
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
};

export type ShellStrings = typeof da;

const en: ShellStrings = {
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
};

/** Danish for a Danish system locale (`da`, `da-DK`), English otherwise. */
export function shellStrings(locale: string): ShellStrings {
  return /^da\b/i.test(locale) ? da : en;
}
