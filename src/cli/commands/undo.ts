import { parse, flag, out, json, withService, type Command } from '../util';

const step =
  (method: 'history.undo' | 'history.redo'): Command =>
  async (args) => {
    const {
      positionals: [file],
      values,
    } = parse(args, { json: flag }, 1);
    return withService(file!, async (svc) => {
      const label = svc.project().history[method === 'history.undo' ? 'undo' : 'redo'].at(-1)?.label;
      const state = await svc.call(method, {});
      if (values.json) json(state);
      else out(`${method === 'history.undo' ? 'Fortrød' : 'Gentog'}: ${label ?? ''}`);
      return 0;
    });
  };

export const undo = step('history.undo');
export const redo = step('history.redo');
