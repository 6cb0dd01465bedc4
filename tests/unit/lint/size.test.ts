// No source file over 400 lines, no line over 120 characters (#18): ts, tsx, mjs and CSS, tests and scripts included.
// ESLint says the same for the scripts (max-lines, max-len); this one covers CSS and holds without ESLint.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { exemptions } from '../../../eslint.config.mjs';
import { ROOT, sourceFiles } from './sources';

const MAX_LINES = 400;
const MAX_WIDTH = 120;
const exempt = (rule: string) => new Set(exemptions.filter((e) => e.rule === rule).flatMap((e) => e.files));

describe('source file size', () => {
  const files = sourceFiles(/\.(ts|tsx|mjs|css)$/);
  const lines = (f: string) => fs.readFileSync(path.join(ROOT, f), 'utf8').replace(/\n$/, '').split('\n');

  it('finds the sources', () => {
    expect(files).toContain('renderer/src/main.tsx');
    expect(files).toContain('tests/unit/lint/size.test.ts');
    expect(files.some((f) => f.endsWith('.css'))).toBe(true);
    expect(files.some((f) => f.startsWith('tests/fixtures/'))).toBe(false);
  });

  it(`has no file over ${MAX_LINES} lines`, () => {
    const skip = exempt('max-lines');
    const long = files
      .filter((f) => !skip.has(f))
      .flatMap((f) => {
        const n = lines(f).length;
        return n > MAX_LINES ? [`${f}: ${n} lines`] : [];
      });
    expect(long).toEqual([]);
  });

  it(`has no line over ${MAX_WIDTH} characters`, () => {
    const skip = exempt('max-len');
    const wide = files
      .filter((f) => !skip.has(f))
      .flatMap((f) =>
        lines(f).flatMap((l, i) => {
          const n = [...l].length; // characters, not UTF-16 units: æ, ø, å and ” count one each
          return n > MAX_WIDTH ? [`${f}:${i + 1}: ${n} characters`] : [];
        }),
      );
    expect(wide).toEqual([]);
  });
});
