import { beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { renderBadgesPdf } from './badgePdf';
import type { BadgeContent } from './badgeLayout';
import { DEFAULT_TEMPLATE } from './badgeTemplates';
import { nodeFontBytes } from '../../../cli/nodeFonts';
import { planDemoConference } from '../../demo/demoConference';
import { replayEvents } from '../../core/domain/reducers';
import { stampAll } from '../../core/domain/testing/memoryLog';
import type { Attendee, ChineseTranscription, Conference, Organisation } from '../../core/domain/entities';
import { chineseDisplayName, latinDisplayName } from '../../core/names/latinName';
import { chineseNameToCyrillic } from '../../core/names/palladius';
import { selectForPrinting } from '../badges/badgePrints';
import { zhCN } from '../../locales/zh-CN';
import { ru } from '../../locales/ru';

const MADE_AT = new Date('2026-12-09T08:30:00Z');

function demoRows() {
  const stamped = stampAll(planDemoConference().events, {
    deviceId: 't',
    actor: 't',
    at: () => '2026-01-01T00:00:00.000Z',
  });
  const rows = [...replayEvents(stamped).values()];
  return {
    conference: rows.find((r): r is Conference => 'quorum' in r)!,
    organisations: rows.filter((r): r is Organisation => 'votingRight' in r),
    attendees: rows.filter((r): r is Attendee => 'givenNameZh' in r),
  };
}

const hasCyrillicName = (a: Attendee) => Boolean(a.familyNameCyr || a.givenNameCyr);
const hasHanName = (a: Attendee) => Boolean(a.familyNameZh || a.givenNameZh);

/** Organisations the demo lacks: one with no Russian name, one with no Chinese name; English in both. */
function withHalfNamedOrganisations(demo: ReturnType<typeof demoRows>) {
  const base = demo.organisations[0]!;
  const noRussian: Organisation = {
    ...base,
    id: 'no-russian',
    name: { zh: '松花江畔测试学院', ru: '', en: 'Songhua Riverside Test College' },
  };
  const noChinese: Organisation = {
    ...base,
    id: 'no-chinese',
    name: { zh: '', ru: 'Приамурский тестовый колледж', en: 'Amur Test College' },
  };
  const chinese = demo.attendees.find((a) => a.category === 'delegate' && !hasCyrillicName(a))!;
  const russian = demo.attendees.find((a) => a.category === 'delegate' && hasCyrillicName(a))!;
  const attendees = demo.attendees.map((a) =>
    a === chinese
      ? { ...a, organisationId: noRussian.id }
      : a === russian
        ? { ...a, organisationId: noChinese.id }
        : a,
  );
  return {
    ...demo,
    attendees,
    organisations: [...demo.organisations, noRussian, noChinese],
    noRussian,
    noChinese,
  };
}

function badgesOf(
  demo: ReturnType<typeof withHalfNamedOrganisations>,
  people: readonly Attendee[],
  chineseTranscription: ChineseTranscription,
): BadgeContent[] {
  const byId = new Map(demo.organisations.map((o) => [o.id, o]));
  return people.map((attendee) => ({
    eventName: demo.conference.name,
    attendee,
    organisation: attendee.organisationId ? byId.get(attendee.organisationId) : undefined,
    chineseTranscription,
    categoryName: {
      zh: zhCN.attendeeCategories[attendee.category],
      ru: ru.attendeeCategories[attendee.category],
    },
  }));
}

/** The text of each page of a PDF: pdftotext ends every page with a form feed. */
function pageTexts(file: string): string[] {
  const text = execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
  return text.split('\f').slice(0, -1);
}

const words = (text: string) => text.replace(/\s+/g, ' ');
const unspaced = (text: string) => text.replace(/\s+/g, '');

// The whole demo (~210 people), one A6 badge a page, so that each page's text is one person's badge.
const template = { ...DEFAULT_TEMPLATE, preset: 'a6' as const };
let demo: ReturnType<typeof withHalfNamedOrganisations>;
let people: Attendee[] = [];
let file = '';
let pages: string[] = [];

beforeAll(async () => {
  demo = withHalfNamedOrganisations(demoRows());
  people = selectForPrinting(demo.attendees, new Map(), { kind: 'all' });
  const dir = mkdtempSync(path.join(tmpdir(), 'plenum-demo-badges-'));
  file = path.join(dir, 'demo-badges.pdf');
  const pdf = await renderBadgesPdf(badgesOf(demo, people, 'latin'), template, nodeFontBytes(), {
    now: MADE_AT,
  });
  writeFileSync(file, pdf);
  pages = pageTexts(file);
}, 120_000);

describe('the badge PDF of the demo event', () => {
  it('has one page a person, Russians and Chinese among them', () => {
    expect(people.length).toBeGreaterThan(200);
    expect(pages).toHaveLength(people.length);
    expect(people.filter(hasCyrillicName).length).toBeGreaterThan(5);
    expect(people.filter((a) => !hasCyrillicName(a) && hasHanName(a)).length).toBeGreaterThan(150);
  });

  it('writes every Russian delegate in Cyrillic first, then in Chinese', () => {
    people.forEach((a, i) => {
      if (!hasCyrillicName(a)) return;
      const cyrillic = `${a.familyNameCyr} ${a.givenNameCyr}`;
      const page = pages[i]!;
      expect(words(page), a.code).toContain(cyrillic);
      expect(unspaced(page), a.code).toContain(chineseDisplayName(a));
      expect(unspaced(page).indexOf(unspaced(cyrillic)), a.code).toBeLessThan(
        unspaced(page).indexOf(chineseDisplayName(a)),
      );
    });
  });

  it('writes every Chinese delegate in hanzi, then in pinyin, family name first', () => {
    people.forEach((a, i) => {
      if (hasCyrillicName(a) || !hasHanName(a)) return;
      const page = pages[i]!;
      expect(unspaced(page), a.code).toContain(chineseDisplayName(a));
      expect(latinDisplayName(a)).toMatch(/^[A-Z][a-zü]+ [A-Z]/);
      expect(words(page), a.code).toContain(latinDisplayName(a));
    });
  });

  it('prints no English organisation name, and leaves out the line of a language with no name', () => {
    const all = words(pages.join(' '));
    for (const org of demo.organisations)
      if (org.name.en) expect(all, org.name.en).not.toContain(org.name.en);
    const noRussianPage = pages[people.findIndex((a) => a.organisationId === demo.noRussian.id)]!;
    expect(unspaced(noRussianPage)).toContain(demo.noRussian.name.zh);
    const noChinesePage = pages[people.findIndex((a) => a.organisationId === demo.noChinese.id)]!;
    expect(words(noChinesePage)).toContain(demo.noChinese.name.ru);
    const demoOrgNames = demo.organisations.flatMap((o) => [o.name.zh, o.name.ru]).filter(Boolean);
    for (const name of demoOrgNames) {
      if (name === demo.noChinese.name.ru) continue;
      expect(words(noChinesePage)).not.toContain(name);
    }
  });

  it('carries the event’s name as its title, Plenum as its maker, and when it was made', () => {
    const info = execFileSync('pdfinfo', ['-isodates', '-enc', 'UTF-8', file], { encoding: 'utf8' });
    const field = (name: string) => new RegExp(`^${name}:\\s+(.*)$`, 'm').exec(info)?.[1];
    expect(field('Title')).toBe(`${demo.conference.name.zh} / ${demo.conference.name.ru}`);
    expect(field('Creator')).toBe('Plenum');
    expect(field('Producer')).toBe('Plenum');
    expect(field('CreationDate')).toBe('2026-12-09T08:30:00Z');
    expect(field('ModDate')).toBe('2026-12-09T08:30:00Z');
  });
});

describe('the badge PDF of an event that writes Chinese names in Cyrillic', () => {
  it('gives each Chinese delegate the Palladius form under the hanzi', async () => {
    const chinese = people.filter((a) => !hasCyrillicName(a) && hasHanName(a)).slice(0, 12);
    const dir = mkdtempSync(path.join(tmpdir(), 'plenum-demo-badges-'));
    const cyrillicFile = path.join(dir, 'cyrillic.pdf');
    writeFileSync(
      cyrillicFile,
      await renderBadgesPdf(badgesOf(demo, chinese, 'cyrillic'), template, nodeFontBytes()),
    );
    const cyrillicPages = pageTexts(cyrillicFile);
    chinese.forEach((a, i) => {
      const { family, given } = chineseNameToCyrillic(a.familyNameZh, a.givenNameZh);
      const expected = [family, given].filter(Boolean).join(' ');
      expect(expected).toMatch(/^[А-ЯЁ][а-яё]+/);
      expect(unspaced(cyrillicPages[i]!), a.code).toContain(chineseDisplayName(a));
      expect(words(cyrillicPages[i]!), a.code).toContain(expected);
      expect(words(cyrillicPages[i]!), a.code).not.toContain(latinDisplayName(a));
    });
  }, 60_000);
});
