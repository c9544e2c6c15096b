import { useEffect, useState } from 'react';
import { badgeMeasurer } from '../../../shared/documents/render/badgePdf';
import type { FontBytes } from '../../../shared/documents/render/fontSet';
import { loadFontBytes, registerPreviewFonts } from '../../components/fontUrls';

export type BadgeMeasure = Awaited<ReturnType<typeof badgeMeasurer>>;

/**
 * The shipped fonts: registered for the preview, their bytes (to find characters they lack) and the
 * PDF's measurer; null until loaded.
 */
export function useBadgeFonts(): { fonts: FontBytes | null; measure: BadgeMeasure | null } {
  const [fonts, setFonts] = useState<FontBytes | null>(null);
  const [measure, setMeasure] = useState<BadgeMeasure | null>(null);

  useEffect(() => {
    registerPreviewFonts();
    void loadFontBytes().then(async (bytes) => {
      setFonts(bytes);
      setMeasure(await badgeMeasurer(bytes));
    });
  }, []);

  return { fonts, measure };
}
