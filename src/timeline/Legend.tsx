import './timeline.css';

const SAMPLES = [
  { kind: 'mark--period', text: 'Period' },
  { kind: 'mark--point', text: 'Day' },
  { kind: 'mark--span', text: 'Week, month, year' },
  { kind: 'mark--point mark--tentative', text: 'Announced or planned' },
  { kind: 'mark--span mark--bounded', text: 'Dated by bounds' },
  { kind: 'mark--period mark--ongoing', text: 'Ongoing when reported' },
] as const;

/** The kinds of mark on the timeline, in one compact row, drawn with the marks' own styles. */
export function Legend() {
  return (
    <ul className="legend" aria-label="Legend of the timeline">
      {SAMPLES.map(({ kind, text }) => (
        <li key={kind}>
          <span className={`legend-sample mark ${kind}`} aria-hidden="true">
            <span className="mark-glyph" />
          </span>
          {text}
        </li>
      ))}
      <li>
        <span className="legend-sample legend-cluster cluster" aria-hidden="true">
          7
        </span>
        Cluster
      </li>
      <li>
        <span className="legend-sample legend-link" aria-hidden="true" />
        Link in the sources
      </li>
      <li>
        <span className="legend-sample mark mark--point is-selected" aria-hidden="true">
          <span className="mark-glyph" />
        </span>
        Selected
      </li>
    </ul>
  );
}
