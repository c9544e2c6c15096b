/// <reference lib="webworker" />
import {
  renderBallotPapers,
  type BallotCopies,
  type BallotPaperContent,
} from '../../../shared/documents/render/ballotPaper';
import type { FontBytes } from '../../../shared/documents/render/fontSet';
import { loadFontBytes } from '../../components/fontUrls';

export type BallotJob = {
  content: BallotPaperContent;
  copies: BallotCopies;
  fontUrls: Record<keyof FontBytes, string>;
};
export type BallotReply =
  | { type: 'progress'; done: number; total: number }
  | { type: 'done'; pdf: Uint8Array }
  | { type: 'error'; message: string };

// Hundreds of copies of a many-page paper take a while: drawn off the UI thread.
self.onmessage = async (event: MessageEvent<BallotJob>) => {
  try {
    const fonts = await loadFontBytes(event.data.fontUrls);
    const pdf = await renderBallotPapers(event.data.content, fonts, event.data.copies, (done, total) =>
      self.postMessage({ type: 'progress', done, total } satisfies BallotReply),
    );
    self.postMessage({ type: 'done', pdf } satisfies BallotReply, [pdf.buffer]);
  } catch (error) {
    self.postMessage({
      type: 'error',
      message: error instanceof Error ? error.message : String(error),
    } satisfies BallotReply);
  }
};
