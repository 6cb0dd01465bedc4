import { applySheetCmd, previewSheet } from '../commands/codeSheet';
import type { codeSheetMethods } from '../../api/methods/codeSheet';
import type { HandlersOf } from '../types';

export const codeSheet = {
  'codeSheet.preview': (p, params) => previewSheet(p, params),
  'codeSheet.apply': applySheetCmd,
} satisfies HandlersOf<typeof codeSheetMethods>;
