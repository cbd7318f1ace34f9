import { describe, expect, it } from 'vitest';
import { alertsFor } from './alerts.js';
import { alertText } from './alert-text.js';
import { anomalyAlertsFor } from './anomaly-alerts.js';
import { budgetAlertsFor } from './budget-alerts.js';
import { wordsFor } from './i18n/index.js';
import { EN_WORDS } from './i18n/words.js';

const en = EN_WORDS;
const de = wordsFor('de');

// Every kind of alert as it is raised, in English: the stored message and what it keeps beside it.
const raised = [
  ...alertsFor({
    usage: { sessions: { used: 21, limit: 25 }, audio_minutes: { used: 300, limit: 1000 } },
    thresholds: [80],
    forecast: [{ metric: 'audio_minutes', date: '2026-12-04' }],
    today: '2026-12-01',
    withForecast: true,
  }),
  ...budgetAlertsFor({
    budget: { amount: 50, thresholds: [80], forecast: true },
    currency: 'USD',
    accrued: 41.05,
    projected: null,
    withThresholds: true,
    withForecast: false,
  }),
  ...budgetAlertsFor({
    budget: { amount: 50, thresholds: [], forecast: true },
    currency: 'EUR',
    accrued: 20,
    projected: 63.1,
    withThresholds: false,
    withForecast: true,
  }),
  ...anomalyAlertsFor(
    [
      {
        metric: 'sessions',
        time: '2026-11-30',
        value: 90,
        expected: 20,
        lower: 5,
        upper: 40,
        direction: 'spike',
        severity: 'high',
        score: 9.1,
      },
    ],
    ['2026-11-30'],
  ),
];

describe('alertText', () => {
  it('raises one alert of every kind here', () => {
    expect(raised.map((a) => a.kind).sort()).toEqual([
      'anomaly-spike',
      'budget-80',
      'budget-forecast',
      'forecast-7d',
      'threshold-80',
    ]);
  });

  it('writes each message again byte for byte in the language it was raised in', () => {
    for (const a of raised) expect(alertText(a, en), a.kind).toBe(a.message);
  });

  it('writes each in German from the same numbers', () => {
    const german = Object.fromEntries(raised.map((a) => [a.kind, alertText(a, de)]));
    for (const [kind, text] of Object.entries(german)) {
      expect(text, kind).not.toBeNull();
      expect(text, kind).not.toBe(raised.find((a) => a.kind === kind)!.message);
    }
    expect(german['threshold-80']).toContain('84');
    expect(german['forecast-7d']).toMatch(/4\.\s?Dez/);
    expect(german['budget-80']).toContain('41,05');
    expect(german['budget-forecast']).toContain('63,10');
    expect(german['anomaly-spike']).toContain('90');
  });

  it('keeps the stored words when what they were written from was not kept', () => {
    expect(alertText({ metric: 'sessions', kind: 'forecast-7d', value: 1, limit: 25 }, de)).toBe(
      null,
    );
    expect(alertText({ metric: 'spend', kind: 'budget-80', value: 41, limit: 50 }, de)).toBe(null);
    expect(alertText({ metric: 'nonsense', kind: 'threshold-80', value: 1, limit: 2 }, de)).toBe(
      null,
    );
    expect(alertText({ metric: 'sessions', kind: 'other', value: 1, limit: 2 }, de)).toBe(null);
  });
});

describe('units after "of"', () => {
  it('are in the dative in German, and unchanged in English', () => {
    expect(de.qtyOf(250, 'exports')).toBe('250 Exporten');
    expect(de.qty(250, 'exports')).toBe('250 Exporte');
    expect(de.qtyOf(1000, 'sessions')).toBe('1.000 Sitzungen');
    expect(en.qtyOf(250, 'exports')).toBe(en.qty(250, 'exports'));
    const [threshold] = alertsFor({
      usage: { exports: { used: 205, limit: 250 } },
      thresholds: [80],
      forecast: [],
      today: '2026-12-01',
      withForecast: false,
    });
    expect(alertText(threshold!, de)).toContain('205 von 250 Exporten');
  });
});
