// The layer rules of eslint.config.mjs catch a crossing (#18): a file written where a layer's file would be, importing
// what that layer may not, is an error; what it may import is not. Each probe is linted as text, never written.
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';
import { ROOT } from './sources';

const eslint = new ESLint({ cwd: ROOT });
async function problems(filePath: string, code: string) {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).map((m) => `${m.ruleId}: ${m.message}`);
}
const importing = (spec: string) => `import { x } from '${spec}';\nexport const y = x;\n`;
async function verdict(file: string, spec: string) {
  const found = await problems(file, importing(spec));
  return found.some((p) => p.startsWith('no-restricted-imports')) ? 'refused' : found.length ? found : 'allowed';
}

describe('the layer rules', () => {
  it('refuse the window importing the service (one level down and at the top)', async () => {
    const found = await problems('renderer/src/coding/probe.tsx', importing('../../../src/service/service'));
    expect(found).toEqual([expect.stringMatching(/^no-restricted-imports: .*renderer\/src may import only/)]);
    expect(await verdict('renderer/src/probe.tsx', '../../src/service/service')).toBe('refused');
  });

  it('let the window import src/api, src/cmo, its own files and browser libraries, nothing else', async () => {
    const w = (spec: string) => verdict('renderer/src/coding/probe.tsx', spec);
    expect(await w('../../../src/api/contract')).toBe('allowed');
    expect(await w('../../../src/cmo/model')).toBe('allowed');
    expect(await w('../shared/useQuery')).toBe('allowed');
    expect(await w('./nudge')).toBe('allowed');
    for (const lib of ['react', 'lexical', '@lexical/mark', 'd3', 'i18next', 'fuse.js'])
      expect(await w(lib)).toBe('allowed');
    for (const spec of ['../../../src/search/engine', '../../../src/store/projectFile', '../../../electron/ipc'])
      expect(await w(spec)).toBe('refused');
    for (const lib of ['node:fs', 'fs', 'exceljs', 'lowdb']) expect(await w(lib)).toBe('refused');
    expect(await verdict('renderer/src/probe.tsx', '../../src/api/contract')).toBe('allowed');
  });

  it('see type imports, re-exports and dynamic imports', async () => {
    const f = 'renderer/src/search/probe.tsx';
    expect(
      await problems(f, "import type { X } from '../../../src/search/engine';\nexport type Y = X;\n"),
    ).toHaveLength(1);
    expect(await problems(f, "export { x } from '../../../src/service/service';\n")).toHaveLength(1);
    expect(await problems(f, "export const m = import('./other');\n")).toEqual([
      expect.stringMatching(/^no-restricted-syntax: Import statically/),
    ]);
  });

  it('keep src/cmo pure: its own files, zod and diff; no I/O, no other project module', async () => {
    const d = (spec: string) => verdict('src/cmo/probe.ts', spec);
    expect(await d('node:fs')).toBe('refused');
    expect((await problems('src/cmo/probe.ts', importing('node:fs')))[0]).toMatch(/src\/cmo may import only/);
    for (const spec of ['fs', 'path', 'exceljs', 'iconv-lite', 'jszip', 'lowdb', 'ws', '../service/service'])
      expect(await d(spec)).toBe('refused');
    for (const spec of ['./model', './templates/index', 'zod', 'diff']) expect(await d(spec)).toBe('allowed');
    expect(await verdict('src/cmo/templates/probe.ts', '../model')).toBe('allowed');
    expect(await verdict('src/cmo/templates/probe.ts', '../../store/projectFile')).toBe('refused');
  });

  it('let src/api import only zod, src/api and src/cmo', async () => {
    const a = (spec: string) => verdict('src/api/probe.ts', spec);
    for (const spec of ['./answerPatch', '../cmo/model', 'zod']) expect(await a(spec)).toBe('allowed');
    for (const spec of ['../service/service', '../search/engine', '../refi/codeMap', 'node:fs', 'exceljs'])
      expect(await a(spec)).toBe('refused');
  });

  it('let electron/ import only src/api, src/service, src/host, electron and node:*', async () => {
    const e = (spec: string) => verdict('electron/probe.ts', spec);
    for (const spec of ['../src/api/contract', '../src/service/projects', '../src/host/csp', './guards', 'electron'])
      expect(await e(spec)).toBe('allowed');
    expect(await e('node:path')).toBe('allowed');
    for (const spec of ['../src/store/projectFile', '../src/cmo/model', '../samples/sample-project', 'lowdb'])
      expect(await e(spec)).toBe('refused');
  });

  it('hold every file to 400 lines of at most 120 characters', async () => {
    expect(await problems('src/service/probe.ts', 'export const a = 1;\n'.repeat(401))).toEqual([
      expect.stringMatching(/^max-lines: /),
    ]);
    expect(await problems('tests/unit/probe.test.ts', `export const s = '${'x'.repeat(110)}';\n`)).toEqual([
      expect.stringMatching(/^max-len: /),
    ]);
  });
});
