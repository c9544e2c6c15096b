import { runCli } from '../plenum';

/** The day of the test event's archive, so its clocks are never "far ahead" of the test's now. */
const EVENT_DAY = Date.UTC(2026, 11, 10, 12);

/**
 * The command line run on files held in memory: its exit code, what it printed, and the files it
 * wrote (added to `files`, so a later run can read them).
 */
export async function runInMemory(args: string[], files: Record<string, Uint8Array>, now = EVENT_DAY) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(args, {
    out: (s) => out.push(s),
    err: (s) => err.push(s),
    readFile: (f) => {
      const bytes = Object.hasOwn(files, f) ? files[f] : undefined;
      if (!bytes) throw new Error('ENOENT: no such file');
      return bytes;
    },
    writeFile: (f, bytes) => {
      files[f] = bytes;
    },
    now: () => now,
  });
  return { code, out: out.join('\n'), err: err.join('\n') };
}
