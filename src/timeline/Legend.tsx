import { useI18n } from '../i18n/useI18n';
import './timeline.css';

const SAMPLES = [
  { kind: 'mark--period', text: 'legend.period' },
  { kind: 'mark--point', text: 'legend.day' },
  { kind: 'mark--span', text: 'legend.span' },
  { kind: 'mark--point mark--tentative', text: 'legend.tentative' },
  { kind: 'mark--span mark--bounded', text: 'legend.bounded' },
  { kind: 'mark--period mark--ongoing', text: 'legend.ongoing' },
] as const;

/** The kinds of mark on the timeline, in one compact row, drawn with the marks' own styles. */
export function Legend() {
  const { t } = useI18n();
  return (
    <ul className="legend" aria-label={t('legend.label')}>
      {SAMPLES.map(({ kind, text }) => (
        <li key={kind}>
          <span className={`legend-sample mark ${kind}`} aria-hidden="true">
            <span className="mark-glyph" />
          </span>
          {t(text)}
        </li>
      ))}
      <li>
        <span className="legend-sample legend-cluster cluster" aria-hidden="true">
          7
        </span>
        {t('legend.cluster')}
      </li>
      <li>
        <span className="legend-sample legend-link" aria-hidden="true" />
        {t('legend.link')}
      </li>
      <li>
        <span className="legend-sample mark mark--point is-selected" aria-hidden="true">
          <span className="mark-glyph" />
        </span>
        {t('legend.selected')}
      </li>
    </ul>
  );
}
