import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { renderBallotPapers } from './ballotPaper';
import { headerWords } from './columnFit';
import { FlowDocument, measureWith } from './flowDocument';
import { ballotPaperContent } from '../../rules/elections/electionTexts';
import { demoCouncilElection } from '../../rules/elections/testing/demoRecords';
import { nodeFontBytes } from '../../../cli/nodeFonts';
import { translator } from '../../../cli/translate';

const dir = mkdtempSync(path.join(tmpdir(), 'plenum-ballot-'));
const save = (name: string, pdf: Uint8Array) => {
  const file = path.join(dir, name);
  writeFileSync(file, pdf);
  return file;
};
const pages = (file: string) =>
  Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))![1]);

describe('ballot papers', () => {
  const election = demoCouncilElection();
  const content = ballotPaperContent(
    election,
    '中俄职业教育联盟成立大会',
    translator('zh-CN'),
    translator('ru'),
  );

  it(
    'list all 153 candidate organisations over several pages, ' +
      'a header and page number on each, fonts as subsets',
    async () => {
      const file = save(
        'one.pdf',
        await renderBallotPapers(content, nodeFontBytes(), { copies: 1, serials: false }),
      );
      expect(execFileSync('qpdf', ['--check', file], { encoding: 'utf8' })).toContain(
        'No syntax or stream encoding errors',
      );
      for (const line of execFileSync('pdffonts', [file], { encoding: 'utf8' }).trim().split('\n').slice(2))
        expect(line).toMatch(/^[A-Z]{6}\+Noto/);
      const n = pages(file);
      expect(n).toBeGreaterThan(3);
      for (let page = 1; page <= n; page++) {
        const text = execFileSync('pdftotext', ['-f', String(page), '-l', String(page), file, '-'], {
          encoding: 'utf8',
        });
        expect(text, `page ${page}`).toContain('中俄职业教育联盟成立大会');
        expect(text, `page ${page}`).toContain(`第 ${page} 页，共 ${n} 页 · Стр. ${page} из ${n}`);
      }
      const all = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }).replace(/\s+/g, '');
      expect(all).toContain('赞成不得多于153名');
      for (const candidate of election.posts[0]!.candidates) {
        expect(all, candidate.organisationName.zh).toContain(
          candidate.organisationName.zh.replace(/\s+/g, ''),
        );
        if (candidate.name.zh) expect(all, candidate.name.zh).toContain(`代表：${candidate.name.zh}`);
      }
    },
    60_000,
  );

  it('print N numbered copies, each the whole paper, and nothing that names a voter', async () => {
    const file = save(
      'copies.pdf',
      await renderBallotPapers(content, nodeFontBytes(), { copies: 3, serials: true }),
    );
    const single = pages(
      save('single.pdf', await renderBallotPapers(content, nodeFontBytes(), { copies: 1, serials: false })),
    );
    expect(pages(file)).toBe(3 * single);
    const text = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' });
    expect(text.match(/No\. 000[123]/g)?.length).toBe(3 * single);
    expect(text).not.toMatch(/A\d{5}/);
  }, 60_000);

  it('give each box column room for its header’s longest word (“Воздерж.” unbroken)', async () => {
    const flow = await FlowDocument.create(nodeFontBytes(), 'test', []);
    const bold = measureWith(flow.fonts, 'bold');
    for (const post of content.posts) {
      const columns = flow.fittedColumns(post.columns, 9, 3);
      columns.forEach((column) => {
        for (const word of headerWords(column.header))
          expect(column.width * flow.width - 6, word).toBeGreaterThanOrEqual(bold(word) * 9);
      });
    }
    expect(content.posts[0]!.columns.map((c) => c.header)).toContain('弃权\nВоздерж.');
    const file = save(
      'boxes.pdf',
      await renderBallotPapers(content, nodeFontBytes(), { copies: 1, serials: false }),
    );
    expect(execFileSync('pdftotext', ['-f', '1', '-l', '1', file, '-'], { encoding: 'utf8' })).toMatch(
      /^Воздерж\.$/m,
    );
  }, 60_000);
});
