/** Speaker turns repaired (split, merge, assign) and found inside paragraphs; every coding keeps its text. */
import { Document, Packer, Paragraph, TextRun } from 'docx';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Service } from '../../../src/service/service';
import { main } from '../../../src/cli/main';
import { rmTmp } from '../helpers';
import { INLINE_TXT, TEAMS_VTT, b64, freshService } from './fixtures';

let dir: string, file: string, svc: Service;
beforeEach(async () => ({ dir, file, svc } = await freshService()));
afterEach(() => rmTmp(dir));

const src = () => svc.project().sources[0]!;
const speakers = () => src().turns.map((t) => t.speaker);
const texts = () => svc.project().segments.map((s) => [s.id, s.text, src().text.slice(s.start, s.end)]);

describe('inline labels at import', () => {
  it('.txt: `… I: Og hvad så? R: …` inside a paragraph are turns; the interviewer is nobody', async () => {
    await svc.call('source.import', { fileName: 'Case 02 - Leder.txt', dataBase64: b64(INLINE_TXT) });
    expect(speakers()).toEqual(['I', 'R', 'I', 'R', 'I', 'R']);
    expect(Object.keys(src().speakerMap)).toEqual(['R']);
  });
  it('.docx: the same in a Word paragraph', async () => {
    const paras = INLINE_TXT.trim()
      .split('\n\n')
      .map((t) => new Paragraph({ children: [new TextRun(t)] }));
    const bytes = await Packer.toBuffer(new Document({ sections: [{ children: paras }] }));
    await svc.call('source.import', { fileName: 'Case 02 - Leder.docx', dataBase64: b64(new Uint8Array(bytes)) });
    expect(speakers()).toEqual(['I', 'R', 'I', 'R', 'I', 'R']);
    expect(svc.project().participants.find((p) => p.id === src().speakerMap['R'])!.label).toBe('Leder, Case 2');
  });
});

describe('turn repairs', () => {
  const RUN_ON =
    'Interviewer: Hvad skete der? Vi fik et påbud om løftegrej, og så købte vi en vogn.\n\nInterviewer: Og ' +
    'så?\n\nLeder: Så gik det bedre.\n';

  it('split at the cursor: the rest to the other voice; codings keep text, re-attributed flagged; 1 undo', async () => {
    await svc.call('source.import', { fileName: 'Case 01 - Leder.txt', dataBase64: b64(RUN_ON) });
    const text = src().text;
    const at = text.indexOf('Vi fik');
    const seg = await svc.call('segment.add', {
      sourceId: src().id,
      start: at,
      end: text.indexOf(', og så'),
      kind: 'O',
      pt: ['#10'],
    });
    const q = text.indexOf('Hvad skete');
    await svc.call('segment.add', {
      sourceId: src().id,
      start: q,
      end: q + 'Hvad skete der?'.length,
      kind: 'C',
      pt: ['#1'],
    });
    expect((await svc.call('quotes.list', {})).find((x) => x.id === seg.id)!.unattributed).toBe('interviewer');
    const before = texts();
    const r = await svc.call('turns.split', { source: src().name, at });
    expect(r.flagged).toEqual([seg.id]);
    expect(speakers()).toEqual(['Interviewer', 'Leder', 'Interviewer', 'Leder']);
    expect(texts()).toEqual(before);
    for (const [, stored, now] of texts()) expect(now).toBe(stored);
    const quote = (await svc.call('quotes.list', {})).find((x) => x.id === seg.id)!;
    expect([quote.speaker, quote.participant, quote.unattributed, quote.flagged]).toEqual([
      'Leder',
      'Leder, Case 1',
      null,
      true,
    ]);
    expect(svc.project().log.at(-1)!.summary).toMatch(/Taletur delt i "Case 01 - Leder".*1 kodning til gennemsyn/);
    await svc.call('history.undo', {});
    expect(speakers()).toEqual(['Interviewer', 'Interviewer', 'Leder']);
    expect(svc.project().segments.find((s) => s.id === seg.id)!.needsReview).toBe(false);
  });

  it("merge and assign keep every coding's text; edges and the last turn are refused", async () => {
    await svc.call('source.import', {
      fileName: 'teams.vtt',
      dataBase64: b64(TEAMS_VTT),
      caseId: '4',
      role: 'Tilsynsførende',
    });
    const turns = src().turns;
    for (const t of turns)
      await svc.call('segment.add', { sourceId: src().id, start: t.end - 5, end: t.end, kind: 'C', pt: ['#1'] });
    const before = texts();
    await svc.call('turns.assign', { source: src().id, at: turns[2]!.start, speaker: 'Tilsynsførende' });
    expect(speakers()).toEqual(['Interviewer (NFA)', 'Tilsynsførende', 'Tilsynsførende', 'Tilsynsførende']);
    await svc.call('turns.merge', { source: src().id, at: turns[1]!.start });
    expect(speakers()).toEqual(['Interviewer (NFA)', 'Tilsynsførende', 'Tilsynsførende']);
    expect(texts()).toEqual(before);
    expect(svc.project().segments.filter((s) => s.needsReview)).toHaveLength(1);
    const last = src().turns.at(-1)!;
    await expect(svc.call('turns.merge', { source: src().id, at: last.start })).rejects.toThrow(/den sidste/);
    await expect(svc.call('turns.split', { source: src().id, at: last.start })).rejects.toThrow(/Kan ikke dele/);
  });

  it('a transcript correction that types `R:` into a run-on line re-detects the turn', async () => {
    await svc.call('source.import', { fileName: 'Case 01 - Leder.txt', dataBase64: b64(RUN_ON) });
    await svc.call('source.edit', { source: src().id, find: 'der? Vi fik', replace: 'der? Leder: Vi fik' });
    expect(speakers()).toEqual(['Interviewer', 'Leder', 'Interviewer', 'Leder']);
  });

  it('cmo turns split/list and cmo interviewers from the CLI', async () => {
    await svc.call('source.import', { fileName: 'Case 01 - Leder.txt', dataBase64: b64(RUN_ON) });
    const at = src().text.indexOf('Vi fik');
    svc.close();
    const logs: string[] = [];
    const orig = process.stdout.write.bind(process.stdout);
    const origErr = process.stderr.write.bind(process.stderr);
    process.stdout.write = ((s: string) => {
      logs.push(String(s));
      return true;
    }) as typeof process.stdout.write;
    process.stderr.write = ((s: string) => {
      logs.push(String(s));
      return true;
    }) as typeof process.stderr.write;
    try {
      expect(await main(['turns', 'split', file, '--source', 'Case 01 - Leder', '--at', String(at)])).toBe(0);
      expect(await main(['interviewers', 'add', file, 'Karen Jensen (NFA)'])).toBe(0);
      expect(await main(['interviewers', 'list', file, '--json'])).toBe(0);
    } finally {
      process.stdout.write = orig;
      process.stderr.write = origErr;
    }
    expect(logs.join('')).toMatch(/4 taleture/);
    expect(logs.join('')).toMatch(/"Karen Jensen \(NFA\)"/);
  });
});
