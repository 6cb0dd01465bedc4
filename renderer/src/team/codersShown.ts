/**
 * Whose coding the transcript shows (#20 "show other coders"): every coder's, only mine, or one
 * named coder's — their marks and stripes. Kept per project on this machine (localStorage, by the
 * project file); a choice from before projects had their own ("other coders" off) counts as
 * "only mine". The filter itself is pure.
 */
import { useMemo, useSyncExternalStore } from 'react';
import type { Segment } from '../../../src/cmo/model';
import { useCoder } from './coderStore';

export type CodersShown = { only: 'all' } | { only: 'me' } | { only: 'coder'; name: string };
export const ALL: CodersShown = { only: 'all' };

/** as a select's value and as stored: `all`, `me`, `coder:<name>` */
export const showValue = (c: CodersShown): string => (c.only === 'coder' ? `coder:${c.name}` : c.only);
export function parseShown(v: string | null | undefined): CodersShown {
  if (v === 'me') return { only: 'me' };
  if (v?.startsWith('coder:') && v.length > 6) return { only: 'coder', name: v.slice(6, 206) };
  return ALL;
}

/** The segments drawn for a choice; `me` is who codes on this machine (nobody: all are shown). */
export function shownSegments(segments: Segment[], c: CodersShown, me: string): Segment[] {
  if (c.only === 'coder') return segments.filter((s) => s.coder === c.name);
  if (c.only === 'me' && me) return segments.filter((s) => s.coder === me);
  return segments;
}

const KEY = 'cmo-coders-shown';
/** the toggle before this choice: one setting for every project */
const OLD_KEY = 'cmo-other-coders';

function stored(): Record<string, string> {
  try {
    const v: unknown = JSON.parse(localStorage.getItem(KEY) ?? '{}');
    return v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, string>) : {};
  } catch {
    return {};
  }
}
function oldChoice(): CodersShown {
  try {
    return localStorage.getItem(OLD_KEY) === 'off' ? { only: 'me' } : ALL;
  } catch {
    return ALL;
  }
}

let project = '';
let shown: CodersShown = ALL;
const listeners = new Set<() => void>();
const changed = () => {
  for (const l of [...listeners]) l();
};
const subscribe = (l: () => void) => {
  listeners.add(l);
  return () => {
    listeners.delete(l);
  };
};

/** The project whose choice applies (the window shows one project until it reloads). */
export function bindProject(file: string): void {
  if (!file || file === project) return;
  project = file;
  const mine = stored()[file];
  shown = mine === undefined ? oldChoice() : parseShown(mine);
  changed();
}

export function setShown(c: CodersShown): void {
  shown = c;
  if (project) {
    try {
      localStorage.setItem(KEY, JSON.stringify({ ...stored(), [project]: showValue(c) }));
    } catch {
      /* private mode: kept for this window only */
    }
  }
  changed();
}

export const currentShown = (): CodersShown => shown;
export const useShown = (): CodersShown => useSyncExternalStore(subscribe, currentShown);

/** The transcript's segments as the choice has them (the same array when nothing is left out). */
export function useShownSegments(segments: Segment[] | undefined): Segment[] | undefined {
  const me = useCoder();
  const c = useShown();
  return useMemo(() => (segments ? shownSegments(segments, c, me) : segments), [segments, c, me]);
}
