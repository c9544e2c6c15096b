import { describe, expect, it } from 'vitest';
import { IPC_CONTRACT } from './contract';
import {
  fingerprintSchema,
  hostUrlSchema,
  venueHostStartSchema,
  venueHostStatusSchema,
} from './venueContract';

const ULID = '01M8K92FGGJ8272XBQWCSN4SEY';
const HEX = '0123456789abcdef'.repeat(4);

describe('the venue methods of the contract', () => {
  it('start a host for an event id and a name of at most 200 characters', () => {
    const args = IPC_CONTRACT.venueStartHost.args;
    expect(args.safeParse([ULID, '中国—俄罗斯职业教育联盟成立大会']).success).toBe(true);
    expect(args.safeParse([ULID, '']).success).toBe(true);
    expect(args.safeParse([ULID, 'x'.repeat(201)]).success).toBe(false);
    expect(args.safeParse([ULID.toLowerCase(), 'x']).success).toBe(false);
    expect(args.safeParse([ULID]).success).toBe(false);
    expect(IPC_CONTRACT.venueStopHost.args.safeParse([]).success).toBe(true);
    expect(IPC_CONTRACT.venueHostStatus.args.safeParse(['x']).success).toBe(false);
  });

  it('pin only an https host address, as a pairing code carries it', () => {
    for (const url of [
      'https://192.168.1.20:6984',
      'https://venue-host.local',
      'https://[fe80::1]:6984',
      'https://10.0.0.5:6984/',
    ])
      expect(hostUrlSchema.safeParse(url).success, url).toBe(true);
    for (const url of [
      'http://192.168.1.20:6984',
      'https://192.168.1.20:6984/_plenum/pair',
      'https://192.168.1.20:6984?x=1',
      'https://user@192.168.1.20:6984',
      'https://192.168.1.20:65536',
      'https://',
      'file:///etc/passwd',
      ` https://192.168.1.20:6984`,
    ])
      expect(hostUrlSchema.safeParse(url).success, url).toBe(false);
  });

  it('take a fingerprint as 64 hexadecimal digits, kept in lower case', () => {
    expect(fingerprintSchema.parse(HEX.toUpperCase())).toBe(HEX);
    for (const fingerprint of [HEX.slice(1), `${HEX}0`, `${HEX.slice(2)}zz`, HEX.match(/../g)!.join(':')])
      expect(fingerprintSchema.safeParse(fingerprint).success, fingerprint).toBe(false);
    expect(IPC_CONTRACT.venuePinHost.args.safeParse(['https://10.0.0.5:6984', HEX]).success).toBe(true);
  });

  it('answer a start with the secretariat’s code, or why not', () => {
    const started = {
      ok: true,
      urls: ['https://10.0.0.5:6984'],
      fingerprint: HEX,
      secretariatCode: 'PLENUM-PAIR:x',
    };
    expect(venueHostStartSchema.safeParse(started).success).toBe(true);
    expect(venueHostStartSchema.safeParse({ ...started, secretariatCode: undefined }).success).toBe(false);
    for (const reason of ['alreadyRunning', 'portInUse', 'failed'])
      expect(venueHostStartSchema.safeParse({ ok: false, reason, message: 'm' }).success).toBe(true);
    expect(venueHostStartSchema.safeParse({ ok: false, reason: 'webPlatform', message: 'm' }).success).toBe(
      false,
    );
  });

  it('tell the host’s state, with where it is only while it runs', () => {
    const running = {
      ok: true,
      state: 'running',
      conferenceId: ULID,
      eventName: 'A',
      port: 6984,
      urls: ['https://10.0.0.5:6984'],
      fingerprint: HEX,
    };
    expect(venueHostStatusSchema.safeParse(running).success).toBe(true);
    expect(venueHostStatusSchema.safeParse({ ok: true, state: 'starting' }).success).toBe(true);
    expect(venueHostStatusSchema.safeParse({ ok: true, state: 'stopping' }).success).toBe(true);
    expect(venueHostStatusSchema.safeParse({ ok: true, state: 'stopped', lastError: null }).success).toBe(
      true,
    );
    expect(venueHostStatusSchema.safeParse({ ok: true, state: 'stopped' }).success).toBe(false);
    expect(venueHostStatusSchema.safeParse({ ...running, state: 'paused' }).success).toBe(false);
  });
});
