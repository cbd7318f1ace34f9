// German: the dashboard's frame outside the panels. Keys exactly as in en-web.ts (typed).
import type { Catalogue } from './catalogue.js';
import type { enWeb } from './en-web.js';

export const deWeb: Pick<Catalogue, keyof typeof enWeb> = {
  billing: {
    title: 'Dieser Abrechnungszeitraum',
    working: 'Prognostizierte Rechnung: wird berechnet…',
    contract: '{{plan}} ist ein Vertragstarif: <strong>Abrechnung wie vereinbart</strong>',
    projected: 'Prognostizierte Rechnung für diesen Zeitraum',
    overage: '({{base}} Tarif + {{overage}} Mehrnutzung)',
    noOverage: '(keine Mehrnutzung erwartet)',
    reached: 'Limit erreicht: {{names}}.',
    near: 'Am oder nahe am Limit: {{names}}.',
    projectedLoading: 'Prognostizierte Rechnung …',
    loading: 'Dieser Abrechnungszeitraum wird geladen…',
    day: ' · Tag {{day}} von {{total}}',
    calm: 'In diesem Zeitraum ist kein Limit erreicht oder zu erwarten.',
    checking: 'Die Prognose wird geprüft…',
    barLabel: '{{metric}} in diesem Abrechnungszeitraum',
    of: '{{used}} von {{limit}}',
    unlimited: 'Unbegrenzt in {{plan}}: {{list}}',
  },
  rangeDialog: {
    title: 'Eigener Zeitraum',
    from: 'Von',
    to: 'Bis',
    dayLabel: '{{day}}. {{month}} {{year}}, {{weekday}}',
    today: ', heute',
    selected: ', ausgewählt',
    bothDates: 'Geben Sie beide Daten ein, etwa {{example}}.',
    order: 'Der Beginn darf nicht nach dem Ende liegen.',
    byToday: 'Der Zeitraum muss spätestens heute enden, am {{today}}.',
    cap: 'Ein Zeitraum darf höchstens {{years}} Jahre umfassen.',
    pickLast: 'Ab {{from}}: Wählen Sie jetzt den letzten Tag.',
    chosen_one: '{{from}} – {{to}}, {{count}} Tag',
    chosen_other: '{{from}} – {{to}}, {{count}} Tage',
    cancel: 'Abbrechen',
    apply: 'Übernehmen',
  },
};
