/** Numbers, sizes and names as the chosen UI language writes them. */
import type { Role } from '../../../src/cmo/model';
import { currentLanguage } from '../i18n';

const locale = () => (currentLanguage() === 'da' ? 'da-DK' : 'en-GB');

export const formatNumber = (n: number): string => n.toLocaleString(locale());

export function formatBytes(n: number): string {
  if (n < 1024) return `${formatNumber(n)} B`;
  if (n < 1024 * 1024) return `${formatNumber(Math.ceil(n / 1024))} kB`;
  return `${(n / 1024 / 1024).toLocaleString(locale(), { maximumFractionDigits: 1 })} MB`;
}

/** A role by the project's own label (the report's word for it), with the English one beside it in the English UI. */
export const roleName = (r: Pick<Role, 'label' | 'labelEn'>): string =>
  currentLanguage() === 'en' && r.labelEn && r.labelEn !== r.label ? `${r.label} (${r.labelEn})` : r.label;
