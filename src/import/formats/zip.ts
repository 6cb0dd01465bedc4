import { say, type LogMessage } from '../../cmo/logMessages';

/** A zip library's or mammoth's exception → what is wrong with the file (a Word or OpenDocument text document), as a message. */
export function describeZipError(e: unknown, format: 'docx' | 'odt', mainPart: string): LogMessage {
  const msg = String((e as Error)?.message ?? e);
  if (/central directory|end of data|corrupted zip|invalid signature|unexpected end|is this a zip|zip file|crc32|bad offset|compressed|inflat|invalid (block|code|distance|stored)/i.test(msg))
    return say('errZipDamaged');
  if (/could not find|not find (the )?main document|no such file|missing/i.test(msg) || msg.includes(mainPart))
    return say('errZipNotDocument', { format });
  return say('errUnreadableAs', { format, detail: msg.slice(0, 200) });
}
