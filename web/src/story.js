// The story view: the article's text, sentence by sentence, with the chosen event's source, target, trigger,
// attribution, time and place marked in its sentence (like displaCy's entity view), and every event of the
// article beside it with its fields and why (its rule and confidence).
import { el, actorLabel } from './dom.js';
import { QUAD_NAMES } from './codes.js';

// When marks overlap, the earlier kind wins the characters they share.
const KINDS = ['source', 'target', 'trigger', 'attribution', 'time', 'place'];

/** The [start, end) character spans to mark for an event, by kind, in article offsets. */
export function marksOf(event, text, sentence) {
  const marks = [];
  const add = (kind, start, end) => {
    if (Number.isInteger(start) && Number.isInteger(end) && end > start) marks.push({ kind, start, end });
  };
  if (event.source) add('source', event.source.start, event.source.end);
  if (event.target) add('target', event.target.start, event.target.end);
  add('trigger', event.trigger.start, event.trigger.end);
  if (event.attribution) add('attribution', event.attribution.start, event.attribution.end);
  // The record keeps the words of the date and the place, not their offsets: they are found in the event's sentence,
  // the occurrence nearest the trigger.
  const find = (kind, words) => {
    if (!words) return;
    const inSentence = text.slice(sentence.start, sentence.end);
    let best = -1;
    for (let at = inSentence.indexOf(words); at >= 0; at = inSentence.indexOf(words, at + 1)) {
      if (best < 0 || Math.abs(sentence.start + at - event.trigger.start) < Math.abs(sentence.start + best - event.trigger.start)) best = at;
    }
    if (best >= 0) add(kind, sentence.start + best, sentence.start + best + words.length);
  };
  if (event.event_date?.basis === 'text') find('time', event.event_date.text);
  if (event.location) find('place', event.location.text);
  return marks;
}

/** The sentence text cut into runs, each plain or marked with one kind. */
export function runs(text, sentence, marks) {
  const length = sentence.end - sentence.start;
  const labels = new Array(length).fill(null);
  for (const kind of [...KINDS].reverse()) {
    for (const mark of marks.filter((m) => m.kind === kind)) {
      for (let i = Math.max(mark.start, sentence.start); i < Math.min(mark.end, sentence.end); i++) labels[i - sentence.start] = kind;
    }
  }
  const result = [];
  for (let i = 0; i < length;) {
    let j = i + 1;
    while (j < length && labels[j] === labels[i]) j++;
    result.push({ kind: labels[i], text: text.slice(sentence.start + i, sentence.start + j) });
    i = j;
  }
  return result;
}

function tagOf(kind, event) {
  switch (kind) {
    case 'source': return `SOURCE ${actorLabel(event.source)}`;
    case 'target': return `TARGET ${actorLabel(event.target)}`;
    case 'trigger': return `${event.cameo} ${event.cameo_name}`;
    case 'attribution': return 'ATTRIBUTION';
    case 'time': return `TIME ${event.event_date.value}`;
    case 'place': return `PLACE ${event.location.name ?? ''}`.trim();
    default: return '';
  }
}

function fields(event) {
  const date = event.event_date;
  const location = event.location;
  const rows = [
    ['Who', `${actorLabel(event.source)}${event.source?.name ? ` (${event.source.name})` : ''} → ${actorLabel(event.target)}${event.target?.name ? ` (${event.target.name})` : ''}`],
    ['What', `${event.cameo} ${event.cameo_name}${event.plover ? ` · PLOVER ${event.plover.event}` : ''}`],
    ['Class', `${QUAD_NAMES[event.quad_class]} · Goldstein ${event.goldstein}`],
    ['Modality', event.modality],
    ['When', date ? `${date.value} (${date.precision}, from the ${date.basis}${date.text ? `: “${date.text}”` : ''})` : 'undated'],
    ['Where', location ? `${location.name ?? location.text}${location.country ? ` (${location.country})` : ''}` : '—'],
    ['Said by', event.attribution ? event.attribution.text : 'the story itself'],
    ['Why', `${event.rule} · confidence ${event.confidence.toFixed(2)}`],
  ];
  return el('dl', {}, rows.flatMap(([name, value]) => [el('dt', {}, name), el('dd', {}, value)]));
}

export class StoryView {
  constructor(panel, { onClose, onSelect }) {
    this.panel = panel;
    this.title = panel.querySelector('[data-testid=story-title]');
    this.meta = panel.querySelector('[data-testid=story-meta]');
    this.text = panel.querySelector('[data-testid=story-text]');
    this.list = panel.querySelector('[data-testid=story-events]');
    this.onSelect = onSelect;
    panel.querySelector('[data-testid=story-close]').addEventListener('click', onClose);
    this.view = null;
  }

  close() {
    this.panel.hidden = true;
    this.view = null;
  }

  /** Shows an article (a /v1/articles/{id} reply) with the event <eventId> marked (the first when absent). */
  show(view, eventId) {
    this.view = view;
    const article = view.article;
    this.title.textContent = article.title ?? article.id;
    this.meta.textContent = [article.date ?? 'undated', article.source, article.url, `id ${article.id}`].filter(Boolean).join(' · ');
    if (view.failure) this.meta.textContent += ` · coding failed (${view.failure.stage}): ${view.failure.message}`;
    this.list.replaceChildren(...view.events.map((event) => el('li', {
      dataset: { eventId: event.event_id },
      onclick: () => this.onSelect(event.event_id),
    }, el('strong', {}, `${actorLabel(event.source)} → ${actorLabel(event.target)}: ${event.cameo_name}`), fields(event))));
    this.panel.hidden = false;
    this.select(eventId ?? view.events[0]?.event_id);
  }

  select(eventId) {
    const view = this.view;
    if (!view) return;
    const event = view.events.find((e) => e.event_id === eventId) ?? view.events[0];
    const text = view.article.text;
    const eventSentences = new Set(view.events.map((e) => e.sentence_index));
    this.text.replaceChildren();
    let previousEnd = 0;
    for (const sentence of view.sentences) {
      // Keep the text between sentences (spaces, the blank line after the title) so the story reads as written.
      if (sentence.start > previousEnd) this.text.append(text.slice(previousEnd, sentence.start));
      previousEnd = sentence.end;
      const current = event && sentence.index === event.sentence_index;
      const span = el('span', {
        class: `sentence${current ? ' current' : ''}${eventSentences.has(sentence.index) ? ' has-events' : ''}`,
        dataset: { sentence: sentence.index },
      });
      if (current) {
        for (const run of runs(text, sentence, marksOf(event, text, sentence))) {
          span.append(run.kind
            ? el('mark', { class: `m-${run.kind}`, dataset: { mark: run.kind } }, run.text, el('span', { class: 'tag' }, tagOf(run.kind, event)))
            : run.text);
        }
      } else {
        span.append(text.slice(sentence.start, sentence.end));
        const first = view.events.find((e) => e.sentence_index === sentence.index);
        if (first) span.addEventListener('click', () => this.onSelect(first.event_id));
      }
      this.text.append(span);
    }
    if (previousEnd < text.length) this.text.append(text.slice(previousEnd));
    for (const item of this.list.children) item.classList.toggle('selected', item.dataset.eventId === event?.event_id);
    this.text.querySelector('.current')?.scrollIntoView({ block: 'center' });
    this.list.querySelector('.selected')?.scrollIntoView({ block: 'nearest' });
  }
}
