import { useDeferredValue, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useVirtualizer } from '@tanstack/react-virtual';
import {
  ATTENDEE_CATEGORIES,
  CATEGORY_COLOURS,
  type Attendee,
  type AttendeeCategory,
} from '../../../shared/core/domain/entities';
import { useAssemblyPresentIds, useLiveAttendees, useOrganisationsById } from '../../db/hooks';
import { currentLanguage } from '../../app/i18n';
import { formatNumber, localised } from '../../app/format';
import { useMarkWhenPainted } from '../../app/timing';
import { SelectField, TextField } from '../../components/fields';
import { AttendeeDialog } from '../../components/AttendeeDialog';
import { buildAttendeeRows, filterAttendeeRows } from './attendeeSearch';

const ROW_HEIGHT = 44;

type PresenceFilter = 'all' | 'present' | 'absent';

export function AttendeesScreen({ conferenceId }: { conferenceId: string }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const attendees = useLiveAttendees(conferenceId);
  const organisations = useOrganisationsById(conferenceId);
  const [query, setQuery] = useState('');
  const [category, setCategory] = useState<AttendeeCategory | 'all'>('all');
  const [presence, setPresence] = useState<PresenceFilter>('all');
  const present = useAssemblyPresentIds(conferenceId);
  const [editing, setEditing] = useState<Attendee | 'new' | null>(null);
  const deferredQuery = useDeferredValue(query);

  const rows = useMemo(() => {
    if (!attendees || !organisations) return [];
    return buildAttendeeRows(attendees, organisations, (o) => localised(o.name, language));
  }, [attendees, organisations, language]);
  const shown = useMemo(() => {
    const found = filterAttendeeRows(rows, deferredQuery, category);
    if (presence === 'all' || !present) return found;
    return found.filter((row) => present.has(row.attendee.id) === (presence === 'present'));
  }, [rows, deferredQuery, category, presence, present]);

  const scrollRef = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: shown.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
  });
  const loading = attendees === undefined || organisations === undefined;
  useMarkWhenPainted('attendees:rows-shown', !loading && shown.length > 0);

  return (
    <section aria-labelledby="attendees-title" className="attendees">
      <div className="screen-header">
        <h1 id="attendees-title">{t('attendees.title')}</h1>
        <button type="button" className="button button--primary" onClick={() => setEditing('new')}>
          {t('attendees.add')}
        </button>
      </div>
      <div className="filters">
        <TextField label={t('attendees.search')} type="search" value={query} onChange={setQuery} />
        <SelectField<AttendeeCategory | 'all'>
          label={t('attendees.category')}
          value={category}
          onChange={setCategory}
          options={[
            { value: 'all', label: t('common.all') },
            ...ATTENDEE_CATEGORIES.map((c) => ({ value: c, label: t(`attendeeCategories.${c}`) })),
          ]}
        />
        <SelectField<PresenceFilter>
          label={t('attendees.presence')}
          value={presence}
          onChange={setPresence}
          options={[
            { value: 'all', label: t('common.all') },
            { value: 'present', label: t('attendees.presence_present') },
            { value: 'absent', label: t('attendees.presence_absent') },
          ]}
        />
      </div>
      <p role="status" className="status">
        {loading
          ? t('common.loading')
          : t('attendees.shown', {
              n: formatNumber(shown.length, language),
              total: formatNumber(rows.length, language),
            })}
      </p>
      <div
        role="table"
        aria-label={t('attendees.listLabel')}
        aria-rowcount={shown.length + 1}
        className="vtable"
      >
        <div role="rowgroup">
          <div role="row" className="vtable-row vtable-head" aria-rowindex={1}>
            <span role="columnheader">{t('attendees.code')}</span>
            <span role="columnheader">{t('attendees.name')}</span>
            <span role="columnheader">{t('attendees.otherNames')}</span>
            <span role="columnheader">{t('attendees.organisation')}</span>
            <span role="columnheader">{t('attendees.position')}</span>
            <span role="columnheader">{t('attendees.category')}</span>
          </div>
        </div>
        <div
          role="rowgroup"
          ref={scrollRef}
          className="vtable-body"
          data-ready={loading ? undefined : 'true'}
        >
          <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
            {virtualizer.getVirtualItems().map((item) => {
              const row = shown[item.index]!;
              return (
                <div
                  key={row.attendee.id}
                  role="row"
                  aria-rowindex={item.index + 2}
                  className="vtable-row"
                  style={{
                    position: 'absolute',
                    top: 0,
                    left: 0,
                    right: 0,
                    height: ROW_HEIGHT,
                    transform: `translateY(${item.start}px)`,
                  }}
                >
                  <span role="cell" className="mono">
                    {row.attendee.code}
                  </span>
                  <span role="cell">
                    <button type="button" className="link-button" onClick={() => setEditing(row.attendee)}>
                      {row.name}
                    </button>
                  </span>
                  <span role="cell">{row.otherNames}</span>
                  <span role="cell">{row.organisationName}</span>
                  <span role="cell">{row.attendee.position}</span>
                  <span role="cell">
                    <span
                      className="category-dot"
                      style={{ background: CATEGORY_COLOURS[row.attendee.category] }}
                      aria-hidden="true"
                    />
                    {t(`attendeeCategories.${row.attendee.category}`)}
                  </span>
                </div>
              );
            })}
          </div>
        </div>
      </div>
      {editing ? (
        <AttendeeDialog
          conferenceId={conferenceId}
          current={editing === 'new' ? undefined : editing}
          onClose={() => setEditing(null)}
        />
      ) : null}
    </section>
  );
}
