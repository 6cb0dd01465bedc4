/**
 * The window words what the data carries as codes and data (a sheet row's reason, a REFI-QDA loss,
 * an import's warning) in its own language; a warning stored without a code (an older project
 * file) is shown as it was stored.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { setLanguage } from '../../../renderer/src/i18n';
import { noticeInWords, textsInWords } from '../../../renderer/src/i18n/logWords';
import { notice } from '../../../src/cmo/notice';
import { say } from '../../../src/cmo/logMessages';

afterAll(() => setLanguage('da'));

describe('notices in the window', () => {
  it('words a code and its data in the window’s language', () => {
    const reason = notice('sheetUnknownSource', { source: 'Nope' });
    setLanguage('da');
    expect(noticeInWords(reason)).toBe('ukendt kilde "Nope"');
    expect(noticeInWords(notice('lostVideoSelection'))).toBe('videomarkeringer (video selections)');
    setLanguage('en');
    expect(noticeInWords(reason)).toBe('unknown source "Nope"');
    expect(noticeInWords(notice('lostVideoSelection'))).toBe('video selections');
    // a code from a newer version: its code, not nothing
    expect(noticeInWords({ code: 'sheetSomethingNew', data: {} })).toBe('sheetSomethingNew');
  });

  it('shows a stored warning without a code as it was stored, and one with a code in the window’s language', () => {
    const stored = ['Filen var ikke UTF-8; læst som windows-1252'];
    setLanguage('en');
    expect(textsInWords(stored, undefined)).toEqual(stored);
    expect(textsInWords(['Gammel advarsel'], [])).toEqual(['Gammel advarsel']);
    expect(textsInWords(stored, [say('warnNotUtf8', { encoding: 'windows-1252' })])).toEqual([
      'The file was not UTF-8; read as windows-1252',
    ]);
    setLanguage('da');
    expect(textsInWords(stored, [say('warnNotUtf8', { encoding: 'windows-1252' })])).toEqual(stored);
  });
});
