// Small hand-written SVG charts. Each comes with a legend and a table of the same numbers: the table is the
// text alternative, and the numbers a reader can copy.

import { number } from './format.js';
import { h, s, table } from './page.js';

const BAR_WIDTH = 520;
const LINE_WIDTH = 640;
const LABEL_WIDTH = 260;
const ROW_HEIGHT = 30;
const BAR_HEIGHT = 20;

/**
 * Horizontal bars, one per row, stacked when there are several series.
 * rows: [{key, label, values: [one per series], color (optional, for a single series)}]; series: [{key, label, color}]; max: the full scale (default:
 * the largest row total).
 */
export function barChart({ caption, rowHeader, series, rows, format = number, max, wide = false }) {
  const totals = rows.map((row) => row.values.reduce((sum, value) => sum + value, 0));
  const full = max ?? Math.max(0, ...totals);
  const scale = full > 0 ? (BAR_WIDTH - LABEL_WIDTH - 60) / full : 0;
  const bars = rows.map((row, index) => {
    const y = index * ROW_HEIGHT + 5;
    let x = LABEL_WIDTH;
    const segments = row.values.map((value, serie) => {
      const width = value * scale;
      const rect = s('rect', { x, y, width: Math.max(width, 0), height: BAR_HEIGHT, fill: row.color ?? series[serie].color },
        s('title', {}, `${row.label}, ${series[serie].label}: ${format(value)}`));
      x += width;
      return rect;
    });
    return s('g', {},
      s('text', { x: LABEL_WIDTH - 8, y: y + 15, 'text-anchor': 'end' }, row.label),
      segments,
      s('text', { x: x + 6, y: y + 15 }, format(totals[index])));
  });
  const height = rows.length * ROW_HEIGHT + 10;
  const svg = s('svg', { class: 'grafiek', viewBox: `0 0 ${BAR_WIDTH} ${height}`, role: 'img',
    'aria-label': `${caption}: staafdiagram; de cijfers staan in de tabel eronder` },
  s('line', { class: 'as', x1: LABEL_WIDTH, x2: LABEL_WIDTH, y1: 0, y2: height }), bars);
  return figure(caption, svg, series.length > 1 ? legend(series) : null,
    dataTable(caption, rowHeader, series, rows, format, series.length > 1), wide);
}

/**
 * Lines over time, one per series, with a dot at every point.
 * points: [{key, label, axis: [line1, line2], values: [one per series]}]; series: [{key, label, color, dash}].
 */
export function lineChart({ caption, rowHeader, series, points, format = number }) {
  const left = 44;
  const right = LINE_WIDTH - 16;
  const top = 12;
  const bottom = 210;
  const max = niceMax(Math.max(1, ...points.flatMap((point) => point.values)));
  const x = (index) => (points.length === 1 ? (left + right) / 2 : left + (index * (right - left)) / (points.length - 1));
  const y = (value) => bottom - (value / max) * (bottom - top);
  const grid = [0, max / 2, max].filter(Number.isInteger).map((value) => s('g', {},
    s('line', { class: 'raster', x1: left, x2: right, y1: y(value), y2: y(value) }),
    s('text', { x: left - 6, y: y(value) + 4, 'text-anchor': 'end' }, format(value))));
  const ticks = points.map((point, index) => s('text', { x: x(index), y: bottom + 18, 'text-anchor': 'middle' },
    point.axis.map((line, row) => s('tspan', { x: x(index), dy: row === 0 ? 0 : 15 }, line))));
  const lines = series.map((serie, index) => s('g', {},
    s('polyline', { fill: 'none', stroke: serie.color, 'stroke-width': 2.5, 'stroke-dasharray': serie.dash,
      points: points.map((point, at) => `${x(at)},${y(point.values[index])}`).join(' ') }),
    points.map((point, at) => s('circle', { cx: x(at), cy: y(point.values[index]), r: 4, fill: serie.color },
      s('title', {}, `${point.label}, ${serie.label}: ${format(point.values[index])}`)))));
  const svg = s('svg', { class: 'grafiek', viewBox: `0 0 ${LINE_WIDTH} ${bottom + 44}`, role: 'img',
    'aria-label': `${caption}: lijndiagram; de cijfers staan in de tabel eronder` },
  grid, s('line', { class: 'as', x1: left, x2: right, y1: bottom, y2: bottom }), ticks, lines);
  return figure(caption, svg, legend(series), dataTable(caption, rowHeader, series, points, format, false), true);
}

function figure(caption, svg, legendList, dataTableElement, wide) {
  return h('figure', { class: wide ? 'breed' : null }, h('figcaption', {}, caption), svg, legendList, dataTableElement);
}

function legend(series) {
  return h('ul', { class: 'legenda', 'aria-hidden': 'true' }, series.map((serie) => h('li', {},
    s('svg', { width: 22, height: 12, viewBox: '0 0 22 12' }, serie.dash === undefined
      ? s('rect', { width: 12, height: 12, fill: serie.color })
      : s('line', { x1: 0, x2: 22, y1: 6, y2: 6, stroke: serie.color, 'stroke-width': 3, 'stroke-dasharray': serie.dash })),
    ' ', serie.label)));
}

/** The chart's numbers as a table; every row and cell carries the API's key, for whoever checks them. */
function dataTable(caption, rowHeader, series, rows, format, withTotal) {
  const headers = [rowHeader, ...series.map((serie) => serie.label), ...(withTotal ? ['Totaal'] : [])];
  const body = rows.map((row) => h('tr', { 'data-key': row.key },
    h('th', { scope: 'row' }, row.label),
    row.values.map((value, index) => h('td', { class: 'getal', 'data-series': series[index].key }, format(value))),
    withTotal ? h('td', { class: 'getal', 'data-series': 'total' },
      format(row.values.reduce((sum, value) => sum + value, 0))) : null));
  return table(`${caption} (tabel)`, headers, body, { numeric: headers.map((_, index) => index).slice(1) });
}

/** 1, 2 or 5 times a power of ten, at least the value: an axis that ends on a round number. */
function niceMax(value) {
  const power = 10 ** Math.floor(Math.log10(value));
  return [1, 2, 5, 10].map((step) => step * power).find((candidate) => candidate >= value);
}
