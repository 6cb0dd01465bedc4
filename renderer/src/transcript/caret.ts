/**
 * The caret in the transcript, asked for from outside it: after a passage selected with the
 * keyboard is coded, the caret goes back into the transcript at the passage's end, so Shift+arrows
 * go on from there (SelectionPlugin places it; the coding session asks).
 */
type Place = (offset: number) => void;
let place: Place | null = null;

/** Set by the transcript while it is shown; returns its removal. */
export function onCaretRequest(p: Place): () => void {
  place = p;
  return () => {
    if (place === p) place = null;
  };
}

/** Puts the caret at `offset` of the stored text and the focus in the transcript. */
export function requestCaret(offset: number): void {
  place?.(offset);
}

/** Whether the focus is in the transcript (a selection made there is the keyboard's). */
export const caretInTranscript = (): boolean => !!document.activeElement?.closest('.transcript-text');
