// The project's own source files, as the size and dependency checks read them: everything under the source folders
// and the root's config files; not node_modules, build output, caches, or the test fixtures (data, not code).
import fs from 'node:fs';
import path from 'node:path';

export const ROOT = path.resolve(__dirname, '../../..');
const FOLDERS = ['src', 'renderer', 'electron', 'scripts', 'samples', 'tests', 'bin'];
const SKIP = new Set(['node_modules', 'dist', 'dist-electron', 'out', 'screenshots', '.cache']);
const SKIP_PATHS = new Set(['tests/fixtures', 'samples/bench/out']);

/** Repository-relative paths (with '/') of the files whose names match `ext`. */
export function sourceFiles(ext: RegExp): string[] {
  const found: string[] = [];
  const walk = (rel: string) => {
    for (const e of fs.readdirSync(path.join(ROOT, rel), { withFileTypes: true })) {
      const p = rel ? `${rel}/${e.name}` : e.name;
      if (e.isDirectory()) {
        if (!SKIP.has(e.name) && !SKIP_PATHS.has(p)) walk(p);
      } else if (ext.test(e.name)) found.push(p);
    }
  };
  for (const f of FOLDERS) walk(f);
  for (const e of fs.readdirSync(ROOT, { withFileTypes: true })) if (e.isFile() && ext.test(e.name)) found.push(e.name);
  return found.sort();
}
