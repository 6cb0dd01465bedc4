import { registerStrings } from '../i18n';

export const ns = registerStrings('quotesUnattributed', {
  da: {
    title: 'Citater uden en deltagers stemme',
    allow: 'Tillad alligevel (citater i interviewerens tale eller uden deltager kommer med)',
    exportAgain: 'Eksportér alligevel',
    copyAgain: 'Kopiér alligevel',
    close: 'Luk',
  },
  en: {
    title: "Quotes without a participant's voice",
    allow: "Allow anyway (quotes in the interviewer's speech or with no participant are included)",
    exportAgain: 'Export anyway',
    copyAgain: 'Copy anyway',
    close: 'Close',
  },
});
