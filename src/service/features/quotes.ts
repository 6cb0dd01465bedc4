import { addPseudonymCmd, removePseudonymCmd } from '../commands/pseudonyms';
import { exportQuotes, prepare, refuseUnattributed } from '../../export/quotesExport';
import { listQuotes, quotesToHtml, quotesToMarkdown, quotesToPlainText } from '../../cmo/quotes';
import { markQuotesCmd, quoteSettingsCmd, reorderQuotesCmd, setRenditionCmd } from '../commands/renditions';
import { pseudonymiseTranscriptsCmd } from '../commands/pseudonymiseTranscripts';
import { pseudonymsOf } from '../../cmo/pseudonyms';
import { settingsOf } from '../../cmo/renditions';
import type { quotesMethods } from '../../api/methods/quotes';
import type { HandlersOf } from '../types';

export const quotes = {
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
  'quotes.export': (p, params) => exportQuotes(p, params),
  'quotes.clipboard': (p, f) => {
    const pq = prepare(p, f);
    refuseUnattributed(pq, f);
    return { text: quotesToPlainText(pq), html: quotesToHtml(pq), count: pq.quotes.length, leaks: pq.leaks };
  },
  'quotes.leaks': (p, f) => {
    const pq = prepare(p, f);
    return { count: pq.quotes.length, leaks: pq.leaks };
  },
  'quotes.setRendition': setRenditionCmd,
  'quotes.mark': markQuotesCmd,
  'quotes.reorder': reorderQuotesCmd,
  'quotes.settings': (p) => settingsOf(p),
  'quotes.setSettings': quoteSettingsCmd,
  'pseudonyms.list': (p) => pseudonymsOf(p),
  'pseudonyms.add': addPseudonymCmd,
  'pseudonyms.applyToTranscripts': pseudonymiseTranscriptsCmd,
  'pseudonyms.remove': removePseudonymCmd,
} satisfies HandlersOf<typeof quotesMethods>;
