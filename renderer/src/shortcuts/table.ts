/**
 * Every key the window answers to, in one table: what the one window listener (keymap.ts)
 * matches, and what the shortcut sheet (`?`) shows. A feature handles a key by its id
 * (`useKey('undo', …)`); a key the table does not list reaches no handler. Rows without `match`
 * are keys a focused element handles itself (the tab bar, the programme theory tree): shown, not
 * dispatched.
 */
export type KeyId =
  | 'palette'
  | 'undo'
  | 'redo'
  | 'search'
  | 'sheet'
  | 'escape'
  | 'tabs'
  | 'ptTree'
  | 'transcript.save'
  | 'transcript.widen'
  | 'coding.kind'
  | 'coding.verdict'
  | 'coding.pt'
  | 'coding.code'
  | 'coding.inVivo'
  | 'coding.memo'
  | 'coding.nudge'
  | 'coding.submit'
  | 'coding.delete';

export interface Shortcut {
  id: KeyId;
  keys: string;
  da: string;
  en: string;
  /** whether this key press is this shortcut (the handler may still decline it: a field has the focus, …) */
  match?: (e: KeyboardEvent) => boolean;
}
export interface ShortcutGroup {
  da: string;
  en: string;
  items: Shortcut[];
}

const mod = (e: KeyboardEvent) => e.ctrlKey || e.metaKey;
const plain = (e: KeyboardEvent) => !e.ctrlKey && !e.metaKey && !e.altKey;
/** Ctrl/Cmd + a letter, no Alt; `shift` says whether Shift must be down (undefined: either) */
const modKey = (key: string, shift?: boolean) => (e: KeyboardEvent) =>
  mod(e) && !e.altKey && e.key.toLowerCase() === key && (shift === undefined || e.shiftKey === shift);
/** a letter with no Ctrl/Cmd/Alt, either case */
const letter =
  (...keys: string[]) =>
  (e: KeyboardEvent) =>
    plain(e) && keys.includes(e.key.toLowerCase());

export const SHORTCUTS: ShortcutGroup[] = [
  {
    da: 'Overalt',
    en: 'Everywhere',
    items: [
      {
        id: 'palette',
        keys: 'Ctrl+K',
        da: 'Kommandopalet: find en kilde, et punkt, en handling',
        en: 'Command palette: find a source, a point, an action',
        match: modKey('k', false),
      },
      { id: 'undo', keys: 'Ctrl+Z', da: 'Fortryd', en: 'Undo', match: modKey('z', false) },
      {
        id: 'redo',
        keys: 'Shift+Ctrl+Z / Ctrl+Y',
        da: 'Gentag',
        en: 'Redo',
        match: (e) => modKey('z', true)(e) || modKey('y', false)(e),
      },
      {
        id: 'search',
        keys: 'Ctrl+F / (/)',
        da: 'Søg i projektet',
        en: 'Search the project',
        match: (e) => modKey('f', false)(e) || (e.key === '/' && plain(e)),
      },
      { id: 'sheet', keys: '?', da: 'Denne oversigt', en: 'This sheet', match: (e) => e.key === '?' && plain(e) },
      {
        id: 'escape',
        keys: 'Esc',
        da: 'Tilbage ét niveau (luk dialog, annullér kodning)',
        en: 'Back one level (close a dialog, cancel a coding)',
        match: (e) => e.key === 'Escape' && plain(e),
      },
      {
        id: 'tabs',
        keys: '← → Home End',
        da: 'Mellem fanerne (når en fane har fokus)',
        en: 'Between the tabs (when a tab has the focus)',
      },
      {
        id: 'ptTree',
        keys: '↑ ↓ ← →',
        da: 'I programteoritræet: op/ned, åbn/luk, til over- og underpunkt',
        en: 'In the programme theory tree: up/down, open/close, to parent and child',
      },
    ],
  },
  {
    da: 'Ny kodning (tekst markeret — også med Shift+piletaster i transskriptionen)',
    en: 'New coding (text selected — also with Shift+arrow keys in the transcript)',
    items: [
      {
        id: 'coding.kind',
        keys: 'C / M / O',
        da: 'Type: Kontekst, Mekanisme, Outcome (igen fravælger)',
        en: 'Kind: Context, Mechanism, Outcome (again to unset)',
        match: letter('c', 'm', 'o'),
      },
      {
        id: 'coding.verdict',
        keys: '1–4',
        da: 'Vurdering: bekræfter, afkræfter, nuancerer, uafklaret (når et punkt er valgt)',
        en: 'Verdict: supports, refutes, refines, unclear (once a point is chosen)',
        match: (e) => plain(e) && /^[1-4]$/.test(e.key),
      },
      {
        id: 'coding.pt',
        keys: '4a, 12',
        da: 'Programteoripunkter — komma tilføjer flere; Enter går videre',
        en: 'Programme theory points — a comma adds more; Enter moves on',
        match: (e) => plain(e) && /^[0-9#]$/.test(e.key),
      },
      {
        id: 'transcript.widen',
        keys: 'S / T',
        da: 'Markér sætningen / taleturen ved markøren i transskriptionen',
        en: 'Select the sentence / the speaker turn at the caret in the transcript',
        match: letter('s', 't'),
      },
      { id: 'coding.code', keys: 'K', da: 'Kode', en: 'Code', match: letter('k') },
      { id: 'coding.inVivo', keys: 'V', da: 'In vivo-kode', en: 'In-vivo code', match: letter('v') },
      { id: 'coding.memo', keys: 'N', da: 'Memo', en: 'Memo', match: letter('n') },
      {
        id: 'coding.nudge',
        keys: 'Alt+← →  ·  Shift+Alt+← →',
        da: 'Flyt start / slut et ord (valgt kodning)',
        en: 'Move the start / end by a word (selected coding)',
        match: (e) => e.altKey && !mod(e) && (e.key === 'ArrowLeft' || e.key === 'ArrowRight'),
      },
      {
        id: 'coding.submit',
        keys: 'Enter',
        da: 'Kod passagen (valgt kodning: gem)',
        en: 'Code the passage (selected coding: save)',
        match: (e) => e.key === 'Enter' && plain(e),
      },
    ],
  },
  {
    da: 'Valgt kodning',
    en: 'Selected coding',
    items: [
      {
        id: 'coding.delete',
        keys: 'Delete',
        da: 'Slet (1–4, K og Enter som ovenfor)',
        en: 'Delete (1–4, K and Enter as above)',
        match: (e) => e.key === 'Delete' && plain(e),
      },
    ],
  },
  {
    da: 'Retter teksten',
    en: 'Correcting the text',
    items: [
      { id: 'transcript.save', keys: 'Ctrl+S', da: 'Gem rettelserne', en: 'Save the corrections', match: modKey('s') },
    ],
  },
];

/** The rows the window listener dispatches, in the order they are tried. */
export const BINDINGS: readonly Shortcut[] = SHORTCUTS.flatMap((g) => g.items).filter((s) => s.match);
