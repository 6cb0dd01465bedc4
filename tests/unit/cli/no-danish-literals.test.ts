/**
 * Every word the CLI prints comes from the one message table (src/cmo/*Messages.ts), so English
 * readers get English: no string literal under src/cli carries Danish — no æ, ø, å and none of the
 * Danish words its lines used to be written with. Property names (the accepted `--verdict`
 * spellings such as `bekræfter`) are input, not output, and are not string literals.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const CLI = path.join(ROOT, 'src/cli');

/** Danish words of the CLI's old literals that have no æ/ø/å (`mangler`, `kilder`, `ingen` …). */
const WORDS = [
  ...['mangler', 'kilder?', 'kodninger', 'kodning', 'kodede?', 'ingen', 'fejl', 'dublet(ter)?', 'skrev', 'ture'],
  ...['tegn', 'talere', 'fund', 'angiv', 'brug', 'ukendt', 'sletted?e?', 'importerede?', 'oprettede', 'rettede'],
  ...['flyttet', 'fjernet', 'listen', 'deltager', 'gennemsyn', 'konflikter', 'memoer', 'noter', 'koder', 'mappe'],
  ...['skabelon', 'advarsel', 'projektet', 'programteori\\w*', 'interviewere', 'citat(er)?', 'række(r)?', 'anvendt'],
  'passager',
];
const DANISH_WORD = new RegExp(`\\b(${WORDS.join('|')})\\b`, 'i');

/** Literals that may stay, with why. Keep this short: a new line to print belongs in the table. */
const ALLOWED = new Set<string>([]);

/** Words a coding sheet's headings may be written with (src/cmo/codesheet.ts COLUMNS): input, not output. */
const INPUT_WORDS = ['kilde', 'citat', 'noter', 'koder', 'programteoripunkt', 'programteoripunkter'];

function files(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? files(p) : p.endsWith('.ts') ? [p] : [];
  });
}

/** The string literals of a source text (and the literal parts of templates) that read as Danish. */
function danishLiterals(name: string, text: string): string[] {
  const src = ts.createSourceFile(name, text, ts.ScriptTarget.Latest, true);
  const found: string[] = [];
  const visit = (n: ts.Node): void => {
    const parts = ts.isStringLiteral(n) || ts.isNoSubstitutionTemplateLiteral(n) ? [n.text] : [];
    if (ts.isTemplateExpression(n)) parts.push(n.head.text, ...n.templateSpans.map((s) => s.literal.text));
    const p = n.parent;
    const skip = p && (ts.isImportDeclaration(p) || ts.isExportDeclaration(p) || ts.isLiteralTypeNode(p));
    for (const s of skip ? [] : parts) {
      if ((/[æøåÆØÅ]/.test(s) || DANISH_WORD.test(s)) && !ALLOWED.has(s)) {
        const line = src.getLineAndCharacterOfPosition(n.getStart()).line + 1;
        found.push(`${path.relative(ROOT, name)}:${line}: ${JSON.stringify(s)}`);
      }
    }
    ts.forEachChild(n, visit);
  };
  visit(src);
  return found;
}

describe('src/cli', () => {
  it('has no Danish user-facing literal outside the message table', () => {
    const all = files(CLI);
    expect(all.length).toBeGreaterThan(20);
    expect(all.flatMap((f) => danishLiterals(f, fs.readFileSync(f, 'utf8')))).toEqual([]);
  });

  it('sheet rows, mappings, repairs and REFI-QDA losses are carried as codes, not Danish words', () => {
    const producers = [
      ...['src/cmo/codesheet.ts', 'src/cmo/sheetMatch.ts', 'src/cmo/repair.ts', 'src/store/repair.ts'],
      ...['src/refi/codeMap.ts', 'src/refi/qdpxMap.ts', 'src/refi/qdpxRead.ts', 'src/refi/qdpxModel.ts'],
    ].map((f) => path.join(ROOT, f));
    const found = producers.flatMap((f) => danishLiterals(f, fs.readFileSync(f, 'utf8')));
    // the column headings and words a coding sheet or a codebook may be written with are input, not output
    expect(found.filter((l) => !INPUT_WORDS.some((w) => l.endsWith(`: ${JSON.stringify(w)}`)))).toEqual([]);
  });

  it('the scan finds a Danish literal where there is one (it can fail)', () => {
    const sample = [
      'out(`Skrev ${file}`);',
      "out('Ingen kodninger venter på gennemsyn.');",
      "const x = { bekræfter: 'supports' };",
      "import { say } from '../cmo/logMessages';",
      "out(words('cliWrote', { file }));",
    ].join('\n');
    expect(danishLiterals(path.join(CLI, 'sample.ts'), sample)).toEqual([
      'src/cli/sample.ts:1: "Skrev "',
      'src/cli/sample.ts:2: "Ingen kodninger venter på gennemsyn."',
    ]);
  });
});
