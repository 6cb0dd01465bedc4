/** A report text with its `(…)` cuts and `[bracketed]` replacements set off, so edits are seen at a glance. */
const MARKS = /(\(…\)|\[[^[\]\n]+\])/g;

export function MarkedText({ text }: { text: string }) {
  const parts = text.split(MARKS);
  return (
    <>
      {parts.map((p, i) =>
        i % 2 ? (
          <span key={i} className={p === '(…)' ? 'q-cut' : 'q-repl'}>
            {p}
          </span>
        ) : (
          p
        ),
      )}
    </>
  );
}

export const QUOTE_MARKS = { da: ['\u201d', '\u201d'], en: ['\u201c', '\u201d'] } as const;
export type MarksStyle = keyof typeof QUOTE_MARKS;
