/** REFI-QDA codebook (.qdc) out and in, with fast-xml-parser. */
import { XMLBuilder, XMLParser } from 'fast-xml-parser';
import type { Code } from '../cmo/model';
import { isGuid, stableGuid } from '../cmo/guid';
import { treeOrder } from '../cmo/codebook';
import { DomainError } from '../cmo/errors';
import { say } from '../cmo/logMessages';

const NS = 'urn:QDA-XML:codebook:1.0';

/** Our ids are GUIDs for template and imported codes; others get a stable GUID derived from the id. */
export const guidOf = (id: string) => (isGuid(id) ? id.replace(/[{}]/g, '') : stableGuid(`code:${id}`));

export function codebookToQdc(codes: readonly Code[], origin = 'CMO Workbench'): string {
  const ordered = treeOrder(codes);
  const node = (c: Code): Record<string, unknown> => {
    const kids = ordered.filter((k) => k.parentId === c.id).map(node);
    return {
      '@_guid': guidOf(c.id), '@_name': c.name, '@_isCodable': String(c.codable),
      ...(c.color ? { '@_color': c.color } : {}),
      ...(c.description ? { Description: c.description } : {}),
      ...(kids.length ? { Code: kids } : {}),
    };
  };
  const roots = ordered.filter((c) => !c.parentId || !codes.some((x) => x.id === c.parentId)).map(node);
  if (!roots.length) throw new Error('Kodebogen er tom — en .qdc skal indeholde mindst én kode');
  const builder = new XMLBuilder({ ignoreAttributes: false, attributeNamePrefix: '@_', format: true, suppressEmptyNode: true, suppressBooleanAttributes: false });
  return '<?xml version="1.0" encoding="utf-8"?>\n' + builder.build({ CodeBook: { '@_xmlns': NS, '@_origin': origin, Codes: { Code: roots } } });
}

export interface ImportedCode { guid: string; name: string; codable: boolean; color: string | null; description: string; parentGuid: string | null }

/**
 * Reads a .qdc (or a project's CodeBook) leniently: other tools write empty `<Sets/>` and other
 * small deviations from the XSD; a code needs only a name. Throws with a clear reason otherwise.
 */
export function parseQdc(xml: string): ImportedCode[] {
  const parser = new XMLParser({
    ignoreAttributes: false, attributeNamePrefix: '@_', removeNSPrefix: true, parseTagValue: false, parseAttributeValue: false,
    isArray: (name) => name === 'Code', trimValues: true,
  });
  let doc: Record<string, unknown>;
  try { doc = parser.parse(xml) as Record<string, unknown>; } catch (e) { throw new DomainError(say('errQdcNotXml', { detail: String((e as Error).message) })); }
  const book = (doc.CodeBook ?? (doc.Project as Record<string, unknown> | undefined)?.CodeBook) as Record<string, unknown> | undefined;
  if (!book) throw new DomainError(say('errQdcNoCodebook'));
  const out: ImportedCode[] = [];
  const walk = (nodes: unknown, parentGuid: string | null) => {
    for (const n of (Array.isArray(nodes) ? nodes : []) as Record<string, unknown>[]) {
      const name = String(n['@_name'] ?? '').trim();
      if (!name) continue;
      const guid = String(n['@_guid'] ?? '') || stableGuid(`${parentGuid}/${name}`);
      const color = typeof n['@_color'] === 'string' && /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.test(n['@_color']) ? n['@_color'] : null;
      const d = n.Description;
      out.push({ guid, name: name.replace(/\//g, '∕'), codable: String(n['@_isCodable'] ?? 'true') !== 'false', color, description: typeof d === 'string' ? d : '', parentGuid });
      walk(n.Code, guid);
    }
  };
  walk((book.Codes as Record<string, unknown> | undefined)?.Code, null);
  return out;
}
