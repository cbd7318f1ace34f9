export interface AlertSettings {
  enabled: boolean;
  thresholds: number[];
  forecast: boolean;
  /** Opt-in: a message for a day of unusually high usage. */
  anomalies: boolean;
  webhookUrl: string | null;
  webhookSecret: string | null;
  /** The language of alert messages and emails, a locale tag; null: English. */
  locale: string | null;
}
