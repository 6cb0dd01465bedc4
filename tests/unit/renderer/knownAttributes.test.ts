/** A kept matrix or quote filter naming an attribute removed since: the reference is dropped, the rest kept. */
import { describe, expect, it } from 'vitest';
import { knownAttributes } from '../../../renderer/src/shared/knownAttributes';

const def = (id: string) => ({ id, label: id, type: 'text' as const, values: [] });
const info = { attributeDefs: [def('ansatte')], sourceAttributeDefs: [def('form')] };

describe('knownAttributes', () => {
  it('keeps settings whose attributes all exist as they are (the same object)', () => {
    const s = { rows: 'attr:ansatte', attr: 'ansatte=10-34', srcAttr: 'form=Telefon', kinds: ['C'] };
    expect(knownAttributes(s, info)).toBe(s);
    const f = { pt: '4a', attrs: { ansatte: '10-34' } };
    expect(knownAttributes(f, info)).toBe(f);
  });

  it('drops rows, filters and values of attributes no longer defined', () => {
    expect(knownAttributes({ rows: 'attr:sektor', attr: 'sektor=Privat', srcAttr: 'x=1', pt: '4a' }, info)).toEqual({
      rows: 'case',
      attr: undefined,
      srcAttr: undefined,
      pt: '4a',
    });
    expect(knownAttributes({ pt: '', attrs: { sektor: 'Privat', ansatte: '10-34' } }, info)).toMatchObject({
      pt: '',
      attrs: { ansatte: '10-34' },
    });
  });
});
