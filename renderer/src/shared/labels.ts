/** The model's codes, the keys for them and the colour-blind-safe palette (Okabe–Ito). */
import { KINDS, VERDICTS, type Kind, type Verdict } from '../../../src/cmo/model';

export { KINDS, VERDICTS };
export type { Kind, Verdict };

/** the key a researcher presses for each kind */
export const KIND_KEY = { C: 'C', M: 'M', O: 'O' } as const satisfies Record<Kind, string>;

/** Okabe–Ito: blue, orange, bluish green — distinguishable with the common colour-vision deficiencies. */
export const KIND_RGB = { C: [0, 114, 178], M: [230, 159, 0], O: [0, 158, 115] } as const satisfies Record<
  Kind,
  readonly [number, number, number]
>;

/** Besides colour, each kind has its own underline, so the code is never told by colour alone. */
export const KIND_UNDERLINE = { C: 'solid', M: 'dashed', O: 'dotted' } as const satisfies Record<Kind, string>;

export const rgba = (k: Kind, alpha: number): string => `rgba(${KIND_RGB[k].join(', ')}, ${alpha})`;

/**
 * How a PT point is named in short lists: its `#id`, or ★ for the overall hypothesis (as in the programme theory panel;
 * its title says what it is).
 */
export const ptShort = (p: { id: string; title: string }): string => (p.id.startsWith('#') ? p.id : '★');
