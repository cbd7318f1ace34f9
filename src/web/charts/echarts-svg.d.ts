// The SVG renderer's installer, imported on its own so it loads only when a chart is exported as SVG.
declare module 'echarts/lib/renderer/installSVGRenderer.js' {
  import type { use } from 'echarts/core';
  export const install: Parameters<typeof use>[0];
}
