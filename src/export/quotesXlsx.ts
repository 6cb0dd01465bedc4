import ExcelJS from 'exceljs';
import type { Project } from '../cmo/model';
import type { PreparedQuotes } from '../cmo/quotes';
import { quoteColumns } from './quotesTable';

/** The quotes with all their metadata as a workbook: one row per quote, header frozen and filterable. */
export async function quotesToXlsx(project: Project, pq: PreparedQuotes): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'CMO Workbench';
  wb.created = new Date();
  const ws = wb.addWorksheet('Citater');
  const cols = quoteColumns(project);
  ws.columns = cols.map((c) => ({ header: c.header, width: c.width }));
  ws.getRow(1).font = { bold: true };
  for (const q of pq.quotes) ws.addRow(cols.map((c) => c.value(q)));
  const textCol = ws.getColumn(2);
  textCol.alignment = { wrapText: true, vertical: 'top' };
  ws.views = [{ state: 'frozen', ySplit: 1 }];
  ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: cols.length } };
  // which quotes these are: the title and the filters on a sheet of their own (the first stays a plain table)
  if (pq.filterLine) {
    const about = wb.addWorksheet(project.language === 'en' ? 'Filter' : 'Udvalg');
    about.addRows([[pq.title], [pq.filterLine]]);
    about.getColumn(1).width = 100;
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}
