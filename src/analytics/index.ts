export { forecastSeries } from './forecast/series-forecast.js';
export { detectSeasonality } from './forecast/seasonality.js';
