import type { TFunction } from 'i18next';
import type { Sitting } from '../../shared/rules/checkin/sittings';
import type { Language } from '../app/i18n';
import { localised } from '../app/format';

/** A sitting's name in the UI language; the main sitting, unnamed, is called so. */
export function sittingLabel(sitting: Sitting | undefined, language: Language, t: TFunction): string {
  const name = sitting ? localised(sitting.name, language) : '';
  return name || t('sittings.main');
}
