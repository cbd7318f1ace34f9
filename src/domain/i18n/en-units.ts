// English unit words of the metrics, one and many: the catalogue's `units` (with "min") and
// `unitsOf` (after "of", which English does not mark) are both these words.
export const enUnitWords = {
  sessions_one: 'session',
  sessions_other: 'sessions',
  audio_minutes_one: 'minute',
  audio_minutes_other: 'minutes',
  transcriptions_one: 'transcription',
  transcriptions_other: 'transcriptions',
  exports_one: 'export',
  exports_other: 'exports',
  storage_mb_one: 'MB',
  storage_mb_other: 'MB',
  api_calls_one: 'call',
  api_calls_other: 'calls',
  unique_clients_one: 'client',
  unique_clients_other: 'clients',
  concurrent_sessions_peak_one: 'session',
  concurrent_sessions_peak_other: 'sessions',
};
