/**
 * Zero counts (the PT tree's and codebook's `0`, empty matrix and evidence cells) are text a reader
 * must be able to read: every CSS rule for a `zero` class gives a colour with contrast ≥ 4.5:1
 * (WCAG AA) on the panel white and on the page background.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const RENDERER = path.resolve(__dirname, '../../../renderer/src');
const cssFiles = (dir: string): string[] =>
  fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const f = path.join(dir, e.name);
    return e.isDirectory() ? cssFiles(f) : e.name.endsWith('.css') ? [f] : [];
  });
const css = cssFiles(RENDERER).map((f) => ({ f, text: fs.readFileSync(f, 'utf8') }));
const root = Object.fromEntries(
  [
    ...css
      .map((c) => c.text)
      .join('\n')
      .matchAll(/(--[\w-]+):\s*(#[0-9a-f]{3,6})\s*;/gi),
  ].map((m) => [m[1], m[2]]),
);

function rgb(hex: string): [number, number, number] {
  const h = hex.replace('#', '');
  const full = h.length === 3 ? [...h].map((c) => c + c).join('') : h;
  return [0, 2, 4].map((i) => parseInt(full.slice(i, i + 2), 16)) as [number, number, number];
}
const lum = (hex: string) => {
  const [r, g, b] = rgb(hex).map((v) => {
    const c = v / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
};
const contrast = (a: string, b: string) => {
  const [x, y] = [lum(a), lum(b)].sort((p, q) => q - p);
  return (x! + 0.05) / (y! + 0.05);
};
const resolve = (v: string) => (v.startsWith('var(') ? root[v.slice(4, -1).trim()] : v);

describe('zero counts are readable', () => {
  const rules = css.flatMap(({ f, text }) =>
    [...text.matchAll(/([^{}]*\bzero\b[^{}]*)\{([^}]*)\}/g)].flatMap((m) => {
      const color = /(?:^|[;\s])color:\s*([^;]+);/.exec(m[2]!)?.[1]?.trim();
      return color ? [{ where: `${path.relative(RENDERER, f)}: ${m[1]!.trim()}`, color }] : [];
    }),
  );
  it('finds the rules (the PT tree, matrix and evidence tables)', () => {
    expect(rules.length).toBeGreaterThanOrEqual(4);
  });
  it.each(['#ffffff', '#f6f6f3'])('contrast ≥ 4.5:1 on %s', (bg) => {
    const poor = rules
      .map((r) => ({ ...r, ratio: contrast(resolve(r.color) ?? '#ffffff', bg) }))
      .filter((r) => !(r.ratio >= 4.5))
      .map((r) => `${r.where} ${r.color} ${r.ratio.toFixed(2)}:1`);
    expect(poor).toEqual([]);
  });
  it('the measure itself: #aaa on white is 2.3:1, the muted grey passes', () => {
    expect(contrast('#aaaaaa', '#ffffff')).toBeCloseTo(2.32, 1);
    expect(contrast(root['--muted']!, '#ffffff')).toBeGreaterThan(4.5);
  });
});
