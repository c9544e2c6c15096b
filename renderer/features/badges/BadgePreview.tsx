import { useTranslation } from 'react-i18next';
import type { BadgeOp } from '../../../shared/documents/render/badgeLayout';
import { QR_QUIET_ZONE } from '../../../shared/documents/render/qr';

/**
 * The badge as the PDF will draw it: the same layout operations, the same fonts (@font-face from
 * the shipped files) and each line held to the width the PDF measured.
 */
export function BadgePreview({
  ops,
  width,
  height,
  label,
}: {
  ops: BadgeOp[];
  width: number;
  height: number;
  label: string;
}) {
  const { t } = useTranslation();
  return (
    <figure className="badge-preview">
      <svg
        viewBox={`0 0 ${width} ${height}`}
        role="img"
        aria-label={t('badges.previewOf', { name: label })}
        style={{ aspectRatio: `${width} / ${height}` }}
      >
        <rect x={0} y={0} width={width} height={height} fill="#ffffff" stroke="#bbbbbb" strokeWidth={0.5} />
        {ops.map((op, i) => {
          if (op.kind === 'rect')
            return <rect key={i} x={op.x} y={op.y} width={op.width} height={op.height} fill={op.colour} />;
          if (op.kind === 'text')
            return (
              <text
                key={i}
                x={op.x}
                y={op.y}
                fontSize={op.size}
                fontWeight={op.weight === 'bold' ? 700 : 400}
                fill={op.colour}
                textLength={op.width}
                lengthAdjust="spacingAndGlyphs"
                className="badge-text"
              >
                {op.text}
              </text>
            );
          if (op.kind === 'qr') {
            const module = op.size / (op.qr.size + 2 * QR_QUIET_ZONE);
            const d = op.qr.runs
              .map(
                ([x, y, length]) =>
                  `M${op.x + (x + QR_QUIET_ZONE) * module} ${op.y + (y + QR_QUIET_ZONE) * module}` +
                  `h${length * module}v${module}h${-length * module}z`,
              )
              .join('');
            return <path key={i} d={d} fill="#000000" />;
          }
          return <rect key={i} x={op.x} y={op.y} width={op.width} height={op.height} fill="#dddddd" />;
        })}
      </svg>
    </figure>
  );
}
