import { formatAxis, formatMoney } from '../app/format';

export interface Bar {
  key: string;
  label: string;
  /** A Money amount (decimal string). */
  amount: string;
}

const WIDTH = 480;
const ROW = 28;
const LABEL_WIDTH = 130;

/**
 * Horizontal bars scaled to the largest amount, drawn as SVG (no chart library: bars are all we draw). Each
 * bar's exact amount is written beside it and in its title, so the chart reads without hovering.
 */
export function BarChart({ bars, title }: { bars: Bar[]; title: string }) {
  const max = Math.max(...bars.map((bar) => Math.abs(Number(bar.amount))), 1);
  const scale = (WIDTH - LABEL_WIDTH - 120) / max;
  const height = bars.length * ROW + 8;
  return (
    <figure className="chart">
      <figcaption>{title}</figcaption>
      <svg
        viewBox={`0 0 ${WIDTH} ${height}`}
        role="img"
        aria-label={`${title}: ${bars.map((b) => `${b.label} ${formatMoney(b.amount)}`).join(', ')}`}
      >
        {bars.map((bar, i) => {
          const y = i * ROW + 4;
          const width = Math.max(Math.abs(Number(bar.amount)) * scale, 1);
          return (
            <g key={bar.key}>
              <title>{`${bar.label}: ${formatMoney(bar.amount)}`}</title>
              <text x={LABEL_WIDTH - 8} y={y + 17} textAnchor="end" className="chart-label">
                {bar.label}
              </text>
              <rect x={LABEL_WIDTH} y={y + 4} width={width} height={ROW - 10} rx={3} className="chart-bar" />
              <text x={LABEL_WIDTH + width + 6} y={y + 17} className="chart-value">
                {formatAxis(Number(bar.amount))}
              </text>
            </g>
          );
        })}
      </svg>
    </figure>
  );
}
