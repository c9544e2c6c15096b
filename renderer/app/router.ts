import { useSyncExternalStore } from 'react';

export type Route =
  | { screen: 'events' }
  | { screen: 'setup'; conferenceId: string }
  | { screen: 'organisations'; conferenceId: string }
  | { screen: 'attendees'; conferenceId: string }
  | { screen: 'importExport'; conferenceId: string }
  | { screen: 'checkin'; conferenceId: string }
  | { screen: 'badges'; conferenceId: string }
  | { screen: 'votes'; conferenceId: string }
  | { screen: 'elections'; conferenceId: string }
  | { screen: 'minutes'; conferenceId: string }
  | { screen: 'archive'; conferenceId: string }
  | { screen: 'network'; conferenceId: string }
  | { screen: 'announceElection'; conferenceId: string; electionId: string }
  | { screen: 'announce'; conferenceId: string; voteId: string };

export function parseRoute(hash: string): Route {
  const parts = hash.replace(/^#\/?/, '').split('/').filter(Boolean).map(decodeURIComponent);
  if (parts[0] === 'events' && parts[1]) {
    const screen = parts[2];
    if (screen === 'announce' && parts[3]) return { screen, conferenceId: parts[1], voteId: parts[3] };
    if (screen === 'announceElection' && parts[3])
      return { screen, conferenceId: parts[1], electionId: parts[3] };
    if (
      screen === 'organisations' ||
      screen === 'attendees' ||
      screen === 'setup' ||
      screen === 'importExport' ||
      screen === 'checkin' ||
      screen === 'badges' ||
      screen === 'votes' ||
      screen === 'elections' ||
      screen === 'minutes' ||
      screen === 'archive' ||
      screen === 'network'
    )
      return { screen, conferenceId: parts[1] };
    return { screen: 'setup', conferenceId: parts[1] };
  }
  return { screen: 'events' };
}

export function routePath(route: Route): string {
  if (route.screen === 'events') return '#/';
  if (route.screen === 'announce')
    return `#/events/${encodeURIComponent(route.conferenceId)}/announce/${encodeURIComponent(route.voteId)}`;
  if (route.screen === 'announceElection')
    return (
      `#/events/${encodeURIComponent(route.conferenceId)}/announceElection/` +
      encodeURIComponent(route.electionId)
    );
  return `#/events/${encodeURIComponent(route.conferenceId)}/${route.screen}`;
}

export function navigate(route: Route): void {
  window.location.hash = routePath(route);
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

export function useRoute(): Route {
  const hash = useSyncExternalStore(subscribe, () => window.location.hash);
  return parseRoute(hash);
}
