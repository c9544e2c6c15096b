import { describe, expect, it } from 'vitest';
import { sameBadgeTemplate, saveBadgeTemplate } from './badgeTemplateCommand';
import { recordPrints, selectForPrinting } from './badgePrints';
import { DEFAULT_TEMPLATE } from '../render/badgeTemplates';
import { BLANK_CONFERENCE } from '../../core/domain/blanks';
import type { BadgePrint, Conference } from '../../core/domain/entities';

const meta = { conferenceId: 'c', version: '', createdAt: '', updatedAt: '', deletedAt: null };
const conference: Conference = { ...BLANK_CONFERENCE, id: 'c', ...meta };

describe('the badge template', () => {
  it('is saved as a change of the event, once per real change', () => {
    const result = saveBadgeTemplate(conference, { ...DEFAULT_TEMPLATE, preset: 'a6' });
    expect(result.ok && result.events.map((e) => e.payload)).toEqual([
      { kind: 'conference', op: 'updated', patch: { badgeTemplate: { ...DEFAULT_TEMPLATE, preset: 'a6' } } },
    ]);
    const same = saveBadgeTemplate(
      { ...conference, badgeTemplate: { ...DEFAULT_TEMPLATE, preset: 'a6' } },
      { ...DEFAULT_TEMPLATE, preset: 'a6' },
    );
    expect(same.ok && same.events).toEqual([]);
  });

  it('compares templates field by field, whatever order their keys were written in', () => {
    const t = { ...DEFAULT_TEMPLATE, preset: 'a6' as const };
    const reversed: typeof DEFAULT_TEMPLATE = {
      logo: t.logo,
      nameSize: t.nameSize,
      roleBand: t.roleBand,
      qr: t.qr,
      position: t.position,
      organisation: t.organisation,
      secondLine: t.secondLine,
      header: t.header,
      preset: t.preset,
    };
    expect(Object.keys(reversed)).toEqual(Object.keys(t).reverse());
    expect(sameBadgeTemplate(reversed, { ...DEFAULT_TEMPLATE, preset: 'a6' })).toBe(true);
    expect(sameBadgeTemplate(reversed, { ...DEFAULT_TEMPLATE, preset: 'a6', qr: false })).toBe(false);
    expect(sameBadgeTemplate(undefined, DEFAULT_TEMPLATE)).toBe(false);
    const unchanged = saveBadgeTemplate(
      { ...conference, badgeTemplate: reversed },
      { ...DEFAULT_TEMPLATE, preset: 'a6' },
    );
    expect(unchanged.ok && unchanged.events).toEqual([]);
  });

  it('accepts the second line of an older template and saves it as each person’s own second line', () => {
    const legacy = saveBadgeTemplate(conference, { ...DEFAULT_TEMPLATE, secondLine: 'cyrillic' });
    expect(legacy.ok && legacy.events.map((e) => e.payload)).toEqual([
      {
        kind: 'conference',
        op: 'updated',
        patch: { badgeTemplate: { ...DEFAULT_TEMPLATE, secondLine: 'auto' } },
      },
    ]);
    const storedLatin = {
      ...conference,
      badgeTemplate: { ...DEFAULT_TEMPLATE, secondLine: 'latin' as never },
    };
    expect(sameBadgeTemplate(storedLatin.badgeTemplate, DEFAULT_TEMPLATE)).toBe(true);
    const unchanged = saveBadgeTemplate(storedLatin, DEFAULT_TEMPLATE);
    expect(unchanged.ok && unchanged.events).toEqual([]);
    const none = saveBadgeTemplate(storedLatin, { ...DEFAULT_TEMPLATE, secondLine: 'none' });
    expect(none.ok && none.events.length).toBe(1);
    const unknown = saveBadgeTemplate(conference, { ...DEFAULT_TEMPLATE, secondLine: 'pinyin' as never });
    expect(unknown.ok ? [] : unknown.errors.map((e) => e.field)).toEqual(['secondLine']);
  });

  it('refuses a name size out of range and a logo that is not an image', () => {
    const bad = saveBadgeTemplate(conference, {
      ...DEFAULT_TEMPLATE,
      nameSize: 200,
      logo: 'data:text/html;base64,PGgxPg==',
    });
    expect(bad.ok ? [] : bad.errors.map((e) => [e.field, e.message])).toEqual([
      ['nameSize', 'badges.nameSizeRange'],
      ['logo', 'badges.logoFormat'],
    ]);
  });
});

describe('print records', () => {
  const print = (id: string, count: number): BadgePrint => ({
    id,
    count,
    firstPrintedAt: 't0',
    lastPrintedAt: 't1',
    preset: 'a6',
    ...meta,
  });
  const people = [
    { id: 'b', code: 'A00002', category: 'press' as const, deletedAt: null },
    { id: 'a', code: 'A00001', category: 'delegate' as const, deletedAt: null },
    { id: 'x', code: 'A00003', category: 'press' as const, deletedAt: 'gone' },
  ];

  it('selects everyone, the unprinted, a category, or one person, in code order, never the removed', () => {
    const prints = new Map([['a', print('a', 1)]]);
    expect(selectForPrinting(people, prints, { kind: 'all' }).map((p) => p.id)).toEqual(['a', 'b']);
    expect(selectForPrinting(people, prints, { kind: 'unprinted' }).map((p) => p.id)).toEqual(['b']);
    expect(selectForPrinting(people, prints, { kind: 'one', attendeeId: 'a' }).map((p) => p.id)).toEqual([
      'a',
    ]);
    expect(
      selectForPrinting(people, prints, { kind: 'category', category: 'press' }).map((p) => p.id),
    ).toEqual(['b']);
  });

  it('counts every print of a badge, keeping the first date', () => {
    const result = recordPrints('c', ['a', 'b'], new Map([['a', print('a', 1)]]), 'a4Four90x130', 't2');
    expect(result.ok && result.events.map((e) => e.payload)).toEqual([
      { kind: 'badgePrint', op: 'updated', patch: { count: 2, lastPrintedAt: 't2', preset: 'a4Four90x130' } },
      {
        kind: 'badgePrint',
        op: 'created',
        fields: { count: 1, firstPrintedAt: 't2', lastPrintedAt: 't2', preset: 'a4Four90x130' },
      },
    ]);
    expect(recordPrints('c', [], new Map(), 'a6', 't').ok).toBe(false);
  });
});
