import type { Method, ParsedParams, Result } from '../api/contract';
import type { Project } from '../cmo/model';
import { listConfigurations } from '../cmo/configurations';
import { evidenceFor } from '../cmo/evidence';
import {
  addCodeCmd,
  importCsvCmd,
  importQdcCmd,
  listCodes,
  mergeCodeCmd,
  removeCodeCmd,
  updateCodeCmd,
} from './commands/codes';
import { codebookToQdc } from '../refi/qdc';
import { addConfiguration, removeConfigurationCmd, updateConfigurationCmd } from './commands/configurations';
import { computeGrid } from '../cmo/matrixGrid';
import { listQuotes, quotesToHtml, quotesToMarkdown, quotesToPlainText } from '../cmo/quotes';
import { exportQuotes, prepare, refuseUnattributed } from '../export/quotesExport';
import { pseudonymsOf } from '../cmo/pseudonyms';
import { settingsOf } from '../cmo/renditions';
import { addPseudonymCmd, removePseudonymCmd } from './commands/pseudonyms';
import { markQuotesCmd, quoteSettingsCmd, reorderQuotesCmd, setRenditionCmd } from './commands/renditions';
import { applySheetCmd, previewSheet } from './commands/codeSheet';
import { findPt, getSource } from '../cmo/lookup';
import { projectInfo } from './summaries';
import { importSource } from './commands/importSource';
import { autocodeCmd, previewImport, setSpeakersCmd } from './commands/speakers';
import { updateSource } from './commands/updateSource';
import { editSourceCmd } from './commands/editSource';
import { addSegmentCmd, codeTextCmd, removeSegmentCmd, updateSegmentCmd } from './commands/segments';
import { searchAutocodeCmd } from './commands/autocode';
import { searchProject } from '../search/engine';
import { searchOptions } from '../search/params';
import { paletteItems } from '../search/palette';
import { addCaseCmd, addRoleCmd, defineAttributeCmd, updateCaseCmd } from './commands/cases';
import type { Mutation, Query } from './types';
import { pseudonymiseTranscriptsCmd } from './commands/pseudonymiseTranscripts';
import { codersOf, exportMatrix, setFrameworkSummaryCmd } from './commands/framework';
import { summariesFor } from '../cmo/framework';
import { flaggedCodings } from '../cmo/review';
import { addInterviewersCmd, listInterviewers, removeInterviewersCmd } from './commands/interviewers';
import { assignTurnCmd, confirmSpeakersCmd, mergeTurnsCmd, speakerSummaryQuery, splitTurnCmd } from './commands/turns';
import { unattributedCodings } from '../cmo/unattributed';
import { sniffImport } from './commands/importSniff';
import { mapCodesCmd, proposeMapQuery } from './commands/codeMap';
import { projectToQdpx } from '../refi/qdpxWrite';
import {
  addCoderCmd,
  adoptCmd,
  agreementFile,
  agreementQuery,
  coderCopyFile,
  listCoders,
  mergeCmd,
} from './commands/team';
import { addMemoCmd, editMemoCmd, exportMemos, listMemosQuery, removeMemoCmd } from './commands/memos';

type QueryMethods =
  | 'interviewers.list'
  | 'source.speakerSummary'
  | 'review.unattributed'
  | 'project.info'
  | 'source.get'
  | 'matrix.compute'
  | 'quotes.list'
  | 'quotes.markdown'
  | 'log.list'
  | 'review.flagged'
  | 'cmoc.list'
  | 'evidence.get'
  | 'import.preview'
  | 'codes.list'
  | 'codes.proposeMap'
  | 'search.query'
  | 'palette.items'
  | 'quotes.clipboard'
  | 'quotes.leaks'
  | 'quotes.settings'
  | 'pseudonyms.list'
  | 'framework.list'
  | 'matrix.coders'
  | 'memo.list';
/** Queries that build a file: async, still read-only. */
type ExportMethods =
  | 'import.sniff'
  | 'matrix.export'
  | 'codes.export'
  | 'refi.exportProject'
  | 'quotes.export'
  | 'codeSheet.preview'
  | 'memo.export';
