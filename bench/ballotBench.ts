// The ballot paper for all 153 member organisations, drawn in Node as the app's worker draws it.
import { writeFileSync } from 'node:fs';
import { renderBallotPapers } from '../shared/documents/render/ballotPaper';
import { ballotPaperContent } from '../shared/rules/elections/electionTexts';
import { demoCouncilElection } from '../shared/rules/elections/testing/demoRecords';
import { nodeFontBytes } from '../cli/nodeFonts';
import { translator } from '../cli/translate';

export async function run(runs: number, copies: number, out: string) {
  const election = demoCouncilElection();
  const content = ballotPaperContent(
    election,
    '中俄职业教育联盟成立大会',
    translator('zh-CN'),
    translator('ru'),
  );
  const fonts = nodeFontBytes();
  const one: number[] = [];
  let pdf: Uint8Array = new Uint8Array();
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    pdf = await renderBallotPapers(content, fonts, { copies: 1, serials: false });
    one.push(performance.now() - start);
  }
  writeFileSync(`${out}/ballot-153.pdf`, pdf);
  const start = performance.now();
  const many = await renderBallotPapers(content, fonts, { copies, serials: true });
  const copiesMs = performance.now() - start;
  writeFileSync(`${out}/ballot-153-copies.pdf`, many);
  return {
    candidates: election.posts[0]!.candidates.length,
    one,
    copiesMs,
    bytes: pdf.length,
    copiesBytes: many.length,
  };
}
