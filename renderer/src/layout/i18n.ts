import { registerStrings } from '../i18n';

export const ns = registerStrings('layout', {
  da: {
    appName: 'CMO Workbench',
    saving: 'Gemmer…',
    savedAt: 'Gemt kl. {{time}}',
    allSaved: 'Alt er gemt',
    saveTitle: 'Ændringer gemmes straks i projektfilen. Revision {{revision}} i denne session · bruger: {{user}}',
    undo: '↶ Fortryd',
    redo: '↷ Gentag',
    undoTitle: 'Fortryd: {{label}} ({{key}}Z)',
    nothingToUndo: 'Intet at fortryde ({{key}}Z)',
    redoTitle: 'Gentag: {{label}} (Shift+{{key}}Z)',
    nothingToRedo: 'Intet at gentage (Shift+{{key}}Z)',
    language: 'Sprog',
  },
  en: {
    appName: 'CMO Workbench',
    saving: 'Saving…',
    savedAt: 'Saved at {{time}}',
    allSaved: 'All saved',
    saveTitle: 'Changes are saved to the project file at once. Revision {{revision}} in this session · user: {{user}}',
    undo: '↶ Undo',
    redo: '↷ Redo',
    undoTitle: 'Undo: {{label}} ({{key}}Z)',
    nothingToUndo: 'Nothing to undo ({{key}}Z)',
    redoTitle: 'Redo: {{label}} (Shift+{{key}}Z)',
    nothingToRedo: 'Nothing to redo (Shift+{{key}}Z)',
    language: 'Language',
  },
});
