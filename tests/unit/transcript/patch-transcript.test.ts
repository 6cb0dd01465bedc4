import { describe, expect, it } from 'vitest';
import { $getRoot, $isElementNode, $isTextNode, createEditor, type LexicalNode, type NodeKey } from 'lexical';
import { $isMarkNode, MarkNode } from '@lexical/mark';
import {
  $buildTranscript,
  $patchTranscript,
  changedLines,
  lineSignature,
} from '../../../renderer/src/transcript/buildTranscript';
import { layoutTranscript } from '../../../renderer/src/transcript/layout';

const TEXT = [
  'Interviewer: Hvordan gik kontrolbesøget?',
  'Leder: Vi fik en aftale i stedet for et påbud, og det ændrede meget for os.',
  '',
  'AMR: Vi lavede en handlingsplan sammen, og så fulgte vi op hver måned 😀.',
].join('\n');
const TURNS = [
  { start: 0, speaker: 'Interviewer' },
  { start: TEXT.indexOf('Leder:'), speaker: 'Leder' },
  { start: TEXT.indexOf('AMR:'), speaker: 'AMR' },
];

/** the editor's paragraphs as plain data: marks with their ids, texts with bold or not */
function $shape(): unknown {
  const node = (n: LexicalNode): unknown =>
    $isMarkNode(n)
      ? { mark: n.getIDs(), kids: n.getChildren().map(node) }
      : $isTextNode(n)
        ? [n.getTextContent(), n.hasFormat('bold')]
        : $isElementNode(n)
          ? n.getChildren().map(node)
          : '?';
  return $getRoot().getChildren().map(node);
}

function rng(seed: number) {
  let x = seed >>> 0;
  return () => {
    x = (x * 1664525 + 1013904223) >>> 0;
    return x / 2 ** 32;
  };
}

describe('patching the transcript after a coding action', () => {
  it('leaves the paragraphs exactly as a full build would, keeping the runs that did not change', () => {
    const editor = createEditor({
      nodes: [MarkNode],
      onError: (e) => {
        throw e;
      },
    });
    const next = rng(3);
    let segs: { id: string; start: number; end: number }[] = [];
    let lines = layoutTranscript(TEXT, segs, TURNS);
    let keys: NodeKey[] = [];
    editor.update(
      () => {
        keys = $buildTranscript(lines);
      },
      { discrete: true },
    );
    const kind = () => 'M';
    for (let step = 0; step < 200; step++) {
      if (next() < 0.6 || !segs.length) {
        const a = Math.floor(next() * TEXT.length),
          b = Math.min(TEXT.length, a + 1 + Math.floor(next() * 60));
        segs = [...segs, { id: `s${step}`, start: a, end: b }].sort((x, y) => x.start - y.start);
      } else segs = segs.filter((_, j) => j !== Math.floor(next() * segs.length));
      const after = layoutTranscript(TEXT, segs, TURNS);
      const changed = changedLines(
        lines.map((l) => lineSignature(l, kind)),
        after.map((l) => lineSignature(l, kind)),
      );
      let ok = false;
      editor.update(
        () => {
          ok = $patchTranscript(lines, after, changed, keys);
        },
        { discrete: true },
      );
      expect(ok).toBe(true);
      const patched = editor.getEditorState().read($shape);
      const fresh = createEditor({
        nodes: [MarkNode],
        onError: (e) => {
          throw e;
        },
      });
      fresh.update(
        () => {
          $buildTranscript(after);
        },
        { discrete: true },
      );
      expect(patched).toEqual(fresh.getEditorState().read($shape));
      lines = after;
    }
  });

  it('a new coding in the middle of a paragraph keeps the text nodes before and after it', () => {
    const editor = createEditor({
      nodes: [MarkNode],
      onError: (e) => {
        throw e;
      },
    });
    const before = layoutTranscript(TEXT, [], TURNS);
    let keys: NodeKey[] = [];
    editor.update(
      () => {
        keys = $buildTranscript(before);
      },
      { discrete: true },
    );
    const first = editor.getEditorState().read(() => $getRoot().getChildren()[1]!.getKey());
    const start = TEXT.indexOf('aftale');
    const after = layoutTranscript(TEXT, [{ id: 'n', start, end: start + 6 }], TURNS);
    editor.update(
      () => {
        $patchTranscript(before, after, [1], keys);
      },
      { discrete: true },
    );
    editor.getEditorState().read(() => {
      const p = $getRoot().getChildren()[1]!;
      expect(p.getKey()).toBe(first);
      const kids = $isElementNode(p) ? p.getChildren() : [];
      expect(kids.map((k) => k.getTextContent())).toEqual([
        'Leder:',
        ' Vi fik en ',
        'aftale',
        ' i stedet for et påbud, og det ændrede meget for os.',
      ]);
      expect($isMarkNode(kids[2]!)).toBe(true);
    });
  });

  it("a new coding in plain text keeps the speaker's name and the text before it as the same nodes", () => {
    const editor = createEditor({
      nodes: [MarkNode],
      onError: (e) => {
        throw e;
      },
    });
    const before = layoutTranscript(TEXT, [], TURNS);
    let keys: NodeKey[] = [];
    editor.update(
      () => {
        keys = $buildTranscript(before);
      },
      { discrete: true },
    );
    const kidKeys = () =>
      editor.getEditorState().read(() => {
        const p = $getRoot().getChildren()[1]!;
        return ($isElementNode(p) ? p.getChildren() : []).map((k) => k.getKey());
      });
    const [label, text] = kidKeys();
    const start = TEXT.indexOf('aftale');
    const after = layoutTranscript(TEXT, [{ id: 'n', start, end: start + 6 }], TURNS);
    editor.update(
      () => {
        $patchTranscript(before, after, [1], keys);
      },
      { discrete: true },
    );
    // the name and the text node before the new mark are kept; the mark and the text after it are new
    const now = kidKeys();
    expect(now.slice(0, 2)).toEqual([label, text]);
    expect(now).toHaveLength(4);
  });
});
