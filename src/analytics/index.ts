export { forecastSeries } from './forecast/series-forecast.js';
export { detectSeasonality } from './forecast/seasonality.js';
export { detectAnomalies } from './anomalies/detect.js';
