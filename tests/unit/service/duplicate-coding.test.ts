import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectFromTemplate } from '../../../src/cmo/templates/index';
import { createProjectFile } from '../../../src/store/projectFile';
import { openService } from '../../../src/service/service';

async function project(template: 'nfa-aftaleforloeb' | 'blank') {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dup-coding-'));
  const file = path.join(dir, `${template}.cmo.json`);
  await createProjectFile(
    file,
    projectFromTemplate(template, { id: template, name: template, now: '2026-01-01T00:00:00Z' }),
  );
  return openService(file, { user: 't' });
}

describe('coding the same passage the same way twice', () => {
  it('is refused with a clear message (a double Enter), while another PT point on it is fine', async () => {
    const svc = await project('nfa-aftaleforloeb');
    const text = 'Interviewer: Og så?\n\nLeder: Vi fik hjælp til løftene, og det virkede.\n';
    await svc.call('source.import', {
      fileName: 'Case 01 - Leder.txt',
      dataBase64: Buffer.from(text).toString('base64'),
      caseId: '1',
      role: 'Leder',
    });
    const args = { source: 'Case 01 - Leder', text: 'Vi fik hjælp til løftene', kind: 'M' as const, pt: ['#4a'] };
    await svc.call('segment.codeText', args);
    expect(await svc.dispatch('segment.codeText', args)).toMatchObject({
      ok: false,
      kind: 'domain',
      error: expect.stringMatching(/allerede kodet/),
    });
    expect(await svc.dispatch('segment.codeText', { ...args, pt: ['#5'] })).toMatchObject({ ok: true });
  });
});
