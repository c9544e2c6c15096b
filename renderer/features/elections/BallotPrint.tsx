import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Election } from '../../../shared/core/domain/entities';
import { useServices } from '../../app/AppContext';
import { TextField } from '../../components/fields';
import { FONT_URLS } from '../../components/fontUrls';
import { ballotPaperContent } from '../../../shared/rules/elections/electionTexts';
import { translatorFor as fixedT } from '../../../shared/locales';
import type { BallotReply } from './ballotWorker';

/** Ballot papers as PDF: N copies, numbered if the election says so, drawn in a worker. */
export function BallotPrint({
  election,
  eventName,
  defaultCopies,
}: {
  election: Election;
  eventName: string;
  defaultCopies: number;
}) {
  const { t } = useTranslation();
  const { platform } = useServices();
  const [copies, setCopies] = useState(String(Math.max(1, defaultCopies)));
  const [progress, setProgress] = useState<string>('');
  const count = Number(copies);
  const valid = Number.isInteger(count) && count >= 1 && count <= 5000;

  const print = () => {
    if (!valid) return;
    const worker = new Worker(new URL('./ballotWorker.ts', import.meta.url), { type: 'module' });
    const absolute = (url: string) => new URL(url, document.baseURI).href;
    setProgress(t('elections.printing', { done: 0, total: count }));
    worker.onmessage = async (event: MessageEvent<BallotReply>) => {
      const reply = event.data;
      if (reply.type === 'progress')
        return setProgress(t('elections.printing', { done: reply.done, total: reply.total }));
      worker.terminate();
      if (reply.type === 'error') return setProgress(t('elections.printFailed', { message: reply.message }));
      const saved = await platform.saveFile(`${t('elections.ballotFile')}-${election.round}.pdf`, reply.pdf, [
        { name: 'PDF', extensions: ['pdf'] },
      ]);
      setProgress(saved ? t('elections.printed', { n: count }) : '');
      if (saved) void platform.openInViewer(saved).catch(() => undefined);
    };
    worker.postMessage({
      content: ballotPaperContent(election, eventName, fixedT('zh-CN'), fixedT('ru')),
      copies: { copies: count, serials: election.serials },
      fontUrls: {
        scRegular: absolute(FONT_URLS.scRegular),
        scBold: absolute(FONT_URLS.scBold),
        latinRegular: absolute(FONT_URLS.latinRegular),
        latinBold: absolute(FONT_URLS.latinBold),
      },
    });
  };

  return (
    <div className="field-row ballot-print">
      <TextField
        label={t('elections.copies')}
        type="number"
        inputMode="numeric"
        value={copies}
        onChange={setCopies}
        {...(valid ? {} : { error: { field: 'copies', message: 'elections.copiesInvalid' } })}
      />
      <button type="button" className="button" disabled={!valid} onClick={print}>
        {t('elections.printBallots')}
      </button>
      <span className="hint" role="status">
        {progress}
      </span>
    </div>
  );
}
