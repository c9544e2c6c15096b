import { useTranslation } from 'react-i18next';
import { ATTENDEE_CATEGORIES, type Attendee } from '../../../shared/core/domain/entities';
import { nameOf } from '../../app/names';
import { SelectField, TextField } from '../../components/fields';
import type { BadgeChoice } from './useBadgeSelection';

/** Which badges: all, the unprinted, one category (and which) or one person (found by search). */
export function BadgeSelectionFields({
  choice,
  previewed,
}: {
  choice: BadgeChoice;
  previewed: Attendee | undefined;
}) {
  const { t } = useTranslation();
  const { mode, setMode, category, setCategory, personQuery, setPersonQuery } = choice;
  return (
    <>
      <fieldset className="choice-group">
        <legend>{t('badges.which')}</legend>
        {(['all', 'unprinted', 'category', 'one'] as const).map((value) => (
          <label key={value}>
            <input
              type="radio"
              name="badge-selection"
              checked={mode === value}
              onChange={() => setMode(value)}
            />
            {t(`badges.select_${value === 'one' ? 'person' : value}`)}
          </label>
        ))}
      </fieldset>
      {mode === 'category' ? (
        <SelectField
          label={t('badges.category')}
          value={category}
          onChange={setCategory}
          options={ATTENDEE_CATEGORIES.map((c) => ({ value: c, label: t(`attendeeCategories.${c}`) }))}
        />
      ) : null}
      {mode === 'one' ? (
        <TextField
          label={t('badges.person')}
          type="search"
          value={personQuery}
          onChange={setPersonQuery}
          hint={previewed ? nameOf(previewed) : t('badges.personHint')}
        />
      ) : null}
    </>
  );
}
