import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { AppContext } from './app/AppContext';
import { initI18n } from './app/i18n';
import { openEventStore } from './db/openDatabase';
import { detectPlatform } from './platform';
import { venueNetwork } from './db/venue/venueNetwork';
import './app/styles.css';

async function start(): Promise<void> {
  await initI18n();
  const platform = detectPlatform();
  const store = await openEventStore(await platform.deviceId());
  venueNetwork.pinHost = async (url, fingerprint) => {
    await platform.venuePinHost(url, fingerprint);
  };
  void venueNetwork.start(store);
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <AppContext.Provider value={{ store, platform }}>
        <App />
      </AppContext.Provider>
    </StrictMode>,
  );
}

void start();
