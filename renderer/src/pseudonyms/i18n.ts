import { registerStrings } from '../i18n';

export const ns = registerStrings('pseudonyms', {
  da: {
    region: 'Pseudonymer',
    apply: 'Anvend listen på selve transskriptionerne…',
    applyConfirm:
      'Navnene på listen erstattes i de gemte transskriptioner. Kodningerne følger med, og kodninger hvis ' +
      'tekst ændres, markeres til gennemsyn. Det kan fortrydes. Fortsæt?',
    applied_one:
      '{{count}} navn erstattet i {{sources}} transskription(er); {{flagged}} kodning(er) markeret til gennemsyn.',
    applied_other:
      '{{count}} navne erstattet i {{sources}} transskription(er); {{flagged}} kodning(er) markeret til gennemsyn.',
    title: 'Pseudonymliste',
    intro:
      'Navne på personer, virksomheder og steder og det, der skal stå i stedet. Listen gælder hele ' +
      'projektet og anvendes i alle eksporter (Word, Markdown, CSV, Excel og udklipsholderen); ' +
      'transskriptionerne ændres ikke.',
    name: 'Navn',
    replacement: 'Erstatning',
    namePlaceholder: 'fx Jens Hansen',
    replacementPlaceholder: 'fx [lederen]',
    add: 'Tilføj',
    update: 'Opdatér',
    remove: 'Fjern {{name}}',
    empty: 'Listen er tom.',
    occursNone: 'ikke i de viste citater',
    occurs_one: 'i 1 vist citat',
    occurs_other: 'i {{count}} viste citater',
    occursHead: 'Forekommer',
    close: 'Luk',
    hint:
      'Genitiv (Jens Hansens → [lederens]) og linjeskift mellem ordene klares af sig selv. Stavevarianter og ' +
      'dele af et navn fanges af pseudonymchecket før eksport.',
    leakName: 'Navn på listen',
    leakFound: 'Fundet',
    leakWhere: 'Hvor',
    leakContext: 'Sammenhæng',
    leakKind: { name: 'navnet selv', variant: 'stavevariant', part: 'del af navnet' },
    field: {
      citat: 'citat',
      transskription: 'transskription',
      tilskrivning: 'tilskrivning',
      memo: 'memo',
      kilde: 'kilde',
      deltager: 'deltager',
      rolle: 'rolle',
      case: 'case',
      koder: 'koder',
    },
    go: 'Gå til citatet',
    heading: 'overskrift',
    more: '… og {{count}} mere',
  },
  en: {
    region: 'Pseudonyms',
    apply: 'Apply the list to the transcripts themselves…',
    applyConfirm:
      'The listed names are replaced in the stored transcripts. The coding follows, and codings whose text ' +
      'changes are flagged for review. This can be undone. Continue?',
    applied_one: '{{count}} name replaced in {{sources}} transcript(s); {{flagged}} coding(s) flagged for review.',
    applied_other: '{{count}} names replaced in {{sources}} transcript(s); {{flagged}} coding(s) flagged for review.',
    title: 'Pseudonym list',
    intro:
      'Names of people, companies and places, and what is written instead. The list applies to the whole ' +
      'project and to every export (Word, Markdown, CSV, Excel and the clipboard); the transcripts are not ' +
      'changed.',
    name: 'Name',
    replacement: 'Replacement',
    namePlaceholder: 'e.g. Jens Hansen',
    replacementPlaceholder: 'e.g. [the manager]',
    add: 'Add',
    update: 'Update',
    remove: 'Remove {{name}}',
    empty: 'The list is empty.',
    occursNone: 'not in the quotes shown',
    occurs_one: 'in 1 quote shown',
    occurs_other: 'in {{count}} quotes shown',
    occursHead: 'Occurs',
    close: 'Close',
    hint:
      'The genitive (Jens Hansens → [lederens]) and line breaks between the words are handled. Spelling ' +
      'variants and parts of a name are caught by the pseudonym check before export.',
    leakName: 'Listed name',
    leakFound: 'Found',
    leakWhere: 'Where',
    leakContext: 'Context',
    leakKind: { name: 'the name itself', variant: 'spelling variant', part: 'part of the name' },
    field: {
      citat: 'quote',
      transskription: 'transcript',
      tilskrivning: 'attribution',
      memo: 'memo',
      kilde: 'source',
      deltager: 'participant',
      rolle: 'role',
      case: 'case',
      koder: 'coder',
    },
    go: 'Go to the quote',
    heading: 'heading',
    more: '… and {{count}} more',
  },
});
