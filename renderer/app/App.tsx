import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useServices } from './AppContext';
import { useConference, useLatestClock } from '../db/hooks';
import { changeLanguage, currentLanguage, isLanguage } from './i18n';
import { navigate, routePath, useRoute } from './router';
import { TopBar } from './TopBar';
import { localised } from './format';
import { EventsScreen } from '../features/events/EventsScreen';
import { ErrorBoundary } from '../components/ErrorBoundary';
import { EventSetupScreen } from '../features/setup/EventSetupScreen';
import { OrganisationsScreen } from '../features/organisations/OrganisationsScreen';
import { AttendeesScreen } from '../features/attendees/AttendeesScreen';
import { AboutDialog } from './AboutDialog';
import { ImportExportScreen } from '../features/importExport/ImportExportScreen';
import { CheckInDesk } from '../features/checkin/CheckInDesk';
import { BadgesScreen } from '../features/badges/BadgesScreen';
import { VotesScreen } from '../features/votes/VotesScreen';
import { AnnounceScreen } from '../features/votes/AnnounceScreen';
import { ElectionsScreen } from '../features/elections/ElectionsScreen';
import { MinutesScreen } from '../features/minutes/MinutesScreen';
import { ArchiveScreen } from '../features/archive/ArchiveScreen';
import { useAutomaticBackups } from '../features/archive/useAutomaticBackups';
import { changedSinceExport } from '../features/archive/exportReminder';
import { ClockWarning } from '../components/ClockWarning';
import { ElectionAnnounceScreen } from '../features/elections/ElectionAnnounce';
import { NetworkScreen } from '../features/network/NetworkScreen';
import { VenueStatus } from '../components/venue/VenueStatus';

export function App() {
  const { t, i18n } = useTranslation();
  const { platform } = useServices();
  const route = useRoute();
  const [aboutOpen, setAboutOpen] = useState(false);
  const language = currentLanguage();
  const conferenceId = route.screen === 'events' ? null : route.conferenceId;
  const conference = useConference(conferenceId);
  const eventTitle = conference ? localised(conference.name, language) : '';

  useAutomaticBackups(conferenceId);
  // In a browser nothing is backed up by itself: remind the staff to export while changes are not in an archive.
  const latestClock = useLatestClock(conferenceId && !platform.backups ? conferenceId : null);
  const unexported = useMemo(
    () => (conferenceId && latestClock !== undefined ? changedSinceExport(conferenceId, latestClock) : false),
    [conferenceId, latestClock],
  );

  useEffect(() => {
    void platform.setMenuLanguage(i18n.language);
  }, [platform, i18n.language]);

  useEffect(
    () =>
      platform.onMenuCommand((command) => {
        if (command.type === 'language' && isLanguage(command.language))
          void changeLanguage(command.language);
        if (command.type === 'home') navigate({ screen: 'events' });
        if (command.type === 'about') setAboutOpen(true);
      }),
    [platform],
  );

  useEffect(() => {
    document.title = eventTitle ? `${eventTitle} — Plenum` : 'Plenum';
  }, [eventTitle]);

  if (route.screen === 'announce') return <AnnounceScreen voteId={route.voteId} />;
  if (route.screen === 'announceElection') return <ElectionAnnounceScreen electionId={route.electionId} />;
  return (
    <div className="app">
      <TopBar route={route} conferenceId={conferenceId} eventTitle={eventTitle} />
      <ClockWarning recheck={route} />
      {conferenceId ? <VenueStatus conferenceId={conferenceId} /> : null}
      {unexported && conferenceId && route.screen !== 'archive' ? (
        <p className="export-reminder" role="note">
          {t('archive.webReminderShort')}{' '}
          <a href={routePath({ screen: 'archive', conferenceId })}>{t('archive.export')}</a>
        </p>
      ) : null}
      <main className="screen">
        <ErrorBoundary resetKey={routePath(route)}>
          {route.screen === 'events' ? <EventsScreen /> : null}
          {route.screen === 'setup' ? <EventSetupScreen conferenceId={route.conferenceId} /> : null}
          {route.screen === 'organisations' ? (
            <OrganisationsScreen conferenceId={route.conferenceId} />
          ) : null}
          {route.screen === 'attendees' ? <AttendeesScreen conferenceId={route.conferenceId} /> : null}
          {route.screen === 'importExport' ? <ImportExportScreen conferenceId={route.conferenceId} /> : null}
          {route.screen === 'checkin' ? <CheckInDesk conferenceId={route.conferenceId} /> : null}
          {route.screen === 'badges' ? <BadgesScreen conferenceId={route.conferenceId} /> : null}
          {route.screen === 'votes' ? <VotesScreen conferenceId={route.conferenceId} /> : null}
          {route.screen === 'elections' ? <ElectionsScreen conferenceId={route.conferenceId} /> : null}
          {route.screen === 'minutes' ? <MinutesScreen conferenceId={route.conferenceId} /> : null}
          {route.screen === 'archive' ? <ArchiveScreen conferenceId={route.conferenceId} /> : null}
          {route.screen === 'network' ? <NetworkScreen conferenceId={route.conferenceId} /> : null}
        </ErrorBoundary>
      </main>
      {aboutOpen ? <AboutDialog onClose={() => setAboutOpen(false)} /> : null}
    </div>
  );
}
