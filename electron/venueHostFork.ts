import { utilityProcess } from 'electron';
import path from 'node:path';
import { VENUE_HOST_BUNDLE } from './venueHost';
import type { VenueChild } from './venueHostChannel';

export function forkVenueHostProcess(): VenueChild {
  return utilityProcess.fork(path.join(__dirname, VENUE_HOST_BUNDLE), [], {
    serviceName: 'Plenum venue host',
    stdio: 'inherit',
  });
}
