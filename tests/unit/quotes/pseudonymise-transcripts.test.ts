import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectFromTemplate } from '../../../src/cmo/templates/index';
import { pseudonymEdits } from '../../../src/cmo/pseudonyms';
import { createProjectFile } from '../../../src/store/projectFile';
import { openService } from '../../../src/service/service';

const TEXT =
  'Interviewer: Hvem hjalp jer?\n\nLeder: Det gjorde Jens Hansen fra kontoret. Jens Hansens plan virkede, ' +
  'og vi fik ro.\n';

async function setup() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pseudo-tx-'));
  const file = path.join(dir, 'p.cmo.json');
  await createProjectFile(
    file,
    projectFromTemplate('nfa-aftaleforloeb', { id: 'p', name: 'p', now: '2026-01-01T00:00:00Z' }),
  );
  const svc = await openService(file, { user: 't' });
  await svc.call('source.import', {
    fileName: 'Case 01 - Leder.txt',
    dataBase64: Buffer.from(TEXT).toString('base64'),
    caseId: '1',
    role: 'Leder',
  });
  return svc;
}

describe('pseudonyms applied to the stored transcripts', () => {
  it('edits are whole-word, case-insensitive, genitive-aware', () => {
    const list = [{ name: 'Jens Hansen', replacement: '[lederen]' }];
    expect(pseudonymEdits(list, 'jens  hansen og Jens Hansens bil, Jens Hansenius')).toEqual([
      { start: 0, end: 12, text: '[lederen]' },
      { start: 16, end: 28, text: '[lederens]' },
    ]);
  });

  it('replaces the names, moves the coding with the text, flags what changed, and undoes in one step', async () => {
    const svc = await setup();
    const inside = await svc.call('segment.codeText', {
      source: 'Case 01 - Leder',
      text: 'Det gjorde Jens Hansen fra kontoret.',
      kind: 'M',
      pt: ['#4a'],
    });
    const after = await svc.call('segment.codeText', {
      source: 'Case 01 - Leder',
      text: 'og vi fik ro.',
      kind: 'O',
      pt: ['#6'],
    });
    await svc.call('pseudonyms.add', { name: 'Jens Hansen', replacement: '[lederen]' });
    const r = await svc.call('pseudonyms.applyToTranscripts', {});
    expect(r).toMatchObject({ sources: 1, replacements: 2, flagged: [inside.id] });
    const src = (await svc.call('source.get', { id: inside.sourceId })).source;
    expect(src.text).not.toMatch(/Jens/);
    expect(src.text).toContain('Det gjorde [lederen] fra kontoret. [lederens] plan virkede');
    const segs = (await svc.call('source.get', { id: inside.sourceId })).segments;
    const m = segs.find((s) => s.id === inside.id)!,
      o = segs.find((s) => s.id === after.id)!;
    expect(m).toMatchObject({
      text: 'Det gjorde [lederen] fra kontoret.',
      needsReview: true,
      previousText: 'Det gjorde Jens Hansen fra kontoret.',
    });
    expect(o).toMatchObject({ text: 'og vi fik ro.', needsReview: false });
    expect(src.text.slice(o.start, o.end)).toBe('og vi fik ro.');
    await svc.call('history.undo', {});
    expect((await svc.call('source.get', { id: inside.sourceId })).source.text).toBe(TEXT);
  });

  it('says so when there is nothing to do', async () => {
    const svc = await setup();
    expect(await svc.dispatch('pseudonyms.applyToTranscripts', {})).toMatchObject({
      ok: false,
      error: expect.stringMatching(/tom/),
    });
    await svc.call('pseudonyms.add', { name: 'Mette', replacement: '[AMR]' });
    expect(await svc.dispatch('pseudonyms.applyToTranscripts', {})).toMatchObject({
      ok: false,
      error: expect.stringMatching(/Ingen navne/),
    });
  });
});
