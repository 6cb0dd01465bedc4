/** Interviewer speech is never evidence by accident: autocode, quote exports, review. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Service } from '../../../src/service/service';
import { rmTmp } from '../helpers';
import { TEAMS_VTT, b64, freshService } from './fixtures';

let dir: string, svc: Service, source: string;
beforeEach(async () => {
  ({ dir, svc } = await freshService());
  const r = await svc.call('source.import', {
    fileName: 'teams.vtt',
    dataBase64: b64(TEAMS_VTT),
    caseId: '4',
    role: 'Tilsynsførende',
  });
  source = r.source.id;
});
afterEach(() => rmTmp(dir));

describe('code all hits', () => {
  it('a phrase only the interviewer says codes nothing, and says why', async () => {
    const before = svc.project().segments.length;
    await expect(svc.call('search.autocode', { query: 'hvordan mærkede', kind: 'O', pt: ['#10'] })).rejects.toThrow(
      /Intet kodet: 1 af 1 fund for "hvordan mærkede" ligger i interviewerens tale/,
    );
    expect(svc.project().segments.length).toBe(before);
  });

  it("a phrase in both voices codes only the interviewee's; the result and log count the one left out", async () => {
    const r = await svc.call('search.autocode', { query: 'inddraget', kind: 'M', pt: ['#4a'] });
    expect(r.created).toHaveLength(1);
    expect(r.skippedInterviewer).toBe(2);
    expect(r.hits).toBe(3);
    const src = svc.project().sources[0]!;
    const seg = r.created[0]!;
    expect(src.text.slice(seg.start, seg.end)).toBe('inddraget');
    expect(src.turns.find((t) => t.start <= seg.start && seg.start < t.end)!.speaker).toBe('Tilsynsførende');
    expect(svc.project().log.at(-1)!.summary).toMatch(/udeladt: 2 i interviewerens tale/);
  });

  it('--include-interviewer codes them all', async () => {
    const r = await svc.call('search.autocode', {
      query: 'inddraget',
      kind: 'M',
      pt: ['#4a'],
      includeInterviewer: true,
    });
    expect(r.created).toHaveLength(3);
    expect(r.skippedInterviewer).toBe(0);
  });
});

describe('quotes of interviewer speech', () => {
  it('refused by report exports, allowed with allowUnattributed, listed by review; JSON has speaker', async () => {
    const text = svc.project().sources[0]!.text;
    const q = text.indexOf('Blev I inddraget i løsningen?');
    const a = text.indexOf('Ja, vi blev inddraget');
    await svc.call('segment.add', {
      sourceId: source,
      start: q,
      end: q + 'Blev I inddraget i løsningen?'.length,
      kind: 'O',
      pt: ['#10'],
    });
    await svc.call('segment.add', {
      sourceId: source,
      start: a,
      end: a + 'Ja, vi blev inddraget fra starten'.length,
      kind: 'O',
      pt: ['#10'],
    });
    await expect(svc.call('quotes.export', { format: 'docx' })).rejects.toThrow(
      new RegExp(
        String.raw`^1 citat ligger i interviewerens tale .*"Blev I inddraget i løsningen\?" ` +
          String.raw`\(teams, Interviewer \(NFA\)\).*--allow-unattributed$`,
      ),
    );
    await expect(svc.call('quotes.export', { format: 'md' })).rejects.toThrow(/interviewerens tale/);
    const ok = await svc.call('quotes.export', { format: 'md', allowUnattributed: true });
    expect(ok.count).toBe(2);
    const json = JSON.parse(
      Buffer.from((await svc.call('quotes.export', { format: 'json' })).dataBase64, 'base64').toString('utf8'),
    );
    expect(
      json
        .map((x: { speaker: string; participant: string; unattributed: string | null }) => [
          x.speaker,
          x.participant,
          x.unattributed,
        ])
        .sort(),
    ).toEqual([
      ['Interviewer (NFA)', '', 'interviewer'],
      ['Tilsynsførende', 'Tilsynsførende, Case 4', null],
    ]);
    const loose = await svc.call('review.unattributed', {});
    expect(loose.map((u) => [u.segment.text, u.problem])).toEqual([['Blev I inddraget i løsningen?', 'interviewer']]);
  });
});
