/** How a role is named in the window: every list, filter and table that names roles uses this one form. */
import type { Role } from '../../../src/cmo/model';
import { currentLanguage } from '../i18n';

/** A role by the project's own label (the report's word for it), with the English one beside it in the English UI. */
export const roleName = (r: Pick<Role, 'label' | 'labelEn'>): string =>
  currentLanguage() === 'en' && r.labelEn && r.labelEn !== r.label ? `${r.label} (${r.labelEn})` : r.label;
