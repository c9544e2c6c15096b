import { describe, expect, it } from 'vitest';
import { renderToStaticMarkup } from 'react-dom/server';
import { endOfDayRecord } from '../../../shared/documents/minutes/testing/assemblyRecord';
import { electionResultOf } from '../../../shared/rules/elections/electionResult';
import { ElectionAnnounceContent } from './ElectionAnnounce';

const record = endOfDayRecord();
const officers = record.elections.find((e) => e.body === 'council' && e.round === 1)!;
const result = electionResultOf(
  officers,
  record.papers.filter((p) => p.electionId === officers.id),
  record.issues.filter((i) => i.electionId === officers.id).length,
);

describe('the election’s announce view', () => {
  it('names the elected as the register does: the Chinese transcription with its “·”, the Cyrillic name', () => {
    const html = renderToStaticMarkup(<ElectionAnnounceContent election={officers} result={result} />);
    expect(html).toContain('索科洛夫·德米特里');
    expect(html).toContain('Соколов Дмитрий Дмитриевич');
    expect(html).not.toContain('Dmitrii Sokolov');
  });

  it('gives a post without a Russian title its Chinese one in the Russian line, never the English', () => {
    const untitled = {
      ...officers,
      posts: officers.posts.map((p, i) => (i === 0 ? { ...p, title: { ...p.title, ru: '' } } : p)),
    };
    const html = renderToStaticMarkup(<ElectionAnnounceContent election={untitled} result={result} />);
    const chinese = officers.posts[0]!.title.zh;
    expect(html).toContain(`<span lang="ru">${chinese}</span>`);
    expect(html).not.toContain(`<span lang="ru">${officers.posts[0]!.title.en}</span>`);
  });
});
