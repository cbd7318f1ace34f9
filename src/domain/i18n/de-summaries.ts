// German: the charts' text summaries and tables. Keys exactly as in en-summaries.ts (typed).
import type { Catalogue } from './catalogue.js';
import type { enSummaries } from './en-summaries.js';

export const deSummaries: Pick<Catalogue, keyof typeof enSummaries> = {
  summary: {
    pctOfLimit: '{{metric}} (% des Limits)',
    peak: ', Höchstwert {{value}} ({{when}})',
    noChange: 'keine Veränderung gegenüber dem vorherigen Zeitraum',
    change: '{{change}} gegenüber dem vorherigen Zeitraum ({{why}})',
    overTime: '{{metric}}: {{total}} insgesamt, {{change}}{{peak}}.',
    noMonths: 'Keine Monate in diesem Zeitraum.',
    byMonth_one: '{{metric}} nach Monat über {{count}} Monat.',
    byMonth_other: '{{metric}} nach Monat über {{count}} Monate.',
    highest: 'Am höchsten: {{month}} mit {{value}}.',
    latest: 'Zuletzt: {{month}} mit {{value}}.',
    monthsOver_one: '{{count}} Monat über dem Limit von {{plan}} ({{limit}}).',
    monthsOver_other: '{{count}} Monate über dem Limit von {{plan}} ({{limit}}).',
    allWithin: 'Jeder Monat innerhalb des Limits von {{plan}} ({{limit}}).',
    noActivity: 'Keine Aktivität in diesem Zeitraum.',
    stacked_one: '{{list}}: {{count}} Art von Aktivität, gestapelt pro {{per}}.',
    stacked_other: '{{list}}: {{count}} Arten von Aktivität, gestapelt pro {{per}}.',
    per: { hour: 'Stunde', day: 'Tag', week: 'Woche', month: 'Monat' },
    unlimited: '{{metric}}: unbegrenzt.',
    utilization: '{{metric}}: zuletzt {{latest}} des Limits, höchstens {{max}}.',
    utilizationHead:
      'Genutzter Anteil der monatlichen Limits des Tarifs {{plan}}, Monat für Monat.',
  },
  forecastText: {
    ofLimit: ' von {{limit}}',
    unlimited: 'Ihr Tarif begrenzt diese Kennzahl nicht.',
    reached: 'Das Limit{{limit}} wurde am {{date}} erreicht.',
    expected:
      'Das Limit{{limit}} wird voraussichtlich um den {{date}} erreicht ({{pct}} wahrscheinlich in diesem Zeitraum).',
    expectedEarly:
      'Das Limit{{limit}} wird voraussichtlich um den {{date}} erreicht ({{pct}} wahrscheinlich in diesem Zeitraum, frühestens am {{earliest}}).',
    possible:
      'Das Limit{{limit}} könnte erreicht werden, frühestens am {{earliest}} ({{pct}} wahrscheinlich in diesem Zeitraum).',
    notExpected:
      'Das Limit{{limit}} wird in diesem Zeitraum voraussichtlich nicht erreicht ({{pct}} Wahrscheinlichkeit).',
    stoppedBy: 'Das Limit für {{metric}} stoppt diese Nutzung voraussichtlich um den {{date}}.',
    stoppedByPast: 'Das Limit für {{metric}} hat diese Nutzung am {{date}} gestoppt.',
    soFar: '{{metric}}: bisher {{value}} ({{elapsed}}, {{remaining}}).',
    daysIn_one: '{{count}} Tag vorbei',
    daysIn_other: '{{count}} Tage vorbei',
    daysToGo_one: '{{count}} verbleibend',
    daysToGo_other: '{{count}} verbleibend',
    projectedTotal:
      'Prognostizierte Summe in diesem Abrechnungszeitraum: {{value}}, 80%-Intervall {{range}}.',
    billable: 'Was die Limits durchlassen: etwa {{value}}, 80%-Intervall {{range}}.',
    projectedLevel:
      'Prognostizierter Stand am Ende des Abrechnungszeitraums: {{value}}, 80%-Intervall {{range}}.',
  },
  forecastTable: {
    cumulative: ' (kumuliert)',
    actual: 'Tatsächlich',
    low: '80% unten',
    high: '80% oben',
    notCovered: 'Nein: {{list}}',
    needs: '{{metric}} braucht {{need}}, Limit {{limit}}',
  },
  patternText: {
    noUsage: '{{metric}}: keine Nutzung in den gezeigten Wochen.',
    heatmap:
      '{{metric}}, Mittel pro Stunde nach Wochentag: aktivste Stunde {{hour}} ({{rate}}); aktivster Tag {{day}}.',
    columns: {
      month: 'Monat',
      daysWithData: 'Tage mit Daten',
      dailyMean: 'Tagesmittel',
      busiestDay: 'Aktivster Tag',
    },
    noDaily: '{{metric}}: keine tägliche Nutzung in den letzten 12 Monaten.',
    calendar:
      '{{metric}} pro Tag vom {{from}} bis {{to}}: {{active}} aktive Tage von {{days}}; am aktivsten am {{busiest}} mit {{value}}.',
    noPeers: 'Kein Vergleich mit anderen Nutzern von {{plan}} für {{month}}: {{reason}}.',
    notEnough: 'nicht genug Daten',
    peerLine: '{{metric}}: {{value}}, Perzentil {{pct}}{{position}}.',
    position: {
      'below-typical': 'unter dem Üblichen',
      typical: 'üblich',
      'above-typical': 'über dem Üblichen',
      'top-10-percent': 'unter den oberen 10%',
    },
    peers: 'Ihre Nutzung im {{month}} im Vergleich mit anderen Nutzern des Tarifs {{plan}}.',
    median: 'Median',
    users: 'Nutzer',
  },
  compareTable: { period: 'Zeitraum', monthBefore: 'Vormonat', days: 'Tage' },
};
