// Heatmaps (weekday x hour, calendar) and what they need, loaded when the first one is drawn.
import { HeatmapChart } from 'echarts/charts';
import { CalendarComponent, VisualMapComponent } from 'echarts/components';
import { echarts } from './echarts.js';

echarts.use([HeatmapChart, CalendarComponent, VisualMapComponent]);

export { echarts };
