import { useTranslation } from 'react-i18next';
import { changeLanguage, currentLanguage, LANGUAGE_NAMES, LANGUAGES, type Language } from './i18n';
import { EVENT_SCREENS } from './eventScreens';
import { routePath, type Route } from './router';

/**
 * The header: Plenum, the event's title and the language on one row, the event's sections on a row of
 * their own, so that every section stays one click away and no label is squeezed in any language.
 */
export function TopBar({
  route,
  conferenceId,
  eventTitle,
}: {
  route: Route;
  conferenceId: string | null;
  eventTitle: string;
}) {
  return (
    <header className="topbar">
      <div className="topbar-row">
        <a className="brand" href={routePath({ screen: 'events' })}>
          Plenum
        </a>
        {conferenceId ? <EventTitle title={eventTitle} /> : null}
        <LanguagePicker />
      </div>
      {conferenceId ? <SectionLinks route={route} conferenceId={conferenceId} /> : null}
    </header>
  );
}

function EventTitle({ title }: { title: string }) {
  return (
    <span className="topbar-event" lang={currentLanguage()} title={title}>
      {title}
    </span>
  );
}

function SectionLinks({ route, conferenceId }: { route: Route; conferenceId: string }) {
  const { t } = useTranslation();
  return (
    <nav className="topbar-nav" aria-label={t('nav.label')}>
      {EVENT_SCREENS.map((screen) => (
        <a
          key={screen}
          href={routePath({ screen, conferenceId })}
          aria-current={route.screen === screen ? 'page' : undefined}
        >
          {t(`nav.${screen}`)}
        </a>
      ))}
    </nav>
  );
}

function LanguagePicker() {
  const { t } = useTranslation();
  const language = currentLanguage();
  return (
    <label className="language-picker">
      <span>{t('app.language')}</span>
      <select value={language} onChange={(e) => void changeLanguage(e.target.value as Language)}>
        {LANGUAGES.map((code) => (
          <option key={code} value={code} lang={code}>
            {LANGUAGE_NAMES[code]}
          </option>
        ))}
      </select>
    </label>
  );
}
