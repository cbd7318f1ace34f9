// German: the sentences the analyses write (insights, cost suggestions). Keys exactly as in
// en-insights.ts (typed by the catalogue, so a missing key fails tsc).
import type { Catalogue } from './catalogue.js';
import type { enInsights } from './en-insights.js';

export const deInsights: Pick<Catalogue, keyof typeof enInsights> = {
  words: {
    rate: {
      hour: 'etwa {{value}} pro Stunde',
      day: 'etwa {{value}} pro Tag',
      week: 'etwa {{value}} pro Woche',
    },
    rateNone: { hour: 'keine pro Stunde', day: 'keine pro Tag', week: 'keine pro Woche' },
    rateLess: {
      hour: 'weniger als {{value}} pro Stunde',
      day: 'weniger als {{value}} pro Tag',
      week: 'weniger als {{value}} pro Woche',
    },
  },
  insightText: {
    peakDay: {
      title: 'Nutzungsstärkster Wochentag',
      message:
        'Am meisten nutzen Sie die Plattform am {{weekday}}: Sitzungen {{peak}}, an anderen Tagen {{other}}.',
      suggestion:
        'Halten Sie den {{weekday}} für Sitzungen frei; erledigen Sie Exporte und Aufräumarbeiten an ruhigeren Tagen.',
    },
    peakHour: {
      title: 'Nutzungsstärkste Uhrzeit',
      message:
        'Ihre aktivste Stunde ist {{span}} ({{zone}}): Sitzungen {{peak}}, über alle Stunden {{all}}.',
      suggestion:
        'Starten Sie lange Aufnahmen nach Möglichkeit außerhalb dieser Stunde; dann sind die Verarbeitungswarteschlangen am vollsten.',
    },
    trend: {
      upTitle: 'Starkes Wachstum bei {{metric}}',
      downTitle: '{{Metric}} rückläufig',
      upMessage:
        '{{metric}} sind in den letzten 4 Wochen um {{pct}} % gestiegen: {{recent}}, gegenüber {{before}} in den 4 Wochen davor.',
      downMessage:
        '{{metric}} sind in den letzten 4 Wochen um {{pct}} % gesunken: {{recent}}, gegenüber {{before}} in den 4 Wochen davor.',
      upSuggestion: 'Die Prognose zeigt, wann dieses Tempo Ihre Limits erreicht.',
      downSuggestion:
        'Hält der Rückgang an, passt vielleicht ein kleinerer Tarif: siehe die Tarifempfehlung.',
    },
    feature: { message: '{{used}} bei {{sessions}} in den letzten {{days}} Tagen.' },
    transcriptions: {
      title: 'Viele Sitzungen ohne Transkription',
      suggestion:
        'Transkripte machen Sitzungen durchsuchbar und sind in Ihrem Tarif enthalten: Transkribieren Sie die Sitzungen, die Sie wiederfinden möchten.',
    },
    exports: {
      title: 'Exporte selten genutzt',
      suggestion:
        'Mit Exporten teilen Sie Sitzungsnotizen mit Klienten und Kollegen; Ihr Tarif enthält sie.',
    },
    storage: {
      title: 'Speicher wächst schnell',
      message: 'Der Speicher ist in 30 Tagen um {{pct}} % gewachsen, von {{from}} auf {{to}}.',
      suggestion:
        'Legen Sie eine Aufbewahrungsregel für alte Aufnahmen und Exporte fest, damit nicht der Speicher über Ihren Tarif entscheidet.',
    },
    limit: {
      blockedReached:
        'Neue {{metric}} bleiben gesperrt, bis der Zeitraum am {{date}} endet; ein größerer Tarif hebt das Limit sofort an.',
      blocksAhead:
        'Dieses Limit sperrt weitere {{metric}} bis zum Ende des Zeitraums: Vergleichen Sie die Tarife, bevor Sie es erreichen.',
      billedReached:
        'Jede {{unit}} über dem Limit wird bis zum Ende des Zeitraums mit {{rate}} berechnet; ist dieses Tempo üblich, zeigt der Tarifvergleich, was weniger kostet.',
      billedAhead:
        'Über dem Limit wird jede {{unit}} mit {{rate}} berechnet: Der Tarifvergleich zeigt, was weniger kostet.',
      blockedTitle: '{{Metric}}: Limit erreicht, gesperrt',
      billedTitle: '{{Metric}} über dem Tarif: Mehrverbrauch wird berechnet',
      blockedMessage:
        'Sie haben Ihr Limit von {{limit}} am {{date}} erreicht; in diesem Zeitraum {{used}} genutzt.',
      billedMessage:
        'Sie haben Ihr Limit von {{limit}} am {{date}} überschritten; bisher {{over}} darüber, etwa {{cost}} Mehrverbrauch.',
      expectedTitle: '{{Metric}}: Limit in diesem Zeitraum erwartet',
      expectedMessage:
        'Bei Ihrem derzeitigen Tempo erreichen Sie Ihr Limit von {{limit}} um den {{date}}{{window}}der Zeitraum endet voraussichtlich bei {{projected}}.',
      window: ' (zwischen {{from}} und {{to}}); ',
      periodEnd: 'dem Ende des Zeitraums',
      possibleTitle: '{{Metric}}: Limit in diesem Zeitraum möglich',
      possibleMessage:
        'Eine arbeitsreiche Phase könnte Sie an Ihr Limit von {{limit}} bringen ({{pct}} % Wahrscheinlichkeit bis zum {{date}}).',
      possibleStoppedMessage:
        'Eine arbeitsreiche Phase könnte Sie an Ihr Limit von {{limit}} bringen, bevor das Limit für {{by}} diese Nutzung um den {{date}} stoppt ({{pct}} % Wahrscheinlichkeit).',
    },
    utilization: {
      title: 'Geringe Tarifauslastung',
      message:
        'Im {{month}} haben Sie {{pct}} % Ihres Tarifs {{plan}} genutzt ({{metric}}, die Kennzahl am nächsten an ihrem Limit).',
      suggestion:
        'Der Tarif {{plan}} deckt Ihre Prognose ab und würde etwa {{saving}} im Monat sparen.',
    },
    anomaly: {
      spikeTitle: 'Ungewöhnlicher Anstieg bei {{metric}}',
      dropTitle: 'Ungewöhnlicher Rückgang bei {{metric}}',
      message_one:
        'Am {{date}}: {{value}}, erwartet waren etwa {{expected}} (üblicher Bereich {{lower}} bis {{upper}} für diesen Wochentag).',
      message_other:
        'Am {{date}}: {{value}}, erwartet waren etwa {{expected}} (üblicher Bereich {{lower}} bis {{upper}} für diesen Wochentag).',
      spikeSuggestion:
        'Wenn niemand in Ihrem Team damit gerechnet hat, prüfen Sie Ihre API-Schlüssel und Integrationen.',
      dropSuggestion:
        'Wenn dies kein Feiertag war, prüfen Sie, ob Aufnahmen und Integrationen funktionieren.',
    },
    cost: { saves: 'Spart etwa {{saving}} im Monat.' },
  },
  suggestions: {
    downgrade: {
      title: '{{plan}} in Betracht ziehen',
      message:
        '{{months}} Monate lang haben Sie weniger als {{pct}} % Ihres Tarifs genutzt ({{pcts}}); {{plan}} deckt Ihre Prognose mit 90 % Sicherheit ab und würde etwa {{saving}} weniger im Monat kosten.',
    },
    upgrade: {
      title: '{{plan}} würde weniger kosten als Ihr Mehrverbrauch',
      message:
        'Ihr erwarteter Mehrverbrauch von {{overage}} im Monat ist höher als die {{diff}}, die {{plan}} zusätzlich zu Ihrem Tarif kostet; ein Wechsel würde etwa {{saving}} im Monat sparen.',
    },
    avoidBlock: {
      title: 'Ihr Tarif wird wahrscheinlich Ihre {{metric}} sperren',
      message:
        'Die Prognose erwartet {{median}} in den nächsten 30 Tagen ({{p90}} in 1 von 10 Fällen) bei einem festen Limit von {{limit}}; {{plan}} deckt das ab.',
    },
    storage: {
      title: 'Der Speicher entscheidet über Ihren Tarif',
      message:
        'Bis auf den Speicher passt alles in {{plan}}. Etwa {{free}} freizugeben (alte Aufnahmen und Exporte) hielte Sie unter dessen {{limit}} und würde etwa {{saving}} im Monat sparen.',
    },
    contact: {
      title: 'Ihre Nutzung wächst über die angebotenen Tarife hinaus',
      message:
        'Kein angebotener Tarif deckt Ihre Prognose mit 90 % Sicherheit ab; ein Vertragstarif hat keine solchen Limits.',
    },
  },
  advice: {
    noForecast: 'keine Bedarfsprognose, die sich bepreisen ließe',
    noScore: 'noch hat kein Bestandteil der Bewertung Daten',
    noPlan: 'kein Tarif deckt die Prognose mit 90 % Sicherheit ab',
    onlyContract: 'nur ein Vertragstarif deckt die Prognose mit 90 % Sicherheit ab',
    current: 'der aktuelle Tarif ist der günstigste, der die Prognose abdeckt',
    cheapest: '{{plan}} ist der günstigste Tarif, der die Prognose mit 90 % Sicherheit abdeckt',
  },
  efficiency: {
    planFit: '{{month}}: {{metric}} bei {{pct}} % des Limits',
    planFitNone: 'kein vollständiger Monat in einem Tarif mit Limits',
    costFitCurrent:
      'Ihr Tarif ist der günstigste, der die Prognose abdeckt ({{current}} für 30 Tage)',
    costFitDearer:
      'Ihr Tarif deckt die Prognose nicht ab: {{plan}} würde es, für {{recommended}} in 30 Tagen statt jetzt {{current}} in 30 Tagen',
    costFitCheaper:
      '{{plan}} deckt die Prognose für {{recommended}} in 30 Tagen ab, statt jetzt {{current}} in 30 Tagen',
    costFitNone: 'keine Tarifempfehlung',
    costFitContract: 'ein Vertragspreis hat keinen Listenpreis zum Vergleich',
    featureUse: '{{transcriptions}} bei {{sessions}} in den letzten 30 vollständigen Tagen',
    featureUseNone: 'keine Sitzungen in den letzten 30 Tagen',
    formula:
      'Wert = 100 × (0,4 × Tarifpassung + 0,4 × Kostenpassung + 0,2 × Funktionsnutzung) / (Summe der Gewichte der verfügbaren Bestandteile); ' +
      'Tarifpassung = u / 0,8 für u ≤ 0,8, 1 für 0,8 < u ≤ 1, darüber max(0; 2 − u), u = Anteil der Kennzahl, die ihrem Limit am nächsten ist, an diesem Limit im letzten vollständigen Monat; ' +
      'Kostenpassung = die niedrigeren / die höheren erwarteten Monatskosten von empfohlenem und aktuellem Tarif; ' +
      'Funktionsnutzung = Transkriptionen / Sitzungen in den letzten 30 vollständigen Tagen, höchstens 1',
  },
};
