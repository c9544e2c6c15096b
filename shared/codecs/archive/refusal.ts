import type { z } from 'zod';
import type { ArchiveProblem } from './archiveFormat';

/** Leaves the checks at the first problem; thrown only by the archive's checks, which return it. */
export class Refusal extends Error {
  constructor(readonly problem: ArchiveProblem) {
    super(problem.code);
  }
}

export function refuse(problem: ArchiveProblem): never {
  throw new Refusal(problem);
}

/** A text from the archive as a message shows it: never a page long. */
export const shown = (text: string, max = 80) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);
export const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));
export const issuesOf = (error: z.ZodError) =>
  shown(error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; '), 300);
