import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatAttribution } from '../../../src/cmo/attributionFormat';
import { listQuotes } from '../../../src/cmo/quotes';
import type { Service } from '../../../src/service/service';
import { rmTmp } from '../helpers';
import { fixture } from '../cmo/fixture';
import { buildProject } from './setup';

describe('formatAttribution', () => {
  const v = (m: Record<string, string>) => (t: string) => m[t] ?? '';
  it('fills the report default and leaves empty parts out with their comma', () => {
    expect(formatAttribution('({role}, {case})', v({ role: 'Tilsynsførende', case: 'case 7' }))).toBe(
      '(Tilsynsførende, case 7)',
    );
    expect(formatAttribution('({role}, {case})', v({ case: 'case 3' }))).toBe('(case 3)');
    expect(formatAttribution('({role}, {case})', v({ role: 'Leder' }))).toBe('(Leder)');
    expect(formatAttribution('({role}, {case})', v({}))).toBe('');
  });
  it('keeps literal words beside a token, and other brackets and separators', () => {
    const t = '({role}, {case}, {attr:sektor}, {attr:ansatte} ansatte)';
    expect(
      formatAttribution(t, v({ role: 'Leder', case: 'case 1', 'attr:sektor': 'privat', 'attr:ansatte': '35-99' })),
    ).toBe('(Leder, case 1, privat, 35-99 ansatte)');
    expect(formatAttribution(t, v({ role: 'Leder', case: 'case 1', 'attr:sektor': 'privat' }))).toBe(
      '(Leder, case 1, privat)',
    );
    expect(formatAttribution('[{role}; {participant}]', v({ role: 'AMR', participant: 'AMR 2' }))).toBe('[AMR; AMR 2]');
    expect(formatAttribution('— {role}', v({ role: 'Leder' }))).toBe('— Leder');
    expect(formatAttribution('(interview)', v({}))).toBe('(interview)');
  });
});

describe('attribution templates on quotes', () => {
  const p = fixture();
  it('uses the project default: (Rolle, case N)', () => {
    expect(listQuotes(p, { roles: ['AMR'] }).map((q) => q.attribution)).toEqual(['(Arbejdsmiljørepræsentant, case 3)']);
  });
  it('takes case attributes by id or label, the case number, label and participant', () => {
    const q = listQuotes(p, {
      roles: ['AMR'],
      attribution: '({role}, {case}, {attr:sektor}, {attr:Ansatte} ansatte)',
    })[0]!;
    expect(q.attribution).toBe('(Arbejdsmiljørepræsentant, case 3, Offentlig, 35-99 ansatte)');
    expect(
      listQuotes(p, { roles: ['AMR'], attribution: '({caseLabel} nr. {caseNumber}: {participant})' })[0]!.attribution,
    ).toBe('(Case 3 nr. 3: Arbejdsmiljørepræsentant, Case 3)');
    expect(listQuotes(p, { roles: ['AMR'], attribution: '({attr:Privat/offentlig})' })[0]!.attribution).toBe(
      '(Offentlig)',
    );
  });
  it('refuses an unknown token or attribute, naming the known ones', () => {
    expect(() => listQuotes(p, { attribution: '({rolle})' })).toThrow(/\{role\}/);
    expect(() => listQuotes(p, { attribution: '({attr:farve})' })).toThrow(/sektor/);
  });
});

describe('retrieval, stars, picks, order (service)', () => {
  let svc: Service, dir: string, ids: Record<string, string>;
  beforeAll(async () => {
    ({ svc, dir, ids } = await buildProject());
  });
  afterAll(() => rmTmp(dir));

  it('filters by case attribute, verdict and CMO configuration', async () => {
    const pub = await svc.call('quotes.list', { attrs: { sektor: 'offentlig' } });
    expect(new Set(pub.map((q) => q.caseNumber))).toEqual(new Set([3, 14]));
    expect(
      (await svc.call('quotes.list', { attrs: { sektor: ['Privat', 'Offentlig'], ansatte: '+100' } })).map(
        (q) => q.caseNumber,
      ),
    ).toEqual([14]);
    expect((await svc.call('quotes.list', { verdicts: ['refutes'] })).map((q) => q.id)).toEqual([ids.c3b]);
    const cfg = await svc.call('cmoc.add', { pt: '#10', segmentIds: [ids.c1b!, ids.c3b!] });
    expect((await svc.call('quotes.list', { cmocs: [cfg.id] })).map((q) => q.id).sort()).toEqual(
      [ids.c1b, ids.c3b].sort(),
    );
    await expect(svc.call('quotes.list', { attrs: { farve: 'blå' } })).rejects.toThrow(/Ukendt case-egenskab/);
  });

  it('orders by PT point, then case; stars and picks; a manual order', async () => {
    const all = await svc.call('quotes.list', {});
    expect(all.map((q) => q.id)).toEqual([ids.c3, ids.c1b, ids.c3b, ids.c1, ids.c14]); // #4b, #10 (case 1, 3), #12, #15
    await svc.call('quotes.mark', { ids: [ids.c3b!, ids.c14!], starred: true });
    await svc.call('quotes.mark', { ids: [ids.c14!], picked: true });
    expect((await svc.call('quotes.list', { starred: true })).map((q) => q.id)).toEqual([ids.c3b, ids.c14]);
    expect((await svc.call('quotes.list', { picked: true })).map((q) => q.id)).toEqual([ids.c14]);
    await svc.call('quotes.reorder', { ids: [ids.c14!, ids.c1!] });
    const manual = await svc.call('quotes.list', { order: 'manual' });
    expect(manual.map((q) => q.id).slice(0, 2)).toEqual([ids.c14, ids.c1]);
    // in a grouped export, the manual order holds within each PT point
    const md = (await svc.call('quotes.markdown', { order: 'manual', pts: ['#10'] })).markdown;
    expect(md.indexOf('Kontrolbesøget')).toBeGreaterThan(0);
    await svc.call('history.undo', {});
    expect((await svc.call('quotes.list', { order: 'manual' })).map((q) => q.id)).toEqual(all.map((q) => q.id));
  });

  it('stores the attribution template in the project', async () => {
    await svc.call('quotes.setSettings', { attribution: '({role}, {case}, {attr:sektor})' });
    expect((await svc.call('quotes.list', { pts: ['#15'] }))[0]!.attribution).toBe('(Leder, case 14, Offentlig)');
    await expect(svc.call('quotes.setSettings', { attribution: '({foo})' })).rejects.toThrow(/Ukendt felt/);
    await svc.call('history.undo', {});
    expect((await svc.call('quotes.list', { pts: ['#15'] }))[0]!.attribution).toBe('(Leder, case 14)');
  });
});
