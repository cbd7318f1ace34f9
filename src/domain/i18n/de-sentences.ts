// German: the domain's generated sentences. Keys exactly as in en-sentences.ts (typed by the
// catalogue, so a missing key fails tsc).
import type { Catalogue } from './catalogue.js';

export const deSentences: Pick<Catalogue, 'limitStatus' | 'comparisons'> = {
  limitStatus: {
    since: ' seit {{date}}',
    blocked: 'gesperrt{{since}} (Limit erreicht)',
    overage: 'über dem Limit{{since}}: {{extra}} als Mehrverbrauch berechnet',
    left: '{{amount}} übrig',
    expected: '{{left}}, Limit voraussichtlich um den {{date}}',
    near: '{{left}} ({{pct}} %)',
    used: '{{pct}} % genutzt',
  },
  comparisons: {
    historyStarts: ' (Ihre Historie beginnt am {{date}})',
    noUsageYet: ' (noch keine Nutzung)',
    yoyNone:
      '{{label}}, {{span}}: kein Vergleich mit dem Vorjahr, die Historie reicht kein Jahr zurück{{since}}.',
    yoy: {
      pct: '{{label}}, {{span}}: {{value}}, {{pct}} gegenüber denselben Wochentagen ein Jahr zuvor ({{prevSpan}}: {{prev}}).',
      none: '{{label}}, {{span}}: {{value}}, wie an denselben Wochentagen ein Jahr zuvor ({{prevSpan}}: {{prev}}).',
      fresh:
        '{{label}}, {{span}}: {{value}}, wo an denselben Wochentagen ein Jahr zuvor keine Nutzung war ({{prevSpan}}: {{prev}}).',
    },
    annual: {
      to: ' bis {{date}}',
      soFar: '{{year}} bisher (bis {{date}})',
      partial: '{{year}} (ab {{from}}{{to}})',
      noGrowthYear: '; keine Wachstumszahl, {{prev}} ist nicht vollständig in der Historie',
      noGrowthStart: '; keine Wachstumszahl, die Historie beginnt im Laufe des Jahres',
      nothingIn: '; nichts in {{prev}}',
      growth: ', {{pct}} gegenüber {{prev}}',
      growthSame: ', {{pct}} gegenüber denselben Tagen {{prev}}',
      line: '{{part}}: {{value}}{{growth}}',
    },
    mom: {
      last: '{{month}} {{value}}, {{change}} gegenüber {{before}}',
      upFromNone: 'Anstieg von null',
      lastAlone: '{{month}} {{value}} (der Vormonat ist nicht vollständig in der Historie)',
      noMonth: 'noch kein vollständiger Monat',
      mtd: {
        pct: 'dieser Monat bisher ({{span}}) {{value}}, {{pct}} gegenüber denselben Tagen des Vormonats',
        none: 'dieser Monat bisher ({{span}}) {{value}}, wie an denselben Tagen des Vormonats',
        fresh:
          'dieser Monat bisher ({{span}}) {{value}}, wo an denselben Tagen des Vormonats keine Nutzung war',
      },
      trend: '{{trend}} über {{periods}} vollständige Monate ({{pct}} pro Monat)',
      text: '{{label}} im Monatsvergleich: {{parts}}.',
    },
    rising: 'steigend',
    falling: 'fallend',
    steady: 'gleichbleibend',
    seasonal: {
      short_one:
        '{{label}}: Saisonale Schwankungen brauchen 12 vollständige Monate Historie; es gibt 1{{since}}.',
      short_other:
        '{{label}}: Saisonale Schwankungen brauchen 12 vollständige Monate Historie; es gibt {{count}}{{since}}.',
      nearZero:
        '{{label}}: keine saisonalen Schwankungen, die Nutzung ist zu nah an null, um Monate zu vergleichen.',
      none: '{{label}}: keine saisonalen Schwankungen ({{reason}}).',
      text: '{{label}} nach Monat des Jahres ({{months}} Monate Historie): am stärksten im {{peak}}, {{up}} % über einem typischen Monat; am ruhigsten im {{low}}, {{down}} % darunter.',
    },
    weekly: {
      trend: '{{trend}} über die letzten {{periods}} vollständigen Wochen ({{pct}} pro Woche)',
      noTrend: 'zu wenige vollständige Wochen für einen Trend',
      change: ', {{pct}} gegenüber der Vorwoche',
      week: 'Woche vom {{date}}: {{value}}{{change}}',
      text: '{{label}} pro Woche: {{parts}}.',
    },
  },
};
