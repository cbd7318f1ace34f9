// A labelled select of metrics for panels that show one metric at a time.
import { useId } from 'react';
import { metricLabel, pageT } from '../lib/locale.js';
import type { Metric } from '../lib/types.js';

export function MetricSelect({
  metrics,
  value,
  onChange,
  label,
}: {
  metrics: Metric[];
  value: Metric;
  onChange: (m: Metric) => void;
  label?: string;
}) {
  const id = useId();
  return (
    <label className="select-label" htmlFor={id}>
      {label ?? pageT()('panels.metric')}
      <select id={id} value={value} onChange={(e) => onChange(e.target.value as Metric)}>
        {metrics.map((m) => (
          <option key={m} value={m}>
            {metricLabel(m)}
          </option>
        ))}
      </select>
    </label>
  );
}
