/**
 * `const { t } = useTranslation(ns)`: the strings of a feature's namespace in the current
 * language, re-rendering the component when the language changes — and nothing more per render.
 *
 * In place of react-i18next's hook, which on every render rebuilds its options, checks that the
 * namespaces are loaded and re-subscribes its store; with a hundred labelled components
 * rendering on a coding action that was milliseconds. Our strings are registered in memory
 * before the first render (registerStrings), so there is nothing to load or wait for.
 *
 * The `t` returned is one per language and namespace, stable across renders, and remembers its
 * answers: the same key with the same values gives the same string without asking i18next again.
 */
import { useSyncExternalStore } from 'react';
import i18n, { type TFunction } from 'i18next';

const subscribe = (onChange: () => void) => {
  i18n.on('languageChanged', onChange);
  return () => i18n.off('languageChanged', onChange);
};
const language = () => i18n.language;

const translators = new Map<string, TFunction>();
const cache = new Map<string, string>();
const MAX = 20_000;

/** options that change how i18next looks a key up: left to i18next */
const SPECIAL = new Set([
  'ns',
  'lng',
  'lngs',
  'context',
  'defaultValue',
  'ordinal',
  'returnObjects',
  'returnDetails',
  'joinArrays',
  'keySeparator',
  'nsSeparator',
  'interpolation',
  'replace',
  'postProcess',
  'fallbackLng',
]);
// PluralRules.select goes to ICU on every call (tens of µs, and each count is new: a coding
// action makes 1001 codings 1002). For whole numbers Danish and English agree with CLDR on one
// rule — "one" for 1, "other" for the rest — so those are answered here; the rest by Intl.
const rules = new Map<string, Intl.PluralRules>();
const pluralOf = (lng: string, n: number) => {
  if (Number.isInteger(n) && (lng === 'da' || lng === 'en')) return n === 1 ? 'one' : 'other';
  let r = rules.get(lng);
  if (!r) rules.set(lng, (r = new Intl.PluralRules(lng)));
  return r.select(n);
};
const PLACEHOLDER = /\{\{\s*([^{}\s,]+)\s*\}\}/g;

/**
 * The string i18next would give for a plain key with plain values, without asking it: the
 * template from the language's resources (plural form by Intl.PluralRules, `_zero` first for 0,
 * as i18next does) with `{{name}}` replaced. Undefined — and i18next asked — for anything else:
 * a missing string (fallback language), nesting, formats, context, a value not given. A cache
 * miss on a coding action (a count that changed) cost a tenth of a millisecond in i18next.
 * tests/unit/renderer/i18n-fast.test.ts holds it to i18next's answers for every string.
 */
export function fastTranslate(
  lng: string,
  ns: string,
  key: string,
  options?: Record<string, unknown>,
): string | undefined {
  if (options)
    for (const k in options)
      if (SPECIAL.has(k) || (options[k] !== null && typeof options[k] === 'object')) return undefined;
  const get = (k: string): string | undefined => {
    const v: unknown = i18n.getResource(lng, ns, k);
    return typeof v === 'string' ? v : undefined;
  };
  let template: string | undefined;
  const count = options?.count;
  if (typeof count === 'number') {
    template = (count === 0 ? get(`${key}_zero`) : undefined) ?? get(`${key}_${pluralOf(lng, count)}`) ?? get(key);
  } else template = get(key);
  if (template === undefined || template.includes('$t(') || template.includes('{{-')) return undefined;
  if (!template.includes('{{')) return template;
  let missing = false;
  const out = template.replace(PLACEHOLDER, (_, name: string) => {
    const v = options?.[name];
    if (v === undefined || v === null) {
      missing = true;
      return '';
    }
    return String(v);
  });
  return missing || out.includes('{{') ? undefined : out;
}

function translator(lng: string, ns: string): TFunction {
  const id = `${lng}\u0001${ns}`;
  let t = translators.get(id);
  if (t) return t;
  const raw = i18n.getFixedT(lng, ns);
  const cached = (key: string | string[], options?: Record<string, unknown>): string => {
    const k = `${id}\u0001${String(key)}\u0001${options === undefined ? '' : JSON.stringify(options)}`;
    let v = cache.get(k);
    if (v === undefined) {
      v = (typeof key === 'string' ? fastTranslate(lng, ns, key, options) : undefined) ?? String(raw(key, options));
      if (cache.size >= MAX) cache.clear();
      cache.set(k, v);
    }
    return v;
  };
  t = cached as unknown as TFunction;
  translators.set(id, t);
  return t;
}

/** The same cached `t` outside a component (strings read at render time by plain functions). */
export const translate = (ns: string): TFunction => translator(i18n.language, ns);

export function useTranslation(ns: string): { t: TFunction; i18n: typeof i18n } {
  const lng = useSyncExternalStore(subscribe, language);
  return { t: translator(lng, ns), i18n };
}
