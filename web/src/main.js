// The Parley dashboard. Its state (filters, bucket, the story open) lives in the address's #fragment, so a view can
// be bookmarked and the back button works; every change of it reloads the views from the API.
// Performance marks tell where the first view's time goes (bench/Parley.Bench.Dashboard prints them): parley:bundle when
// the bundle starts (build.mjs), parley:script when this module starts, parley:data when the views' replies are in,
// parley:drawn when every view shows them.
import 'uplot/dist/uPlot.min.css';
import './app.css';
import { api, ApiProblem, FILTERS, queryString } from './api.js';
import { CAMEO_ROOTS, MODALITIES, PLOVER_TYPES, QUAD_CLASSES } from './codes.js';
import { $, el, actorLabel, number } from './dom.js';
import { TimeSeriesChart } from './chart.js';
import { PlaceMap } from './map.js';
import { StoryView } from './story.js';

performance.mark('parley:script');
const form = $('[data-testid=filters]');
const bucket = $('[data-testid=bucket]');
const problem = $('[data-testid=problem]');
const summary = $('[data-testid=summary]');
const eventRows = $('[data-testid=events] tbody');
const more = $('[data-testid=more]');
const dyadRows = $('[data-testid=dyads] tbody');
const chart = new TimeSeriesChart($('[data-testid=chart]'), $('[data-testid=chart-note]'));
const map = new PlaceMap($('[data-testid=map]'));
const story = new StoryView($('[data-testid=story]'), {
  onClose: () => navigate({ article: null, event: null }),
  onSelect: (eventId) => navigate({ event: eventId }),
});

let loading = null;
let nextCursor = null;
let shownArticle = null;

/** The state in the address: filters, bucket, and the story open (article, event). */
function readState() {
  const params = new URLSearchParams(location.hash.slice(1));
  const state = { filters: {}, bucket: params.get('bucket') || 'month', article: params.get('article'), event: params.get('event') };
  for (const name of FILTERS) {
    if (params.get(name)) state.filters[name] = params.get(name);
  }
  return state;
}

function writeState(state) {
  const params = new URLSearchParams(queryString(state.filters));
  if (state.bucket !== 'month') params.set('bucket', state.bucket);
  if (state.article) params.set('article', state.article);
  if (state.event) params.set('event', state.event);
  const hash = params.toString();
  if (location.hash.slice(1) !== hash) location.hash = hash;
}

/** Changes part of the state (filters merge; null removes) and lets hashchange redraw. */
function navigate(change) {
  const state = readState();
  if (change.filters) state.filters = change.filters;
  for (const key of ['bucket', 'article', 'event']) {
    if (key in change) state[key] = change[key];
  }
  writeState(state);
}

function fillOptions() {
  const lists = { cameo: CAMEO_ROOTS, quad: QUAD_CLASSES, plover: PLOVER_TYPES, modality: MODALITIES };
  for (const select of form.querySelectorAll('select[data-options]')) {
    select.replaceChildren(el('option', { value: '' }, 'any'), ...lists[select.dataset.options].map(([value, label]) =>
      el('option', { value }, value === label ? label : `${value} ${label}`)));
  }
}

function showFilters(filters) {
  for (const element of form.elements) {
    // The field being typed in keeps what is typed; the rest show the state.
    if (element.name && element !== document.activeElement) element.value = filters[element.name] ?? '';
  }
}

function filtersFromForm() {
  const filters = {};
  for (const element of form.elements) {
    if (!element.name || !FILTERS.includes(element.name)) continue;
    let value = element.value.trim();
    if (['source_country', 'target_country', 'country', 'source_code', 'target_code'].includes(element.name)) value = value.toUpperCase();
    if (value) filters[element.name] = value;
  }
  return filters;
}

function showProblem(error) {
  if (error?.name === 'AbortError') return;
  problem.hidden = false;
  problem.textContent = error instanceof ApiProblem ? `The filters cannot be used: ${error.message}` : `Parley did not answer: ${error}`;
}

function setExportLinks(filters) {
  $('[data-testid=export-csv]').href = `/v1/events?${queryString(filters, { format: 'csv' })}`;
  $('[data-testid=export-jsonl]').href = `/v1/events?${queryString(filters, { format: 'jsonl' })}`;
}

function eventRow(event) {
  const date = event.event_date?.value ?? event.article_date ?? '';
  return el('tr', {
    tabindex: 0,
    dataset: { eventId: event.event_id, articleId: event.article_id },
    onclick: () => navigate({ article: event.article_id, event: event.event_id }),
    onkeydown: (e) => { if (e.key === 'Enter') navigate({ article: event.article_id, event: event.event_id }); },
  },
  el('td', { class: 'nowrap' }, date),
  el('td', { title: event.source?.text ?? '' }, actorLabel(event.source)),
  el('td', { class: `quad-${event.quad_class}`, title: `${event.cameo} ${event.cameo_name}` }, `${event.cameo} ${event.cameo_name}`),
  el('td', { title: event.target?.text ?? '' }, actorLabel(event.target)),
  el('td', {}, event.modality),
  el('td', { class: 'number' }, event.confidence.toFixed(2)),
  el('td', { class: 'sentence' }, event.sentence));
}

