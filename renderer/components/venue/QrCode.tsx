import { qrRuns, QR_QUIET_ZONE } from '../../../shared/documents/render/qr';

/** A QR code drawn as SVG, large enough to scan from a screen across a desk. */
export function QrCode({ text, label }: { text: string; label: string }) {
  const { size, runs } = qrRuns(text);
  const side = size + 2 * QR_QUIET_ZONE;
  return (
    <svg
      className="qr-code"
      role="img"
      aria-label={label}
      viewBox={`0 0 ${side} ${side}`}
      width={320}
      height={320}
    >
      <rect width={side} height={side} fill="#fff" />
      {runs.map(([x, y, length]) => (
        <rect
          key={`${x}-${y}`}
          x={x + QR_QUIET_ZONE}
          y={y + QR_QUIET_ZONE}
          width={length}
          height={1}
          fill="#000"
        />
      ))}
    </svg>
  );
}
