// The accessible mirror of the canvas: an <ol> of the timeline's entries in order, each with a
// <time datetime>, the title in its own language and direction, and its sources. One item is
// in the tab order at a time (roving tabindex); arrows move, Enter or a click selects. It is
// also what prints.
import { machineWhen, readableWhen } from './dates.js';

const RTL = new Set(['ar', 'fa', 'he', 'ur']);
// A long list is built a slice per frame. While it grows, every frame's style, layout and
// visibility checks cost time in proportion to the whole list, so slices are few and large:
// measured with 5 000 events, slices of 500 completed the list in 0.6 s, slices of 100 in 1.4 s,
// with frames no shorter.
const SLICE = 500;
const FIRST = 100;  // at once, with the rest of the result's arrival: enough to fill the pane

export class EventList {
  #entries = [];
  #positions = new Map();  // key → position in the list
  #items = [];             // the <li>s built so far, by position
  #tabStop = null;         // the one item in the tab order
  #selected = -1;
  #run = 0;
  #pendingKey = null;

  constructor(ol, onSelect) {
    this.ol = ol;
    this.onSelect = onSelect;
    ol.addEventListener('click', (event) => {
      const li = event.target.closest('li[data-key]');
      if (li) this.onSelect(Number(li.dataset.key));
    });
    ol.addEventListener('keydown', (event) => this.#keys(event));
    // The list is what prints: a list still filling in is finished first.
    addEventListener('beforeprint', () => this.#build(Infinity));
  }

  get #complete() { return this.#items.length === this.#entries.length; }

  // `entries`: [{key, when, title, lang, docs: [{index, name}]}] in timeline order.
  render(entries) {
    const run = ++this.#run;
    this.#entries = entries;
    this.#positions = new Map(entries.map((entry, i) => [entry.key, i]));
    this.#items = [];
    this.#tabStop = null;
    this.ol.replaceChildren();
    this.#selected = -1;
    this.#pendingKey = null;
    this.#build(FIRST);
    if (this.#items.length) this.#setTabStop(this.#items[0]);
    // Each next slice runs just after a frame is drawn, in a task of its own, so that the
    // browser styles and lays out one slice per frame and input is handled in between.
    const next = () => {
      if (run !== this.#run || this.#complete) return;  // replaced by a newer result, or printed
      this.#build(SLICE);
      requestAnimationFrame(() => setTimeout(next, 0));
    };
    requestAnimationFrame(() => setTimeout(next, 0));
  }

  // Appends the next `count` items (Infinity: all that are left).
  #build(count) {
    const from = this.#items.length;
    const to = Math.min(this.#entries.length, from + count);
    if (to <= from) return;
    const fragment = document.createDocumentFragment();
    for (let i = from; i < to; i++) {
      const li = this.#item(this.#entries[i]);
      this.#items.push(li);
      fragment.append(li);
    }
    this.ol.append(fragment);
    if (this.#pendingKey !== null) this.select(this.#pendingKey);
  }

  #item(entry) {
    const li = document.createElement('li');
    li.dataset.key = entry.key;
    li.tabIndex = -1;
    li.lang = entry.lang;
    li.dir = RTL.has(entry.lang) ? 'rtl' : 'ltr';
    const time = document.createElement('time');
    time.lang = 'en';
    time.dir = 'ltr';
    time.dateTime = machineWhen(entry.when);
    time.textContent = readableWhen(entry.when);
    if (entry.when.value) time.title = entry.when.value;
    const title = document.createElement('span');
    title.className = 'title';
    title.textContent = entry.title;
    const sources = document.createElement('span');
    sources.className = 'sources';
    sources.lang = 'en';
    for (const doc of entry.docs) {
      const chip = document.createElement('span');
      chip.className = `chip article-${doc.index % 8}`;
      chip.dir = 'auto';
      chip.textContent = doc.name;
      sources.append(chip);
    }
    if (entry.docs.length > 1) sources.prepend(Object.assign(document.createElement('span'),
      { className: 'count', textContent: `${entry.docs.length} sources` }));
    li.append(time, title, sources);
    return li;
  }

  select(key) {
    this.#items[this.#selected]?.removeAttribute('aria-current');
    this.#selected = this.#positions.get(key) ?? -1;
    const li = this.#items[this.#selected];
    // Not built yet (a long list still filling in): selected when its slice arrives.
    this.#pendingKey = li || this.#selected < 0 ? null : key;
    if (!li) return;
    li.setAttribute('aria-current', 'true');
    this.#setTabStop(li);
    li.scrollIntoView({ block: 'nearest' });
  }

  #setTabStop(li) {
    if (this.#tabStop) this.#tabStop.tabIndex = -1;
    li.tabIndex = 0;
    this.#tabStop = li;
  }

  #keys(event) {
    const li = event.target.closest('li[data-key]');
    if (!li) return;
    const at = this.#items.indexOf(li);
    const moves = { ArrowDown: at + 1, ArrowUp: at - 1, Home: 0, End: this.#items.length - 1 };
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      this.onSelect(Number(li.dataset.key));
      return;
    }
    if (!(event.key in moves)) return;
    event.preventDefault();
    const next = this.#items[Math.max(0, Math.min(this.#items.length - 1, moves[event.key]))];
    this.#setTabStop(next);
    next.focus();
    this.onSelect(Number(next.dataset.key));
  }
}
