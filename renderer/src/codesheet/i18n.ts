import { registerStrings } from '../i18n';

export const ns = registerStrings('codesheet', {
  da: {
    title: 'Importér kodeark',
    close: 'Luk',
    intro:
      'Et regneark (CSV eller XLSX) med et citat pr. række og kolonnerne source, quote, kind, pt, verdict, ' +
      'memo og coder (også danske navne: kilde, citat, type, programteoripunkt, vurdering, memo, koder). ' +
      'Flere PT-punkter adskilles med ;. Hvert citat findes i sin kilde, også hen over linjeskift, med ' +
      'lige eller krumme anførselstegn, orddeling og (…) i citatet.',
    choose: 'Vælg fil…',
    chooseOther: 'Vælg en anden fil…',
    reading: 'Læser og placerer rækkerne…',
    file: 'Fil: {{name}}',
    summary: '{{total}} rækker: {{ok}} placeres, {{skipped}} springes over, {{failed}} fejler',
    show: 'Vis',
    all: 'Alle ({{count}})',
    ok: 'Placeres ({{count}})',
    skipped: 'Springes over ({{count}})',
    failed: 'Fejler ({{count}})',
    col: {
      row: 'Række',
      status: 'Status',
      source: 'Kilde',
      quote: 'Citat',
      kind: 'Type',
      pt: 'PT',
      verdict: 'Vurdering',
      note: 'Placering / årsag',
    },
    status: { ok: 'placeres', skipped: 'springes over', failed: 'fejler' },
    located: 'fundet: ”{{text}}”',
    cuts_one: 'med 1 forkortelse/udskiftning i rapportudgaven',
    cuts_other: 'med {{count}} forkortelser/udskiftninger i rapportudgaven',
    applyAll: 'Anvend alle rækker ({{count}} nye kodninger)',
    applyAllBlocked:
      'Alt-eller-intet: intet anvendes, så længe en række fejler. Ret arket og vælg filen igen, eller ' +
      'anvend kun de gyldige rækker.',
    applyValid: 'Anvend de gyldige rækker ({{count}})',
    nothing: 'Ingen rækker kan anvendes.',
    applying: 'Koder…',
    done_one: '{{count}} række er kodet som ét skridt — ↶ Fortryd i toppen tager det hele tilbage.',
    done_other: '{{count}} rækker er kodet som ét skridt — ↶ Fortryd i toppen tager det hele tilbage.',
    doneFailed: '{{count}} rækker blev ikke kodet (se listen).',
    error: 'Fejl',
    cancel: 'Annullér',
  },
  en: {
    title: 'Import coding sheet',
    close: 'Close',
    intro:
      'A spreadsheet (CSV or XLSX) with one quote per row and the columns source, quote, kind, pt, ' +
      'verdict, memo and coder (Danish names work too: kilde, citat, type, programteoripunkt, vurdering, ' +
      'memo, koder). Separate several PT points with ;. Each quote is found in its source, also across ' +
      'line breaks, with straight or curly quotes, hyphenation and (…) inside the quote.',
    choose: 'Choose file…',
    chooseOther: 'Choose another file…',
    reading: 'Reading and placing the rows…',
    file: 'File: {{name}}',
    summary: '{{total}} rows: {{ok}} will be placed, {{skipped}} skipped, {{failed}} fail',
    show: 'Show',
    all: 'All ({{count}})',
    ok: 'Placed ({{count}})',
    skipped: 'Skipped ({{count}})',
    failed: 'Failing ({{count}})',
    col: {
      row: 'Row',
      status: 'Status',
      source: 'Source',
      quote: 'Quote',
      kind: 'Type',
      pt: 'PT',
      verdict: 'Verdict',
      note: 'Placement / reason',
    },
    status: { ok: 'will be placed', skipped: 'skipped', failed: 'fails' },
    located: 'found: “{{text}}”',
    cuts_one: 'with 1 cut/replacement in the report version',
    cuts_other: 'with {{count}} cuts/replacements in the report version',
    applyAll: 'Apply all rows ({{count}} new codings)',
    applyAllBlocked:
      'All or nothing: nothing is applied while a row fails. Fix the sheet and choose it again, or apply ' +
      'only the valid rows.',
    applyValid: 'Apply the valid rows ({{count}})',
    nothing: 'No rows can be applied.',
    applying: 'Coding…',
    done_one: '{{count}} row is coded as one step — ↶ Undo at the top takes it all back.',
    done_other: '{{count}} rows are coded as one step — ↶ Undo at the top takes it all back.',
    doneFailed: '{{count}} rows were not coded (see the list).',
    error: 'Error',
    cancel: 'Cancel',
  },
});
