import { registerStrings } from '../i18n';

/** The speakers summary confirmed after import, the turn repairs in the transcript, the preview's look inside files. */
export const checkNs = registerStrings('speakerCheck', {
  da: {
    title: 'Tjek talerne før kodningen',
    intro:
      'Hvem taler, hvor meget, og hvem er de? ' +
      'Interviewerens tale hører ikke til nogen deltager og kodes ikke som udsagn.',
    speaker: 'Taler',
    turns: 'Ture',
    words: 'Ord',
    is: 'Er',
    interviewer: 'Interviewer',
    noParticipant: 'Ingen deltager',
    unlabelled: '{{count}} ord står uden for en taletur.',
    confirm: 'Bekræft talerne',
    confirmed: '✓ Talerne er bekræftet',
    unconfirmedNote: 'Ikke bekræftet endnu.',
    interviewers: 'Interviewernavne i projektet: {{names}}',
    addInterviewer: 'Tilføj som interviewer',
    addInterviewerTitle:
      'Sæt "{{label}}" på projektets interviewerliste: ' +
      'talerens ture hører så ikke til nogen deltager, i alle kilder',
    focusGroup: 'Flere interviewpersoner: hver har fået sin egen deltager. Tjek dem herunder.',
    split: 'Del taleturen her',
    splitTitle: 'Del taleturen ved markøren: resten får den anden taler',
    merge: 'Læg sammen med næste tur',
    turnOf: 'Taletur: {{speaker}}',
    unattributed: 'Ikke en interviewpersons udsagn',
    unattributedInterviewer: 'Ligger i interviewerens tale — afvises af citateksporterne',
    unattributedNone: 'Har ingen deltager — afvises af citateksporterne',
    sniff: {
      empty: 'Tom fil',
      wrongContent: 'Ikke hvad filendelsen siger',
      encrypted: 'Beskyttet med adgangskode',
      duplicate: 'Findes allerede i projektet',
      duplicateInBatch: 'Samme tekst som en anden valgt fil',
      unsupported: 'Filtypen kan ikke importeres',
      unreadable: 'Kan ikke læses',
      ready: 'Klar',
      checking: 'Tjekker indholdet …',
    },
  },
  en: {
    title: 'Check the speakers before coding',
    intro:
      'Who speaks, how much, and who are they? ' +
      "The interviewer's speech belongs to no participant and is not coded as evidence.",
    speaker: 'Speaker',
    turns: 'Turns',
    words: 'Words',
    is: 'Is',
    interviewer: 'Interviewer',
    noParticipant: 'No participant',
    unlabelled: '{{count}} words lie outside any speaker turn.',
    confirm: 'Confirm the speakers',
    confirmed: '✓ Speakers confirmed',
    unconfirmedNote: 'Not confirmed yet.',
    interviewers: 'Interviewer names in the project: {{names}}',
    addInterviewer: 'Add as interviewer',
    addInterviewerTitle:
      'Put "{{label}}" on the project\'s interviewer list: ' +
      'their turns then belong to no participant, in every source',
    focusGroup: 'Several interviewees: each has their own participant. Check them below.',
    split: 'Split the turn here',
    splitTitle: 'Split the speaker turn at the cursor: the rest goes to the other speaker',
    merge: 'Merge with the next turn',
    turnOf: 'Speaker turn: {{speaker}}',
    unattributed: "Not an interviewee's evidence",
    unattributedInterviewer: "Lies in the interviewer's speech — refused by the quote exports",
    unattributedNone: 'Has no participant — refused by the quote exports',
    sniff: {
      empty: 'Empty file',
      wrongContent: 'Not what its extension says',
      encrypted: 'Password-protected',
      duplicate: 'Already in the project',
      duplicateInBatch: 'Same text as another chosen file',
      unsupported: 'This file type cannot be imported',
      unreadable: 'Cannot be read',
      ready: 'Ready',
      checking: 'Checking the content …',
    },
  },
});
