// Charts drawn with Chart.js (shipped as a WebJar). Each chart is a picture of a table that is also on the page,
// so the canvas carries a short description and screen-reader users read the table.

import { h } from './dom.js';
import { locale, t } from './i18n.js';
import { downloadDataUrl, fileName } from './tables.js';

const live = new Set();

export const COLOURS = {
  ottawa: '#1f5fa8', inCountry: '#a84a00', never: '#6b6b6b', banner: '#26374a', issued: '#1e6b34', requested: '#8a6d00',
};
const SERIES = ['#1f5fa8', '#a84a00', '#1e6b34', '#6f3c8c', '#8a6d00', '#26374a', '#a4161a', '#4a4a4a'];

/** Destroys the charts of the page being left. */
export function disposeCharts() {
  live.forEach(chart => chart.destroy());
  live.clear();
}

/**
 * A canvas inside a sized box, described for assistive technology; config is Chart.js's. Comes with a button that
 * downloads the chart as PNG (issue 16), on white, named after the screen, the chart and the day. The returned
 * element's `chart` is the Chart.js chart once drawn (to follow a table's sort, for instance).
 */
export function chart(description, config, { tall = false, height } = {}) {
  const canvas = h('canvas', { role: 'img', 'aria-label': description });
  const box = h('div', { class: tall ? 'chart tall' : 'chart', style: height ? `height:${height}px` : null }, canvas);
  const figure = h('div', { class: 'chart-figure' }, box,
    h('div', { class: 'table-tools no-print' }, h('button', {
      type: 'button', class: 'secondary small', 'data-export': 'png', 'aria-label': t('export.pngLabel', { chart: description }),
      onclick: () => { if (figure.chart) downloadDataUrl(figure.chart.toBase64Image('image/png', 1), `${fileName(description)}.png`); },
    }, t('export.png'))));
  // Drawn once the box is in the page, so Chart.js can measure it.
  requestAnimationFrame(() => {
    if (!canvas.isConnected || typeof Chart === 'undefined') return;
    Chart.defaults.font.family = getComputedStyle(document.documentElement).fontFamily;
    Chart.defaults.color = '#1b1b1b';
    const options = config.options ?? {};
    figure.chart = new Chart(canvas, {
      ...config,
      plugins: [...(config.plugins ?? []), WHITE_BACKGROUND],
      options: { animation: false, maintainAspectRatio: false, locale: locale(), ...options },
    });
    live.add(figure.chart);
  });
  return figure;
}

/** A transparent PNG shows black on dark viewers and in some slide decks: the exported chart is painted on white. */
const WHITE_BACKGROUND = {
  id: 'whiteBackground',
  beforeDraw: chart => {
    const { ctx } = chart;
    ctx.save();
    ctx.globalCompositeOperation = 'destination-over';
    ctx.fillStyle = '#fff';
    ctx.fillRect(0, 0, chart.width, chart.height);
    ctx.restore();
  },
};

/** A horizontal bar chart of one measure per label. */
export function bars(description, labels, values, { format, colour = COLOURS.banner, onBar } = {}) {
  return chart(description, {
    type: 'bar',
    data: { labels, datasets: [{ data: values, backgroundColor: colour, label: description }] },
    options: {
      indexAxis: 'y',
      // A bar opens the rows behind it (issue 16): onBar(index of the label).
      onClick: onBar ? (_, elements) => { if (elements[0]) onBar(elements[0].index); } : undefined,
      plugins: { legend: { display: false }, tooltip: format ? { callbacks: { label: c => format(c.raw) } } : {} },
      scales: { x: { ticks: format ? { callback: v => format(v, true) } : {} } },
    },
  });
}

export function seriesColour(index) {
  return SERIES[index % SERIES.length];
}
