/** Heat shading for matrix cells: one neutral hue (not a C/M/O colour), stronger with the value. */
export function heatStyle(value: number, max: number): { backgroundColor: string; color: string } | undefined {
  if (value <= 0 || max <= 0) return undefined;
  const t = Math.min(1, value / max);
  const alpha = 0.12 + 0.68 * t;
  return { backgroundColor: `rgba(68, 55, 130, ${alpha.toFixed(3)})`, color: alpha > 0.5 ? '#fff' : '#1d1b2e' };
}
