/// <reference lib="webworker" />
import { renderBadgesPdf } from '../../../shared/documents/render/badgePdf';
import type { BadgeContent } from '../../../shared/documents/render/badgeLayout';
import type { BadgeTemplate } from '../../../shared/documents/render/badgeTemplates';
import type { FontBytes } from '../../../shared/documents/render/fontSet';
import { loadFontBytes } from '../fontUrls';

export type BadgeJob = {
  badges: BadgeContent[];
  template: BadgeTemplate;
  fontUrls: Record<keyof FontBytes, string>;
};
export type BadgeReply =
  | { type: 'progress'; done: number; total: number }
  | { type: 'done'; pdf: Uint8Array }
  | { type: 'error'; message: string };

// A thousand badges take seconds: they are drawn here, off the UI thread; the page can stop us at any time.
self.onmessage = async (event: MessageEvent<BadgeJob>) => {
  try {
    const fonts = await loadFontBytes(event.data.fontUrls);
    const pdf = await renderBadgesPdf(event.data.badges, event.data.template, fonts, {
      onProgress: (done, total) => self.postMessage({ type: 'progress', done, total } satisfies BadgeReply),
    });
    self.postMessage({ type: 'done', pdf } satisfies BadgeReply, [pdf.buffer]);
  } catch (error) {
    self.postMessage({
      type: 'error',
      message: error instanceof Error ? error.message : String(error),
    } satisfies BadgeReply);
  }
};
