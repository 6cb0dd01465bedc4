/// <reference types="vite/client" />
import { describe, expect, it } from 'vitest';
import { registeredBundles } from '../../../renderer/src/i18n';

// every feature's strings, registered as their modules load
const modules = import.meta.glob('../../../renderer/src/**/i18n.ts', { eager: true });

type Strings = { [key: string]: string | Strings };
const keys = (o: Strings, prefix = ''): string[] =>
  Object.entries(o)
    .flatMap(([k, v]) => (typeof v === 'string' ? [prefix + k] : keys(v, `${prefix}${k}.`)))
    .sort();
const placeholders = (s: string) => (s.match(/\{\{\s*\w+\s*\}\}/g) ?? []).map((x) => x.replace(/\s/g, '')).sort();
const leaves = (o: Strings, prefix = ''): [string, string][] =>
  Object.entries(o).flatMap(([k, v]) =>
    typeof v === 'string' ? [[prefix + k, v] as [string, string]] : leaves(v, `${prefix}${k}.`),
  );

describe('UI strings', () => {
  it('are registered by the feature folders', () => {
    expect(Object.keys(modules).length).toBeGreaterThan(0);
    expect(registeredBundles().size).toBeGreaterThan(0);
  });

  for (const [ns, bundle] of registeredBundles()) {
    it(`"${ns}" has the same keys in Danish and English, with the same placeholders, none empty`, () => {
      expect(keys(bundle.en)).toEqual(keys(bundle.da));
      const en = new Map(leaves(bundle.en));
      for (const [k, da] of leaves(bundle.da)) {
        expect(da.trim(), `${ns}.${k} (da)`).not.toBe('');
        expect(en.get(k)?.trim(), `${ns}.${k} (en)`).not.toBe('');
        expect(placeholders(en.get(k) ?? ''), `${ns}.${k}`).toEqual(placeholders(da));
      }
    });
  }
});

describe('the log', () => {
  it('names every change a command can make, in both languages (none shown as its raw method name)', async () => {
    const { contract } = await import('../../../src/api/contract');
    const log = registeredBundles().get('log');
    expect(log).toBeDefined();
    const named = new Set(
      keys(log!.da)
        .filter((k) => k.startsWith('commands.'))
        .map((k) => k.slice('commands.'.length)),
    );
    const mutating = Object.entries(contract)
      .filter(([m, c]) => c.kind === 'mutation' || m === 'history.undo' || m === 'history.redo')
      .map(([m]) => m);
    expect(mutating.length).toBeGreaterThan(20);
    expect(mutating.filter((m) => !named.has(m))).toEqual([]);
  });
});
