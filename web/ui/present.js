// Presentation mode, for a classroom: the page goes full screen, the canvas on top and one
// event at a time below it in large type, with the sentence it comes from. The arrow keys (or
// space, Page Up/Down, Home/End) step; the timeline glides to each event; Escape leaves.
import { readableWhen } from './dates.js';

const RTL = new Set(['ar', 'fa', 'he', 'ur']);

export class Presenter {
  #at = 0;
  #entries = [];

  // els: {root, counter, date, title, sentence, source}; show(entry): select it and move the
  // canvas to it.
  constructor(els, show) {
    this.els = els;
    this.show = show;
    this.onKey = this.onKey.bind(this);
    document.addEventListener('fullscreenchange', () => {
      if (!document.fullscreenElement && this.active) this.stop();
    });
  }

  get active() { return !this.els.root.hidden; }
  get position() { return this.active ? this.#at : -1; }

  // entries: the view's entries (view_model.js) in timeline order; from: the key to start at.
  start(entries, from = -1) {
    this.#entries = entries.filter((e) => e.when.start);
    if (!this.#entries.length) return false;
    this.els.root.hidden = false;
    document.body.classList.add('presenting');
    // Full screen needs a user gesture; a script-started presentation stays in the window.
    document.documentElement.requestFullscreen?.().catch(() => {});
    document.addEventListener('keydown', this.onKey, true);
    this.go(Math.max(0, this.#entries.findIndex((e) => e.key === from)));
    return true;
  }

  stop() {
    document.removeEventListener('keydown', this.onKey, true);
    document.body.classList.remove('presenting');
    this.els.root.hidden = true;
    if (document.fullscreenElement) document.exitFullscreen().catch(() => {});
  }

  go(index) {
    this.#at = Math.max(0, Math.min(this.#entries.length - 1, index));
    const entry = this.#entries[this.#at];
    const { counter, date, title, sentence, source } = this.els;
    counter.textContent = `${this.#at + 1} / ${this.#entries.length}`;
    date.textContent = readableWhen(entry.when);
    date.dateTime = entry.when.start;
    title.textContent = entry.title;
    title.lang = sentence.lang = entry.lang;
    title.dir = sentence.dir = RTL.has(entry.lang) ? 'rtl' : 'ltr';
    sentence.textContent = entry.event?.sentence || '';
    source.textContent = entry.docs.map((d) => d.name).join(' · ');
    this.show(entry);
  }

  onKey(event) {
    // The canvas runs left to right in both interface languages: right is later.
    const moves = { ArrowRight: 1, ArrowLeft: -1, ArrowDown: 1, ArrowUp: -1,
      PageDown: 1, PageUp: -1, ' ': 1, Home: -Infinity, End: Infinity };
    if (event.key === 'Escape') this.stop();
    else if (event.key in moves) this.go(this.#at + moves[event.key]);
    else return;
    event.preventDefault();
    event.stopPropagation();
  }
}
