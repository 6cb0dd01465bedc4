/**
 * A coding sheet's file read into rows: XLSX (ExcelJS) or CSV/TSV/TXT in any common encoding
 * (decodeText, the one decoder of the project), row 1 the header, each row with its spreadsheet
 * number. What the rows mean is the domain's (src/cmo/codesheet.ts).
 */
import ExcelJS from 'exceljs';
import { DomainError } from '../cmo/errors';
import { say } from '../cmo/logMessages';
import { parseCsv } from '../cmo/csv';
import type { Sheet, SheetRow } from '../cmo/codesheet';
import { decodeText } from './decode';

/** Reads a sheet (CSV/TSV/TXT or XLSX): row 1 is the header; rows keep their spreadsheet numbers. */
export async function readSheet(fileName: string, data: Buffer): Promise<Sheet> {
  const ext = fileName.toLowerCase().replace(/^.*\./, '');
  if (ext === 'xlsx' || ext === 'xlsm') {
    const wb = new ExcelJS.Workbook();
    try {
      await wb.xlsx.load(data as unknown as ArrayBuffer);
    } catch (e) {
      throw new DomainError(
        say('errImportFile', {
          file: fileName,
          problem: say('errSheetNotExcel', { detail: String((e as Error).message) }),
        }),
      );
    }
    const ws = wb.worksheets.find((w) => w.actualRowCount > 0);
    if (!ws) throw new DomainError(say('errImportFile', { file: fileName, problem: say('errSheetEmpty') }));
    const rows: SheetRow[] = [];
    ws.eachRow({ includeEmpty: false }, (r, n) => {
      const cells: string[] = [];
      for (let c = 1; c <= Math.max(r.cellCount, ws.columnCount); c++) cells.push(cellText(r.getCell(c)));
      rows.push({ row: n, cells });
    });
    const head = rows.find((r) => r.row === 1);
    if (!head) throw new DomainError(say('errImportFile', { file: fileName, problem: say('errSheetNoHeader') }));
    return { header: head.cells, rows: rows.filter((r) => r.row > 1) };
  }
  if (ext === 'csv' || ext === 'tsv' || ext === 'txt') {
    const records = parseCsv(decodeText(data).text);
    if (!records.length) throw new DomainError(say('errImportFile', { file: fileName, problem: say('errFileEmpty') }));
    return { header: records[0]!, rows: records.slice(1).map((cells, i) => ({ row: i + 2, cells })) };
  }
  throw new DomainError(say('errImportFile', { file: fileName, problem: say('errSheetType') }));
}

function cellText(cell: ExcelJS.Cell): string {
  const v = cell.value;
  if (v === null || v === undefined) return '';
  if (typeof v === 'object' && 'richText' in v) return v.richText.map((t) => t.text).join('');
  try {
    return cell.text ?? String(v);
  } catch {
    return String(v);
  }
}
