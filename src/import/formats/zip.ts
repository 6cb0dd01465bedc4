/** A zip library's or mammoth's exception → what is wrong with the file, in Danish. */
export function describeZipError(e: unknown, what: string, mainPart: string): string {
  const msg = String((e as Error)?.message ?? e);
  if (/central directory|end of data|corrupted zip|invalid signature|unexpected end|is this a zip|zip file|crc32|bad offset|compressed|inflat|invalid (block|code|distance|stored)/i.test(msg))
    return `filen er beskadiget eller ufuldstændig (zip-arkivet kan ikke læses) — er den blevet afkortet under kopiering eller download?`;
  if (/could not find|not find (the )?main document|no such file|missing/i.test(msg) || msg.includes(mainPart))
    return `er et zip-arkiv, men ikke et ${what}`;
  return `kunne ikke læses som ${what} (${msg.slice(0, 200)})`;
}
