import { describe, expect, it } from 'vitest';
import { LogMessage, logText, say, type LogKey } from '../../../src/cmo/logMessages';
import { LogEntry } from '../../../src/cmo/model';
import { errorsDa, warningsDa, type ErrorKey, type WarningKey } from '../../../src/cmo/errorMessages';
import { DomainError } from '../../../src/cmo/errors';

const segment = say('segment', {
  what: 'M #4a',
  source: 'Case 01 - Leder',
  start: 117,
  end: 182,
  excerpt: 'jeg er produktionschef her',
});

/** one message of every kind, with values a command would give */
const samples: Record<LogKey, ReturnType<typeof say>> = {
  segment,
  segmentAdded: say('segmentAdded', { segment }),
  segmentChanged: say('segmentChanged', { segment }),
  segmentRemoved: say('segmentRemoved', { segment }),
  undone: say('undone', { step: say('segmentAdded', { segment }) }),
  redone: say('redone', { step: 'Kodede noget (fra en ældre version)' }),
  autocodeFound: say('autocodeFound', { count: 3, query: 'påbud' }),
  autocoded: say('autocoded', {
    count: 3,
    widen: 'sentence',
    found: say('autocodeFound', { count: 4 }),
    coding: 'O #9',
    skipped: 1,
  }),
  turnsAutocoded: say('turnsAutocoded', { count: 1, speakers: 'Leder', source: 'Case 01', coding: 'C #1', skipped: 0 }),
  caseAdded: say('caseAdded', { label: 'Case 21' }),
  caseChanged: say('caseChanged', {
    label: 'Case 21',
    changes: [
      say('renamed', { label: 'Case 22' }),
      say('caseNumber', {}),
      say('attributeValue', { label: 'Ansatte', value: '35-99' }),
    ],
  }),
  renamed: say('renamed', { label: 'X' }),
  caseNumber: say('caseNumber', { number: 4 }),
  attributeValue: say('attributeValue', { label: 'Branche' }),
  attributeDefined: say('attributeDefined', {
    created: 1,
    label: 'Branche',
    type: 'category',
    values: 'Bygge, Hospital',
  }),
  roleAdded: say('roleAdded', { label: 'Leder', aliases: 'Direktør' }),
  codeSheet: say('codeSheet', { file: 'ark.xlsx', coded: 12, failed: 1, skipped: 0 }),
  codeAdded: say('codeAdded', { code: 'Roller/Ekspert' }),
  codeChanged: say('codeChanged', { code: 'Roller/Ekspert' }),
  codesMerged: say('codesMerged', { from: 'A', into: 'B', moved: 1 }),
  codeRemoved: say('codeRemoved', { code: 'A', flagged: 2 }),
  codebookImported: say('codebookImported', { file: 'bog.qdc', added: 3, total: 5 }),
  configurationAdded: say('configurationAdded', { pt: '#4a', count: 2 }),
  configurationChanged: say('configurationChanged', { pt: '#4a' }),
  configurationRemoved: say('configurationRemoved', { pt: '#4a' }),
  editCount: say('editCount', { count: 2 }),
  editReplace: say('editReplace', { find: 'Hansen', replace: 'Leder A', count: 3 }),
  sourceEdited: say('sourceEdited', { source: 'Case 01', edit: say('editCount', { count: 1 }), moved: 2, flagged: 1 }),
  summaryUnchanged: say('summaryUnchanged', { row: 'Case 1', col: '#4a' }),
  summarySet: say('summarySet', { row: 'Case 1', col: '#4a' }),
  summaryRemoved: say('summaryRemoved', { row: 'Case 1', col: '#4a' }),
  imported: say('imported', { file: 'case1.docx', source: 'Case 01 - Leder', case: 'Case 1' }),
  pseudonymised: say('pseudonymised', { sources: 2, replacements: 5, flagged: 1 }),
  pseudonymSet: say('pseudonymSet', { changed: 0, name: 'Hansen', replacement: 'Leder A' }),
  pseudonymRemoved: say('pseudonymRemoved', { name: 'Hansen' }),
  renditionSet: say('renditionSet', { text: 'det var godt' }),
  renditionCleared: say('renditionCleared', { id: 'seg-1' }),
  quotesMarked: say('quotesMarked', { count: 2, changes: [say('starOn'), say('unpicked')] }),
  starOn: say('starOn'),
  starOff: say('starOff'),
  picked: say('picked'),
  unpicked: say('unpicked'),
  quotesOrdered: say('quotesOrdered', { count: 4 }),
  quoteSettings: say('quoteSettings', { keys: 'attribution' }),
  speakersMapped: say('speakersMapped', { source: 'Case 01', changes: [] }),
  speakerTo: say('speakerTo', { label: 'IP' }),
  sourceChanged: say('sourceChanged', { source: 'Case 01', changes: [say('sourceCase', { case: 'Case 3' })] }),
  sourceCase: say('sourceCase', {}),
};

