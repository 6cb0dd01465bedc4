/** REFI-QDA codebook (.qdc) out and in, with fast-xml-parser. */
import { XMLBuilder, XMLParser } from 'fast-xml-parser';
import type { Code } from '../cmo/model';
import { isGuid, stableGuid } from '../cmo/guid';
import { treeOrder } from '../cmo/codebook';
import { DomainError } from '../cmo/errors';
import { say, type LogMessage } from '../cmo/logMessages';

const NS = 'urn:QDA-XML:codebook:1.0';

/** Our ids are GUIDs for template and imported codes; others get a stable GUID derived from the id. */
export const guidOf = (id: string) => (isGuid(id) ? id.replace(/[{}]/g, '') : stableGuid(`code:${id}`));

export function codebookToQdc(codes: readonly Code[], origin = 'CMO Workbench'): string {
  const ordered = treeOrder(codes);
  const node = (c: Code): Record<string, unknown> => {
    const kids = ordered.filter((k) => k.parentId === c.id).map(node);
    return {
      '@_guid': guidOf(c.id),
      '@_name': c.name,
      '@_isCodable': String(c.codable),
      ...(c.color ? { '@_color': c.color } : {}),
      ...(c.description ? { Description: c.description } : {}),
      ...(kids.length ? { Code: kids } : {}),
    };
  };
  const roots = ordered.filter((c) => !c.parentId || !codes.some((x) => x.id === c.parentId)).map(node);
  if (!roots.length) throw new DomainError(say('errCodebookNoCodes')); // a .qdc holds at least one code
  const builder = new XMLBuilder({
    ignoreAttributes: false,
    attributeNamePrefix: '@_',
    format: true,
    suppressEmptyNode: true,
    suppressBooleanAttributes: false,
  });
  return (
    '<?xml version="1.0" encoding="utf-8"?>\n' +
    builder.build({ CodeBook: { '@_xmlns': NS, '@_origin': origin, Codes: { Code: roots } } })
  );
}

export interface ImportedCode {
  guid: string;
  name: string;
  codable: boolean;
  color: string | null;
  description: string;
  parentGuid: string | null;
}

/** A codebook file larger than this is refused before it is parsed (a codebook of 20,000 codes is ~2 MB). */
export const MAX_QDC_CHARS = 50 * 1024 * 1024;

/**
 * Reads a .qdc (or a project's CodeBook) leniently: other tools write empty `<Sets/>` and other
 * small deviations from the XSD; a code needs only a name. Anything wrong is a DomainError whose
 * message is one line naming `fileName` (`kodebog.qdc: ingen <CodeBook> i filen …`). The XML's own
 * entity declarations (a DTD: billion laughs) are refused; nesting is walked without recursion.
 */
export function parseQdc(xml: string, fileName = 'kodebog.qdc'): ImportedCode[] {
  const fail = (problem: LogMessage): never => {
    throw new DomainError(say('errImportFile', { file: fileName, problem }));
  };
  if (xml.length > MAX_QDC_CHARS) fail(say('errXmlTooBig', { bytes: xml.length, limit: MAX_QDC_CHARS }));
  if (/<!ENTITY/i.test(xml)) fail(say('errXmlEntities', { part: fileName }));
  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '@_',
    removeNSPrefix: true,
    parseTagValue: false,
    parseAttributeValue: false,
    isArray: (name) => name === 'Code',
    trimValues: true,
    htmlEntities: false,
  });
  let doc: Record<string, unknown> = {};
  try {
    doc = parser.parse(xml) as Record<string, unknown>;
  } catch (e) {
    fail(
      say('errQdcNotXml', {
        detail: String((e as Error)?.message ?? e)
          .replace(/\s+/g, ' ')
          .trim()
          .slice(0, 160),
      }),
    );
  }
  const book = (doc.CodeBook ?? (doc.Project as Record<string, unknown> | undefined)?.CodeBook) as
    Record<string, unknown> | undefined;
  if (!book || typeof book !== 'object') return fail(say('errQdcNoCodebook'));
  const out: ImportedCode[] = [];
  const seen = new Set<string>();
  // depth first, in document order, with a stack of its own
  const stack: { nodes: unknown[]; at: number; parentGuid: string | null }[] = [];
  const push = (nodes: unknown, parentGuid: string | null) => {
    if (Array.isArray(nodes) && nodes.length) stack.push({ nodes, at: 0, parentGuid });
  };
  push((book.Codes as Record<string, unknown> | undefined)?.Code, null);
  while (stack.length) {
    const f = stack[stack.length - 1]!;
    if (f.at >= f.nodes.length) {
      stack.pop();
      continue;
    }
    const n = f.nodes[f.at++] as Record<string, unknown>;
    if (!n || typeof n !== 'object') continue;
    const name = String(n['@_name'] ?? '').trim();
    if (!name) continue;
    let guid = String(n['@_guid'] ?? '') || stableGuid(`${f.parentGuid}/${name}`);
    if (seen.has(guid)) guid = stableGuid(`${guid}#${out.length}`); // a GUID must be unique: a repeat gets its own
    seen.add(guid);
    const color =
      typeof n['@_color'] === 'string' && /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.test(n['@_color']) ? n['@_color'] : null;
    const d = n.Description;
    out.push({
      guid,
      name: name.replace(/\//g, '∕'),
      codable: String(n['@_isCodable'] ?? 'true') !== 'false',
      color,
      description: typeof d === 'string' ? d : '',
      parentGuid: f.parentGuid,
    });
    push(n.Code, guid);
  }
  return out;
}
