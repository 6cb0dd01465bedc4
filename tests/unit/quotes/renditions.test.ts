import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applyEdits, display, displayText, editsFromText, relocate } from '../../../src/cmo/renditions';
import type { Service } from '../../../src/service/service';
import { rmTmp } from '../helpers';
import { buildProject, fromB64, T } from './setup';

describe('report renditions', () => {
  const raw = 'Leder: Vi havde en rigtig god dialog\nmed Coop, og så fik vi hjælp til løftene.';
  const skip = 'Leder: '.length;

  it('maps the one-line display text back to the segment’s text', () => {
    const d = display(raw, skip);
    expect(d.text).toBe('Vi havde en rigtig god dialog med Coop, og så fik vi hjælp til løftene.');
    expect(raw[d.map[d.text.indexOf('med')]!]).toBe('m');
  });

  it('has the display text alone (a quote list’s) exactly as display() words it, whatever the whitespace', () => {
    const texts = [
      raw,
      '  \t Leder:\u00a0 Vi\r\n\r\nhavde \u2028 tid\ufeff.  \n',
      'én',
      ' \u3000 ',
      '',
      'A:B\u200bC\u2003D\u0085E',
    ];
    for (const t of texts)
      for (const k of [0, 1, 7]) expect(displayText(t, k), JSON.stringify([t, k])).toBe(display(t, k).text);
  });

  it('turns the author’s edited text into (…) cuts and [bracketed] replacements over the segment', () => {
    const edits = editsFromText(raw, skip, '(…) en rigtig god dialog med [kunden] (…) hjælp til løftene.');
    const out = display(applyEdits(raw, edits), skip).text;
    expect(out).toBe('(…) en rigtig god dialog med [kunden] (…) hjælp til løftene.');
    expect(
      editsFromText(raw, skip, 'Vi havde en rigtig god dialog (...) hjælp til løftene.').map((e) => e.with.trim()),
    ).toEqual(['(…)']);
  });

  it('allows trimming either end and bracketed insertions; refuses unmarked cuts and rewording', () => {
    expect(display(applyEdits(raw, editsFromText(raw, skip, 'en rigtig god dialog med Coop')), skip).text).toBe(
      'en rigtig god dialog med Coop',
    );
    expect(
      display(
        applyEdits(
          raw,
          editsFromText(
            raw,
            skip,
            'Vi [ledelsen] havde en rigtig god dialog med Coop, og så fik vi hjælp til løftene.',
          ),
        ),
        skip,
      ).text,
    ).toBe('Vi [ledelsen] havde en rigtig god dialog med Coop, og så fik vi hjælp til løftene.');
    expect(() => editsFromText(raw, skip, 'Vi havde en god dialog med Coop, og så fik vi hjælp til løftene.')).toThrow(
      /Markér udeladelsen af "rigtig" med \(…\)/,
    );
    expect(() =>
      editsFromText(raw, skip, 'Vi havde en rigtig fin dialog med Coop, og så fik vi hjælp til løftene.'),
    ).toThrow(/kun forkortes/);
  });

  it('moves its edits onto a changed transcript, or says it is stale', () => {
    const edits = editsFromText(
      raw,
      skip,
      'Vi havde en rigtig god dialog med [kunden], og så fik vi hjælp til løftene.',
    );
    const r = { segmentId: 'x', base: raw, edits, starred: false, picked: false, updatedAt: '' };
    const moved = relocate(r, `Leder: Ja. ${raw.slice(skip)}`);
    expect(moved.stale).toBe(false);
    expect(applyEdits(`Leder: Ja. ${raw.slice(skip)}`, moved.edits)).toContain('med [kunden], og');
    expect(relocate(r, 'Leder: noget helt andet').stale).toBe(true);
  });
});

describe('renditions through the service', () => {
  let svc: Service, dir: string, ids: Record<string, string>;
  beforeAll(async () => {
    ({ svc, dir, ids } = await buildProject());
  });
  afterAll(() => rmTmp(dir));

  it('the rendition is kept apart: segment and transcript stay, exports print it, undo removes it', async () => {
    const before = await svc.call('source.get', { id: (await svc.call('quotes.list', { pts: ['#10'] }))[1]!.sourceId });
    const q = await svc.call('quotes.setRendition', {
      id: ids.c3b!,
      text: 'Kontrolbesøget var (…) en formalitet, for [vi] havde jo allerede løst det.',
    });
    expect(q).toMatchObject({
      text: T.c3b,
      reportText: 'Kontrolbesøget var (…) en formalitet, for [vi] havde jo allerede løst det.',
      edited: true,
    });
    const after = await svc.call('source.get', { id: q.sourceId });
    expect(after.source.text).toBe(before.source.text);
    expect(after.segments.find((s) => s.id === ids.c3b)!.text).toBe(T.c3b);
    const md = fromB64((await svc.call('quotes.export', { format: 'md', pts: ['#10'] })).dataBase64).toString('utf8');
    expect(md).toContain(
      '> ”Kontrolbesøget var (…) en formalitet, for [vi] havde jo allerede løst det.”  \n> ' +
        '(Arbejdsmiljørepræsentant, case 3)',
    );
    await expect(
      svc.call('quotes.setRendition', { id: ids.c3b!, text: 'Kontrolbesøget var en formalitet.' }),
    ).rejects.toThrow(/Markér udeladelsen/);
    await svc.call('history.undo', {});
    expect((await svc.call('quotes.list', { pts: ['#10'] })).find((x) => x.id === ids.c3b)!.edited).toBe(false);
  });

  it('keeps the rendition through a transcript edit elsewhere in the source', async () => {
    await svc.call('quotes.setRendition', { id: ids.c3b!, text: 'Kontrolbesøget var (…) en formalitet (…).' });
    await svc.call('source.edit', {
      source: 'Case 03 - Arbejdsmiljørepræsentant',
      find: 'Hvordan var samarbejdet?',
      replace: 'Hvordan var jeres samarbejde med Arbejdstilsynet?',
    });
    const q = (await svc.call('quotes.list', { pts: ['#10'] })).find((x) => x.id === ids.c3b)!;
    expect(q).toMatchObject({ reportText: 'Kontrolbesøget var (…) en formalitet (…).', renditionStale: false });
    const reset = await svc.call('quotes.setRendition', { id: ids.c3b!, edits: null });
    expect(reset.reportText).toBe(T.c3b);
  });
});
