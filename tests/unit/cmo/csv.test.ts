import { describe, expect, it } from 'vitest';
import { csvCell, csvText } from '../../../src/cmo/csv';
import { matrixToCsv, type Matrix } from '../../../src/cmo/matrix';

describe('CSV cells', () => {
  it('quote what a spreadsheet would split, and double quotes inside', () => {
    expect(csvCell('Leder, case 1')).toBe('"Leder, case 1"');
    expect(csvCell('a;b')).toBe('"a;b"');
    expect(csvCell('”godt”, sagde han "ja"')).toBe('"”godt”, sagde han ""ja"""');
    expect(csvCell('to\nlinjer')).toBe('"to\nlinjer"');
    expect(csvCell('æøå')).toBe('æøå');
    expect(csvCell(null)).toBe('');
    expect(csvCell(12)).toBe('12');
  });

  it('defuse text a spreadsheet would run as a formula, not numbers', () => {
    expect(csvCell('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvCell('+45 1234')).toBe("'+45 1234");
    expect(csvCell('@sum')).toBe("'@sum");
    expect(csvCell('-3,5')).toBe('"-3,5"');
    expect(csvCell(-3)).toBe('-3');
  });

  it('a file: BOM, CRLF, the separator asked for', () => {
    expect(
      csvText(
        [
          ['a', 'b;c'],
          [1, null],
        ],
        ';',
      ),
    ).toBe('\uFEFFa;"b;c"\r\n1;\r\n');
  });

  it('matrix labels are defused too', () => {
    const m = {
      rows: [{ id: 'r', label: '=cmd' }],
      cols: [{ id: 'c', label: '#4a' }],
      cells: [[2]],
    } as unknown as Matrix;
    expect(matrixToCsv(m)).toBe(",#4a\n'=cmd,2\n");
  });
});
