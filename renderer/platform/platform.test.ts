import { describe, expect, it, vi } from 'vitest';
import type { PlenumApi } from '../../shared/ipc';
import { electronPlatform } from './electronPlatform';
import { webPlatform } from './webPlatform';

describe('the venue methods of the platform', () => {
  it('say in a browser that hosting and pinning are the desktop app’s', async () => {
    const web = webPlatform();
    const unavailable = { ok: false, reason: 'webPlatform' };
    await expect(web.venueStartHost('01M8K92FGGJ8272XBQWCSN4SEY', 'A')).resolves.toEqual(unavailable);
    await expect(web.venueStopHost()).resolves.toEqual(unavailable);
    await expect(web.venueHostStatus()).resolves.toEqual(unavailable);
    await expect(web.venuePinHost('https://10.0.0.5:6984', 'a'.repeat(64))).resolves.toEqual(unavailable);
  });

  it('reach the main process in the desktop app', async () => {
    const api = {
      venueStartHost: vi.fn(async () => ({ ok: false, reason: 'portInUse', message: 'm' })),
      venueStopHost: vi.fn(async () => ({ ok: true })),
      venueHostStatus: vi.fn(async () => ({ ok: true, state: 'starting' })),
      venuePinHost: vi.fn(async () => ({ ok: true })),
    } as unknown as PlenumApi;
    const desktop = electronPlatform(api);
    await expect(desktop.venueStartHost('01M8K92FGGJ8272XBQWCSN4SEY', 'A')).resolves.toMatchObject({
      reason: 'portInUse',
    });
    expect(api.venueStartHost).toHaveBeenCalledWith('01M8K92FGGJ8272XBQWCSN4SEY', 'A');
    await expect(desktop.venueHostStatus()).resolves.toEqual({ ok: true, state: 'starting' });
    await desktop.venuePinHost('https://10.0.0.5:6984', 'a'.repeat(64));
    expect(api.venuePinHost).toHaveBeenCalledWith('https://10.0.0.5:6984', 'a'.repeat(64));
    await expect(desktop.venueStopHost()).resolves.toEqual({ ok: true });
  });
});
