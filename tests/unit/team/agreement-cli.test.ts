/** `cmo agreement`'s refusals: an unknown coder, the same coder twice and a bad --overlap, each said in words. */
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createProjectFile } from '../../../src/store/projectFile';
import { runCli as cmo } from '../cliRun';
import { makeTmp, nfaProject, rmTmp } from '../helpers';

let dir = '',
  file = '';
beforeAll(async () => {
  dir = makeTmp('team-agree-cli-');
  file = path.join(dir, 'p.cmo.json');
  const coders = ['Karen Jensen', 'Mads'].map((name) => ({ id: name, name }));
  await createProjectFile(file, { ...nfaProject(), coders });
});
afterAll(() => rmTmp(dir));

describe('cmo agreement refusals', () => {
  it('an unknown coder and the same coder twice: one line each, exit 1', async () => {
    const unknown = await cmo('agreement', file, '--coders', 'Karen Jensen,Nobody');
    expect([unknown.code, unknown.stdout]).toEqual([1, '']);
    expect(unknown.stderr).toBe('cmo agreement: Ukendt koder "Nobody" (kodere: Karen Jensen, Mads)\n');
    const twice = await cmo('agreement', file, '--coders', 'Karen Jensen,kj');
    expect(twice.stderr).toBe('cmo agreement: Angiv to forskellige kodere: --coders A,B\n');
  });
  for (const bad of ['0', '1.5', 'abc', '', '0.5x', '-0.2', 'NaN', 'Infinity']) {
    it(`--overlap "${bad}" is refused in words, exit 2`, async () => {
      const r = await cmo('agreement', file, '--coders', 'Karen Jensen,Mads', `--overlap=${bad}`);
      expect(r.code).toBe(2);
      expect(r.stderr).toBe(
        `cmo agreement: --overlap skal være en andel over 0 og højst 1, fx 0.9 (fik "${bad}") (se cmo --help)\n`,
      );
    });
  }
  for (const good of ['0.9', '1', '.5', '0,8']) {
    it(`--overlap "${good}" is taken`, async () => {
      const r = await cmo('agreement', file, '--coders', 'Karen Jensen,Mads', '--overlap', good, '--json');
      expect([r.code, r.stderr]).toEqual([0, '']);
    });
  }
});
