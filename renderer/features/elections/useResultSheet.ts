import { useTranslation } from 'react-i18next';
import type { BallotEntry as Paper, Election } from '../../../shared/core/domain/entities';
import { renderResultSheet } from '../../../shared/documents/render/resultSheet';
import { translatorFor } from '../../../shared/locales';
import { electionSheetContent } from '../../../shared/rules/elections/electionTexts';
import type { ElectionResult } from '../../../shared/rules/elections/tallyElection';
import { useServices } from '../../app/AppContext';
import { loadFontBytes } from '../../components/fontUrls';

/** Saving the round's result sheet as a PDF (in Chinese and Russian), then opening it in the viewer. */
export function useResultSheet({
  election,
  result,
  eventName,
  parent,
  papers,
}: {
  election: Election;
  result: ElectionResult;
  eventName: string;
  parent: Election | undefined;
  papers: readonly Paper[];
}) {
  const { t } = useTranslation();
  const { platform } = useServices();
  return async () => {
    const parentTitle = parent
      ? `${parent.title.zh || parent.title.en} / ${parent.title.ru || parent.title.en} · ${parent.round}`
      : '';
    const pdf = await renderResultSheet(
      electionSheetContent(
        election,
        result,
        eventName,
        parentTitle,
        translatorFor('zh-CN'),
        translatorFor('ru'),
        papers,
      ),
      await loadFontBytes(),
    );
    const saved = await platform.saveFile(`${t('elections.sheetFile')}-${election.round}.pdf`, pdf, [
      { name: 'PDF', extensions: ['pdf'] },
    ]);
    if (saved) void platform.openInViewer(saved).catch(() => undefined);
  };
}
