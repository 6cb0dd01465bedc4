/**
 * The shell's own words — menus, dialogs, error boxes — in Danish or English after the system's
 * language (the window itself switches in its header). The words are the one message table's
 * (src/cmo/shellMessages.ts, through src/service/words.ts); kept out of main.ts so they can be
 * tested without Electron.
 */
import { shellWords } from '../src/service/words';

export type ShellStrings = ReturnType<typeof shellWords>;

/** Danish for a Danish system locale (`da`, `da-DK`), English otherwise. */
export const shellLang = (locale: string): 'da' | 'en' => (/^da\b/i.test(locale) ? 'da' : 'en');

export function shellStrings(locale: string): ShellStrings {
  return shellWords(shellLang(locale));
}
