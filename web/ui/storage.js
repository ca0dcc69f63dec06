// Autosave: the session (articles, edits, view, interface settings) in localStorage after every
// change, a short moment later so that typing saves once per pause. Storage that is full or
// refused (private mode, a 50 MB article) raises a notice; work goes on unsaved.
const KEY = 'tarikh-session';
const DELAY = 400;  // ms after the last change
// localStorage holds about 5 M UTF-16 characters per origin in Chromium: a bigger session
// would only throw after a long stringify, so it is refused at once.
export const MAX_CHARS = 4_500_000;

export class Autosave {
  #timer = 0;
  lastMs = 0;      // how long the last save took
  lastChars = 0;   // and how big it was

  constructor(snapshot, onProblem) {
    this.snapshot = snapshot;
    this.onProblem = onProblem;  // (message or null when saving works again)
  }

  // The saved session as text (checked like an import by the caller), or null.
  load() {
    try {
      return localStorage.getItem(KEY);
    } catch {
      return null;  // refused: start afresh
    }
  }

  schedule() {
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => this.saveNow(), DELAY);
  }

  saveNow() {
    clearTimeout(this.#timer);
    const started = performance.now();
    const session = this.snapshot();
    const chars = session.articles.reduce((n, a) => n + a.text.length, 0);
    if (chars > MAX_CHARS) {
      this.onProblem(`Not saved in this browser: ${(chars / 1e6).toFixed(1)} M characters is more than its storage holds. Export the JSON to keep this work.`);
      return false;
    }
    try {
      const text = JSON.stringify(session);
      localStorage.setItem(KEY, text);
      this.lastChars = text.length;
      this.lastMs = performance.now() - started;
      this.onProblem(null);
      return true;
    } catch (error) {
      const full = error?.name === 'QuotaExceededError';
      this.onProblem(full ? 'Not saved: this browser\'s storage is full. Export the JSON to keep this work.'
        : 'Not saved: this browser does not allow storage here (private mode?). Export the JSON to keep this work.');
      return false;
    }
  }
}
