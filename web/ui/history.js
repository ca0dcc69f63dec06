// Undo and redo over the edit log (edits.js): every change is one operation; undo moves the
// last one to the redo stack, a new change clears it. onChange(edits) runs after each move.
export class History {
  #done = [];
  #undone = [];

  constructor(onChange) { this.onChange = onChange; }

  get edits() { return this.#done; }
  get canUndo() { return this.#done.length > 0; }
  get canRedo() { return this.#undone.length > 0; }

  push(op) {
    this.#done = [...this.#done, op];
    this.#undone = [];
    this.onChange(this.#done);
  }

  undo() {
    if (!this.canUndo) return;
    this.#undone = [...this.#undone, this.#done.at(-1)];
    this.#done = this.#done.slice(0, -1);
    this.onChange(this.#done);
  }

  redo() {
    if (!this.canRedo) return;
    this.#done = [...this.#done, this.#undone.at(-1)];
    this.#undone = this.#undone.slice(0, -1);
    this.onChange(this.#done);
  }

  // A restored session (import, share link, autosave): its log, nothing to redo.
  reset(edits = []) {
    this.#done = [...edits];
    this.#undone = [];
    this.onChange(this.#done);
  }
}
