/** One entry for every quote export: the same prepared (pseudonymised, leak-checked) quotes in any format. */
import type { Project } from '../cmo/model';
import { findPt } from '../cmo/lookup';
import {
  escapeHtml,
  prepareQuotes,
  quotesToHtml,
  quotesToMarkdown,
  quotesToPlainText,
  type PreparedQuotes,
  type QuoteQuery,
} from '../cmo/quotes';
import type { Leak } from '../cmo/pseudonyms';
import { DomainError } from '../cmo/errors';
import { say } from '../cmo/logMessages';
import { quotesToCsv } from './quotesCsv';
import { quotesToDocx } from './quotesDocx';
import { quotesToXlsx } from './quotesXlsx';

export const QUOTE_FORMATS = ['md', 'csv', 'xlsx', 'docx', 'json', 'txt', 'html'] as const;
export type QuoteFormat = (typeof QUOTE_FORMATS)[number];

export interface QuoteExportOptions {
  format: QuoteFormat;
  footnotes?: boolean;
  title?: string | null;
  inline?: boolean;
  /** the filter line's language; the project's by default */
  lang?: 'da' | 'en';
}
export interface QuoteExportFile {
  fileName: string;
  mime: string;
  dataBase64: string;
  count: number;
  leaks: Leak[];
}

const MIME: Record<QuoteFormat, string> = {
  md: 'text/markdown',
  csv: 'text/csv',
  txt: 'text/plain',
  html: 'text/html',
  json: 'application/json',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
};

/** The PT points a query is limited to, as ids: its sections show only those. */
export function onlyPtsOf(project: Project, q: QuoteQuery): Set<string> | undefined {
  return q.pts?.length ? new Set(q.pts.map((r) => findPt(project, r)?.id ?? r)) : undefined;
}

export function prepare(project: Project, q: QuoteQuery, transcript = false, lang?: 'da' | 'en'): PreparedQuotes {
  return prepareQuotes(project, q, onlyPtsOf(project, q), { transcript, ...(lang ? { lang } : {}) });
}

/** the filter line above a text export's quotes (none when nothing is filtered) */
const above = (line: string | null, format: (l: string) => string) => (line ? `${format(line)}\n\n` : '');

export async function renderQuotes(project: Project, pq: PreparedQuotes, o: QuoteExportOptions): Promise<Buffer> {
  const filter = pq.filterLine;
  switch (o.format) {
    case 'md': {
      const md = quotesToMarkdown(project, pq.quotes, undefined, { sections: pq.sections, marks: pq.marks });
      return Buffer.from(above(filter, (l) => `*${l}*`) + md, 'utf8');
    }
    case 'txt':
      return Buffer.from(above(filter, (l) => l) + quotesToPlainText(pq), 'utf8');
    case 'html': {
      const p = above(filter, (l) => `<p><em>${escapeHtml(l)}</em></p>`);
      return Buffer.from(`<!doctype html><meta charset="utf-8">\n${p}${quotesToHtml(pq)}\n`, 'utf8');
    }
    case 'json':
      return Buffer.from(JSON.stringify(pq.quotes, null, 2), 'utf8');
    case 'csv':
      return quotesToCsv(project, pq);
    case 'xlsx':
      return quotesToXlsx(project, pq);
    case 'docx':
      return quotesToDocx(pq, { footnotes: o.footnotes, title: o.title, inline: o.inline, lang: project.language });
  }
}

/**
 * A report's quotes must be an interviewee's words: quotes in the interviewer's speech or with no
 * participant are refused with one line naming them, unless `allowUnattributed`. (JSON, a data
 * export, carries them with their `speaker` and `unattributed` fields instead.)
 */
export function refuseUnattributed(pq: PreparedQuotes, q: QuoteQuery): void {
  if (q.allowUnattributed) return;
  const bad = pq.quotes.filter((x) => x.unattributed);
  if (!bad.length) return;
  const examples = bad
    .slice(0, 3)
    .map(
      (x) =>
        `"${x.text.slice(0, 50)}${x.text.length > 50 ? '…' : ''}" (${x.source}${x.speaker ? `, ${x.speaker}` : ''})`,
    )
    .join('; ');
  throw new DomainError(
    say('errUnattributedQuotes', { count: bad.length, examples: bad.length > 3 ? `${examples} …` : examples }),
  );
}

export async function exportQuotes(project: Project, q: QuoteQuery & QuoteExportOptions): Promise<QuoteExportFile> {
  const pq = prepare(project, q, q.format === 'json', q.lang);
  if (q.format !== 'json') refuseUnattributed(pq, q);
  const data = await renderQuotes(project, pq, q);
  const pts = onlyPtsOf(project, q);
  const base = `citater${pts ? `-${[...pts].join('-')}` : ''}`.replace(/[^\wæøåÆØÅ.-]+/g, '');
  return {
    fileName: `${base}.${q.format}`,
    mime: MIME[q.format],
    dataBase64: data.toString('base64'),
    count: pq.quotes.length,
    leaks: pq.leaks,
  };
}
