import scRegular from '@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf?url';
import scBold from '@expo-google-fonts/noto-sans-sc/700Bold/NotoSansSC_700Bold.ttf?url';
import latinRegular from '@expo-google-fonts/noto-sans/400Regular/NotoSans_400Regular.ttf?url';
import latinBold from '@expo-google-fonts/noto-sans/700Bold/NotoSans_700Bold.ttf?url';
import type { FontBytes } from '../../shared/documents/render/fontSet';

/** The shipped fonts, as Vite bundles them (only Regular and Bold). */
export const FONT_URLS: Record<keyof FontBytes, string> = { scRegular, scBold, latinRegular, latinBold };

export async function loadFontBytes(urls: Record<keyof FontBytes, string> = FONT_URLS): Promise<FontBytes> {
  const load = async (url: string) => new Uint8Array(await (await fetch(url)).arrayBuffer());
  const [a, b, c, d] = await Promise.all([
    load(urls.scRegular),
    load(urls.scBold),
    load(urls.latinRegular),
    load(urls.latinBold),
  ]);
  return { scRegular: a, scBold: b, latinRegular: c, latinBold: d };
}

let registered = false;

/** The preview draws with the very fonts the PDF embeds. */
export function registerPreviewFonts(): void {
  if (registered || typeof FontFace === 'undefined') return;
  registered = true;
  const faces = [
    new FontFace('Plenum Noto Sans SC', `url(${FONT_URLS.scRegular})`, { weight: '400' }),
    new FontFace('Plenum Noto Sans SC', `url(${FONT_URLS.scBold})`, { weight: '700' }),
    new FontFace('Plenum Noto Sans', `url(${FONT_URLS.latinRegular})`, { weight: '400' }),
    new FontFace('Plenum Noto Sans', `url(${FONT_URLS.latinBold})`, { weight: '700' }),
  ];
  for (const face of faces) {
    document.fonts.add(face);
    void face.load().catch(() => undefined);
  }
}
