export interface AlertKey {
  metric: string;
  kind: string;
  periodKey: string;
}
