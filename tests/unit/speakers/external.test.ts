/**
 * The real files in ../shared/fixtures-external: the interviewer is nobody's participant, and no two voices share one.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Service } from '../../../src/service/service';
import { isInterviewer } from '../../../src/cmo/interviewers';
import { rmTmp } from '../helpers';
import { b64, freshService } from './fixtures';

const DIR = path.resolve(__dirname, '../../../../shared/fixtures-external');
const present = fs.existsSync(DIR);
if (!present) console.log(`skipped: ${DIR} is not there (the shared real-file fixtures)`);
const FILES = present ? fs.readdirSync(DIR).filter((f) => /\.(docx|odt|rtf|txt|vtt|srt)$/.test(f)) : [];

let dir: string, svc: Service;
beforeEach(async () => ({ dir, svc } = await freshService()));
afterEach(() => rmTmp(dir));

describe.skipIf(!present)('real transcripts', () => {
  it.each(FILES)('%s: interviewer on nobody, one participant per voice', async (f) => {
    const r = await svc.call('source.import', {
      fileName: f,
      dataBase64: b64(fs.readFileSync(path.join(DIR, f))),
      caseId: '2',
      role: 'Leder',
    });
    const p = svc.project();
    const src = p.sources.find((s) => s.id === r.source.id)!;
    for (const label of Object.keys(src.speakerMap)) expect(isInterviewer(p, label), label).toBe(false);
    const pids = Object.values(src.speakerMap);
    expect(new Set(pids).size, JSON.stringify(src.speakerMap)).toBe(pids.length);
    const sum = await svc.call('source.speakerSummary', { source: src.id });
    expect(sum.confirmed).toBe(false);
    for (const s of sum.speakers) expect(s.interviewer ? s.participantId : 'ok').toBe(s.interviewer ? null : 'ok');
  });

  it('Sheffield interview: "Researcher 1" is the interviewer, Sam the participant', async () => {
    const f = 'sheffield-orda_interview-Sam_msword.docx';
    await svc.call('source.import', {
      fileName: f,
      dataBase64: b64(fs.readFileSync(path.join(DIR, f))),
      caseId: '2',
      role: 'Leder',
    });
    const src = svc.project().sources[0]!;
    expect(Object.keys(src.speakerMap)).toEqual(['Sam']);
    const sum = await svc.call('source.speakerSummary', { source: src.id });
    const researcher = sum.speakers.find((s) => s.label === 'Researcher 1')!;
    expect(researcher).toMatchObject({ interviewer: true, participantId: null });
    expect(researcher.words).toBeGreaterThan(100);
  });

  it("Zoom: once the interviewer's name is on the list (without Zoom's \"(SL)\"), her voice is nobody's", async () => {
    const f = 'zoom_two-speakers_continuation-cues.vtt';
    await svc.call('interviewers.add', { names: ['Ashlee Kupor'] });
    await svc.call('source.import', {
      fileName: f,
      dataBase64: b64(fs.readFileSync(path.join(DIR, f))),
      caseId: '2',
      role: 'Leder',
    });
    const map = svc.project().sources[0]!.speakerMap;
    expect(Object.keys(map)).toEqual(['Dora Demszky']);
    expect(svc.project().participants.find((p) => p.id === map['Dora Demszky'])!.label).toBe('Leder, Case 2');
  });
});
