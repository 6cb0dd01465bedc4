/** A GUID (8-4-4-4-12 hex) derived from a string, stable across runs: FNV-1a with four salts. */
export function stableGuid(seed: string): string {
  const parts = [0x811c9dc5, 0x01000193, 0x9e3779b9, 0x85ebca6b]
    .map((salt) => {
      let h = salt >>> 0;
      for (let i = 0; i < seed.length; i++) {
        h ^= seed.charCodeAt(i);
        h = Math.imul(h, 0x01000193) >>> 0;
      }
      return h.toString(16).padStart(8, '0');
    })
    .join('');
  const variant = (8 | (parseInt(parts[16]!, 16) & 3)).toString(16);
  const [a, b, c, d] = [parts.slice(0, 8), parts.slice(8, 12), parts.slice(13, 16), parts.slice(17, 20)];
  return `${a}-${b}-5${c}-${variant}${d}-${parts.slice(20, 32)}`;
}

export const isGuid = (s: string) =>
  /^\{?[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}\}?$/.test(s);
