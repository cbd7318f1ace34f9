// Charts on the server: ECharts renders SVG without a DOM; resvg turns it into PNG for email.
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import type * as Echarts from 'echarts';

// The CommonJS build loads in a tenth of the time of the ES modules (hundreds of files through
// the TypeScript loader took over a second of every start).
const echarts = createRequire(import.meta.url)('echarts') as typeof Echarts;

const fontDir = join(
  dirname(createRequire(import.meta.url).resolve('dejavu-fonts-ttf/package.json')),
  'ttf',
);
const FONTS = ['DejaVuSans.ttf', 'DejaVuSans-Bold.ttf'].map((f) => join(fontDir, f));

/** Renders an ECharts option as an SVG document of the given size. */
export function renderSvg(option: object, width: number, height: number): string {
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width, height });
  try {
    chart.setOption(option as Echarts.EChartsCoreOption);
    return chart.renderToSVGString();
  } finally {
    chart.dispose();
  }
}

/** Rasterises an SVG to PNG with the bundled fonts (no system fonts needed). */
export function svgToPng(svg: string, scale = 2): Buffer {
  const r = new Resvg(svg, {
    fitTo: { mode: 'zoom', value: scale },
    font: { fontFiles: FONTS, loadSystemFonts: false, defaultFontFamily: 'DejaVu Sans' },
  });
  return Buffer.from(r.render().asPng());
}
