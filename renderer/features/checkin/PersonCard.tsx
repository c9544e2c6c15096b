import { useTranslation } from 'react-i18next';
import { useOtherCheckIns } from '../../db/hooks';
import {
  CATEGORY_COLOURS,
  type Attendance,
  type Attendee,
  type BadgePrint,
  type Organisation,
} from '../../../shared/core/domain/entities';
import { namesOf } from '../../app/names';
import { genderContext } from '../../../shared/core/names/namePolicy';
import { currentLanguage } from '../../app/i18n';
import { localised } from '../../app/format';

function time(iso: string, language: string): string {
  return iso
    ? new Intl.DateTimeFormat(language, { hour: '2-digit', minute: '2-digit' }).format(new Date(iso))
    : '';
}

/** What the desk needs to see about the person in front of it. */
export function PersonCard({
  attendee,
  organisation,
  attendance,
  badgePrint,
  printing,
  onCheckIn,
  onUndo,
  onLeft,
  onPrint,
}: {
  attendee: Attendee;
  organisation: Organisation | undefined;
  attendance: Attendance | undefined;
  badgePrint: BadgePrint | undefined;
  printing: boolean;
  onCheckIn: () => void;
  onUndo: () => void;
  onLeft: () => void;
  onPrint: () => void;
}) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const status = attendance?.status ?? 'absent';
  const elsewhere = useOtherCheckIns(
    attendee.conferenceId,
    status === 'present' ? (attendance?.id ?? null) : null,
  );
  const role =
    organisation?.delegateId === attendee.id
      ? 'delegate'
      : organisation?.substituteId === attendee.id
        ? 'substitute'
        : null;
  const names = namesOf(attendee);
  return (
    <section className={`person-card person-card--${status}`} aria-labelledby="person-card-name">
      <div className="person-card-band" style={{ background: CATEGORY_COLOURS[attendee.category] }}>
        {t(`attendeeCategories.${attendee.category}`)}
      </div>
      <h2 id="person-card-name">{names[0]}</h2>
      {names.slice(1).map((n) => (
        <p key={n} className="person-card-other">
          {n}
        </p>
      ))}
      <dl className="facts">
        <dt>{t('attendees.code')}</dt>
        <dd className="mono">{attendee.code}</dd>
        <dt>{t('attendees.organisation')}</dt>
        <dd>{organisation ? localised(organisation.name, language) : '—'}</dd>
        <dt>{t('attendees.position')}</dt>
        <dd>{attendee.position || '—'}</dd>
        <dt>{t('checkin.votingRole')}</dt>
        <dd className={role ? 'person-card-voter' : ''}>
          {role ? t(`checkin.role_${role}`) : t('checkin.role_none')}
        </dd>
        <dt>{t('checkin.badge')}</dt>
        <dd>
          {badgePrint
            ? t('checkin.badgePrinted', {
                n: badgePrint.count,
                time: time(badgePrint.lastPrintedAt, language),
              })
            : t('checkin.badgeNotPrinted')}
        </dd>
        <dt>{t('checkin.status')}</dt>
        <dd className={`presence presence--${status}`}>
          {status === 'present'
            ? t('checkin.presentSince', {
                time: time(attendance!.checkedInAt, language),
                desk: attendance!.desk,
              })
            : status === 'left'
              ? t('checkin.leftAt', { time: time(attendance!.leftAt, language) })
              : t('checkin.notYet')}
          {elsewhere.map((other) => (
            <span key={`${other.desk}-${other.at}`} className="also-checked-in" role="note">
              {' '}
              {t('venue.alsoCheckedIn', {
                desk: other.desk,
                time: time(other.at, language),
                ...genderContext(attendee.gender),
              })}
            </span>
          ))}
        </dd>
      </dl>
      <div className="form-actions">
        <button
          type="button"
          className="button button--primary"
          onClick={onCheckIn}
          disabled={status === 'present'}
        >
          {status === 'left' ? t('checkin.returned') : t('checkin.checkIn')}
        </button>
        <button
          type="button"
          className="button"
          onClick={onLeft}
          disabled={status !== 'present'}
          aria-keyshortcuts="Alt+L"
        >
          {t('checkin.left')}
        </button>
        <button
          type="button"
          className="button"
          onClick={onUndo}
          disabled={!attendance?.before || attendance.lastAction === 'undo'}
          aria-keyshortcuts="Alt+U"
        >
          {t('checkin.undo')}
        </button>
        <button
          type="button"
          className="button"
          onClick={onPrint}
          disabled={printing}
          aria-keyshortcuts="Alt+B"
        >
          {printing
            ? t('checkin.badgePrinting')
            : badgePrint
              ? t('checkin.reprintBadge')
              : t('checkin.printBadge')}
        </button>
      </div>
    </section>
  );
}
