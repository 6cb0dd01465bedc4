/**
 * Every key the window answers to, in one table, for the shortcut sheet (`?`). Where a key is
 * handled stays with its feature; a key added there belongs here too (a test holds the two together
 * for the keys it can see).
 */
export interface Shortcut {
  keys: string;
  da: string;
  en: string;
}
export interface ShortcutGroup {
  da: string;
  en: string;
  items: Shortcut[];
}

export const SHORTCUTS: ShortcutGroup[] = [
  {
    da: 'Overalt',
    en: 'Everywhere',
    items: [
      {
        keys: 'Ctrl+K',
        da: 'Kommandopalet: find en kilde, et punkt, en handling',
        en: 'Command palette: find a source, a point, an action',
      },
      { keys: 'Ctrl+Z / Shift+Ctrl+Z', da: 'Fortryd / gentag', en: 'Undo / redo' },
      { keys: '?', da: 'Denne oversigt', en: 'This sheet' },
      {
        keys: 'Esc',
        da: 'Tilbage ét niveau (luk dialog, annullér kodning)',
        en: 'Back one level (close a dialog, cancel a coding)',
      },
      {
        keys: '← → Home End',
        da: 'Mellem fanerne (når en fane har fokus)',
        en: 'Between the tabs (when a tab has the focus)',
      },
      {
        keys: '↑ ↓ ← →',
        da: 'I programteoritræet: op/ned, åbn/luk, til over- og underpunkt',
        en: 'In the programme theory tree: up/down, open/close, to parent and child',
      },
    ],
  },
  {
    da: 'Ny kodning (tekst markeret)',
    en: 'New coding (text selected)',
    items: [
      {
        keys: 'C / M / O',
        da: 'Type: Kontekst, Mekanisme, Outcome (igen fravælger)',
        en: 'Kind: Context, Mechanism, Outcome (again to unset)',
      },
      {
        keys: '4a, 12',
        da: 'Programteoripunkter — komma tilføjer flere; Enter går videre',
        en: 'Programme theory points — a comma adds more; Enter moves on',
      },
      {
        keys: '1–4',
        da: 'Vurdering: bekræfter, afkræfter, nuancerer, uafklaret',
        en: 'Verdict: supports, refutes, refines, unclear',
      },
      { keys: 'K / V / N', da: 'Kode / in vivo-kode / memo', en: 'Code / in-vivo code / memo' },
      { keys: 'Alt+← →  ·  Shift+Alt+← →', da: 'Flyt start / slut et ord', en: 'Move the start / end by a word' },
      { keys: 'Enter', da: 'Kod passagen', en: 'Code the passage' },
    ],
  },
  {
    da: 'Valgt kodning',
    en: 'Selected coding',
    items: [
      { keys: '1–4 · K', da: 'Vurdering · kode', en: 'Verdict · code' },
      { keys: 'Enter · Delete', da: 'Gem · slet', en: 'Save · delete' },
    ],
  },
];