type MutationMethods =
  | 'interviewers.add'
  | 'interviewers.remove'
  | 'turns.split'
  | 'turns.merge'
  | 'turns.assign'
  | 'source.confirmSpeakers'
  | 'source.import'
  | 'source.update'
  | 'source.edit'
  | 'cmoc.add'
  | 'cmoc.update'
  | 'cmoc.remove'
  | 'codes.add'
  | 'codes.update'
  | 'codes.merge'
  | 'codes.remove'
  | 'codes.importQdc'
  | 'codes.importCsv'
  | 'codes.map'
  | 'segment.add'
  | 'segment.codeText'
  | 'segment.update'
  | 'segment.remove'
  | 'source.setSpeakers'
  | 'source.autocode'
  | 'search.autocode'
  | 'quotes.setRendition'
  | 'quotes.mark'
  | 'quotes.reorder'
  | 'quotes.setSettings'
  | 'pseudonyms.add'
  | 'pseudonyms.remove'
  | 'pseudonyms.applyToTranscripts'
  | 'codeSheet.apply'
  | 'cases.add'
  | 'cases.update'
  | 'attributes.define'
  | 'roles.add'
  | 'framework.set'
  | 'memo.add'
  | 'memo.edit'
  | 'memo.remove';
/** Team coding (commands/team.ts) */
type TeamQueries = 'coders.list' | 'coders.agreement';
type TeamExports = 'coders.copy' | 'coders.exportAgreement';
type TeamMutations = 'coders.add' | 'coders.merge' | 'coders.adopt';
/** Undo/redo and the history state are the session's own, not project commands. */
export type SessionMethods = Exclude<
  Method,
  QueryMethods | ExportMethods | MutationMethods | TeamQueries | TeamExports | TeamMutations
>;

export const queries: { [M in QueryMethods | TeamQueries]: Query<M> } = {
  'coders.list': listCoders,
  'coders.agreement': agreementQuery,
  'project.info': (p, _params, ctx) => projectInfo(p, ctx.file),
  'source.get': (p, { id }) => {
    const source = getSource(p, id);
    return {
      source,
      segments: p.segments.filter((s) => s.sourceId === id).sort((a, b) => a.start - b.start || b.end - a.end),
    };
  },
  'matrix.compute': (p, q) => computeGrid(p, q),
  'quotes.list': (p, f) => listQuotes(p, f),
  'quotes.markdown': (p, f) => {
    // an export: renditions, attribution template and pseudonyms applied
    const pq = prepare(p, f);
    refuseUnattributed(pq, f);
    return {
      markdown: quotesToMarkdown(p, pq.quotes, undefined, { sections: pq.sections, marks: pq.marks }),
      count: pq.quotes.length,
    };
  },
  'quotes.clipboard': (p, f) => {
    const pq = prepare(p, f);
    refuseUnattributed(pq, f);
    return { text: quotesToPlainText(pq), html: quotesToHtml(pq), count: pq.quotes.length, leaks: pq.leaks };
  },
  'quotes.leaks': (p, f) => {
    const pq = prepare(p, f);
    return { count: pq.quotes.length, leaks: pq.leaks };
  },
  'quotes.settings': (p) => settingsOf(p),
  'pseudonyms.list': (p) => pseudonymsOf(p),
  'log.list': (p, { limit }) => p.log.slice(-limit).reverse(),
  'review.flagged': (p) => flaggedCodings(p),
  'cmoc.list': (p, { pt }) => listConfigurations(p, pt),
  'evidence.get': (p, { pt, coders }) => evidenceFor(p, pt, coders),
  'search.query': (p, params) => searchProject(p, params.query, searchOptions(p, params)),
  'palette.items': (p) => paletteItems(p),
  'import.preview': previewImport,
  'codes.list': (p) => listCodes(p),
  'codes.proposeMap': (p) => proposeMapQuery(p),
  'framework.list': (p, { rows, cols }) => summariesFor(p, rows, cols),
  'matrix.coders': (p) => codersOf(p),
  'interviewers.list': listInterviewers,
  'source.speakerSummary': speakerSummaryQuery,
  'review.unattributed': (p) => unattributedCodings(p),
  'memo.list': listMemosQuery,
};

