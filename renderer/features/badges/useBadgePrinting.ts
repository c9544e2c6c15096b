import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Attendee } from '../../../shared/core/domain/entities';
import type { BadgeContent } from '../../../shared/documents/render/badgeLayout';
import type { BadgeTemplate } from '../../../shared/documents/render/badgeTemplates';
import { useServices } from '../../app/AppContext';
import { currentLanguage } from '../../app/i18n';
import { formatNumber } from '../../app/format';
import { RenderStopped } from '../../components/badges/renderInWorker';
import { printBadges } from '../../components/badges/printBadges';

export type PrintJob = { done: number; total: number; cancel: () => void } | null;

/** Printing the chosen badges to a PDF: the job under way (or null), what the last one came to, and the start. */
export function useBadgePrinting(
  conferenceId: string,
  chosen: Attendee[],
  content: (attendee: Attendee) => BadgeContent,
  template: BadgeTemplate,
): { job: PrintJob; status: string; print: () => Promise<void> } {
  const { t } = useTranslation();
  const services = useServices();
  const language = currentLanguage();
  const [job, setJob] = useState<PrintJob>(null);
  const [status, setStatus] = useState('');

  const print = async () => {
    const fileName = `${t('badges.fileName')}-${new Date().toISOString().slice(0, 10)}.pdf`;
    const run = printBadges(services, conferenceId, chosen, content, template, fileName, (done, total) =>
      setJob((j) => (j ? { ...j, done, total } : j)),
    );
    setJob({ done: 0, total: chosen.length, cancel: run.cancel });
    setStatus('');
    try {
      const saved = await run.result;
      if (saved) setStatus(t('badges.printed', { n: formatNumber(chosen.length, language), name: saved }));
    } catch (error) {
      setStatus(
        error instanceof RenderStopped
          ? t('badges.cancelled')
          : t('badges.failed', { message: String(error) }),
      );
    } finally {
      setJob(null);
    }
  };

  return { job, status, print };
}
