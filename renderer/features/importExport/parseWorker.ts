/// <reference lib="webworker" />
import { readListFile } from '../../../shared/codecs/import/readListFile';
import { FileReadError, type FileProblem, type ParsedFile } from '../../../shared/codecs/import/sheet';

export type ParseRequest = { bytes: Uint8Array; fileName: string };
export type ParseReply =
  { type: 'done'; file: ParsedFile } | { type: 'error'; problem: FileProblem; detail: string };

// Reading a large workbook takes seconds: it happens here, off the UI thread, and can be cancelled.
self.onmessage = async (event: MessageEvent<ParseRequest>) => {
  const { bytes, fileName } = event.data;
  let reply: ParseReply;
  try {
    reply = { type: 'done', file: await readListFile(bytes, fileName) };
  } catch (error) {
    reply =
      error instanceof FileReadError
        ? { type: 'error', problem: error.problem, detail: error.message }
        : { type: 'error', problem: 'fileDamaged', detail: String(error) };
  }
  self.postMessage(reply);
};
