import { describe, expect, it } from 'vitest';
import {
  buildSearchIndex,
  foldTerm,
  fuzzyWalk,
  parseQuery,
  searchIndex,
  snippetOf,
  tokenize,
  widenRange,
  type SearchOptions,
} from '../../../src/search/index';
import { paletteItems } from '../../../src/search/palette';
import { paletteSearch } from '../../../renderer/src/palette/paletteSearch';
import { resolveSearchFilter } from '../../../src/search/params';
import { makeSource } from '../helpers';
import { A3, L1, L14, searchProjectFixture } from './fixture';

const project = searchProjectFixture();
const search = (q: string, o: SearchOptions = {}) => searchIndex(buildSearchIndex(project), project, q, o);
const texts = (q: string, o: SearchOptions = {}) =>
  search(q, o).hits.map((h) => project.sources.find((s) => s.id === h.sourceId)!.text.slice(h.start, h.end));

describe('folding and tokens', () => {
  it('lower-cases, keeps æ/ø/å apart from a/o and folds other accents', () => {
    expect(foldTerm('KONTROLBESØG')).toBe('kontrolbesøg');
    expect(foldTerm('Idé')).toBe('ide');
    expect(foldTerm('Løft')).not.toBe(foldTerm('Loft'));
    expect(foldTerm('Århus')).toBe('århus');
    expect(foldTerm('a\u030Arhus')).toBe('århus'); // NFD å
  });
  it('tokenises on letters and digits with offsets into the text', () => {
    const t = tokenize('Smiley-ordningen, 3. gang: «Løft»');
    expect(t.terms).toEqual(['smiley', 'ordningen', '3', 'gang', 'løft']);
    expect('Smiley-ordningen, 3. gang: «Løft»'.slice(t.starts[4]!, t.ends[4]!)).toBe('Løft');
  });
  it('parses loose words as prefixes and quotes as phrases', () => {
    expect(parseQuery('kontrol "tre led" Besøg')).toEqual([
      { words: [{ text: 'kontrol', prefix: true }], phrase: false },
      {
        words: [
          { text: 'tre', prefix: false },
          { text: 'led', prefix: false },
        ],
        phrase: true,
      },
      { words: [{ text: 'besøg', prefix: true }], phrase: false },
    ]);
    // still typing the phrase: its last word is a prefix
    expect(parseQuery('"tre le')[0]!.words[1]).toEqual({ text: 'le', prefix: true });
    expect(parseQuery('„tre led“')[0]!.phrase).toBe(true);
  });
});

describe('transcript search', () => {
  it('matches prefixes from the first letter, case-insensitively', () => {
    expect(
      texts('kontrolbesøg')
        .filter((t) => !/\s/.test(t))
        .sort(),
    ).toEqual(['Kontrolbesøget', 'kontrolbesøget', 'kontrolbesøget']);
    expect(search('KONTROLBESØGET').hits).toHaveLength(3);
    expect(search('k').total).toBeGreaterThan(5);
    expect(search('').hits).toHaveLength(0);
  });
  it('returns offsets into the stored text, a snippet with the hit highlighted, and a score', () => {
    const h = search('løftevogn').hits;
    expect(h).toHaveLength(1);
    expect(L1.slice(h[0]!.start, h[0]!.end)).toBe('løftevogn');
    expect(h[0]!.snippet.slice(h[0]!.highlight[0], h[0]!.highlight[1])).toBe('løftevogn');
    expect(h[0]!.score).toBe(1);
    expect(h[0]).toMatchObject({
      source: 'Case 01 - Leder',
      speaker: 'Leder',
      caseId: 'case-01',
      participantId: 'p-l1',
      roleId: 'leder',
      segmentIds: ['seg-c'],
    });
  });
  it('keeps ø apart from o unless fuzzy', () => {
    expect(search('loftevogn').hits).toHaveLength(0);
    expect(search('loftevogn', { fuzzy: true }).hits).toHaveLength(1);
    expect(texts('loftet')).toEqual(['Loftet']);
  });
  it('ranks exact words over prefixes over typos', () => {
    const r = search('led', { fuzzy: false });
    expect(texts('led')[0]).toBe('led');
    expect(r.hits[0]!.score).toBeGreaterThan(r.hits[1]!.score);
  });
  it('finds phrases in quotes', () => {
    expect(texts('"tre led"')).toEqual(['tre led']);
    expect(texts('"tre le')).toEqual(['tre led']);
    expect(search('"led tre"').hits).toHaveLength(0);
  });
  it('tolerates typos with --fuzzy: ö for ø, a letter missing, swapped or wrong', () => {
    expect(search('kontrolbesög').hits).toHaveLength(0);
    expect(search('kontrolbesög', { fuzzy: true }).hits.length).toBeGreaterThanOrEqual(3);
    expect(texts('kontrlobesøg', { fuzzy: true })).toContain('kontrolbesøget');
    expect(texts('formalitett', { fuzzy: true })).toEqual(['formalitet']);
    expect(texts('samarbjedet', { fuzzy: true })).toEqual(['samarbejdet']);
    expect(texts('kontrolbesoeg', { fuzzy: true }).length).toBeGreaterThanOrEqual(3);
    // typo hits rank below exact ones
    const r = search('kontrolbesøget', { fuzzy: true });
    expect(r.hits.every((h) => h.score >= 0.5)).toBe(true);
  });
  it('finds a compound written apart and apart written together', () => {
    const joined = texts('kontrol besøg');
    expect(joined).toEqual(expect.arrayContaining(['kontrol besøg', 'Kontrolbesøget', 'kontrolbesøget']));
    expect(texts('kontrol besø')).toContain('Kontrolbesøget');
    // and typed together, written apart (also while the second word is still being typed)
    expect(texts('kontrolbesøg')).toContain('kontrol besøg');
    expect(texts('kontrolbes')).toContain('kontrol besøg');
    // a split only where both parts are words of the transcripts: no hit from letters that happen to line up
    expect(texts('kontrolbesøg').filter((t) => /\s/.test(t))).toEqual(['kontrol besøg']);
  });
  it('loose words must lie near each other; the hit spans them', () => {
    expect(texts('kursus aarhus')).toEqual(['Aarhus til kursus']);
    expect(texts('påbud smiley')).toEqual([]);
  });
  it('folds aa and å when asked (default), not otherwise', () => {
    expect(texts('århus').sort()).toEqual(['Aarhus', 'Århus']);
    expect(texts('aarhus', { aa: false })).toEqual(['Aarhus']);
  });
});

