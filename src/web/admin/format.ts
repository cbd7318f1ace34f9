// How the console writes values with their units.
const UNITS: Record<string, string> = {
  percent: '%',
  minutes: ' min',
  ms: ' ms',
  seconds: ' s',
  users: ' users',
};

export function withUnit(value: number | null, unit: string): string {
  if (value === null) return 'no data';
  return `${value.toLocaleString('en-US')}${UNITS[unit] ?? ''}`;
}

export function targetText(target: number, direction: 'min' | 'max', unit: string): string {
  return `${direction === 'min' ? '≥' : '≤'} ${withUnit(target, unit)}`;
}
