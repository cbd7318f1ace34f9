// German: the reports' generated text and the confirmation and alert emails. Keys exactly as in
// en-reports.ts (typed by the catalogue, so a missing key fails tsc).
import type { Catalogue } from './catalogue.js';
import { deUnitWords } from './de-units.js';

export const deReports: Pick<
  Catalogue,
  | 'reportComparisons'
  | 'reportCost'
  | 'reportCharts'
  | 'unitsOf'
  | 'alertMessages'
  | 'alertEmail'
  | 'confirmEmail'
  | 'subscriptionPages'
> = {
  reportComparisons: {
    heading: 'Vergleich mit früheren Zeiträumen',
    headingText: 'Vergleich mit früheren Zeiträumen:',
    yearOverYear: 'Gegenüber denselben Wochentagen ein Jahr zuvor',
    annual: 'Jahressummen',
    monthOverMonth: 'Monatsvergleich',
    seasonal: 'Saisonale Schwankungen',
    weekly: 'Wochentrend',
    pdfYoy: 'Vorjahresvergleich (dieselben Wochentage ein Jahr zuvor)',
    thisPeriod: 'Dieser Zeitraum',
    yearEarlier: 'Ein Jahr zuvor',
    fromDate: '{{value}} (ab {{date}})',
    noData: 'keine Daten vor einem Jahr',
    noUsage: 'Noch kein vollständiger Nutzungstag.',
  },
  reportCost: {
    contract: '{{plan}} ist ein Vertragstarif: Abrechnung wie vereinbart.',
    soFar: 'Dieser Abrechnungszeitraum bisher: {{total}} (Tarif {{base}}{{overage}}).',
    overage: ' + {{amount}} Mehrverbrauch',
    projectedFlat: 'Voraussichtliche Rechnung: {{total}} (kein Mehrverbrauch erwartet).',
    projected: 'Voraussichtliche Rechnung: {{total}} ({{level}}-%-Intervall {{low}} bis {{high}}).',
    budget: 'Budget: {{amount}} im Monat, {{pct}} % ausgegeben.',
    month: '{{month}}: {{total}} im Tarif {{plan}}{{perSession}}.',
    perSession: ', {{amount}} pro Sitzung',
  },
  // After "von" (dative): "von 250 Exporten"; most plurals do not change.
  unitsOf: { ...deUnitWords, exports_other: 'Exporten', api_calls_other: 'Aufrufen' },
  alertMessages: {
    usedOf: '{{used}} von {{limit}}',
    threshold:
      '{{Metric}}: {{used}} in diesem Abrechnungszeitraum genutzt ({{pct}} %, über der {{threshold}}-%-Warnschwelle).',
    forecast:
      '{{Metric}}: Beim derzeitigen Tempo wird das Limit von {{limit}} um den {{date}} erreicht.',
    budget:
      'Ausgabenbudget: {{accrued}} von {{budget}} in diesem Abrechnungszeitraum ausgegeben ({{pct}} %, über der {{threshold}}-%-Warnschwelle).',
    budgetForecast:
      'Ausgabenbudget: Die voraussichtliche Rechnung von {{projected}} für diesen Abrechnungszeitraum liegt über dem Budget von {{budget}} (bisher {{accrued}} ausgegeben).',
    anomaly:
      '{{Metric}}: {{value}} am {{date}}, erwartet waren etwa {{expected}} (üblicher Bereich bis {{upper}}).',
    anomalyTimes:
      '{{Metric}}: {{value}} am {{date}}, erwartet waren etwa {{expected}} (üblicher Bereich bis {{upper}}): das {{times}}-Fache eines üblichen Tages.',
  },
  alertEmail: {
    unusualMany: 'Ungewöhnliche Nutzung: {{count}} Kennzahlen',
    alertsMany: 'Nutzungswarnungen: {{count}} Limits brauchen Aufmerksamkeit',
    unusual: 'Ungewöhnliche Nutzung: {{what}}',
    alert: 'Nutzungswarnung: {{what}}',
    footer: 'Die Warnungseinstellungen finden Sie im Kontobereich des Dashboards.',
  },
  confirmEmail: {
    title: 'Nutzungsberichte an diese Adresse bestätigen',
    footer:
      'Wenn Sie dies nicht erwartet haben, ignorieren Sie diese Nachricht: Ihnen wird nichts geschickt.',
    asked:
      'Jemand hat darum gebeten, {{frequency}} Nutzungsberichte seines Usage-Insights-Kontos an diese Adresse zu senden.',
    weekly: 'wöchentliche',
    monthly: 'monatliche',
    confirm: 'Diese Adresse bestätigen',
    within: 'Bestätigen Sie innerhalb von 7 Tagen, um sie zu erhalten.',
    withinText: 'Um sie zu erhalten, bestätigen Sie innerhalb von 7 Tagen:',
  },
  subscriptionPages: {
    confirmTitle: 'Nutzungsberichte bestätigen',
    confirmHeading: 'Nutzungsberichte an diese Adresse erhalten?',
    confirm: 'Bestätigen',
    confirmIgnore:
      'Wenn Sie dies nicht erwartet haben, schließen Sie diese Seite: Es wird nichts gesendet.',
    confirmed: 'Bestätigt',
    confirmedBody: 'Die Nutzungsberichte kommen an diese Adresse.',
    unsubscribe: 'Abbestellen',
    unsubscribeHeading: 'Nutzungsberichte abbestellen?',
    unsubscribed: 'Abbestellt',
    unsubscribedBody: 'Sie erhalten keine weiteren dieser Berichte.',
  },
  reportCharts: {
    count: 'Anzahl',
    minutes: 'Minuten',
    storage: 'Speicher',
    forecastTitle: '{{metric}}: kumuliert in diesem Monat und Prognose',
    actual: 'bisher',
    lower: 'untere Grenze',
    band: '80-%-Bereich',
    forecast: 'Prognose',
    limit: 'Limit',
    stoppedBy: 'Limit für {{metric}}\nstoppt Nutzung am {{day}}',
    yoyTitle: '{{metric}}: dieser Zeitraum und dieselben Wochentage im Vorjahr',
    yearEarlier: 'ein Jahr früher',
    thisPeriod: 'dieser Zeitraum',
    weeklyTitle: '{{metric}} pro Woche (Montag bis Sonntag)',
    seasonalTitle: '{{metric}} je Kalendermonat im Vergleich zum Mittel',
  },
};
