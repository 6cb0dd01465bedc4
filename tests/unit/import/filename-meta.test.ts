import { describe, expect, it } from 'vitest';
import { metaFromFileName } from '../../../src/cmo/filename-meta';
import { nfaProject } from '../helpers';

const p = nfaProject();
const meta = (f: string) => {
  const m = metaFromFileName(f, p);
  return [m.caseNumber, m.caseId, m.roleId];
};

describe('metaFromFileName', () => {
  it.each([
    ['Case 03 - Leder.docx', 3, 'case-03', 'leder'],
    ['case3_AMR.txt', 3, 'case-03', 'arbejdsmiljorepraesentant'],
    ['C14 Tilsynsførende.vtt', 14, 'case-14', 'tilsynsforende'],
    ['c14_tilsynsforende.vtt', 14, 'case-14', 'tilsynsforende'],
    ['Case-07 AMR.txt', 7, 'case-07', 'arbejdsmiljorepraesentant'],
    ['Sag 5 - juridisk ansvarlig.odt', 5, 'case-05', 'juridisk-ansvarlig'],
    ['interview_case12_JA.docx', 12, 'case-12', 'juridisk-ansvarlig'],
    ['Case 2 TF.srt', 2, 'case-02', 'tilsynsforende'],
    ['case 20 - medarbejder 2.docx', 20, 'case-20', 'medarbejder'],
    ['/sti/til/Case 01 Arbejdsmiljørepræsentant.docx', 1, 'case-01', 'arbejdsmiljorepraesentant'],
  ])('%s → case %i, %s, %s', (f, n, c, r) => expect(meta(f)).toEqual([n, c, r]));

  it('finds nothing where nothing is written', () => {
    expect(meta('interview.docx')).toEqual([null, null, null]);
    expect(meta('Showcase 3.docx')).toEqual([null, null, null]);
    expect(meta('Lederne på kontoret.txt')).toEqual([null, null, null]);
  });

  it('a case number the project lacks is kept, without an id', () => {
    const m = metaFromFileName('Case 42 - Leder.docx', p);
    expect(m).toMatchObject({
      caseNumber: 42,
      caseId: null,
      roleId: 'leder',
      roleLabel: 'Leder',
      matched: { case: 'Case 42', role: 'Leder' },
    });
  });

  it('a single-letter alias counts only as written (L for Leder)', () => {
    expect(meta('case3_L.txt')).toEqual([3, 'case-03', 'leder']);
    expect(meta('case3_l.txt')).toEqual([3, 'case-03', null]);
  });
});
