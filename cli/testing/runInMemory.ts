import { runCli } from '../plenum';

/** The command line run on files held in memory: its exit code and what it printed. */
export async function runInMemory(args: string[], files: Record<string, Uint8Array>) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(args, {
    out: (s) => out.push(s),
    err: (s) => err.push(s),
    readFile: (f) => {
      const bytes = files[f];
      if (!bytes) throw new Error('ENOENT: no such file');
      return bytes;
    },
  });
  return { code, out: out.join('\n'), err: err.join('\n') };
}
