import {
  addCaseCmd,
  addRoleCmd,
  attributeRemovalCmd,
  defineAttributeCmd,
  removeAttributeCmd,
  updateCaseCmd,
} from '../commands/cases';
import type { casesMethods } from '../../api/methods/cases';
import type { HandlersOf } from '../types';

export const cases = {
  'cases.add': addCaseCmd,
  'cases.update': updateCaseCmd,
  'attributes.define': defineAttributeCmd,
  'attributes.remove': removeAttributeCmd,
  'attributes.removal': attributeRemovalCmd,
  'roles.add': addRoleCmd,
} satisfies HandlersOf<typeof casesMethods>;
