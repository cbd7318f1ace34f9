// German unit words of the metrics, one and many (nominative): the catalogue's `units`, and
// `unitsOf` with the two plurals that change after "von" (dative).
import type { enUnitWords } from './en-units.js';

export const deUnitWords: Record<keyof typeof enUnitWords, string> = {
  sessions_one: 'Sitzung',
  sessions_other: 'Sitzungen',
  audio_minutes_one: 'Minute',
  audio_minutes_other: 'Minuten',
  transcriptions_one: 'Transkription',
  transcriptions_other: 'Transkriptionen',
  exports_one: 'Export',
  exports_other: 'Exporte',
  storage_mb_one: 'MB',
  storage_mb_other: 'MB',
  api_calls_one: 'Aufruf',
  api_calls_other: 'Aufrufe',
  unique_clients_one: 'Client',
  unique_clients_other: 'Clients',
  concurrent_sessions_peak_one: 'Sitzung',
  concurrent_sessions_peak_other: 'Sitzungen',
};
