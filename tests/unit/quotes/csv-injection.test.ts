import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectFromTemplate } from '../../../src/cmo/templates/index';
import { createProjectFile } from '../../../src/store/projectFile';
import { openService } from '../../../src/service/service';

describe('quotes CSV', () => {
  it('never hands Excel a formula: a quote starting with = gets a leading apostrophe', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'csvinj-'));
    const file = path.join(dir, 'p.cmo.json');
    await createProjectFile(
      file,
      projectFromTemplate('nfa-aftaleforloeb', { id: 'p', name: 'p', now: '2026-01-01T00:00:00Z' }),
    );
    const svc = await openService(file, { user: 't' });
    const text = 'Interviewer: Og regnearket?\n\nLeder: =HYPERLINK("http://x") stod der bare i cellen.\n';
    await svc.call('source.import', {
      fileName: 'Case 01 - Leder.txt',
      dataBase64: Buffer.from(text).toString('base64'),
      caseId: '1',
      role: 'Leder',
    });
    await svc.call('segment.codeText', {
      source: 'Case 01 - Leder',
      text: '=HYPERLINK("http://x") stod der bare i cellen.',
      kind: 'O',
      pt: ['#13'],
    });
    const f = await svc.call('quotes.export', { format: 'csv' });
    const csv = Buffer.from(f.dataBase64, 'base64').toString('utf8');
    expect(csv).toContain(`"'=HYPERLINK(""http://x"") stod der bare i cellen."`);
    expect(csv).not.toMatch(/(^|,)"?=HYPERLINK/m);
  });
});
