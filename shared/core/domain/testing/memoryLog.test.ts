import { describe, expect, it } from 'vitest';
import { BLANK_ORGANISATION } from '../blanks';
import { createOrganisation } from '../commands';
import { MemoryLog, applyTo, stampAll } from './memoryLog';

const context = { organisations: [], members: [] };

describe('the in-memory log of tests', () => {
  it('stamps events in order and applies them with the reducer', () => {
    const log = new MemoryLog();
    const id = log.apply(
      createOrganisation(
        'c1',
        { ...BLANK_ORGANISATION, code: 'M001', name: { zh: '哈尔滨', ru: '', en: '' } },
        context,
      ),
    );
    expect(log.row('organisation', id)).toMatchObject({ code: 'M001', conferenceId: 'c1' });
    expect(log.all('organisation')).toHaveLength(1);
    expect(log.events.map((e) => [e.id, e.type, e.hlc])).toEqual([['1', 'organisation.created', '00000001']]);
  });

  it('stops the test with the refusal instead of writing half a command', () => {
    const log = new MemoryLog();
    expect(() => log.apply({ ok: false, errors: [{ field: 'code', message: 'errors.codeTaken' }] })).toThrow(
      /refused: .*errors.codeTaken/,
    );
    expect(log.events).toEqual([]);
  });

  it('applies a command to one record, and stamps a list for a replay', () => {
    const created = createOrganisation(
      'c1',
      { ...BLANK_ORGANISATION, code: 'M002', name: { zh: '佳木斯', ru: '', en: '' } },
      context,
    );
    expect(applyTo(undefined, created)).toMatchObject({ code: 'M002' });
    const planned = created.ok ? created.events : [];
    expect(stampAll(planned, { hlc: (n) => `h${n}` }).map((e) => e.hlc)).toEqual(['h1']);
  });
});
