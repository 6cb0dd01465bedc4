import { flaggedCodings } from '../../cmo/review';
import { projectInfo } from '../summaries';
import { unattributedCodings } from '../../cmo/unattributed';
import type { projectMethods } from '../../api/methods/project';
import type { HandlersOf } from '../types';

export const project = {
  'project.info': (p, _params, ctx) => projectInfo(p, ctx.file),
  'log.list': (p, { limit }) => p.log.slice(-limit).reverse(),
  'review.flagged': (p) => flaggedCodings(p),
  'review.unattributed': (p) => unattributedCodings(p),
} satisfies HandlersOf<typeof projectMethods>;
