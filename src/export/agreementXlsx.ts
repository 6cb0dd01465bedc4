/** The coder comparison as a workbook for the report's appendix: per source × unit, weakest first, and overall. */
import ExcelJS from 'exceljs';
import type { Agreement } from '../cmo/agreement';

const BY_LABEL = { 'pt-kind': 'Type + PT-punkt', pt: 'PT-punkt', kind: 'Type', code: 'Kode' } as const;

export async function agreementToXlsx(a: Agreement, projectName: string): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Kodersammenligning');
  const title = `${projectName}: ${a.coders[0]} (A) og ${a.coders[1]} (B), enhed: ${BY_LABEL[a.by]}`;
  ws.addRow([title]).font = { bold: true };
  const o = a.overall;
  const percent = o.percent === null ? '–' : `${(o.percent * 100).toFixed(1)} %`;
  ws.addRow([
    `Samlet, vægtet efter kildens længde: κ ${o.kappa?.toFixed(3) ?? '–'}, enighed ${percent},` +
      ` α ${o.alpha?.toFixed(3) ?? '–'}; segmenter: ${a.segments.agree} enige, ${a.segments.disagree} uenige`,
  ]);
  ws.addRow([]);
  const head = ws.addRow([
    'Kilde',
    'Enhed',
    'Cohens κ',
    'Enighed',
    'Krippendorffs α',
    'Tegn begge',
    `Kun ${a.coders[0]}`,
    `Kun ${a.coders[1]}`,
    'Ingen',
    'Tegn i kilden',
  ]);
  head.font = { bold: true };
  for (const r of [...a.rows].sort((x, y) => x.kappa - y.kappa)) {
    const row = ws.addRow([r.source, r.unit, r.kappa, r.percent, r.alpha, r.both, r.aOnly, r.bOnly, r.neither, r.n]);
    row.getCell(3).numFmt = '0.000';
    row.getCell(4).numFmt = '0.0%';
    row.getCell(5).numFmt = '0.000';
    const k = Math.max(0, Math.min(1, r.kappa));
    const [red, green] = [Math.round(255 - 120 * k), Math.round(180 + 60 * k)];
    const hex = (v: number) => v.toString(16).padStart(2, '0');
    row.getCell(3).fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: `FF${hex(red)}${hex(green)}B0` } };
  }
  ws.columns.forEach((c, i) => {
    c.width = i === 0 ? 36 : i === 1 ? 16 : 13;
  });
  return Buffer.from(await wb.xlsx.writeBuffer());
}
