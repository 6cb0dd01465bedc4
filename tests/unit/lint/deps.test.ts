// Declared dependencies match what is imported (#18): every package a source file imports is listed in package.json,
// and every listed package is imported somewhere or is named below with the reason it is listed.
import fs from 'node:fs';
import { builtinModules } from 'node:module';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { ROOT, sourceFiles } from './sources';

/** Listed but never imported, and why. */
const NOT_IMPORTED: Record<string, string> = {
  '@types/d3': 'types for d3',
  '@types/node': 'types for Node',
  '@types/proper-lockfile': 'types for proper-lockfile',
  '@types/react': 'types for react',
  '@types/react-dom': 'types for react-dom',
  '@types/ws': 'types for ws',
  '@types/yauzl': 'types for yauzl',
  'electron-builder': 'CLI: npm run dist (its parts are read through it in tests/unit/electron/guards.test.ts)',
  prettier: 'CLI: the formatter, run by scripts/lint.mjs',
};

const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
const declared = new Set(Object.keys({ ...pkg.dependencies, ...pkg.devDependencies, ...pkg.optionalDependencies }));
const packageOf = (spec: string) =>
  spec
    .split('/')
    .slice(0, spec.startsWith('@') ? 2 : 1)
    .join('/');
const isBuiltin = (spec: string) => spec.startsWith('node:') || builtinModules.includes(spec.split('/')[0]!);

/** package → the files importing it (static, dynamic, require), by TypeScript's own reading of the imports. */
function imported(): Map<string, string[]> {
  const by = new Map<string, string[]>();
  for (const file of sourceFiles(/\.(ts|tsx|mts|mjs|js|cjs)$/)) {
    const text = fs.readFileSync(path.join(ROOT, file), 'utf8');
    for (const { fileName: spec } of ts.preProcessFile(text, true, true).importedFiles) {
      if (spec.startsWith('.') || spec.startsWith('/') || isBuiltin(spec)) continue;
      const name = packageOf(spec);
      by.set(name, [...(by.get(name) ?? []), file]);
    }
  }
  return by;
}

describe('declared dependencies', () => {
  const used = imported();

  it('reads the imports', () => {
    expect(used.get('react')).toContain('renderer/src/main.tsx');
    expect(used.get('eslint')).toContain('tests/unit/lint/layers.test.ts');
  });

  it('list every package a file imports', () => {
    const undeclared = [...used]
      .filter(([name]) => !declared.has(name))
      .map(([name, files]) => `${name} (${files[0]})`);
    expect(undeclared).toEqual([]);
  });

  it('import every listed package, or say why it is listed', () => {
    expect([...declared].filter((name) => !used.has(name) && !NOT_IMPORTED[name])).toEqual([]);
    expect(Object.keys(NOT_IMPORTED).filter((name) => used.has(name) || !declared.has(name))).toEqual([]);
  });
});
