import { useTranslation } from 'react-i18next';
import { CATEGORY_COLOURS, type Attendee, type Presence } from '../../../shared/core/domain/entities';
import type { SearchHit } from '../../../shared/core/search/searchIndex';
import { namesOf } from '../../app/names';
import { genderContext } from '../../../shared/core/names/namePolicy';

const SHOWN = 12;

/** The people matching the desk's search, best first; the active one is checked in by Enter. */
export function DeskResults({
  hits,
  active,
  describe,
  onPick,
}: {
  hits: readonly SearchHit[];
  active: number;
  describe: (id: string) => { attendee: Attendee; organisation: string; status: Presence };
  onPick: (index: number) => void;
}) {
  const { t } = useTranslation();
  if (hits.length === 0) return null;
  return (
    <ul id="desk-results" role="listbox" aria-label={t('checkin.results')} className="desk-results">
      {hits.slice(0, SHOWN).map((hit, i) => {
        const { attendee, organisation, status } = describe(hit.attendeeId);
        const names = namesOf(attendee);
        return (
          <li
            key={hit.attendeeId}
            id={`hit-${hit.attendeeId}`}
            role="option"
            aria-selected={i === active}
            className={`desk-result${i === active ? ' desk-result--active' : ''}`}
            onClick={() => onPick(i)}
          >
            <span
              className="category-dot"
              style={{ background: CATEGORY_COLOURS[attendee.category] }}
              aria-hidden="true"
            />
            <span className="desk-result-name">{names[0]}</span>
            <span className="desk-result-other">{names.slice(1).join(' · ')}</span>
            <span className="desk-result-org">{organisation}</span>
            <span className="mono">{attendee.code}</span>
            <span className={`presence presence--${status}`}>
              {t(`checkin.presence_${status}`, genderContext(attendee.gender))}
            </span>
          </li>
        );
      })}
      {hits.length > SHOWN ? (
        <li className="hint">{t('checkin.moreResults', { n: hits.length - SHOWN })}</li>
      ) : null}
    </ul>
  );
}
