import type { ArchiveProblem } from '../../shared/codecs/archive/archiveFormat';
import type { StoreProblem } from '../db/archiveActions';

import type { Translate as T } from '../../shared/locales';

/** Why an archive was refused, in words, naming the file, the line or the result. */
export function archiveProblemText(
  problem: ArchiveProblem | StoreProblem | { code: 'notThisEvent' },
  t: T,
): string {
  const { code, ...params } = problem;
  return t(`archive.problem_${code}`, params as Record<string, string | number>);
}
