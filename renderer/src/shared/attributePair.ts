/** `<id>=<value>` (an attribute filter's option) as the API takes it (`{ sektor: ['Offentlig'] }`); undefined: none. */
export function attributePair(v: string | undefined): Record<string, string[]> | undefined {
  const at = v ? v.indexOf('=') : -1;
  return v && at > 0 ? { [v.slice(0, at)]: [v.slice(at + 1)] } : undefined;
}