describe('log messages', () => {
  it('read the same in Danish as the summaries written before messages', () => {
    expect(logText(samples.segmentAdded, 'da')).toBe(
      'Kodede M #4a i "Case 01 - Leder" [117–182] "jeg er produktionschef her"',
    );
    expect(logText(samples.undone, 'da')).toBe(
      'Fortrød: Kodede M #4a i "Case 01 - Leder" [117–182] "jeg er produktionschef her"',
    );
    expect(logText(samples.caseChanged, 'da')).toBe(
      'Casen "Case 21": omdøbt til "Case 22", nummer intet, Ansatte: 35-99',
    );
    expect(logText(samples.autocoded, 'da')).toBe(
      'Autokodede 3 passager (hele sætninger) fra 4 valgte fund som O #9 (1 var allerede kodet)',
    );
    expect(logText(samples.turnsAutocoded, 'da')).toBe('Autokodede 1 tur af Leder i "Case 01" som C #1');
    expect(logText(samples.speakersMapped, 'da')).toBe('Talere i "Case 01": uændret');
    expect(logText(samples.quotesMarked, 'da')).toBe('2 citat(er): stjerne på, fravalgt');
    expect(logText(samples.attributeValue, 'da')).toBe('Branche: (tom)');
  });

  it('read in English, with English plurals', () => {
    expect(logText(samples.undone, 'en')).toBe(
      'Undid: Coded M #4a in "Case 01 - Leder" [117–182] "jeg er produktionschef her"',
    );
    expect(logText(samples.redone, 'en')).toBe('Redid: Kodede noget (fra en ældre version)');
    expect(logText(samples.caseChanged, 'en')).toBe(
      'Case "Case 21": renamed to "Case 22", number none, Ansatte: 35-99',
    );
    expect(logText(samples.codesMerged, 'en')).toBe('Merged "A" into "B" (1 coding)');
    expect(logText(samples.codeRemoved, 'en')).toBe('Deleted the code "A" (2 codings without a code flagged)');
    expect(logText(samples.sourceEdited, 'en')).toBe(
      'Corrected "Case 01": 1 correction; 2 codings moved, 1 flagged for review',
    );
    expect(logText(samples.speakersMapped, 'en')).toBe('Speakers in "Case 01": unchanged');
    expect(logText(samples.speakerTo, 'en')).toBe('IP → nobody');
  });

  it('every kind has words in both languages, none of them a missing value', () => {
    for (const [key, m] of Object.entries(samples)) {
      for (const lang of ['da', 'en'] as const) {
        const text = logText(m, lang);
        expect(text, `${key} (${lang})`).toBeTruthy();
        expect(text, `${key} (${lang})`).not.toMatch(/undefined|null|\[object/);
      }
    }
  });

  it('a key this version does not know (a newer file) has no words, so the stored text is shown', () => {
    expect(logText({ key: 'somethingNew' }, 'en')).toBeNull();
    expect(logText({ key: 'constructor' }, 'da')).toBeNull();
    expect(logText({ key: 'toString' }, 'en')).toBeNull();
    expect(logText(say('undone', { step: { key: 'somethingNew' } }), 'en')).toBeNull();
  });

  it('are stored in the project file: validated, and absent in entries from before', () => {
    expect(LogMessage.parse(JSON.parse(JSON.stringify(samples.caseChanged)))).toEqual(samples.caseChanged);
    expect(() => LogMessage.parse({ key: 'x', params: { a: { nested: true } } })).toThrow();
    const before = { at: '2026-11-25T00:00:00.000Z', who: 'a', command: 'segment.add', summary: 'Kodede …' };
    expect(LogEntry.parse(before).message).toBeUndefined();
  });
});

describe('refusals as messages', () => {
  // every value any refusal uses, so each template is filled
  const values = {
    id: 'seg-1',
    log: '/home/x/CMO Workbench/logs/errors.log',
    reason: 'EACCES',
    method: 'segment.explode',
    existingName: 'Case 03 - Leder',
    ref: 'Case 9',
    known: '',
    ids: 'src-1, src-2',
    start: 4,
    end: 2,
    source: 'Case 01 - Leder',
    length: 100,
    coding: 'M #4a',
    text: 'vi laver',
    count: 2,
    at: '10, 40',
    find: 'Hansen',
    name: 'Leder',
    label: 'Leder',
    number: 3,
    attribute: 'Ansatte',
    value: 'mange',
    case: 'Case 1',
    role: 'Leder',
    participant: 'Leder, case 1',
    code: 'Roller',
    path: 'Roller/Ekspert',
    file: 'case1.docx',
    problem: say('errNoText'),
    detail: 'unexpected end of file',
    dimension: 'case',
    field: 'navn',
    replacement: 'Leder A',
    query: 'påbud',
    total: 600,
    max: 500,
    failed: 2,
    columns: 'quote, pt',
    found: 'kilde, tekst',
    row: 4,
    color: '#12',
    from: 'vi',
    to: 'de',
    row1: 3,
    reason1: 'citatet findes ikke i kilden',
    format: 'docx',
    ext: '.txt',
    supported: '.docx, .txt',
    bytes: 25_000_000,
    limit: 20_971_520,
    chars: 12_000_000,
    mimetype: 'application/vnd.oasis.opendocument.spreadsheet',
    looksLikeText: 1,
    encoding: 'windows-1252',
    names: 'Taler 1, Taler 2',
    issue: 'segments.0.kind: Ugyldigt valg',
    seconds: 120,
    where: 'proces 4711, http://127.0.0.1:5173/',
    entry: 'word/document.xml',
    ratio: 100,
    part: 'content.xml',
  };
  it('every refusal and import warning has words in both languages', () => {
    for (const key of [...Object.keys(errorsDa), ...Object.keys(warningsDa)] as (ErrorKey | WarningKey)[]) {
      for (const lang of ['da', 'en'] as const) {
        const text = logText(say(key, values), lang);
        expect(text, `${key} (${lang})`).toBeTruthy();
        expect(text, `${key} (${lang})`).not.toMatch(/undefined|null|\[object/);
      }
    }
  });

  it('a DomainError keeps the Danish text as its message and the message for the window', () => {
    const e = new DomainError(say('errAlreadyCoded', { coding: 'M #4a' }));
    expect(e.message).toBe('Passagen er allerede kodet sådan (M #4a) — ret den eksisterende kodning i stedet');
    expect(logText(e.said!, 'en')).toBe(
      'The passage is already coded like this (M #4a) — change the existing coding instead',
    );
    expect(logText(say('errNotAValue', { value: 'x', attribute: 'Branche', known: '' }), 'da')).toBe(
      '"x" er ikke en værdi af "Branche" (værdier: ingen)',
    );
    // its stable code and data: the message's key and values
    expect(e.code).toBe('errAlreadyCoded');
    expect(e.data).toEqual({ coding: 'M #4a' });
  });

  it('quotes, code sheets and import problems read in English', () => {
    expect(logText(say('errQuoteChangeNotAllowed', { from: 'vi', to: 'de' }), 'en')).toBe(
      'A quote may only be shortened with (…) and words replaced with [text in brackets] — "vi" became "de"',
    );
    expect(logText(say('errSheetRowsFailed', { count: 7, row1: 3, reason1: 'x', row2: 5, reason2: 'y' }), 'da')).toBe(
      '7 række(r) i kodearket kunne ikke placeres, så intet er kodet (række 3: x; række 5: y; …)',
    );
    expect(logText(say('errSheetRowsFailed', { count: 1, row1: 3, reason1: 'x' }), 'en')).toBe(
      '1 row of the code sheet could not be placed, so nothing was coded (row 3: x)',
    );
    const tooBig = say('errImportFile', {
      file: 'stor.txt',
      problem: say('errFileTooBig', { bytes: 25 * 1024 * 1024 + 1, limit: 20 * 1024 * 1024 }),
    });
    expect(logText(tooBig, 'da')).toBe(
      'stor.txt: er for stor (25,0 MB; højst 20,0 MB) — en transskription fylder sjældent over 1 MB; del filen op',
    );
    expect(logText(tooBig, 'en')).toBe(
      'stor.txt: is too large (25.0 MB; at most 20.0 MB) — a transcript is rarely over 1 MB; split the file up',
    );
    // just over the limit: not "20,0 MB; højst 20,0 MB"
    const justOver = say('errFileTooBig', { bytes: 21_000_000, limit: 20 * 1024 * 1024 });
    expect(logText(justOver, 'da')).toMatch(/^er for stor \(20,03 MB; højst 20,0 MB\)/);
    expect(logText(justOver, 'en')).toMatch(/^is too large \(20.03 MB; at most 20.0 MB\)/);
    expect(logText(say('errTooMuchText', { chars: 12_000_000, max: 10_000_000 }), 'en')).toBe(
      'contains too much text (12,000,000 characters; at most 10,000,000) — split the file up',
    );
    expect(logText(say('errZipNotDocument', { format: 'odt' }), 'en')).toBe(
      'is a zip archive but not an OpenDocument text document',
    );
  });
});

describe('stored messages are checked by shape', () => {
  it('refuses what is not a key with strings, numbers or messages as values', () => {
    for (const bad of [
      null,
      'x',
      [],
      { key: '' },
      { key: 'x'.repeat(101) },
      { key: 'x', params: [] },
      { key: 'x', params: { a: null } },
      { key: 'x', params: { a: Number.NaN } },
      { key: 'x', params: { a: [{ key: 'y' }, 3] } },
      { params: {} },
    ]) {
      expect(LogMessage.safeParse(bad).success, JSON.stringify(bad)).toBe(false);
    }
    for (const good of [
      { key: 'x' },
      { key: 'x', params: {} },
      { key: 'x', params: { a: 'æ', b: 2, c: { key: 'y' }, d: [{ key: 'z', params: { n: 1 } }] } },
    ]) {
      expect(LogMessage.safeParse(good).success, JSON.stringify(good)).toBe(true);
    }
  });
});
