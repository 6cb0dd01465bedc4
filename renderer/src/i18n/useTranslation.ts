/**
 * react-i18next's useTranslation with a memory: the same key with the same values in the same
 * language gives the same string, so it is looked up once. i18next's own lookup (resolving,
 * interpolating, nesting) costs tens of microseconds per call, and a coding action renders a
 * hundred labels again — most of them unchanged. The strings are fixed once registered.
 */
import { useMemo } from 'react';
import { useTranslation as useI18next } from 'react-i18next';

const cache = new Map<string, string>();
const MAX = 20_000;

export function useTranslation(ns: string) {
  const r = useI18next(ns);
  const { t: raw, i18n } = r;
  const lng = i18n.language;
  const t = useMemo(() => {
    const cached = (key: string | string[], options?: Record<string, unknown>): string => {
      const k = `${lng}\u0001${ns}\u0001${String(key)}\u0001${options === undefined ? '' : JSON.stringify(options)}`;
      let v = cache.get(k);
      if (v === undefined) {
        v = String(raw(key, options));
        if (cache.size >= MAX) cache.clear();
        cache.set(k, v);
      }
      return v;
    };
    return cached as unknown as typeof raw;
  }, [raw, lng, ns]);
  return { ...r, t };
}
