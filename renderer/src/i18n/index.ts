/**
 * UI strings, Danish by default and English switchable (i18next). Each feature folder owns its
 * strings in an `i18n.ts` beside its components and registers them as its own namespace:
 *
 *   export const ns = registerStrings('matrix', { da: { title: 'Matrix' }, en: { title: 'Matrix' } });
 *   const { t } = useTranslation(ns);   // t('title')
 *
 * A unit test checks that every namespace has the same keys in both languages.
 */
import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';

export const LANGUAGES = ['da', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

type Strings = { [key: string]: string | Strings };
export interface Bundle {
  da: Strings;
  en: Strings;
}

const registry = new Map<string, Bundle>();

const stored = (): Language => {
  try {
    const v = globalThis.localStorage?.getItem('cmo-lang');
    return v === 'en' ? 'en' : 'da';
  } catch {
    return 'da';
  }
};

void i18n.use(initReactI18next).init({
  lng: stored(),
  fallbackLng: 'da',
  resources: {},
  interpolation: { escapeValue: false }, // React escapes
  returnNull: false,
});

/** Registers a feature's strings under its namespace; returns the namespace for useTranslation. */
export function registerStrings<N extends string>(ns: N, bundle: Bundle): N {
  registry.set(ns, bundle);
  for (const lng of LANGUAGES) i18n.addResourceBundle(lng, ns, bundle[lng], true, true);
  return ns;
}

export function registeredBundles(): ReadonlyMap<string, Bundle> {
  return registry;
}

export function setLanguage(lng: Language): void {
  try {
    globalThis.localStorage?.setItem('cmo-lang', lng);
  } catch {
    /* private mode */
  }
  void i18n.changeLanguage(lng);
  if (typeof document !== 'undefined') document.documentElement.lang = lng;
}

export const currentLanguage = (): Language => (i18n.language === 'en' ? 'en' : 'da');

const two = (n: number) => String(n).padStart(2, '0');
// the local clock by hand: the time zone's offset looked up once per quarter of an hour of UTC
// time (every zone changes its offset on a quarter hour), as Date's local getters cost a
// time-zone lookup (a fraction of a millisecond here) on every call
const offsets = new Map<number, number>();
function localDate(iso: string): Date | null {
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) return null;
  const quarter = Math.floor(ms / 900_000);
  let off = offsets.get(quarter);
  if (off === undefined) {
    if (offsets.size > 10_000) offsets.clear();
    off = new Date(ms).getTimezoneOffset();
    offsets.set(quarter, off);
  }
  return new Date(ms - off * 60_000); // read with the UTC getters
}
/**
 * Dates and times in the language's conventions, 24-hour clock in both: `24.11.2026 23.10`
 * (Danish) or `24/11/2026, 23:10` (British English). By hand: Intl.DateTimeFormat#format costs
 * about a millisecond per call here, and the segment details show two on every coding action.
 */
export const formatDateTime = (iso: string) => {
  const d = localDate(iso);
  if (!d) return '';
  const [day, month, year, h, m] = [
    two(d.getUTCDate()),
    two(d.getUTCMonth() + 1),
    d.getUTCFullYear(),
    two(d.getUTCHours()),
    two(d.getUTCMinutes()),
  ];
  return currentLanguage() === 'da' ? `${day}.${month}.${year} ${h}.${m}` : `${day}/${month}/${year}, ${h}:${m}`;
};
/** HH:MM:SS, the 24-hour clock both languages use here; by hand, as it runs on every save. */
export const formatTime = (iso: string) => {
  const d = localDate(iso);
  return d
    ? [d.getUTCHours(), d.getUTCMinutes(), d.getUTCSeconds()].map(two).join(currentLanguage() === 'da' ? '.' : ':')
    : '';
};
/** Sorting as Danish readers expect (æ, ø, å after z; aa as å) — whatever the UI language. */
export const collator = new Intl.Collator('da', { numeric: true, sensitivity: 'base' });

export { i18n };
