import { parse, flag, out, json, withService, type Command } from '../util';
import { logText } from '../../cmo/logMessages';
import { askedLang, words } from '../lang';

const step =
  (method: 'history.undo' | 'history.redo'): Command =>
  async (args) => {
    const {
      positionals: [file],
      values,
    } = parse(args, { json: flag }, 1);
    return withService(file!, async (svc) => {
      const step = svc.project().history[method === 'history.undo' ? 'undo' : 'redo'].at(-1);
      // the step as recorded (the project's language), or in the language --lang asks for
      const lang = askedLang();
      const label = (lang && step?.message && logText(step.message, lang)) || step?.label || '';
      const state = await svc.call(method, {});
      if (values.json) json(state);
      else out(words(method === 'history.undo' ? 'cliUndone' : 'cliRedone', { label }));
      return 0;
    });
  };

export const undo = step('history.undo');
export const redo = step('history.redo');
