import { useEffect, useState } from 'react';
import { readBadgeTemplate, type BadgeTemplate } from '../../../shared/documents/render/badgeTemplates';
import { sameBadgeTemplate } from '../../../shared/documents/badges/badgeTemplateCommand';
import type { FieldError } from '../../../shared/core/domain/validation';
import { useStore } from '../../app/AppContext';
import { useConference } from '../../db/hooks';
import { saveBadgeTemplateAction } from '../../db/badgeActions';

/**
 * The event's badge template, from the log; each change is saved as an event. What was just
 * chosen shows at once, before the saved event comes back through the projection.
 */
export function useBadgeTemplate(conferenceId: string): {
  template: BadgeTemplate;
  save: (template: BadgeTemplate) => void;
  errors: FieldError[];
  saving: boolean;
} {
  const store = useStore();
  const conference = useConference(conferenceId);
  const [pending, setPending] = useState<BadgeTemplate | null>(null);
  const [errors, setErrors] = useState<FieldError[]>([]);
  const saved = readBadgeTemplate(conference?.badgeTemplate);
  useEffect(() => {
    if (pending && sameBadgeTemplate(pending, conference?.badgeTemplate)) setPending(null);
  }, [pending, conference]);
  const save = (next: BadgeTemplate) => {
    setPending(next);
    void saveBadgeTemplateAction(store, conferenceId, next).then((result) => {
      setErrors(result.ok ? [] : result.errors);
      if (!result.ok) setPending(null);
    });
  };
  return { template: pending ?? saved, save, errors, saving: pending !== null };
}
