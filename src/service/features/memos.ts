import { addMemoCmd, editMemoCmd, exportMemos, listMemosQuery, removeMemoCmd } from '../commands/memos';
import type { memosMethods } from '../../api/methods/memos';
import type { HandlersOf } from '../types';

export const memos = {
  'memo.list': listMemosQuery,
  'memo.add': addMemoCmd,
  'memo.edit': editMemoCmd,
  'memo.remove': removeMemoCmd,
  'memo.export': exportMemos,
} satisfies HandlersOf<typeof memosMethods>;
