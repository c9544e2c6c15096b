/** The event's screens, in the order the top bar lists them. */
export const EVENT_SCREENS = [
  'setup',
  'organisations',
  'attendees',
  'checkin',
  'badges',
  'votes',
  'elections',
  'minutes',
  'importExport',
  'archive',
  'network',
] as const;
