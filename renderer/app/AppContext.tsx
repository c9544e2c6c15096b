import { createContext, useContext } from 'react';
import type { EventStore } from '../db/eventStore';
import type { Platform } from '../platform';

export interface AppServices {
  store: EventStore;
  platform: Platform;
}

export const AppContext = createContext<AppServices | null>(null);

export function useServices(): AppServices {
  const services = useContext(AppContext);
  if (!services) throw new Error('useServices outside AppContext');
  return services;
}

export function useStore(): EventStore {
  return useServices().store;
}
