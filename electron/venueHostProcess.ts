// The venue host, in Electron's utility process (electron/venueHost.ts forks it): its server and
// PouchDB's native LevelDB stay out of the main process, so a busy host never stalls the window.
import { startHost } from '../cli/host/venueHost';
import { hostCertificate } from '../cli/host/tls';
import { hostLikeOf } from './venueHostAdmin';
import { venueHostMessages } from './venueHostMessages';

/** Every address of the laptop: the other laptops of the venue reach it on the local network. */
const BIND_ALL = '0.0.0.0';

const answer = venueHostMessages(async ({ dataDir, port }) => {
  const running = await startHost({ dataDir, port, bind: BIND_ALL });
  // startHost has made the certificate by now; this reads it back for the admin requests.
  const { cert } = await hostCertificate(dataDir);
  return hostLikeOf(running, cert);
});

const parentPort = process.parentPort;
parentPort.on('message', (event) => {
  void answer(event.data).then((reply) => {
    if (reply) parentPort.postMessage(reply);
  });
});
