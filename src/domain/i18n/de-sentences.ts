// German: the domain's generated sentences. Keys exactly as in en-sentences.ts (typed by the
// catalogue, so a missing key fails tsc).
import type { Catalogue } from './catalogue.js';

export const deSentences: Pick<
  Catalogue,
  'limitStatus' | 'comparisons' | 'practices' | 'unavailable'
> = {
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
      small:
        '{{label}}, {{span}}: {{value}}, gegenüber {{prev}} an denselben Wochentagen ein Jahr zuvor ({{prevSpan}}).',
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
      small: ', gegenüber {{amount}} im Jahr {{prev}}',
      smallSame: ', gegenüber {{amount}} an denselben Tagen {{prev}}',
      line: '{{part}}: {{value}}{{growth}}',
    },
    mom: {
      last: '{{month}} {{value}}, {{change}} gegenüber {{before}}',
      lastSmall: '{{month}} {{value}}, gegenüber {{prev}} im {{before}}',
      upFromNone: 'Anstieg von null',
      lastAlone: '{{month}} {{value}} (der Vormonat ist nicht vollständig in der Historie)',
      noMonth: 'noch kein vollständiger Monat',
      mtd: {
        pct: 'dieser Monat bisher ({{span}}) {{value}}, {{pct}} gegenüber denselben Tagen des Vormonats',
        none: 'dieser Monat bisher ({{span}}) {{value}}, wie an denselben Tagen des Vormonats',
        fresh:
          'dieser Monat bisher ({{span}}) {{value}}, wo an denselben Tagen des Vormonats keine Nutzung war',
        small:
          'dieser Monat bisher ({{span}}) {{value}}, gegenüber {{prev}} an denselben Tagen des Vormonats',
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
      changeSmall: ', gegenüber {{prev}} in der Vorwoche',
      week: 'Woche vom {{date}}: {{value}}{{change}}',
      text: '{{label}} pro Woche: {{parts}}.',
    },
  },
  practices: {
    shortSessions: {
      title: 'Viele kurze Sitzungen',
      message:
        'Ihre {{sessions}} der letzten 30 Tage hatten im Schnitt je {{perSession}} Audiominuten (insgesamt {{minutes}}).',
      suggestion:
        'Jede Sitzung zählt zu den {{limit}} von {{plan}}: Zusammengehörige kurze Aufnahmen in einer Sitzung lassen mehr davon für den Rest des Monats übrig.',
    },
    repeatTranscriptions: {
      title: 'Mehr Transkriptionen als Sitzungen',
      message: '{{transcriptions}} bei {{sessions}} in den letzten 30 Tagen: {{per}} pro Sitzung.',
      suggestion:
        'Jede Transkription zählt zu Ihrem Tarif: Bewahren Sie ein Transkript auf und verwenden Sie es wieder, statt dieselbe Aufnahme erneut zu transkribieren.',
    },
    exportsPerSession: {
      title: 'Mehr Exporte als Sitzungen',
      message: '{{exports}} bei {{sessions}} in den letzten 30 Tagen.',
      suggestion:
        'Jeder Export zählt zu Ihrem Tarif: Exportieren Sie mehrere Sitzungen auf einmal oder behalten Sie die zuvor exportierte Datei.',
    },
    apiPerSession: {
      title: 'Viele API-Aufrufe pro Sitzung',
      message: '{{calls}} bei {{sessions}} in den letzten 30 Tagen: {{per}} Aufrufe pro Sitzung.',
      suggestion:
        'Die meisten davon stammen von einem Client, der immer wieder nach Unverändertem fragt: Speichern Sie Antworten zwischen und fragen Sie seltener.',
    },
    apiOffHours: {
      title: 'API-Aufrufe nachts, Sitzungen tagsüber',
      message:
        '{{callShare}} % Ihrer API-Aufrufe kommen zwischen 00:00 und 06:00 ({{zone}}), wenn {{sessionShare}} % Ihrer Sitzungen beginnen.',
      suggestion:
        'Aufrufe zu Zeiten, in denen nichts aufgenommen wird, finden nichts Neues: Lassen Sie den Auftrag, der sie macht, einmal nach Arbeitsende laufen.',
    },
    storageHeadroom: {
      title: 'Der Speicher erreicht bald sein Limit',
      message:
        'Der Speicher wächst um {{growth}} pro Tag: In diesem Tempo sind die {{limit}} Ihres Tarifs in etwa {{days}} Tagen voll (jetzt {{level}}).',
      suggestion:
        'Löschen Sie vorher Aufnahmen und Exporte, die Sie nicht mehr brauchen: Der Speicher ist ein Bestand, was entfernt wird, schafft sofort Platz.',
    },
    monthEndRush: {
      title: 'Die Nutzung ballt sich am Monatsende',
      message:
        '{{share}} % der {{metric}} des letzten Monats ({{total}}, {{pct}} % des Limits) fielen in seine letzten 7 Tage.',
      suggestion:
        'Nahe am Limit ist es der Ansturm am Monatsende, der daran stößt: Verteilen Sie die Arbeit über den Monat oder prüfen Sie vor der letzten Woche die Prognose.',
    },
    setBudget: {
      title: 'Mehrverbrauch ohne Budget',
      message:
        'In {{billed}} Ihrer letzten {{months}} Monate wurde Mehrverbrauch berechnet, insgesamt {{overage}}, und es ist kein Ausgabenbudget festgelegt.',
      suggestion:
        'Legen Sie in den Kontoeinstellungen ein Monatsbudget fest: Sie erhalten eine Warnung, wenn die Kosten es erreichen und wenn die Prognose erwartet, dass sie es überschreiten.',
    },
    budgetBelowPrice: {
      title: 'Budget unter dem Tarifpreis',
      message:
        'Ihr Monatsbudget von {{budget}} liegt unter den {{price}}, die {{plan}} ohne Mehrverbrauch kostet.',
      suggestion:
        'Setzen Sie das Budget auf {{price}} oder mehr, damit seine Warnungen Mehrverbrauch melden und nicht den Tarif selbst.',
    },
    alertsOff: {
      title: 'Limitwarnungen sind aus',
      message:
        'Im letzten Monat erreichten Ihre {{metric}} {{pct}} % des Limits, und die Limitwarnungen sind ausgeschaltet.',
      suggestion:
        'Schalten Sie die Limitwarnungen in den Kontoeinstellungen ein: eine E-Mail (oder ein Webhook), wenn die Nutzung die gewählten Schwellen erreicht.',
    },
  },
  unavailable: {
    seasonalShort:
      'die saisonale Schwankung braucht {{need}} vollständige Monate Verlauf; vorhanden sind {{have}}',
    seasonalNearZero: 'die Nutzung ist zu nahe bei null, um Monate zu vergleichen',
    trendShort: 'braucht {{need}} vollständige Zeiträume, vorhanden sind {{have}}',
    trendNoUsage: 'keine Nutzung in diesen Zeiträumen',
    cohortSmall: 'die Vergleichsgruppe hat {{n}} Nutzer; mindestens {{min}} sind nötig',
    cohortPending: 'die Vergleichsgruppe dieses Monats ist noch nicht berechnet',
    noCompleteDay: 'noch kein vollständiger Tag im Zeitraum',
    noUsageYet: 'noch keine Nutzung',
    yearNotReached: 'der Verlauf reicht nicht bis zu denselben Wochentagen ein Jahr früher zurück',
    noCompleteHistory: 'kein vollständiger Verlauf für {{previous}} und {{current}}',
    noDayThisMonth: 'noch kein vollständiger Tag in diesem Monat',
    startsThisYear: 'der Verlauf beginnt in diesem Jahr',
    noYearBefore: 'der Verlauf deckt das Vorjahr nicht ab',
    noHistoryDay: 'noch kein vollständiger Tag im Verlauf',
  },
};
