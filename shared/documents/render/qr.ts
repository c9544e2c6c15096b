import QRCode, { type QRCodeSegment } from 'qrcode';

/** Light modules kept around the code on every side, as the QR standard asks: scanners need them. */
export const QR_QUIET_ZONE = 4;

export interface QrRuns {
  /** Modules per side. */
  size: number;
  /** Horizontal runs of dark modules: [x, y, length], y from the top. */
  runs: [number, number, number][];
}

/** The QR code of a text as runs of dark modules: one rectangle a run, all drawn with one fill. */
export function qrRuns(text: string): QrRuns {
  // Saying the mode (digits, or capitals and digits as badge codes are) spares the encoder its search
  // for the shortest mix of modes, which cost more than drawing the code.
  const segment: QRCodeSegment = /^\d+$/.test(text)
    ? { data: text, mode: 'numeric' }
    : /^[0-9A-Z $%*+\-./:]+$/.test(text)
      ? { data: text, mode: 'alphanumeric' }
      : { data: new TextEncoder().encode(text), mode: 'byte' };
  const { modules } = QRCode.create([segment], { errorCorrectionLevel: 'M' });
  const size = modules.size;
  const runs: [number, number, number][] = [];
  for (let y = 0; y < size; y++) {
    let start = -1;
    for (let x = 0; x <= size; x++) {
      const dark = x < size && modules.get(y, x);
      if (dark && start < 0) start = x;
      if (!dark && start >= 0) {
        runs.push([start, y, x - start]);
        start = -1;
      }
    }
  }
  return { size, runs };
}
