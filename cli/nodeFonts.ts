import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { FontBytes } from '../shared/documents/render/fontSet';

const require = createRequire(import.meta.url);
const file = (path: string) => new Uint8Array(readFileSync(require.resolve(path)));

/** The shipped fonts, read from the packages (tests and the command line run in Node). */
export function nodeFontBytes(): FontBytes {
  return {
    scRegular: file('@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf'),
    scBold: file('@expo-google-fonts/noto-sans-sc/700Bold/NotoSansSC_700Bold.ttf'),
    latinRegular: file('@expo-google-fonts/noto-sans/400Regular/NotoSans_400Regular.ttf'),
    latinBold: file('@expo-google-fonts/noto-sans/700Bold/NotoSans_700Bold.ttf'),
  };
}
