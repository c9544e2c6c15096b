import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Attendee } from '../../../shared/core/domain/entities';
import { useServices } from '../../app/AppContext';
import { badgeContentFor, printBadges } from '../../components/badges/printBadges';
import { useBadgeTemplate } from '../../components/badges/useBadgeTemplate';
import { RenderStopped } from '../../components/badges/renderInWorker';
import type { Desk } from './useDesk';

/**
 * A badge for the person at the desk (a walk-in, a lost badge): drawn with the event's template,
 * saved and recorded like any print; a reprint is asked about first.
 */
export function useCardPrint(conferenceId: string, desk: Desk) {
  const { t } = useTranslation();
  const services = useServices();
  const { template } = useBadgeTemplate(conferenceId);
  const [confirming, setConfirming] = useState<Attendee | null>(null);
  const [printing, setPrinting] = useState(false);

  const print = async (attendee: Attendee) => {
    setConfirming(null);
    setPrinting(true);
    const name = `${t('badges.fileName')}-${attendee.code}.pdf`;
    const run = printBadges(
      services,
      conferenceId,
      [attendee],
      badgeContentFor(desk.conference, desk.orgById),
      template,
      name,
      () => undefined,
    );
    try {
      const saved = await run.result;
      if (saved) desk.announce('ok', 'checkin.badgeDone', { name: desk.nameOf(attendee.id), file: saved });
    } catch (error) {
      if (!(error instanceof RenderStopped))
        desk.announce('error', 'badges.failed', { message: String(error) });
    } finally {
      setPrinting(false);
      desk.ready();
    }
  };

  return {
    printing,
    confirming,
    /** Prints at once, or asks first when this person's badge was printed before. */
    request: (attendee: Attendee) => {
      // One print at a time, and only once the print records are read (a reprint must be asked about).
      if (printing || confirming || !desk.prints) return;
      if (desk.prints.get(attendee.id)) setConfirming(attendee);
      else void print(attendee);
    },
    confirm: () => confirming && void print(confirming),
    cancel: () => {
      setConfirming(null);
      desk.ready();
    },
  };
}
