import { registerStrings } from '../i18n';

export const ns = registerStrings('review', {
  da: {
    title: 'Kodninger til gennemsyn',
    intro:
      'Transskriptionen er rettet inde i disse kodede passager. Se rettelsen efter, og godkend kodningen — ' +
      'eller ret dens grænser eller koder i panelet til højre.',
    none: 'Ingen kodninger venter på gennemsyn i denne kilde.',
    noneAll: 'Ingen kodninger venter på gennemsyn i projektet.',
    scope: 'Vis kodninger til gennemsyn i',
    thisSource: 'Denne kilde ({{count}})',
    allSources: 'Alle kilder ({{count}})',
    before: 'Før',
    now: 'Nu',
    noBefore: 'Kodningen er markeret uden en tidligere tekst (fx fordi dens sidste kode blev slettet).',
    approve: 'Godkend',
    approveTitle: 'Teksten er i orden: fjern markeringen',
    jump: 'Vis i teksten',
    close: 'Luk',
    thematic: 'Tematisk',
    removed: 'fjernet',
    added: 'tilføjet',
  },
  en: {
    title: 'Codings to review',
    intro:
      'The transcript was corrected inside these coded passages. Check the correction and approve the ' +
      'coding — or adjust its boundaries or codes in the panel on the right.',
    none: 'No codings in this source are waiting for review.',
    noneAll: 'No codings in the project are waiting for review.',
    scope: 'Show codings to review in',
    thisSource: 'This source ({{count}})',
    allSources: 'All sources ({{count}})',
    before: 'Before',
    now: 'Now',
    noBefore: 'The coding was flagged without an earlier text (e.g. because its last code was deleted).',
    approve: 'Approve',
    approveTitle: 'The text is fine: clear the flag',
    jump: 'Show in text',
    close: 'Close',
    thematic: 'Thematic',
    removed: 'removed',
    added: 'added',
  },
});
