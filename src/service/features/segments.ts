import { addSegmentCmd, codeTextCmd, removeSegmentCmd, updateSegmentCmd } from '../commands/segments';
import type { segmentsMethods } from '../../api/methods/segments';
import type { HandlersOf } from '../types';

export const segments = {
  'segment.add': addSegmentCmd,
  'segment.codeText': codeTextCmd,
  'segment.update': updateSegmentCmd,
  'segment.remove': removeSegmentCmd,
} satisfies HandlersOf<typeof segmentsMethods>;
