import { newDeviceId } from '../../shared/core/domain/ids';
import type { NotInBrowser, Platform } from './platform';

const DEVICE_KEY = 'plenum.deviceId';

const notInBrowser = async (): Promise<NotInBrowser> => ({ ok: false, reason: 'webPlatform' });

/** The browser host: the device id in localStorage, files through a file input and downloads. */
export function webPlatform(): Platform {
  return {
    kind: 'web',
    deviceId: async () => {
      let id = localStorage.getItem(DEVICE_KEY);
      if (!id) {
        id = newDeviceId();
        localStorage.setItem(DEVICE_KEY, id);
      }
      return id;
    },
    saveFile: async (suggestedName, bytes) => {
      const url = URL.createObjectURL(new Blob([bytes as Uint8Array<ArrayBuffer>]));
      const link = document.createElement('a');
      link.href = url;
      link.download = suggestedName;
      document.body.append(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
      return suggestedName;
    },
    openFile: (filters) =>
      new Promise((resolve) => {
        const input = document.createElement('input');
        input.type = 'file';
        input.accept = filters.flatMap((f) => f.extensions.map((e) => `.${e}`)).join(',');
        input.addEventListener('change', async () => {
          const file = input.files?.[0];
          resolve(file ? { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) } : null);
        });
        input.addEventListener('cancel', () => resolve(null));
        input.click();
      }),
    showInFolder: async () => {},
    openInViewer: async () => {},
    setMenuLanguage: async () => {},
    openSecondWindow: async (hashPath) => {
      window.open(`${location.pathname}${location.search}${hashPath}`, 'plenum-announce', 'popup');
    },
    backups: null,
    // A page cannot listen for other laptops, nor tell its browser which certificate to trust.
    venueStartHost: notInBrowser,
    venueStopHost: notInBrowser,
    venueHostStatus: notInBrowser,
    venuePinHost: notInBrowser,
    onMenuCommand: () => () => {},
  };
}