function showEvents(page, append) {
  if (!append) eventRows.replaceChildren();
  eventRows.append(...page.events.map(eventRow));
  if (eventRows.children.length === 0) {
    eventRows.append(el('tr', { class: 'empty' }, el('td', { colspan: 7 }, 'No events match the filters.')));
  }
  nextCursor = page.next_cursor;
  more.hidden = !nextCursor;
}

function showDyads(table, filters) {
  const rows = table.dyads.map((d) => {
    const mix = el('span', { class: 'mix' }, ...['verbal_cooperation', 'material_cooperation', 'verbal_conflict', 'material_conflict']
      .map((key, i) => el('span', { class: `quad-bg-${i + 1}`, style: `flex-grow:${d[key]}`, title: `${number.format(d[key])} ${key.replace('_', ' ')}` })));
    const pick = d.source_country && d.target_country
      ? () => navigate({ filters: { ...filters, source_country: d.source_country, target_country: d.target_country, country: undefined } })
      : null;
    return el('tr', { class: pick ? 'pickable' : '', onclick: pick, dataset: { dyad: `${d.source_country ?? '—'}-${d.target_country ?? '—'}` } },
      el('td', {}, d.source_country ?? '—'), el('td', {}, d.target_country ?? '—'), el('td', {}, mix), el('td', { class: 'number' }, number.format(d.total)));
  });
  dyadRows.replaceChildren(...(rows.length ? rows : [el('tr', {}, el('td', { colspan: 4 }, 'No dyads.'))]));
}

/**
 * Fills the country suggestions (every country in the 500 busiest dyads) the first time a country field is used: over
 * a million events that count takes as long as a view, so the first view does not wait for it.
 */
let countriesFilled = false;
async function fillCountries() {
  if (countriesFilled) return;
  countriesFilled = true;
  try {
    const table = await api.dyads({}, 500);
    const countries = new Set();
    for (const d of table.dyads) {
      if (d.source_country) countries.add(d.source_country);
      if (d.target_country) countries.add(d.target_country);
    }
    $('#countries').replaceChildren(...[...countries].sort().map((c) => el('option', { value: c })));
  } catch (error) {
    countriesFilled = false;
    showProblem(error);
  }
}

/** Loads every view for the filters in the address (cancelling a load still running), then the story if one is open. */
async function render() {
  const hash = location.hash.slice(1);
  const state = readState();
  showFilters(state.filters);
  bucket.value = state.bucket;
  setExportLinks(state.filters);
  const key = JSON.stringify([state.filters, state.bucket]);
  if (loading?.key !== key) {
    loading?.controller.abort();
    const controller = new AbortController();
    loading = { key, controller };
    problem.hidden = true;
    document.body.dataset.state = 'loading';
    const signal = controller.signal;
    const started = performance.now();
    try {
      const [events, series, dyads, places] = await Promise.all([
        api.events(state.filters, null, signal),
        api.timeseries(state.filters, state.bucket, signal),
        api.dyads(state.filters, 15, signal),
        api.places(state.filters, signal),
      ]);
      performance.mark('parley:data');
      showEvents(events, false);
      chart.render(series);
      showDyads(dyads, state.filters);
      map.render(places.places);
      const active = Object.keys(state.filters).length;
      summary.textContent = `${active ? `${active} filter${active > 1 ? 's' : ''}` : 'All events'} · ${number.format(series.periods.reduce((n, p) => n + p.total, 0))} dated events`;
      document.body.dataset.state = 'ready';
      document.body.dataset.loadMs = String(Math.round(performance.now() - started));
      performance.mark('parley:drawn');
    } catch (error) {
      if (error?.name !== 'AbortError') {
        document.body.dataset.state = 'error';
        showProblem(error);
      }
      return;
    }
  }
  if (state.article) {
    try {
      if (shownArticle?.article.id !== state.article) {
        shownArticle = await api.article(state.article);
        story.show(shownArticle, state.event);
      } else {
        story.select(state.event);
      }
      document.body.dataset.story = 'open';
    } catch (error) {
      showProblem(error);
    }
  } else {
    shownArticle = null;
    story.close();
    delete document.body.dataset.story;
  }
  // What the page shows now answers this address (tests and scripts wait for it).
  if (location.hash.slice(1) === hash) document.body.dataset.readyFor = hash;
}

form.addEventListener('change', () => navigate({ filters: filtersFromForm(), article: null, event: null }));
form.addEventListener('submit', (e) => {
  e.preventDefault();
  navigate({ filters: filtersFromForm(), article: null, event: null });
});
form.addEventListener('reset', (e) => {
  e.preventDefault();
  navigate({ filters: {}, article: null, event: null });
});
form.addEventListener('focusin', (e) => {
  if (e.target.getAttribute('list') === 'countries') fillCountries();
});
bucket.addEventListener('change', () => navigate({ bucket: bucket.value }));
more.addEventListener('click', async () => {
  const state = readState();
  try {
    showEvents(await api.events(state.filters, nextCursor), true);
  } catch (error) {
    showProblem(error);
  }
});
document.addEventListener('keydown', (e) => {
  if (e.key === 'Escape' && readState().article) navigate({ article: null, event: null });
});
window.addEventListener('hashchange', render);

fillOptions();
render();
