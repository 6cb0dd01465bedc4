import { codersOf, exportMatrix, setFrameworkSummaryCmd } from '../commands/framework';
import { computeGrid } from '../../cmo/matrixGrid';
import { summariesFor } from '../../cmo/framework';
import type { matrixMethods } from '../../api/methods/matrix';
import type { HandlersOf } from '../types';

export const matrix = {
  'matrix.compute': (p, q) => computeGrid(p, q),
  // with the framework summaries and attribute filters (commands/framework.ts)
  'matrix.export': exportMatrix,
  'matrix.coders': (p) => codersOf(p),
  'framework.list': (p, { rows, cols }) => summariesFor(p, rows, cols),
  'framework.set': setFrameworkSummaryCmd,
} satisfies HandlersOf<typeof matrixMethods>;
