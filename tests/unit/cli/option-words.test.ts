/**
 * The CLI's own refusals of a bad option: node's parseArgs says them in English with a code, and a
 * number option went through zod's "expected number, got NaN". Each is one line in the CLI's language
 * naming the option (exit code 2), never parseArgs' or zod's wording.
 */
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../cliRun';
import { makeTmp, rmTmp } from '../helpers';

let dir: string, p: string;
beforeAll(async () => {
  dir = makeTmp();
  p = path.join(dir, 'p.cmo.json');
  expect((await runCli('new', p)).code).toBe(0);
});
afterAll(() => rmTmp(dir));

const refused = async (...argv: string[]) => {
  const r = await runCli(...argv);
  expect(r.code).toBe(2);
  expect(r.stdout).toBe('');
  // one line: the refusal, then where to read more
  const lines = r.stderr.split('\n').filter(Boolean);
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(/ \((se|see) cmo --help\)$/);
  const first = lines[0]!.replace(/ \((se|see) cmo --help\)$/, '');
  expect(first).not.toMatch(/NaN|Option '|argument is ambiguous|Unknown option|expected|forventede/);
  return first;
};

describe('bad options are refused in one line, in the CLI language', () => {
  it('an unknown option', async () => {
    expect(await refused('log', p, '--bogus')).toBe('cmo log: ukendt tilvalg --bogus');
    expect(await refused('--lang', 'en', 'log', p, '--bogus')).toBe('cmo log: unknown option --bogus');
  });
  it('an option without its value, and a value for a flag', async () => {
    expect(await refused('search', p, 'x', '--limit', '-3')).toMatch(
      /^cmo search: --limit skal have en værdi .*--limit=-/,
    );
    expect(await refused('log', p, '--json=1')).toBe('cmo log: --json tager ingen værdi');
  });
  it('a number option that is not a whole number in its range', async () => {
    expect(await refused('log', p, '--limit', 'abc')).toBe(
      'cmo log: --limit: skal være et helt tal (mindst 1) (fik "abc")',
    );
    expect(await refused('search', p, 'x', '--limit=-3')).toBe(
      'cmo search: --limit: skal være et helt tal fra 0 til 100000 (fik "-3")',
    );
    expect(await refused('--lang', 'en', 'search', p, 'x', '--limit', '2.5')).toBe(
      'cmo search: --limit: must be a whole number from 0 to 100000 (got "2.5")',
    );
  });
  it("zod's own words follow --lang", async () => {
    const line = async (...argv: string[]) => (await runCli(...argv)).stderr.split('\n')[0];
    expect(await line('--lang', 'en', 'matrix', p, '--format', 'pdf')).toMatch(/^cmo matrix: --format: Invalid option/);
    expect(await line('matrix', p, '--format', 'pdf')).toMatch(/^cmo matrix: --format: Ugyldigt valg/);
  });
});
