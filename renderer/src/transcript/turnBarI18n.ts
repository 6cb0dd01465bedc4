import { registerStrings } from '../i18n';

export const ns = registerStrings('turnBar', {
  da: {
    bar: 'Taleturen ved markøren',
    turn: 'Taletur: {{speaker}}',
    who: '{{label}}',
    split: 'Del her',
    splitTitle: 'Del taleturen ved markøren: resten bliver en ny tur (et skridt, der kan fortrydes)',
    splitNone: 'Sæt markøren inde i turen for at dele den',
    merge: 'Flet med næste ({{speaker}})',
    mergeTitle: 'Næste tur lægges til denne tur og denne taler (et skridt, der kan fortrydes)',
    speaker: 'Taler',
    speakerTitle: 'Giv turen til en anden taler; kodningerne beholder teksten og markeres til gennemsyn',
    hint: 'Klik i transskriptionen for at rette en taletur',
  },
  en: {
    bar: 'The speaker turn at the cursor',
    turn: 'Speaker turn: {{speaker}}',
    who: '{{label}}',
    split: 'Split here',
    splitTitle: 'Split the speaker turn at the cursor: the rest becomes a new turn (one undoable step)',
    splitNone: 'Put the cursor inside the turn to split it',
    merge: 'Merge with next ({{speaker}})',
    mergeTitle: "The next turn is joined to this one and this turn's speaker (one undoable step)",
    speaker: 'Speaker',
    speakerTitle: 'Give the turn to another speaker; the codings keep their text and are flagged for review',
    hint: 'Click in the transcript to repair a speaker turn',
  },
});
