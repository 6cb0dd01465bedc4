/**
 * A role is named the same way in every list and filter of the window (import, cases, matrix, quotes, search):
 * the project's label, and in the English window the English name beside it when there is one.
 */
import { afterAll, expect, it } from 'vitest';
import { setLanguage } from '../../../renderer/src/i18n';
import { roleName } from '../../../renderer/src/shared/roleName';
import { NFA_ROLES } from '../../../src/cmo/templates/nfa-cases';

afterAll(() => setLanguage('da'));

it('names a role by its label, with the English name beside it in English', () => {
  const leder = NFA_ROLES.find((r) => r.id === 'leder')!;
  setLanguage('da');
  expect(roleName(leder)).toBe('Leder');
  setLanguage('en');
  expect(roleName(leder)).toBe('Leder (Manager)');
  expect(roleName({ label: 'Tovholder' })).toBe('Tovholder');
  expect(roleName({ label: 'Manager', labelEn: 'Manager' })).toBe('Manager');
});
