import {
  addCoderCmd,
  adoptCmd,
  agreementFile,
  agreementQuery,
  coderCopyFile,
  listCoders,
  mergeCmd,
} from '../commands/team';
import type { teamMethods } from '../../api/methods/team';
import type { HandlersOf } from '../types';

export const team = {
  'coders.list': listCoders,
  'coders.add': addCoderCmd,
  'coders.copy': async (p, q) => {
    const { fileName, mime, dataBase64 } = coderCopyFile(p, q);
    return { fileName, mime, dataBase64 };
  },
  'coders.merge': mergeCmd,
  'coders.adopt': adoptCmd,
  'coders.agreement': agreementQuery,
  'coders.exportAgreement': agreementFile,
} satisfies HandlersOf<typeof teamMethods>;
