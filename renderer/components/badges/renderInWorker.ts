import type { BadgeContent } from '../../../shared/documents/render/badgeLayout';
import type { BadgeTemplate } from '../../../shared/documents/render/badgeTemplates';
import type { BadgeReply } from './badgeWorker';
import { FONT_URLS } from '../fontUrls';

export class RenderStopped extends Error {}

/** Draws the badges' PDF in a worker, reporting progress; `cancel` stops it at once. */
export function renderInWorker(
  badges: BadgeContent[],
  template: BadgeTemplate,
  onProgress: (done: number, total: number) => void,
): { result: Promise<Uint8Array>; cancel: () => void } {
  const worker = new Worker(new URL('./badgeWorker.ts', import.meta.url), { type: 'module' });
  let cancel = () => {};
  const absolute = (url: string) => new URL(url, document.baseURI).href;
  const fontUrls = {
    scRegular: absolute(FONT_URLS.scRegular),
    scBold: absolute(FONT_URLS.scBold),
    latinRegular: absolute(FONT_URLS.latinRegular),
    latinBold: absolute(FONT_URLS.latinBold),
  };
  const result = new Promise<Uint8Array>((resolve, reject) => {
    cancel = () => {
      worker.terminate();
      reject(new RenderStopped('cancelled'));
    };
    worker.onmessage = (event: MessageEvent<BadgeReply>) => {
      const reply = event.data;
      if (reply.type === 'progress') return onProgress(reply.done, reply.total);
      worker.terminate();
      if (reply.type === 'done') resolve(reply.pdf);
      else reject(new Error(reply.message));
    };
    worker.onerror = (event) => {
      worker.terminate();
      reject(new Error(event.message));
    };
    worker.postMessage({ badges, template, fontUrls });
  });
  return { result, cancel };
}
