/** Horizontal bars of each server's share of a sample, as a list a screen reader reads as text. */
import './teach.css';

export interface Bar {
  readonly label: string;
  /** 0..1 */
  readonly share: number;
  readonly detail: string;
}

export function percent(share: number, digits = 1): string {
  return `${(share * 100).toFixed(digits)} %`;
}

export function ShareBars({ bars, label }: { bars: readonly Bar[]; label: string }) {
  const max = Math.max(0.0001, ...bars.map((b) => b.share));
  return (
    <ul className="share-bars" aria-label={label}>
      {bars.map((b) => (
        <li key={b.label}>
          <span className="share-label">{b.label}</span>
          <span className="share-track" aria-hidden="true">
            <span className="share-fill" style={{ width: `${(100 * b.share) / max}%` }} />
          </span>
          <span className="share-value">{b.detail}</span>
        </li>
      ))}
    </ul>
  );
}
