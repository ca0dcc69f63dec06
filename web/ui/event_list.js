// The accessible mirror of the canvas: an <ol> of the timeline's entries in order, each with a
// <time datetime>, the title in its own language and direction, and its sources. One item is
// in the tab order at a time (roving tabindex); arrows move, Enter or a click selects. It is
// also what prints.
import { machineWhen, readableWhen } from './dates.js';

const RTL = new Set(['ar', 'fa', 'he', 'ur']);
const SLICE = 500;  // items built per task

export class EventList {
  #items = [];
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
  }

  // `entries`: [{key, when, title, lang, docs: [{index, name}]}] in timeline order. A long list
  // is built in slices between frames, so that tens of thousands of events never block the page.
  render(entries) {
    const run = ++this.#run;
    this.#items = [];
    this.ol.replaceChildren();
    this.#selected = -1;
    const slice = (from) => {
      if (run !== this.#run) return;  // a newer result replaced this one
      const items = entries.slice(from, from + SLICE).map((entry, i) => this.#item(entry, from + i));
      this.#items.push(...items);
      this.ol.append(...items);
      if (this.#pendingKey !== null) this.select(this.#pendingKey);
      if (from + SLICE < entries.length) setTimeout(() => slice(from + SLICE), 0);
    };
    slice(0);
  }

  #item(entry, position) {
    const li = document.createElement('li');
    li.dataset.key = entry.key;
    li.tabIndex = position === 0 ? 0 : -1;
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
    const previous = this.#items[this.#selected];
    previous?.removeAttribute('aria-current');
    this.#selected = this.#items.findIndex((li) => Number(li.dataset.key) === key);
    const li = this.#items[this.#selected];
    // Not built yet (a long list still filling in): selected when its slice arrives.
    this.#pendingKey = li || key < 0 ? null : key;
    if (!li) return;
    li.setAttribute('aria-current', 'true');
    for (const item of this.#items) if (item.tabIndex === 0 && item !== li) item.tabIndex = -1;
    li.tabIndex = 0;
    li.scrollIntoView({ block: 'nearest' });
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
    li.tabIndex = -1;
    next.tabIndex = 0;
    next.focus();
    this.onSelect(Number(next.dataset.key));
  }
}
