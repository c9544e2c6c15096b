import type { KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../../app/i18n';
import { localised } from '../../app/format';
import { DeskResults } from './DeskResults';
import type { Desk } from './useDesk';

/**
 * The search box (a combobox: arrows move through the people found, Enter checks the active one in,
 * Escape empties it), what it found, or that it found no one.
 */
export function DeskSearch({ desk }: { desk: Desk }) {
  const { t } = useTranslation();
  const language = currentLanguage();

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown') desk.setActive((i) => Math.min(i + 1, Math.max(desk.hits.length - 1, 0)));
    else if (event.key === 'ArrowUp') desk.setActive((i) => Math.max(i - 1, 0));
    else if (event.key === 'Escape') desk.typeQuery('');
    else if (event.key === 'Enter') desk.submitSearch();
    else return;
    if (event.key !== 'Enter') desk.show(null);
    event.preventDefault();
  };

  return (
    <>
      <label className="field desk-search">
        <span className="field-label">{t('checkin.search')}</span>
        <input
          ref={desk.searchBox}
          type="search"
          role="combobox"
          aria-expanded={desk.hits.length > 0}
          aria-controls="desk-results"
          aria-activedescendant={
            desk.hits[desk.active] ? `hit-${desk.hits[desk.active]!.attendeeId}` : undefined
          }
          autoFocus
          value={desk.query}
          onChange={(e) => desk.typeQuery(e.target.value)}
          onKeyDown={onKeyDown}
        />
        <span className="field-hint">{t('checkin.searchHint')}</span>
      </label>
      {desk.query.trim() && desk.index && desk.hits.length === 0 ? (
        <p className="desk-no-match" role="status">
          {t('checkin.noMatch', { query: desk.query.trim() })}
        </p>
      ) : null}
      <DeskResults
        hits={desk.hits}
        active={desk.active}
        describe={(id) => {
          const a = desk.byId.get(id)!;
          const org = a.organisationId ? desk.orgById.get(a.organisationId) : undefined;
          return {
            attendee: a,
            organisation: org ? localised(org.name, language) : '',
            status: desk.presence.get(id)?.status ?? 'absent',
          };
        }}
        onPick={(i) => {
          desk.setActive(i);
          desk.show(desk.hits[i]!.attendeeId);
        }}
      />
    </>
  );
}
