import {
  addCodeCmd,
  importCsvCmd,
  importQdcCmd,
  listCodes,
  mergeCodeCmd,
  removeCodeCmd,
  updateCodeCmd,
} from '../commands/codes';
import { codebookToQdc } from '../../refi/qdc';
import { mapCodesCmd, proposeMapQuery } from '../commands/codeMap';
import { projectToQdpx } from '../../refi/qdpxWrite';
import type { codesMethods } from '../../api/methods/codes';
import type { HandlersOf } from '../types';

export const codes = {
  'codes.list': (p) => listCodes(p),
  'codes.add': addCodeCmd,
  'codes.update': updateCodeCmd,
  'codes.merge': mergeCodeCmd,
  'codes.remove': removeCodeCmd,
  'codes.importQdc': importQdcCmd,
  'codes.importCsv': importCsvCmd,
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
  'codes.map': mapCodesCmd,
  'codes.proposeMap': (p) => proposeMapQuery(p),
  'refi.exportProject': async (p) => {
    const { buffer } = await projectToQdpx(p);
    const name = p.name.replace(/[\\/:*?"<>|]+/g, '_').trim() || 'projekt';
    return { fileName: `${name}.qdpx`, mime: 'application/zip', dataBase64: buffer.toString('base64') };
  },
} satisfies HandlersOf<typeof codesMethods>;
