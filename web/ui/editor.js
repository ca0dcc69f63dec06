// The event editor under the event list: the selected entry's title and date (typed in any
// language, read by the core: date_input.js), delete, merge with another entry, split a merged
// one, and adding an event by hand. It makes operations (edits.js) and hands them to
// onEdit(op); it never changes the timeline itself.
import { parseDate } from './date_input.js';
import { readableWhen } from './dates.js';

export class EventEditor {
  #entry = null;     // the view entry being edited; null when adding
  #target = null;    // its signature (edits.js)
  #merging = null;   // the signature waiting for a second entry to merge with

  // els: {form, title, date, save, remove, merge, split, close, note, add};
  // context(): {dct, lang} of the selected entry's article, to read relative dates.
  constructor(els, extractor, onEdit, context) {
    Object.assign(this, { els, extractor, onEdit, context });
    els.form.addEventListener('submit', (event) => { event.preventDefault(); this.save(); });
    els.remove.addEventListener('click', () => this.#emit({ op: 'delete', target: this.#target }));
    els.split.addEventListener('click', () => this.#emit({ op: 'split', target: this.#target }));
    els.merge.addEventListener('click', () => {
      this.#merging = this.#target;
      els.note.textContent = 'Now select the event to merge this one with (Escape: never mind).';
    });
    els.close.addEventListener('click', () => this.hide());
    els.add.addEventListener('click', () => this.add());
    els.form.addEventListener('keydown', (event) => {
      if (event.key === 'Escape') { this.#merging = null; this.hide(); }
    });
  }

  get merging() { return this.#merging; }

  // The page selected `entry` (a view entry, or null) whose signature is `target`.
  open(entry, target) {
    if (this.#merging && entry && target !== this.#merging) {
      const op = { op: 'merge', target: this.#merging, other: target };
      this.#merging = null;
      this.onEdit(op);
      return;
    }
    this.#merging = null;
    if (!entry) { this.hide(); return; }
    this.#fill(entry, target);
  }

  // An empty form for an event made by hand.
  add() {
    this.#merging = null;
    this.#fill(null, null);
    this.els.title.focus();
  }

  #fill(entry, target) {
    const { form, title, date, split, merge, remove, note } = this.els;
    this.#entry = entry;
    this.#target = target;
    form.hidden = false;
    title.value = entry?.title ?? '';
    date.value = entry ? readableWhen(entry.when) : '';
    date.dataset.initial = date.value;
    split.hidden = !entry || entry.entry.sources.length < 2;
    merge.hidden = remove.hidden = !entry;
    note.textContent = entry ? '' : 'A new event: its title and its date.';
  }

  hide() {
    this.els.form.hidden = true;
    this.#entry = null;
  }

  async save() {
    const { title, date, note, save } = this.els;
    const changedDate = date.value.trim() && date.value !== date.dataset.initial;
    if (!this.#entry && (!title.value.trim() || !date.value.trim())) {
      note.textContent = 'A new event needs a title and a date.';
      return;
    }
    let when;
    if (changedDate) {
      save.disabled = true;
      note.textContent = 'Reading the date…';
      try {
        when = await parseDate(this.extractor, date.value.trim(), this.context(this.#entry));
      } catch (error) {
        note.textContent = error.message;  // nothing changes
        return;
      } finally {
        save.disabled = false;
      }
    }
    if (!this.#entry) {
      this.#emit({ op: 'add', id: `m${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`, title: title.value.trim(), when });
      return;
    }
    const op = { op: 'edit', target: this.#target };
    if (title.value.trim() && title.value !== this.#entry.title) op.title = title.value.trim();
    if (when) op.when = when;
    if (op.title !== undefined || op.when) this.#emit(op);
    else note.textContent = 'Nothing changed.';
  }

  #emit(op) {
    this.els.note.textContent = '';
    this.onEdit(op);
  }
}
