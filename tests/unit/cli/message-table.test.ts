/**
 * The one message table (src/cmo/logMessages.ts) in both languages: every key has Danish and
 * English words, no key is defined by two tables (a later one would silently win), and the two
 * languages read the same values — a placeholder one language forgets is a fact the reader misses.
 */
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { isMessageKey, logText } from '../../../src/cmo/logMessages';
import type { Template } from '../../../src/cmo/messageFormat';
import { changesDa, changesEn } from '../../../src/cmo/changeMessages';
import { errorsDa, errorsEn } from '../../../src/cmo/errorMessages';
import { warningsDa, warningsEn } from '../../../src/cmo/importMessages';
import { speakerDa, speakerEn } from '../../../src/cmo/speakerMessages';
import { refiDa, refiEn } from '../../../src/cmo/refiMessages';
import { memoDa, memoEn } from '../../../src/cmo/memoMessages';
import { teamDa, teamEn } from '../../../src/cmo/teamMessages';
import { shellDa, shellEn } from '../../../src/cmo/shellMessages';
import { cliDa, cliEn } from '../../../src/cmo/cliMessages';
import { fileDa, fileEn } from '../../../src/cmo/fileMessages';
import { qdpxDa, qdpxEn } from '../../../src/cmo/qdpxMessages';
import { cliHelpDa, cliHelpEn } from '../../../src/cmo/cliHelpMessages';
import { cliOutputDa, cliOutputEn } from '../../../src/cmo/cliOutputMessages';
import { cliReportDa, cliReportEn } from '../../../src/cmo/cliReportMessages';
import { matrixDa, matrixEn } from '../../../src/cmo/matrixMessages';
import { sheetDa, sheetEn } from '../../../src/cmo/sheetMessages';
import { repairDa, repairEn } from '../../../src/cmo/repairMessages';
import { lostDa, lostEn } from '../../../src/cmo/refiLostMessages';
import { integrityDa, integrityEn } from '../../../src/cmo/integrityMessages';
import { quoteDa, quoteEn } from '../../../src/cmo/quoteMessages';
import { attributeDa, attributeEn } from '../../../src/cmo/attributeMessages';

type Table = Record<string, Template>;
const TABLES: [string, Table, Table][] = [
  ['changes', changesDa, changesEn],
  ['errors', errorsDa, errorsEn],
  ['warnings', warningsDa, warningsEn],
  ['speakers', speakerDa, speakerEn],
  ['refi', refiDa, refiEn],
  ['memos', memoDa, memoEn],
  ['team', teamDa, teamEn],
  ['shell', shellDa, shellEn],
  ['cli refusals', cliDa, cliEn],
  ['files', fileDa, fileEn],
  ['qdpx', qdpxDa, qdpxEn],
  ['cli help', cliHelpDa, cliHelpEn],
  ['cli output', cliOutputDa, cliOutputEn],
  ['cli reports', cliReportDa, cliReportEn],
  ['matrix', matrixDa, matrixEn],
  ['coding-sheet rows', sheetDa, sheetEn],
  ['repairs', repairDa, repairEn],
  ['REFI-QDA losses', lostDa, lostEn],
  ['integrity', integrityDa, integrityEn],
  ['quotes', quoteDa, quoteEn],
  ['attributes', attributeDa, attributeEn],
];

/**
 * The values a template reads: it is called with a recording object, once with each kind of
 * value (present, one, zero, text, absent), so a value read only on one branch is seen too.
 */
function placeholders(t: Template): Set<string> {
  const read = new Set<string>();
  for (const value of [2, 1, 0, 'x', undefined]) {
    const p = new Proxy({} as Record<string, string | number | undefined>, {
      get: (_, k) => {
        if (typeof k === 'string') read.add(k);
        return value;
      },
      has: () => true,
    });
    t(p);
  }
  return read;
}

describe('the message table', () => {
  it('checks every table the combined table is made of (a new one cannot be left out here)', () => {
    const combined = fs.readFileSync(new URL('../../../src/cmo/logMessages.ts', import.meta.url), 'utf8');
    const pairs = [...combined.matchAll(/\b(\w+)Da, \1En\b/g)].map((m) => m[1]);
    expect(pairs.length).toBeGreaterThan(15);
    expect(pairs.length, `tables in logMessages.ts: ${pairs.join(', ')}`).toBe(TABLES.length);
  });
  it('has Danish and English words for every key of every table', () => {
    for (const [name, da, en] of TABLES) {
      expect(Object.keys(en).sort(), name).toEqual(Object.keys(da).sort());
      for (const [key, t] of [...Object.entries(da), ...Object.entries(en)]) {
        expect(typeof t, `${name}.${key}`).toBe('function');
        expect(isMessageKey(key), `${name}.${key} is in the combined table`).toBe(true);
      }
    }
  });

  it('defines no key in two tables', () => {
    const seen = new Map<string, string>();
    const twice: string[] = [];
    for (const [name, da] of TABLES) {
      for (const key of Object.keys(da)) {
        if (seen.has(key)) twice.push(`${key} (${seen.get(key)} and ${name})`);
        seen.set(key, name);
      }
    }
    expect(twice).toEqual([]);
  });

  it('reads the same placeholders in Danish and English', () => {
    const differ: string[] = [];
    for (const [name, da, en] of TABLES) {
      for (const key of Object.keys(da)) {
        const a = [...placeholders(da[key]!)].sort();
        const b = [...placeholders(en[key]!)].sort();
        if (a.join() !== b.join()) differ.push(`${name}.${key}: da {${a}} en {${b}}`);
      }
    }
    expect(differ).toEqual([]);
  });

  it('words a new key in both languages with its values', () => {
    const m = { key: 'cliImportSummary', params: { imported: 3, duplicates: 1, failed: 0 } };
    expect(logText(m, 'da')).toBe('3 importeret, 1 dublet, 0 med fejl');
    expect(logText(m, 'en')).toBe('3 imported, 1 duplicate, 0 with errors');
    const total = { key: 'matrixTotalNote', params: { total: 'I alt' } };
    expect(logText(total, 'da')).toMatch(/^I alt: hver kodning/);
  });

  it('catches a placeholder left out of one language (the check can fail)', () => {
    const da: Template = (p) => `${p.count} kodninger i ${p.source}`;
    const en: Template = (p) => `${p.count} codings`;
    expect([...placeholders(da)].sort()).not.toEqual([...placeholders(en)].sort());
  });
});
