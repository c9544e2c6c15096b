import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { endOfDayRecord } from './testing/assemblyRecord';
import { minutesDocument } from './minutesDocument';
import { renderMinutesPdf } from '../render/minutesPdf';
import { renderMinutesDocx } from '../render/minutesDocx';
import { addFreeSection, saveMinutesParagraph, saveCommitteeMember } from './minutesCommands';
import { electionResultOf } from '../../rules/elections/electionResult';
import { resultOf } from '../../rules/votes/voteCommands';
import { nodeFontBytes } from '../../../cli/nodeFonts';
import { translator } from '../../../cli/translate';
import type { Minutes } from '../../core/domain/entities';
import type { MinutesRecord } from './minutesRecord';

const t = { 'zh-CN': translator('zh-CN'), ru: translator('ru'), en: translator('en') };
const record = endOfDayRecord();
const dir = mkdtempSync(path.join(tmpdir(), 'plenum-minutes-'));
const squash = (text: string) => text.replace(/\s+/g, '');

/** Every name the elections elected and every figure of every vote, as the record has them. */
function expectedFacts(r: MinutesRecord) {
  const names: string[] = [];
  for (const election of r.elections.filter((e) => e.status === 'sealed')) {
    const result = electionResultOf(
      election,
      r.papers.filter((p) => p.electionId === election.id),
      r.issues.filter((i) => i.electionId === election.id).length,
    );
    election.posts.forEach((post, i) => {
      for (const c of post.candidates.filter((c) => result.posts[i]!.seats.elected.includes(c.id)))
        names.push(c.kind === 'organisation' ? c.organisationName.zh : c.name.zh);
    });
  }
  const figures = r.votes.flatMap((v) => {
    const c = resultOf(v).counts;
    return [c.yes, c.no, c.abstain, c.invalid].map(String);
  });
  return { names, figures };
}

function asMinutes(result: ReturnType<typeof saveMinutesParagraph>, current?: Minutes): Minutes {
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  const payload = result.events[0]!.payload as { op: string; fields?: Minutes; patch?: Partial<Minutes> };
  return {
    ...(current ??
      ({
        id: result.entityId,
        conferenceId: 'c',
        version: '',
        createdAt: '',
        updatedAt: '',
        deletedAt: null,
      } as Minutes)),
    ...(payload.fields ?? {}),
    ...(payload.patch ?? {}),
  } as Minutes;
}

