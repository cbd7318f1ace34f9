// The report email's comparison lines (issue 17 §3): year over year, annual totals, month over
// month, seasonality and weekly trend, as HTML and as lines of the text part.
import type { ComparisonsResponse } from '../../contracts/comparisons.js';
import { comparisonLines } from '../comparison-lines.js';
import { ENGLISH, type ReportLocale } from '../locale.js';
import { styles } from './layout.js';

// Each group's heading is `reportComparisons.<group>` in the catalogue.
const GROUPS = ['yearOverYear', 'annual', 'monthOverMonth', 'seasonal', 'weekly'] as const;

/** The comparisons as the email's HTML shows them. */
export function ComparisonSection({
  c,
  loc = ENGLISH,
}: {
  c: ComparisonsResponse;
  loc?: ReportLocale;
}) {
  const lines = comparisonLines(c, loc.words);
  return (
    <>
      <h2 style={styles.h2}>{loc.t('reportComparisons.heading')}</h2>
      {GROUPS.map((key) =>
        lines[key].length ? (
          <div key={key}>
            <p style={{ margin: '8px 0 2px', fontWeight: 'bold' }}>
              {loc.t(`reportComparisons.${key}`)}
            </p>
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
export function comparisonTextLines(c: ComparisonsResponse, loc = ENGLISH): string[] {
  const lines = comparisonLines(c, loc.words);
  return [
    loc.t('reportComparisons.headingText'),
    ...GROUPS.flatMap((key) =>
      lines[key].length
        ? [`${loc.t(`reportComparisons.${key}`)}:`, ...lines[key].map((l) => `- ${l}`)]
        : [],
    ),
  ];
}
