import * as fontkit from 'fontkit';

/**
 * pdf-lib 1.17 speaks the old fontkit interface (`subset.encodeStream()`); fontkit 2 writes correct
 * subsets but offers `subset.encode()`. @pdf-lib/fontkit 1.1.1 writes blank or garbled glyphs
 * with the Noto fonts we ship, so pdf-lib gets fontkit 2 through this adapter.
 */
type Handler = (value?: unknown) => void;

interface Subset {
  encode(): Uint8Array;
  encodeStream?: () => unknown;
}

function withEncodeStream(subset: Subset): Subset {
  subset.encodeStream = () => {
    const handlers: Record<string, Handler> = {};
    const stream = {
      on(event: string, handler: Handler) {
        handlers[event] = handler;
        if (event === 'end') {
          queueMicrotask(() => {
            try {
              handlers.data?.(subset.encode());
              handlers.end?.();
            } catch (error) {
              handlers.error?.(error);
            }
          });
        }
        return stream;
      },
    };
    return stream;
  };
  return subset;
}

export const fontkitForPdfLib = {
  create(data: Uint8Array) {
    const font = fontkit.create(data as never) as unknown as { createSubset: () => Subset };
    const createSubset = font.createSubset.bind(font);
    font.createSubset = () => withEncodeStream(createSubset());
    return font;
  },
};
