// One ECharts instance in a div: canvas rendering, resize with its box, clicks on a bucket,
// and PNG / SVG export. This module (and ECharts with it) loads lazily.
import { useEffect, useImperativeHandle, useRef, type Ref } from 'react';
import { echarts } from './echarts.js';
import { fitLegend } from './legend-fit.js';
import { dotsFor, keepPins, peaksOf } from './pin-layout.js';
import type { ChartOption } from './options.js';

export interface ChartHandle {
  png(background: string): Promise<Blob>;
  svg(background: string): Promise<Blob>;
}

export interface EChartProps {
  option: ChartOption;
  height: number;
  label: string;
  onBucketClick?: ((index: number) => void) | undefined;
  ref?: Ref<ChartHandle>;
}

let firstDrawn = false;

let measureCtx: CanvasRenderingContext2D | null = null;
/** Width of legend text as ECharts draws it (12 px, the charts' font). */
function measure(text: string): number {
  measureCtx ??= document.createElement('canvas').getContext('2d');
  if (!measureCtx) return text.length * 7;
  measureCtx.font = '12px system-ui, -apple-system, Segoe UI, Roboto, sans-serif';
  return measureCtx.measureText(text).width;
}

// fetch() of a data: URL is a connection the CSP refuses; decode it here instead.
function dataUrlToBlob(url: string): Blob {
  const [head, b64 = ''] = url.split(',');
  const bin = atob(b64);
  const bytes = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
  return new Blob([bytes], { type: /data:([^;]+)/.exec(head ?? '')?.[1] ?? 'image/png' });
}

export default function EChart({ option, height, label, onBucketClick, ref }: EChartProps) {
  const el = useRef<HTMLDivElement>(null);
  const chart = useRef<echarts.ECharts | null>(null);
  const click = useRef(onBucketClick);
  click.current = onBucketClick;
  // The option as drawn: its legend fitted to the chart's width (redrawn when that moves the grid).
  const shown = useRef<ChartOption>(option);
  // The peaks drawn as dots, not pins (they would overlap a higher pin).
  const dots = useRef(new Set<string>());
  const optionRef = useRef(option);
  optionRef.current = option;
  const fitted = () => fitLegend(optionRef.current, el.current?.clientWidth ?? 0, measure);

  useEffect(() => {
    const div = el.current!;
    const c = echarts.init(div, null, { renderer: 'canvas' });
    chart.current = c;
    // The plot under the pointer (stacked small multiples share one time axis), or -1.
    const gridAt = (x: number, y: number) => {
      const grids = ([] as unknown[]).concat((c.getOption() as { grid?: unknown }).grid ?? []);
      return grids.findIndex((_, i) => c.containPixel({ gridIndex: i }, [x, y]));
    };
    // A click anywhere over a bucket's column counts, not only on the line's small symbols.
    const categories = () =>
      (c.getOption() as { xAxis?: { data?: unknown[] }[] }).xAxis?.[0]?.data?.length ?? 0;
    c.getZr().on('click', (e) => {
      const g = click.current ? gridAt(e.offsetX, e.offsetY) : -1;
      if (!click.current || g < 0) return;
      const v = c.convertFromPixel({ gridIndex: g }, [e.offsetX, e.offsetY]) as number[];
      const i = Math.min(categories() - 1, Math.max(0, Math.round(Number(v?.[0]))));
      if (Number.isFinite(i)) click.current(i);
    });
    c.getZr().on('mousemove', (e) => {
      if (click.current && gridAt(e.offsetX, e.offsetY) >= 0) c.getZr().setCursorStyle('pointer');
    });
    // Peak pins that would overlap: the lower one becomes a dot. Laid out on the drawn chart (real
    // pixels, after every redraw, resize or zoom); the outcome is kept on the element for tests.
    c.on('finished', () => {
      const peaks = peaksOf(shown.current);
      const pins = peaks.map((p) => {
        const [x, y] = c.convertToPixel({ seriesId: p.id }, p.coord as number[]) as number[];
        return { id: p.id, x: x!, y: y!, size: p.size };
      });
      const kept = keepPins(pins, Math.max(0, ...pins.map((p) => p.size)));
      const dotted = new Set(pins.filter((p) => !kept.has(p.id)).map((p) => p.id));
      const key = [...dotted].sort().join(',');
      div.dataset.pins = JSON.stringify(pins.map((p) => ({ ...p, pin: kept.has(p.id) })));
      if (key === [...dots.current].sort().join(',')) return;
      dots.current = dotted;
      c.setOption({ series: dotsFor(shown.current, dotted) });
    });
    c.on('rendered', () => {
      if (div.dataset.ready === 'true') return;
      div.dataset.ready = 'true';
      if (!firstDrawn) {
        firstDrawn = true;
        performance.mark('first-chart-drawn');
      }
    });
    const ro = new ResizeObserver(() => {
      const next = fitted();
      if (JSON.stringify(next.grid) === JSON.stringify(shown.current.grid)) c.resize();
      else {
        c.resize();
        shown.current = next;
        dots.current = new Set();
        c.setOption(next, { notMerge: true });
      }
    });
    ro.observe(div);
    return () => {
      ro.disconnect();
      c.dispose();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    if (!chart.current) return;
    shown.current = fitted();
    dots.current = new Set();
    chart.current.setOption(shown.current, { notMerge: true });
  }, [option]);

  useImperativeHandle(
    ref,
    () => ({
      async png(background) {
        const c = chart.current!;
        const url = c.getDataURL({
          type: 'png',
          pixelRatio: 2,
          backgroundColor: background,
          excludeComponents: ['dataZoom'],
        });
        return dataUrlToBlob(url);
      },
      async svg(background) {
        const { install } = await import('echarts/lib/renderer/installSVGRenderer.js');
        echarts.use(install);
        const div = el.current!;
        const ssr = echarts.init(null, null, {
          renderer: 'svg',
          ssr: true,
          width: div.clientWidth || 800,
          height: div.clientHeight || height,
        });
        ssr.setOption({
          ...shown.current,
          animation: false,
          backgroundColor: background,
          dataZoom: [],
        });
        ssr.setOption({ series: dotsFor(shown.current, dots.current) });
        const svg = ssr.renderToSVGString();
        ssr.dispose();
        return new Blob([svg], { type: 'image/svg+xml' });
      },
    }),
    [option, height],
  );

  return (
    <div
      ref={el}
      className="echart"
      role="img"
      aria-label={label}
      style={{ height }}
      data-ready="false"
    />
  );
}