describe('the minutes', () => {
  it(
    'follow the record in order: the event, organisers, attendance, agenda, ' +
      'each vote and election round, council, officers, experts, closing',
    () => {
      const doc = minutesDocument(record, 'en', t);
      const keys = doc.sections.map((s) => s.key.split(':')[0]);
      expect(keys).toEqual([
        'opening',
        'organisers',
        'attendance',
        'agenda',
        'vote',
        'election',
        'election',
        'election',
        'council',
        'officers',
        'experts',
        'closing',
      ]);
      const text = (key: string) => doc.sections.find((s) => s.key.startsWith(key))!.paragraphs[0]!.text;
      expect(text('attendance')).toContain('Of the 153 member organisations, 135 were represented');
      expect(text('vote')).toContain(
        'Adopted: 122 of 135 present voted yes; at least ⅔ of those present (90) was required.',
      );
      expect(text('vote')).toMatch(/sealed with the fingerprint [0-9a-f]{64}/);
      expect(doc.sections.find((s) => s.key === 'officers')!.tables[0]!.rows).toHaveLength(4);
      expect(doc.sections.find((s) => s.key === 'council')!.tables[0]!.rows).toHaveLength(9);
    },
  );

  it('keep the secretary’s paragraph, in the language written, and a free section where it was put', () => {
    const prefilled = minutesDocument(record, 'zh+ru', t).sections.find(
      (s) => s.key === 'closing',
    )!.paragraphs;
    let minutes = asMinutes(
      saveMinutesParagraph(
        'c',
        undefined,
        'closing',
        { zh: '大会在热烈的掌声中闭幕。' },
        { zh: prefilled[0]!.prefilled },
      ),
    );
    minutes = asMinutes(
      addFreeSection('c', minutes, {
        after: 'agenda',
        title: { zh: '合影', ru: 'Общее фото', en: '' },
        text: { zh: '会后全体代表合影留念。', ru: 'После собрания — общее фото.', en: '' },
      }),
      minutes,
    );
    const doc = minutesDocument({ ...record, minutes }, 'zh+ru', t);
    const closing = doc.sections.find((s) => s.key === 'closing')!;
    expect(closing.paragraphs.map((p) => [p.language, p.edited])).toEqual([
      ['zh-CN', true],
      ['ru', false],
    ]);
    expect(closing.paragraphs[0]!.text).toBe('大会在热烈的掌声中闭幕。');
    const agenda = doc.sections.findIndex((s) => s.key === 'agenda');
    expect(doc.sections[agenda + 1]!.title).toBe('合影 / Общее фото');
    // The record's own text again: the secretary's version is dropped, not stored twice.
    const back = asMinutes(
      saveMinutesParagraph(
        'c',
        minutes,
        'closing',
        { zh: prefilled[0]!.prefilled },
        { zh: prefilled[0]!.prefilled },
      ),
      minutes,
    );
    expect(back.paragraphs.closing).toBeUndefined();
  });

  it('refuse a free section without a title, and an expert without a name or role, naming the field', () => {
    expect(
      addFreeSection('c', undefined, {
        after: 'agenda',
        title: { zh: ' ', ru: '', en: '' },
        text: { zh: 'x', ru: '', en: '' },
      }),
    ).toMatchObject({ ok: false, errors: [{ field: 'title' }] });
    expect(
      saveCommitteeMember('c', {
        name: { zh: '', ru: '', en: '' },
        role: { zh: '', ru: '', en: '' },
        organisation: { zh: '', ru: '', en: '' },
        order: 1,
      }),
    ).toMatchObject({ ok: false, errors: [{ field: 'name' }, { field: 'role' }] });
  });

  it('print as PDF with every elected name and every vote figure, subset fonts, pages that pass qpdf', async () => {
    const file = path.join(dir, 'minutes.pdf');
    writeFileSync(file, await renderMinutesPdf(minutesDocument(record, 'zh+ru', t), nodeFontBytes()));
    expect(execFileSync('qpdf', ['--check', file], { encoding: 'utf8' })).toContain(
      'No syntax or stream encoding errors',
    );
    for (const line of execFileSync('pdffonts', [file], { encoding: 'utf8' }).trim().split('\n').slice(2))
      expect(line).toMatch(/^[A-Z]{6}\+Noto/);
    const raw = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' });
    // The header of the abstentions' column, not broken inside the word ("Воздерж" over ".").
    expect(raw).toContain('Воздерж.');
    const text = squash(raw);
    const { names, figures } = expectedFacts(record);
    expect(names.length).toBeGreaterThan(12);
    for (const name of names) expect(text, name).toContain(squash(name));
    for (const figure of figures) expect(text).toContain(figure);
    expect(text).toContain('赞成122');
    expect(text).toContain('议程全部完成');
    expect(text).toContain('Повесткаднячисчерпана'.replace('ч', ''));
  }, 60_000);

  it('write the same minutes as .docx that LibreOffice reads, with every elected name and vote figure', async () => {
    const file = path.join(dir, 'minutes.docx');
    writeFileSync(file, await renderMinutesDocx(minutesDocument(record, 'zh+ru', t)));
    execFileSync(
      'soffice',
      ['--headless', '--convert-to', 'txt:Text (encoded):UTF8', '--outdir', dir, file],
      { stdio: 'ignore', timeout: 120_000 },
    );
    const text = squash(readFileSync(path.join(dir, 'minutes.txt'), 'utf8'));
    const { names, figures } = expectedFacts(record);
    for (const name of names) expect(text, name).toContain(squash(name));
    for (const figure of figures) expect(text).toContain(figure);
    expect(text).toContain('Повесткаднячисчерпана'.replace('ч', ''));
    expect(text).toContain('审议并表决联盟章程');
  }, 180_000);
});
