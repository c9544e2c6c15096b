import type { PlenumApi } from '../../shared/ipc';
import { electronPlatform } from './electronPlatform';
import type { Platform } from './platform';
import { webPlatform } from './webPlatform';

declare global {
  interface Window {
    plenum?: PlenumApi;
  }
}

export function detectPlatform(): Platform {
  return window.plenum ? electronPlatform(window.plenum) : webPlatform();
}

export type { Platform } from './platform';
