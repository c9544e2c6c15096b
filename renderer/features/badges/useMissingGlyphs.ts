import { useMemo } from 'react';
import type { Attendee, Organisation } from '../../../shared/core/domain/entities';
import { missingCharacters, type FontBytes } from '../../../shared/documents/render/fontSet';
import {
  chineseDisplayName,
  cyrillicDisplayName,
  latinDisplayName,
} from '../../../shared/core/names/latinName';

export interface MissingGlyphs {
  attendee: Attendee;
  chars: string[];
}

/** The chosen attendees whose badge has characters the fonts cannot draw, with those characters. */
export function useMissingGlyphs(
  chosen: Attendee[],
  fonts: FontBytes | null,
  orgById: ReadonlyMap<string, Organisation>,
): MissingGlyphs[] {
  return useMemo(() => {
    if (!fonts) return [];
    return chosen.flatMap((a) => {
      const org = a.organisationId ? orgById.get(a.organisationId) : undefined;
      const text = [
        chineseDisplayName(a),
        cyrillicDisplayName(a),
        latinDisplayName(a),
        a.position,
        org?.name.zh ?? '',
        org?.name.ru ?? '',
      ].join('');
      const chars = missingCharacters(text, fonts);
      return chars.length ? [{ attendee: a, chars }] : [];
    });
  }, [chosen, fonts, orgById]);
}
