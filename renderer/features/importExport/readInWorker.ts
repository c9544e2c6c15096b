import type { FileProblem, ParsedFile } from '../../../shared/codecs/import/sheet';
import type { ParseReply } from './parseWorker';

export class ReadCancelled extends Error {}

export class ReadFailed extends Error {
  constructor(
    readonly problem: FileProblem,
    detail: string,
  ) {
    super(detail);
  }
}

function startWorker(): Worker {
  return new Worker(new URL('./parseWorker.ts', import.meta.url), { type: 'module' });
}

let spare: Worker | null = null;

/** Starts a reader before the user picks a file: loading the workbook library then costs no waiting. */
export function prewarmReader(): void {
  spare ??= startWorker();
}

/** Reads a list file in a worker; `cancel` stops it at once. */
export function readInWorker(
  bytes: Uint8Array,
  fileName: string,
): { result: Promise<ParsedFile>; cancel: () => void } {
  const worker = spare ?? startWorker();
  spare = null;
  let cancel = () => {};
  const result = new Promise<ParsedFile>((resolve, reject) => {
    cancel = () => {
      worker.terminate();
      reject(new ReadCancelled('cancelled'));
    };
    worker.onmessage = (event: MessageEvent<ParseReply>) => {
      worker.terminate();
      if (event.data.type === 'done') resolve(event.data.file);
      else reject(new ReadFailed(event.data.problem, event.data.detail));
    };
    worker.onerror = (event) => {
      worker.terminate();
      reject(new ReadFailed('fileDamaged', event.message));
    };
    worker.postMessage({ bytes, fileName });
  });
  return { result, cancel };
}
