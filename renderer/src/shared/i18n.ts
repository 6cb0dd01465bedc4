import { registerStrings } from '../i18n';

export const ns = registerStrings('shared', {
  da: {
    viewFailed: 'Visningen {{where}} fejlede',
    appFailed: 'Programmet fejlede',
    dataSaved: 'Dine data er gemt. Prøv igen, eller skift faneblad.',
    retry: 'Prøv igen',
    kind: { invalid: 'Ugyldigt input', domain: 'Kunne ikke udføres', file: 'Filfejl', internal: 'Fejl' },
    closeError: 'Luk fejlbesked',
    close: 'Luk',
    connectionDropped: 'Forbindelsen til værten blev afbrudt; se efter om ændringen blev gemt',
    answerMismatch: 'Svaret på {{method}} passede ikke til det viste; prøv igen',
  },
  en: {
    viewFailed: 'The view {{where}} failed',
    appFailed: 'The program failed',
    dataSaved: 'Your data is saved. Try again, or switch tab.',
    retry: 'Try again',
    kind: { invalid: 'Invalid input', domain: 'Could not be done', file: 'File error', internal: 'Error' },
    closeError: 'Close error message',
    close: 'Close',
    connectionDropped: 'The connection to the host was lost; check whether the change was saved',
    answerMismatch: 'The answer to {{method}} did not fit what is shown; try again',
  },
});
