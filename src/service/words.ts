/**
 * The one message table's words for the hosts: electron/ may import src/service, not src/cmo, so
 * the shell takes its menus' and dialogs' words, and any message's, from here.
 */
import { logText, wordsFor, type LogLang, type LogMessage } from '../cmo/logMessages';
import { shellKey, shellWordsDa, type ShellWord } from '../cmo/shellMessages';

export { wordsFor, type LogLang, type LogMessage };

/** The Electron shell's words (menus, dialogs, error boxes) in one language, from the table. */
export function shellWords(lang: LogLang): Record<ShellWord, string> {
  const out: Partial<Record<ShellWord, string>> = {};
  for (const w of Object.keys(shellWordsDa) as ShellWord[]) out[w] = logText({ key: shellKey(w) }, lang) ?? w;
  return out as Record<ShellWord, string>;
}
