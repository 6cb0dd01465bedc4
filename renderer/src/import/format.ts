/** Numbers, sizes and names as the chosen UI language writes them. */
import { currentLanguage } from '../i18n';

const locale = () => (currentLanguage() === 'da' ? 'da-DK' : 'en-GB');

export const formatNumber = (n: number): string => n.toLocaleString(locale());

export function formatBytes(n: number): string {
  if (n < 1024) return `${formatNumber(n)} B`;
  if (n < 1024 * 1024) return `${formatNumber(Math.ceil(n / 1024))} kB`;
  return `${(n / 1024 / 1024).toLocaleString(locale(), { maximumFractionDigits: 1 })} MB`;
}
