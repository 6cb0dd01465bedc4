import { addConfiguration, removeConfigurationCmd, updateConfigurationCmd } from '../commands/configurations';
import { evidenceFor } from '../../cmo/evidence';
import { listConfigurations } from '../../cmo/configurations';
import type { cmocMethods } from '../../api/methods/cmoc';
import type { HandlersOf } from '../types';

export const cmoc = {
  'cmoc.list': (p, { pt }) => listConfigurations(p, pt),
  'cmoc.add': addConfiguration,
  'cmoc.update': updateConfigurationCmd,
  'cmoc.remove': removeConfigurationCmd,
  'evidence.get': (p, { pt, coders }) => evidenceFor(p, pt, coders),
} satisfies HandlersOf<typeof cmocMethods>;
