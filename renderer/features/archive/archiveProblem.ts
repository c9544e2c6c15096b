import type { ArchiveProblem } from '../../../shared/archive/archiveFormat';

type T = (key: string, params?: Record<string, string | number>) => string;

/** Why an archive was refused, in words, naming the file, the line or the result. */
export function archiveProblemText(problem: ArchiveProblem | { code: 'notThisEvent' }, t: T): string {
  const { code, ...params } = problem;
  return t(`archive.problem_${code}`, params as Record<string, string | number>);
}
