// The report email's comparison lines (issue 17 §3): year over year, annual totals, month over
// month, seasonality and weekly trend, as HTML and as lines of the text part.
import type { ComparisonsResponse } from '../../contracts/comparisons.js';
import { comparisonLines } from '../comparison-lines.js';
import { styles } from './layout.js';

const GROUPS = [
  ['yearOverYear', 'Against the same weekdays a year earlier'],
  ['annual', 'Annual totals'],
  ['monthOverMonth', 'Month over month'],
  ['seasonal', 'Seasonal variation'],
  ['weekly', 'Weekly trend'],
] as const;

/** The comparisons as the email's HTML shows them. */
export function ComparisonSection({ c }: { c: ComparisonsResponse }) {
  const lines = comparisonLines(c);
  return (
    <>
      <h2 style={styles.h2}>Compared with earlier periods</h2>
      {GROUPS.map(([key, title]) =>
        lines[key].length ? (
          <div key={key}>
            <p style={{ margin: '8px 0 2px', fontWeight: 'bold' }}>{title}</p>
            <ul style={{ marginTop: 0 }}>
              {lines[key].map((l) => (
                <li key={l}>{l}</li>
              ))}
            </ul>
          </div>
        ) : null,
      )}
    </>
  );
}

/** The same comparisons as lines of the text part. */
export function comparisonTextLines(c: ComparisonsResponse): string[] {
  const lines = comparisonLines(c);
  return [
    'Compared with earlier periods:',
    ...GROUPS.flatMap(([key, title]) =>
      lines[key].length ? [`${title}:`, ...lines[key].map((l) => `- ${l}`)] : [],
    ),
  ];
}
