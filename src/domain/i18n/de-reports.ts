// German: the reports' generated text and the confirmation and alert emails. Keys exactly as in
// en-reports.ts (typed by the catalogue, so a missing key fails tsc).
import type { Catalogue } from './catalogue.js';

export const deReports: Pick<Catalogue, 'reportComparisons' | 'reportCost'> = {
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
};