export const exports: {
  [M in ExportMethods | TeamExports]: (p: Project, params: ParsedParams<M>) => Promise<Result<M>>;
} = {
  'coders.exportAgreement': agreementFile,
  'coders.copy': async (p, q) => {
    const { fileName, mime, dataBase64 } = coderCopyFile(p, q);
    return { fileName, mime, dataBase64 };
  },
  // with the framework summaries and attribute filters (commands/framework.ts)
  'matrix.export': exportMatrix,
  'refi.exportProject': async (p) => {
    const { buffer } = await projectToQdpx(p);
    const name = p.name.replace(/[\\/:*?"<>|]+/g, '_').trim() || 'projekt';
    return { fileName: `${name}.qdpx`, mime: 'application/zip', dataBase64: buffer.toString('base64') };
  },
  'codes.export': async (p, { format }) => {
    if (format === 'qdc')
      return {
        fileName: 'kodebog.qdc',
        mime: 'application/xml',
        dataBase64: Buffer.from(codebookToQdc(p.codes), 'utf8').toString('base64'),
      };
    const esc = (v: string) => (/[",\n;]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
    const csv =
      [
        'path,codable,color,description',
        ...listCodes(p).map((c) => [c.path, String(c.codable), c.color ?? '', c.description].map(esc).join(',')),
      ].join('\n') + '\n';
    return {
      fileName: 'kodebog.csv',
      mime: 'text/csv',
      dataBase64: Buffer.from('\uFEFF' + csv, 'utf8').toString('base64'),
    };
  },
  'quotes.export': (p, params) => exportQuotes(p, params),
  'codeSheet.preview': (p, params) => previewSheet(p, params),
  'memo.export': exportMemos,
  'import.sniff': (p, params) => sniffImport(p, params),
};

export const mutations: { [M in MutationMethods | TeamMutations]: Mutation<M> } = {
  'coders.add': addCoderCmd,
  'coders.merge': mergeCmd,
  'coders.adopt': adoptCmd,
  'source.import': importSource,
  'source.update': updateSource,
  'source.edit': editSourceCmd,
  'segment.add': addSegmentCmd,
  'segment.codeText': codeTextCmd,
  'segment.update': updateSegmentCmd,
  'segment.remove': removeSegmentCmd,
  'search.autocode': searchAutocodeCmd,
  'cmoc.add': addConfiguration,
  'cmoc.update': updateConfigurationCmd,
  'cmoc.remove': removeConfigurationCmd,
  'codes.add': addCodeCmd,
  'codes.update': updateCodeCmd,
  'codes.merge': mergeCodeCmd,
  'codes.remove': removeCodeCmd,
  'codes.importQdc': importQdcCmd,
  'codes.importCsv': importCsvCmd,
  'codes.map': mapCodesCmd,
  'source.setSpeakers': setSpeakersCmd,
  'source.autocode': autocodeCmd,
  'quotes.setRendition': setRenditionCmd,
  'quotes.mark': markQuotesCmd,
  'quotes.reorder': reorderQuotesCmd,
  'quotes.setSettings': quoteSettingsCmd,
  'pseudonyms.add': addPseudonymCmd,
  'pseudonyms.remove': removePseudonymCmd,
  'pseudonyms.applyToTranscripts': pseudonymiseTranscriptsCmd,
  'codeSheet.apply': applySheetCmd,
  'cases.add': addCaseCmd,
  'cases.update': updateCaseCmd,
  'attributes.define': defineAttributeCmd,
  'roles.add': addRoleCmd,
  'framework.set': setFrameworkSummaryCmd,
  'interviewers.add': addInterviewersCmd,
  'interviewers.remove': removeInterviewersCmd,
  'turns.split': splitTurnCmd,
  'turns.merge': mergeTurnsCmd,
  'turns.assign': assignTurnCmd,
  'source.confirmSpeakers': confirmSpeakersCmd,
  'memo.add': addMemoCmd,
  'memo.edit': editMemoCmd,
  'memo.remove': removeMemoCmd,
};
