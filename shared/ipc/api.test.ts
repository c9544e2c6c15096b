import { describe, expect, it } from 'vitest';
import { IPC_EVENT_NAMES, IPC_METHOD_NAMES, listenerName } from './api';
import { IPC_CONTRACT, IPC_EVENTS } from './contract';

describe('the API derived from the contract', () => {
  it('has one function per method and one subscription per event of the contract', () => {
    expect(IPC_METHOD_NAMES).toEqual(Object.keys(IPC_CONTRACT));
    expect(IPC_METHOD_NAMES).toContain('writeBackup');
    expect(IPC_METHOD_NAMES).toEqual(
      expect.arrayContaining(['venueStartHost', 'venueStopHost', 'venueHostStatus', 'venuePinHost']),
    );
    expect(IPC_EVENT_NAMES).toEqual(['menuCommand']);
    expect(IPC_EVENT_NAMES).toEqual(Object.keys(IPC_EVENTS));
  });

  it('names a subscription "on" and the event with a capital', () => {
    expect(listenerName('menuCommand')).toBe('onMenuCommand');
    expect(IPC_EVENT_NAMES.map(listenerName)).toEqual(['onMenuCommand']);
  });
});
