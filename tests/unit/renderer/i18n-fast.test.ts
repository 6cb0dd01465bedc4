/// <reference types="vite/client" />
import i18n from 'i18next';
import { describe, expect, it } from 'vitest';
import { LANGUAGES, registeredBundles } from '../../../renderer/src/i18n';
import { fastTranslate } from '../../../renderer/src/i18n/useTranslation';

// every feature's strings, registered as their modules load
import.meta.glob('../../../renderer/src/**/i18n.ts', { eager: true });

type Strings = { [key: string]: string | Strings };
const leaves = (o: Strings, prefix = ''): [string, string][] =>
  Object.entries(o).flatMap(([k, v]) =>
    typeof v === 'string' ? [[prefix + k, v] as [string, string]] : leaves(v, `${prefix}${k}.`),
  );
/** the key a caller passes: plural forms without their suffix */
const base = (k: string) => k.replace(/_(zero|one|two|few|many|other)$/, '');
const vars = (s: string) => [...s.matchAll(/\{\{\s*([^{}\s,]+)\s*\}\}/g)].map((m) => m[1]!);

describe('the cached translator’s own lookup', () => {
  it('gives exactly what i18next gives, for every string in both languages', () => {
    let compared = 0,
      answered = 0;
    for (const [ns, bundle] of registeredBundles()) {
      for (const lng of LANGUAGES) {
        const t = i18n.getFixedT(lng, ns);
        const all = leaves(bundle[lng]);
        for (const key of new Set(all.map(([k]) => base(k)))) {
          const names = new Set(all.filter(([k]) => base(k) === key).flatMap(([, v]) => vars(v)));
          const values = (n: number | string) =>
            Object.fromEntries([...names].map((v) => [v, v === 'count' ? n : `«${v} æøå ${n}»`]));
          const cases: (Record<string, unknown> | undefined)[] = [
            undefined,
            ...[0, 1, 2, 5, 21, 1.5].map((n) => ({ ...values(n), count: n })),
            values('x'),
          ];
          for (const o of cases) {
            const fast = fastTranslate(lng, ns, key, o);
            compared++;
            if (fast === undefined) continue; // left to i18next
            answered++;
            expect(fast, `${lng} ${ns}:${key} ${JSON.stringify(o)}`).toBe(String(t(key, o)));
          }
        }
      }
    }
    // nearly every call is answered without i18next (not a lookup that always gives up)
    expect(answered / compared).toBeGreaterThan(0.8);
  });

  it('knows the plural forms of whole numbers as Intl does, in both languages', () => {
    for (const lng of LANGUAGES) {
      const rule = new Intl.PluralRules(lng);
      i18n.addResourceBundle(lng, 'test-plural', { n_one: 'one', n_other: 'other' }, true, true);
      for (let n = 0; n <= 2000; n++)
        expect(fastTranslate(lng, 'test-plural', 'n', { count: n }), `${lng} ${n}`).toBe(
          rule.select(n) === 'one' ? 'one' : 'other',
        );
    }
  });

  it('leaves to i18next what it does not do itself', () => {
    const [ns, bundle] = [...registeredBundles()].find(([, b]) => leaves(b.da).some(([, v]) => vars(v).length > 0))!;
    const [key, template] = leaves(bundle.da).find(([, v]) => vars(v).length > 0)!;
    expect(fastTranslate('da', ns, base(key), {})).toBeUndefined(); // a value not given
    expect(fastTranslate('da', ns, base(key), { defaultValue: 'x' })).toBeUndefined();
    expect(fastTranslate('da', ns, base(key), { context: 'male' })).toBeUndefined();
    expect(fastTranslate('da', ns, 'no.such.key')).toBeUndefined(); // fallback language and missing keys
    expect(
      fastTranslate('da', ns, base(key), Object.fromEntries(vars(template).map((v) => [v, { nested: true }]))),
    ).toBeUndefined();
  });
});
