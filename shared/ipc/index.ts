export * from './contract';
export * from './venueContract';
export * from './api';

/** The origin the renderer is served from in the desktop app: `app://plenum/`. */
export const APP_SCHEME = 'app';
export const APP_HOST = 'plenum';
