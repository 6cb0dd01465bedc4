import { registerStrings } from '../i18n';

export const ns = registerStrings('transcript', {
  da: {
    chooseSource: 'Vælg en kilde i listen til venstre.',
    loading: 'Indlæser transskription…',
    loadingShort: 'indlæser…',
    noCase: 'Uden case',
    words: '{{count}} ord',
    interviewer: 'Interviewer',
    codings_one: '{{count}} kodning',
    codings_other: '{{count}} kodninger',
    legend: 'Forklaring',
    overlap: 'overlap',
    thematic: 'Tematisk',
    help: 'Markér tekst for at kode · klik på en markering eller en stribe for at se eller rette den',
    kind: { C: 'Kontekst', M: 'Mekanisme', O: 'Outcome' },
    verdict: { supports: 'bekræfter', refutes: 'afkræfter', refines: 'nuancerer', unclear: 'uafklaret' },
    overall: 'Overordnet',
    transcriptLabel: 'Transskription',
    stripes: {
      label: 'Kodestriber',
      show: 'Striber',
      byPt: 'pr. PT-punkt',
      byKind: 'pr. type',
      none: 'ingen',
      lanesTitle: 'Kodestriber: én bane pr. {{what}}',
      region: 'Kodestriber i margenen',
      stripeLabel: '{{kind}} {{pts}}',
      codeLane: 'Kode: {{name}}',
    },
    popover: {
      noPoint: 'intet punkt',
      coder: 'Kodet af {{coder}}',
      unknownCoder: 'ukendt koder',
      memo: 'Memo',
      codes: 'Koder',
      flagged: 'Teksten er rettet — til gennemsyn',
      cycle: 'Klik for at vælge · klik igen for at skifte mellem de {{count}} overlappende kodninger',
      click: 'Klik for at vælge kodningen',
    },
    edit: {
      start: 'Ret transskription',
      startTitle:
        'Ret stavefejl eller et navn i teksten; kodningerne flyttes ' +
        'med, og dem hvis egen tekst ændres, markeres til gennemsyn',
      banner:
        'Du retter transskriptionen. Kodede passager vises stadig; en kodning, ' +
        'hvis egen tekst ændres, markeres til gennemsyn — den forsvinder ikke.',
      save: 'Gem rettelser',
      cancel: 'Annuller',
      saving: 'Gemmer…',
      unchanged: 'Ingen ændringer at gemme.',
      saved_one:
        'Rettelsen er gemt: {{edits}} ændring(er), {{moved}} kodning(er) flyttet, {{count}} markeret til gennemsyn.',
      saved_other:
        'Rettelsen er gemt: {{edits}} ændring(er), {{moved}} kodning(er) flyttet, {{count}} markeret til gennemsyn.',
      savedNone:
        'Rettelsen er gemt: {{edits}} ændring(er), {{moved}} kodning(er) flyttet; ingen kodet tekst blev ændret.',
      keys: 'Ctrl+Z fortryder mens du skriver · Ctrl+S gemmer · Esc annullerer ikke (brug knappen)',
      unsaved: 'Der er ændringer i transskriptionen, som ikke er gemt. Kassér dem?',
    },
    review: {
      button_one: 'Til gennemsyn ({{count}})',
      button_other: 'Til gennemsyn ({{count}})',
      none: 'Intet til gennemsyn',
      elsewhere_one: 'Til gennemsyn i andre kilder ({{count}})',
      elsewhere_other: 'Til gennemsyn i andre kilder ({{count}})',
    },
    turn: {
      caseN: 'case {{n}}',
    },
    handle: {
      start: 'Kodningens start: træk, eller ←/→ et ord ad gangen',
      end: 'Kodningens slut: træk, eller ←/→ et ord ad gangen',
    },
  },
  en: {
    chooseSource: 'Choose a source in the list on the left.',
    loading: 'Loading transcript…',
    loadingShort: 'loading…',
    noCase: 'No case',
    words: '{{count}} words',
    interviewer: 'Interviewer',
    codings_one: '{{count}} coding',
    codings_other: '{{count}} codings',
    legend: 'Legend',
    overlap: 'overlap',
    thematic: 'Thematic',
    help: 'Select text to code · click a highlight or a stripe to see or change it',
    kind: { C: 'Context', M: 'Mechanism', O: 'Outcome' },
    verdict: { supports: 'supports', refutes: 'refutes', refines: 'refines', unclear: 'unclear' },
    overall: 'Overall',
    transcriptLabel: 'Transcript',
    stripes: {
      label: 'Coding stripes',
      show: 'Stripes',
      byPt: 'by PT point',
      byKind: 'by type',
      none: 'none',
      lanesTitle: 'Coding stripes: one lane per {{what}}',
      region: 'Coding stripes in the margin',
      stripeLabel: '{{kind}} {{pts}}',
      codeLane: 'Code: {{name}}',
    },
    popover: {
      noPoint: 'no point',
      coder: 'Coded by {{coder}}',
      unknownCoder: 'unknown coder',
      memo: 'Memo',
      codes: 'Codes',
      flagged: 'Text was corrected — needs review',
      cycle: 'Click to select · click again to step through the {{count}} overlapping codings',
      click: 'Click to select the coding',
    },
    edit: {
      start: 'Correct transcript',
      startTitle:
        'Fix typos or a name in the text; codings move with it, ' +
        'and those whose own text changes are flagged for review',
      banner:
        'You are correcting the transcript. Coded passages stay visible; a ' +
        'coding whose own text changes is flagged for review — it is never lost.',
      save: 'Save corrections',
      cancel: 'Cancel',
      saving: 'Saving…',
      unchanged: 'No changes to save.',
      saved_one: 'Correction saved: {{edits}} change(s), {{moved}} coding(s) moved, {{count}} flagged for review.',
      saved_other: 'Correction saved: {{edits}} change(s), {{moved}} coding(s) moved, {{count}} flagged for review.',
      savedNone: 'Correction saved: {{edits}} change(s), {{moved}} coding(s) moved; no coded text changed.',
      keys: 'Ctrl+Z undoes while typing · Ctrl+S saves · Esc does not cancel (use the button)',
      unsaved: 'The transcript has unsaved corrections. Discard them?',
    },
    review: {
      button_one: 'To review ({{count}})',
      button_other: 'To review ({{count}})',
      none: 'Nothing to review',
      elsewhere_one: 'To review in other sources ({{count}})',
      elsewhere_other: 'To review in other sources ({{count}})',
    },
    turn: {
      caseN: 'case {{n}}',
    },
    handle: {
      start: 'Start of the coding: drag, or ←/→ a word at a time',
      end: 'End of the coding: drag, or ←/→ a word at a time',
    },
  },
});
