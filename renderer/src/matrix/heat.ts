/**
 * The matrix's colour scale, shared by the table and the heatmap: one sequential purple hue
 * (d3's Purples, not a C/M/O colour), light to dark with the value — readable in greyscale and
 * with the common colour-vision deficiencies. Text on a cell switches to white where it is dark.
 */
import { interpolatePurples, lab, scaleSequential } from 'd3';

export function heatScale(max: number) {
  const s = scaleSequential((t: number) => interpolatePurples(0.12 + 0.83 * t)).domain([0, Math.max(1, max)]);
  return (v: number) => s(Math.min(v, Math.max(1, max)));
}

export const inkOn = (fill: string): string => (lab(fill).l < 58 ? '#ffffff' : '#1d1b2e');

export function heatStyle(value: number, max: number): { backgroundColor: string; color: string } | undefined {
  if (value <= 0 || max <= 0) return undefined;
  const fill = heatScale(max)(value);
  return { backgroundColor: fill, color: inkOn(fill) };
}
