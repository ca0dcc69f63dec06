// The page's side of web/worker.js: extract(docs) resolves to the contract's result, computed
// in the worker. One extraction runs at a time; cancel() stops a long one by replacing the
// worker (a WebAssembly call cannot be interrupted any other way).
export class Extractor {
  #worker = null;
  #pending = new Map();  // id → {resolve, reject}
  #nextId = 1;
  #since = 0;  // when the oldest running extraction started

  #spawn() {
    const worker = new Worker('worker.js');
    this.#worker = worker;
    // A replaced (terminated) worker may still report: only the current one counts.
    worker.onmessage = ({ data }) => {
      if (worker !== this.#worker) return;
      const job = this.#pending.get(data.id);
      this.#pending.delete(data.id);
      if (!job) return;
      if (data.error) job.reject(new Error(data.error));
      else job.resolve(data.json);
      if (!this.#pending.size) this.#since = 0;
    };
    worker.onerror = (event) => {
      event.preventDefault();
      if (worker !== this.#worker) return;
      this.#failAll(new Error(`extraction worker failed: ${event.message}`));
    };
  }

  #failAll(error) {
    this.#since = 0;
    for (const job of this.#pending.values()) job.reject(error);
    this.#pending.clear();
  }

  get busy() { return this.#pending.size > 0; }
  // How long the worker has been busy, in ms (0: idle).
  get busyFor() { return this.#since ? performance.now() - this.#since : 0; }

  // Resolves to the result as JSON text (the caller parses it, or not).
  extractJson(docs) {
    if (!this.#worker) this.#spawn();
    const id = this.#nextId++;
    if (!this.#since) this.#since = performance.now();
    return new Promise((resolve, reject) => {
      this.#pending.set(id, { resolve, reject });
      this.#worker.postMessage({ id, docs });
    });
  }

  async extract(docs) {
    const result = JSON.parse(await this.extractJson(docs));
    if (result.error) throw new Error(result.error);
    return result;
  }

  cancel() {
    if (!this.busy) return;
    this.#worker.terminate();
    this.#worker = null;
    this.#since = 0;
    const error = new Error('cancelled');
    error.name = 'AbortError';
    this.#failAll(error);
  }
}
