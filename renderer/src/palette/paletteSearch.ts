/**
 * The command palette's search: the best items for what was typed, by fuse.js over a few hundred
 * items (unlike transcript search, the items are few). The window calls it on every keystroke over
 * the items it got once per revision (`palette.items`, built on the host side) and its own
 * commands. Pure; it lives with the window because fuse.js is a browser-side library here (the
 * domain, src/cmo, imports only zod and diff).
 */
import Fuse from 'fuse.js';

/** what the palette searches in an item (src/api/methods/search.ts PaletteItem has these) */
export interface PaletteEntry {
  label: string;
  detail: string;
  keywords: string[];
}

const fuseCache = new WeakMap<readonly PaletteEntry[], Fuse<PaletteEntry>>();

/** The best `limit` items for what was typed; an empty query lists the items as given. */
export function paletteSearch<T extends PaletteEntry>(
  items: readonly T[],
  query: string,
  limit = 20,
): { item: T; score: number }[] {
  const q = query.normalize('NFC').trim();
  if (!q) return items.slice(0, limit).map((item) => ({ item, score: 1 }));
  let fuse = fuseCache.get(items);
  if (!fuse) {
    fuse = new Fuse<PaletteEntry>([...items], {
      keys: [
        { name: 'label', weight: 3 },
        { name: 'keywords', weight: 2 },
        { name: 'detail', weight: 1 },
      ],
      includeScore: true,
      ignoreLocation: true,
      threshold: 0.4,
    });
    fuseCache.set(items, fuse);
  }
  // fuse ranks by closeness anywhere; an item whose label starts with what was typed comes first (`#10` → `#10 …`)
  const lower = q.toLowerCase();
  const starts = (it: T) => (it.label.toLowerCase().startsWith(lower) ? 1 : 0);
  return fuse
    .search(q, { limit: limit * 2 })
    .map((r) => ({ item: items[r.refIndex]!, score: Math.round((1 - (r.score ?? 0)) * 1000) / 1000 }))
    .sort((a, b) => starts(b.item) - starts(a.item) || b.score - a.score)
    .slice(0, limit);
}
