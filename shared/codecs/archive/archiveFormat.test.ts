import { describe, expect, it } from 'vitest';
import { ARCHIVE_FORMAT, commitSchema, manifestSchema } from './archiveFormat';

const manifest = {
  format: ARCHIVE_FORMAT,
  formatVersion: 1,
  createdAt: '2026-12-10T12:00:00.000Z',
  appVersion: '0.1.0',
  conference: { id: 'c1', name: { zh: '大会', ru: 'Собрание', en: 'Assembly' } },
  commits: 2,
  events: 3,
  files: [{ path: 'log.jsonl', sha256: 'a'.repeat(64), bytes: 120 }],
};

const event = {
  id: 'E1',
  conferenceId: 'c1',
  entityId: 'v1',
  type: 'vote.created',
  v: 1,
  deviceId: 'laptop-1',
  actor: 'desk 1',
  hlc: '001796864000000-000000-laptop-1',
  at: '2026-12-10T01:00:00.000Z',
  payload: { kind: 'vote', op: 'created', fields: { title: 'x' } },
};
const commit = { id: 'E1', conferenceId: 'c1', hlc: event.hlc, entityIds: ['v1'], events: [event] };

describe('the archive manifest', () => {
  it('accepts a manifest of this format, later versions included (the reader decides on those)', () => {
    expect(manifestSchema.safeParse(manifest).success).toBe(true);
    expect(manifestSchema.safeParse({ ...manifest, formatVersion: 7 }).success).toBe(true);
  });

  it('refuses another format, a version below 1, negative counts and bad checksums', () => {
    for (const bad of [
      { ...manifest, format: 'other-archive' },
      { ...manifest, formatVersion: 0 },
      { ...manifest, formatVersion: 1.5 },
      { ...manifest, events: -1 },
      { ...manifest, conference: { id: '', name: manifest.conference.name } },
      { ...manifest, files: [{ path: 'log.jsonl', sha256: 'A'.repeat(64), bytes: 1 }] },
      { ...manifest, files: [{ path: 'log.jsonl', sha256: 'a'.repeat(63), bytes: 1 }] },
      { ...manifest, files: [{ path: '', sha256: 'a'.repeat(64), bytes: 1 }] },
    ])
      expect(manifestSchema.safeParse(bad).success, JSON.stringify(bad).slice(0, 80)).toBe(false);
  });
});

describe('a line of the log', () => {
  it('accepts a commit, keeping every field of the payload', () => {
    const parsed = commitSchema.safeParse(commit);
    expect(parsed.success).toBe(true);
    expect(parsed.data?.events[0]?.payload).toEqual(event.payload);
  });

  it('refuses a commit without events, or with an event of a bad clock, kind or operation', () => {
    const withEvent = (over: object) => ({ ...commit, events: [{ ...event, ...over }] });
    for (const bad of [
      { ...commit, events: [] },
      withEvent({ hlc: '2026-12-10T01:00:00Z' }),
      withEvent({ hlc: '001796864000000-000000-' }),
      withEvent({ hlc: '1796864000000-000000-laptop' }),
      withEvent({ payload: { kind: 'vote', op: 'archived' } }),
      withEvent({ payload: { kind: '', op: 'created' } }),
      withEvent({ entityId: '' }),
      withEvent({ v: 1.5 }),
    ])
      expect(commitSchema.safeParse(bad).success, JSON.stringify(bad.events).slice(0, 120)).toBe(false);
  });
});
