/**
 * The one handler map: every feature's handlers (one module per feature, beside its declarations
 * in src/api/methods/<feature>.ts), combined. Its type is derived from the contract, so a method
 * without a handler is a type error here, and an extra or mismatched one in its feature's module.
 */
import type { Handlers } from '../types';
import { session } from './session';
import { project } from './project';
import { sources } from './sources';
import { speakers } from './speakers';
import { segments } from './segments';
import { cmoc } from './cmoc';
import { codes } from './codes';
import { search } from './search';
import { quotes } from './quotes';
import { matrix } from './matrix';
import { cases } from './cases';
import { codeSheet } from './codeSheet';
import { team } from './team';
import { memos } from './memos';

export const handlers: Handlers = {
  ...session,
  ...project,
  ...sources,
  ...speakers,
  ...segments,
  ...cmoc,
  ...codes,
  ...search,
  ...quotes,
  ...matrix,
  ...cases,
  ...codeSheet,
  ...team,
  ...memos,
};
