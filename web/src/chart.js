// The classic event-data plot: events per period by quad class (cooperation green, conflict red) and the
// Goldstein sum (dashed, on its own axis), drawn with uPlot.
import uPlot from 'uplot';
import { number } from './dom.js';

const SERIES = [
  { key: 'verbal_cooperation', label: 'Verbal cooperation', stroke: '#74c476' },
  { key: 'material_cooperation', label: 'Material cooperation', stroke: '#238b45' },
  { key: 'verbal_conflict', label: 'Verbal conflict', stroke: '#fd8d3c' },
  { key: 'material_conflict', label: 'Material conflict', stroke: '#cb181d' },
];

const MAX_POINTS = 20000;

/**
 * The periods from the first to the last, those without events as zeros: the API leaves them out, and a line drawn
 * straight across a gap would show events that were not there.
 */
export function withEmptyPeriods(periods, bucket) {
  if (periods.length < 2) return periods;
  const byStart = new Map(periods.map((p) => [p.start, p]));
  const last = periods[periods.length - 1].start;
  const filled = [];
  for (const day = new Date(periods[0].start + 'T00:00:00Z'); filled.length < MAX_POINTS;) {
    const start = day.toISOString().slice(0, 10);
    if (start > last) break;
    filled.push(byStart.get(start) ?? { start, ...Object.fromEntries(SERIES.map((s) => [s.key, 0])), total: 0, goldstein_sum: 0 });
    if (bucket === 'month') day.setUTCMonth(day.getUTCMonth() + 1);
    else day.setUTCDate(day.getUTCDate() + (bucket === 'week' ? 7 : 1));
  }
  return filled;
}

export class TimeSeriesChart {
  constructor(container, note) {
    this.container = container;
    this.note = note;
    this.plot = null;
    new ResizeObserver(() => this.resize()).observe(container);
  }

  /** Draws the periods of a /v1/stats/timeseries reply. */
  render(series) {
    const periods = withEmptyPeriods(series.periods, series.bucket);
    const x = periods.map((p) => Date.parse(p.start + 'T00:00:00Z') / 1000);
    const data = [x, ...SERIES.map((s) => periods.map((p) => p[s.key])), periods.map((p) => p.goldstein_sum)];
    const total = periods.reduce((sum, p) => sum + p.total, 0);
    this.container.dataset.periods = String(series.periods.length);
    this.container.dataset.total = String(total);
    this.note.textContent = periods.length === 0
      ? 'No dated events match the filters.'
      : `${number.format(total)} dated events in ${number.format(series.periods.length)} ${series.bucket}s; Goldstein sum dashed (right axis).`;
    this.plot?.destroy();
    this.plot = null;
    this.container.replaceChildren();
    if (periods.length === 0) return;
    const options = {
      width: Math.max(300, this.container.clientWidth),
      height: 260,
      scales: { x: { time: true }, g: { auto: true } },
      axes: [
        {},
        { label: 'events', size: 50 },
        { scale: 'g', side: 1, label: 'Goldstein sum', grid: { show: false }, size: 60 },
      ],
      series: [
        { label: series.bucket === 'month' ? 'Month of' : series.bucket === 'week' ? 'Week of' : 'Day' },
        ...SERIES.map((s) => ({ label: s.label, stroke: s.stroke, width: 2, points: { show: periods.length < 60 && periods.length > 1 } })),
        { label: 'Goldstein sum', scale: 'g', stroke: '#3366cc', dash: [6, 4], width: 1.5 },
      ],
    };
    this.plot = new uPlot(options, data, this.container);
  }

  resize() {
    if (this.plot) this.plot.setSize({ width: Math.max(300, this.container.clientWidth), height: 260 });
  }
}
