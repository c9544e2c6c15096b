import { useState } from 'react';
import { DEFAULT_TEMPLATE, type BadgeTemplate } from '../../../shared/documents/badgeTemplates';

const KEY = 'plenum.badgeTemplate.';

/** The event's badge template, kept on this computer. */
export function useBadgeTemplate(conferenceId: string): [BadgeTemplate, (template: BadgeTemplate) => void] {
  const [template, setTemplate] = useState<BadgeTemplate>(() => {
    try {
      return { ...DEFAULT_TEMPLATE, ...(JSON.parse(localStorage.getItem(KEY + conferenceId) ?? '{}') as Partial<BadgeTemplate>) };
    } catch {
      return DEFAULT_TEMPLATE;
    }
  });
  return [
    template,
    (next) => {
      localStorage.setItem(KEY + conferenceId, JSON.stringify(next));
      setTemplate(next);
    },
  ];
}