describe('filters', () => {
  const f = (raw: Parameters<typeof resolveSearchFilter>[1]) => resolveSearchFilter(project, raw);
  it('by case, role and participant (through the speaker of the turn)', () => {
    expect(search('kontrolbesøget', { filter: f({ cases: ['14'] }) }).hits).toHaveLength(1);
    expect(search('kontrolbesøget', { filter: f({ roles: ['AMR'] }) }).hits).toHaveLength(1);
    // the interviewer's turns belong to no participant, even when the fixture maps them to one
    expect(
      search('kontrolbesøget', { filter: f({ participants: ['Interviewer'] }) }).hits.map((h) => h.sourceId),
    ).toEqual([]);
    expect(
      search('kontrolbesøget', { filter: f({ participants: ['AMR case 3'] }) }).hits.map((h) => h.sourceId),
    ).toEqual(['src-3']);
    expect(() => f({ cases: ['99'] })).toThrow(/Ukendt case/);
  });
  it('by coded/uncoded, kind and PT point (a hit is coded when a segment overlaps it)', () => {
    expect(search('kontrolbesøget', { filter: { coded: true } }).hits).toHaveLength(2);
    expect(search('kontrolbesøget', { filter: { coded: false } }).hits.map((h) => h.speaker)).toEqual(['Interviewer']);
    expect(search('kontrolbesøget', { filter: f({ kinds: ['O'], pts: ['10'] }) }).hits).toHaveLength(2);
    expect(search('kontrolbesøget', { filter: f({ kinds: ['M'] }) }).hits).toHaveLength(0);
    expect(search('løft', { filter: f({ pts: ['#6'] }) }).hits.map((h) => h.start)).toEqual([L1.indexOf('løftevogn')]);
  });
  it('reports the total beyond the limit', () => {
    const r = search('l', { limit: 2 });
    expect(r.hits).toHaveLength(2);
    expect(r.total).toBeGreaterThan(2);
  });
});

describe('memos, CMO statements and the programteori', () => {
  it('are searched beside the transcripts as typed results', () => {
    const r = search('formalitet');
    expect(r.hits).toHaveLength(1);
    const types = r.others.map((o) => `${o.type}:${o.id}:${o.field}`);
    expect(types).toEqual(expect.arrayContaining(['memo:seg-a:memo', 'cmoc:cfg-1:statement']));
    const pt = search('kontrolbesøg').others.filter((o) => o.type === 'pt');
    expect(pt.map((o) => o.id)).toContain('#10');
    expect(search('hjælpemidler').others[0]).toMatchObject({ type: 'memo', id: 'seg-c', sourceId: 'src-1' });
  });
  it('follow the filters and the scope', () => {
    expect(search('formalitet', { filter: { cases: ['case-01'] } }).others).toHaveLength(0);
    expect(search('formalitet', { scope: ['transcripts'] }).others).toHaveLength(0);
    expect(search('formalitet', { scope: ['memos'] }).hits).toHaveLength(0);
  });
});

