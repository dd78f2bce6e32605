import './timeline.css';

const SAMPLES = [
  { kind: 'mark--period', text: 'Period: a bar from its start to its end' },
  { kind: 'mark--point', text: 'Event known to the day' },
  { kind: 'mark--span', text: 'Date known only to the week, month or year: drawn across all of it' },
  { kind: 'mark--point mark--tentative', text: 'Announced or planned, not yet happened (hollow, dashed)' },
  { kind: 'mark--span mark--bounded', text: 'Date known only by bounds (some time between, on or before): fades toward its uncertain ends' },
  { kind: 'mark--period mark--ongoing', text: 'Period still going on when reported: fades out after the report' },
] as const;

/** The kinds of mark on the timeline, drawn with the marks' own styles. */
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
        Cluster: events too close together to tell apart; activate it to zoom in
      </li>
      <li>
        <span className="legend-sample legend-link" aria-hidden="true" />
        Link the sources draw from the selected event to another (dashed arc)
      </li>
      <li>
        <span className="legend-sample mark mark--point is-selected" aria-hidden="true">
          <span className="mark-glyph" />
        </span>
        The selected event
      </li>
    </ul>
  );
}
