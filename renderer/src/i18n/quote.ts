/** Quotation marks for a passage in the window's language: Danish ”…” (as the NFA report writes them), English “…”. */
import { currentLanguage } from './index';

export const quoteMarks = (): readonly [string, string] => (currentLanguage() === 'en' ? ['“', '”'] : ['”', '”']);

export const quoted = (text: string): string => {
  const [open, close] = quoteMarks();
  return `${open}${text}${close}`;
};