describe('index cache', () => {
  it('is reused while the sources are the same array and rebuilt when one changes', () => {
    const a = buildSearchIndex(project);
    const coded = { ...project, segments: project.segments.slice(1) };
    expect(buildSearchIndex(coded).transcripts).toBe(a.transcripts);
    const edited = {
      ...project,
      sources: [
        project.sources[0]!,
        { ...project.sources[1]!, text: A3.replace('formalitet', 'formsag') },
        project.sources[2]!,
      ],
    };
    const b = buildSearchIndex(edited);
    expect(b.transcripts).not.toBe(a.transcripts);
    expect(b.transcripts.idx[0]).toBe(a.transcripts.idx[0]);
    expect(searchIndex(b, edited, 'formalitet').hits).toHaveLength(0);
    expect(searchIndex(b, edited, 'formsag').hits).toHaveLength(1);
  });
});

describe('widening', () => {
  const s14 = project.sources.find((s) => s.id === 'src-14')!;
  const at = (w: string) => {
    const i = s14.text.indexOf(w);
    return [i, i + w.length] as const;
  };
  it('to the sentence, without the speaker label', () => {
    const [a, b] = at('kontrolbesøget');
    const r = widenRange(s14, a, b, 'sentence');
    expect(s14.text.slice(r.start, r.end)).toBe(
      'Jens Hansen sagde til mig, at kontrolbesøget fik ledelsen til at prioritere det.',
    );
    const [c, d] = at('kontrollen');
    const q = widenRange(s14, c, d, 'sentence');
    expect(s14.text.slice(q.start, q.end)).toBe('Hvad betød kontrollen?');
  });
  it('to the speaker turn, without its label', () => {
    const [a, b] = at('tre led');
    const r = widenRange(s14, a, b, 'turn');
    expect(s14.text.slice(r.start, r.end)).toBe(
      'I en kommune går beskeden gennem tre led, før den når ud til os på stuerne. Vi har tre gode ledere.',
    );
  });
  it('outside turns: sentence and paragraph', () => {
    const src = makeSource({ id: 'x', text: 'Første afsnit. Om 3.5 timer kommer de!\n\nAndet afsnit.' });
    const i = src.text.indexOf('timer');
    const s = widenRange(src, i, i + 5, 'sentence');
    expect(src.text.slice(s.start, s.end)).toBe('Om 3.5 timer kommer de!');
    const t = widenRange(src, i, i + 5, 'turn');
    expect(src.text.slice(t.start, t.end)).toBe('Første afsnit. Om 3.5 timer kommer de!');
  });
});

describe('snippets', () => {
  it('collapse whitespace, cut at words and mark the cuts', () => {
    const text = 'a '.repeat(100) + 'midt\n\ni teksten' + ' b'.repeat(100);
    const i = text.indexOf('midt');
    const s = snippetOf(text, i, i + 4, 20);
    expect(s.snippet.startsWith('…')).toBe(true);
    expect(s.snippet.endsWith('…')).toBe(true);
    expect(s.snippet.slice(s.highlight[0], s.highlight[1])).toBe('midt');
    expect(s.snippet).toContain('midt i teksten');
  });
});

describe('fuzzy walk over the term list', () => {
  it('agrees with a brute-force edit distance', () => {
    const terms = [...new Set(tokenize(L1 + A3 + L14).terms)].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    const osa = (a: string, b: string) => {
      const d = Array.from({ length: a.length + 1 }, (_, i) =>
        Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
      );
      for (let i = 1; i <= a.length; i++)
        for (let j = 1; j <= b.length; j++) {
          d[i]![j] = Math.min(
            d[i - 1]![j]! + 1,
            d[i]![j - 1]! + 1,
            d[i - 1]![j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1),
          );
          if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
            d[i]![j] = Math.min(d[i]![j]!, d[i - 2]![j - 2]! + 1);
        }
      return d[a.length]![b.length]!;
    };
    for (const q of ['kontrolbesög', 'ledre', 'formlaitet', 'smily', 'trw']) {
      for (const prefix of [false, true]) {
        const got = new Map<string, number>();
        fuzzyWalk(terms, q, 2, prefix, (g, d) => got.set(terms[g]!, d));
        const want = new Map<string, number>();
        for (const t of terms) {
          const d = prefix
            ? Math.min(...Array.from({ length: t.length + 1 }, (_, k) => osa(t.slice(0, k), q)))
            : osa(t, q);
          if (d <= 2) want.set(t, d);
        }
        expect(got, `${q} prefix=${prefix}`).toEqual(want);
      }
    }
  });
});

describe('command palette', () => {
  it('finds sources, cases and PT points from a few letters', () => {
    const items = paletteItems(project);
    expect(paletteSearch(items, 'case 14 led')[0]!.item).toMatchObject({ kind: 'source', id: 'src-14' });
    expect(paletteSearch(items, '#10')[0]!.item).toMatchObject({ kind: 'pt', id: '#10' });
    expect(paletteSearch(items, 'kontrolbes').some((r) => r.item.kind === 'pt' && r.item.id === '#10')).toBe(true);
    expect(
      paletteSearch(
        [...items, { kind: 'command', id: 'undo', label: 'Fortryd', detail: 'Ctrl+Z', keywords: ['undo'] }],
        'fortr',
      )[0]!.item.id,
    ).toBe('undo');
  });
});
