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

function translator(lng: string, ns: string): TFunction {
  const id = `${lng}\u0001${ns}`;
  let t = translators.get(id);
  if (t) return t;
  const raw = i18n.getFixedT(lng, ns);
  const cached = (key: string | string[], options?: Record<string, unknown>): string => {
    const k = `${id}\u0001${String(key)}\u0001${options === undefined ? '' : JSON.stringify(options)}`;
    let v = cache.get(k);
    if (v === undefined) {
      v = String(raw(key, options));
      if (cache.size >= MAX) cache.clear();
      cache.set(k, v);
    }
    return v;
  };
  t = cached as unknown as TFunction;
  translators.set(id, t);
  return t;
}

export function useTranslation(ns: string): { t: TFunction; i18n: typeof i18n } {
  const lng = useSyncExternalStore(subscribe, language);
  return { t: translator(lng, ns), i18n };
}
