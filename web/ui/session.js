// Issue 6 on top of the page: the edit log and its undo/redo (edits.js, history.js, editor.js),
// export and import (export.js), share links (share.js), autosave (storage.js), presentation
// mode (present.js) and the interface language and Hijri axis (i18n.js). The page (app.js)
// hands every extraction result to present() and every selection to onSelect(); this keeps
// the result as extracted and shows it with the edits applied.
import { EventEditor } from './editor.js';
import { applyEdits, checkEdits, entrySignature } from './edits.js';
import { canvasPng, download, FORMAT, parseSession, sessionJson, timelineCsv, timelineJs, VERSION } from './export.js';
import { History } from './history.js';
import { setInterfaceLanguage } from './i18n.js';
import { guardPaste } from './paste_guard.js';
import { Presenter } from './present.js';
import { isShareFragment, MAX_LINK, readShareFragment, shareLink } from './share.js';
import { Autosave } from './storage.js';

const $ = (id) => document.getElementById(id);
const dayOf = (iso) => Date.parse(`${iso}T00:00:00Z`) / 864e5;
const nextFrame = () => new Promise((resolve) => requestAnimationFrame(() => resolve()));

export class Session {
  raw = null;      // the last extraction result, as the core gave it (the page shows it edited)
  ui = { lang: 'en', hijri: false };
  #focus = null;   // the signature to select once an edit is shown
  #pending = null; // {view, resolve}: a restored session waiting for its extraction
  #notices = new Map();

  // app: {articles, canvas, extractor, present(result), select(key, origin), shown(), selected()}
  constructor(app) {
    this.app = app;
    this.history = new History(() => this.#reapply());
    this.editor = new EventEditor({
      form: $('event-editor'), title: $('edit-title'), date: $('edit-date'), save: $('edit-save'),
      remove: $('edit-delete'), merge: $('edit-merge'), split: $('edit-split'), close: $('edit-close'),
      note: $('edit-note'), add: $('add-event'),
    }, app.extractor, (op) => this.edit(op), (entry) => this.#dateContext(entry));
    this.autosave = new Autosave(() => this.snapshot(), (message) => this.notice('storage', message));
    this.presenter = new Presenter({
      root: $('presentation'), counter: $('present-counter'), date: $('present-date'), title: $('present-title'),
      sentence: $('present-sentence'), source: $('present-source'),
    }, (entry) => this.#presentEntry(entry));
    this.#wire();
  }

  // ---- results and edits
  present(result) {
    this.raw = result;
    this.#show();
  }

  edit(op) {
    this.#focus = op.op === 'add' ? op.id : op.op === 'delete' ? null : op.target;
    this.history.push(op);
  }

  #reapply() {
    $('undo').disabled = !this.history.canUndo;
    $('redo').disabled = !this.history.canRedo;
    if (this.raw) this.#show();
  }

  #show() {
    const { result, stale } = applyEdits(this.raw, this.history.edits);
    this.app.present(result);
    this.notice('edits', stale ? `${stale} of your edits no longer apply: the text they were made on has changed.` : null);
    if (this.#focus !== null) this.#selectSignature(this.#focus);
    this.#focus = null;
    if (this.#pending) this.#restoreView();
    this.changed();
  }

  #keyOf(signature) {
    const entries = this.app.shown()?.view.entries || [];
    return entries.find((e) => entrySignature(this.#shown(), e.entry) === signature)?.key ?? -1;
  }

  // What the page shows: the edited result (or one given to window.tarikh.show).
  #shown() { return this.app.shown()?.result || { documents: [], timeline: [] }; }

  #selectSignature(signature) { this.app.select(this.#keyOf(signature), 'page'); }

  onSelect(key) {
    const entry = this.app.shown()?.view.entries[key] || null;
    this.editor.open(entry, entry && entrySignature(this.#shown(), entry.entry));
  }

  #dateContext(entry) {
    const doc = entry && entry.docIndex >= 0 ? this.#shown().documents[entry.docIndex] : null;
    const article = this.app.articles.current;
    return { dct: doc?.dct || article.dct || article.dctDetected || null, lang: doc?.lang || null };
  }

  // ---- the session as data: export, share, autosave
  snapshot() {
    const { articles, canvas } = this.app;
    const view = canvas.state()?.view;
    const entry = this.app.shown()?.view.entries[this.app.selected()];
    return {
      format: FORMAT, version: VERSION,
      articles: articles.list.map(({ id, name, text, dct, lang }) => ({ id, name, text, dct, lang })),
      edits: this.history.edits,
      view: { lo: view?.lo ?? null, hi: view?.hi ?? null, lanes: canvas.state()?.laneMode ?? 'article',
        selected: entry ? entrySignature(this.#shown(), entry.entry) : null, active: articles.active },
      ui: this.ui,
    };
  }

  // Resolves once the restored articles are extracted and shown with their edits and view.
  restore(session) {
    this.raw = null;  // the old result must not be shown with the new edits
    this.setUi(session.ui || this.ui);
    this.history.reset(session.edits);
    const done = new Promise((resolve) => { this.#pending = { view: session.view, resolve }; });
    this.app.articles.replace(session.articles.map(({ id, name, text, dct, lang }) => ({ id, name: name || '', text, dct: dct || '', lang: lang || 'auto' })));
    if (session.view?.active) this.app.articles.show(session.view.active);
    return done;
  }

  async #restoreView() {
    const { view, resolve } = this.#pending;
    this.#pending = null;
    const { canvas } = this.app;
    if (view?.lanes) {
      const radio = document.querySelector(`input[name="lanes"][value="${view.lanes === 'actor' ? 'actor' : 'article'}"]`);
      radio.checked = true;
      canvas.setLanes(radio.value);
    }
    // The canvas fits a new model on its next frame: the saved view goes after it.
    await nextFrame();
    await nextFrame();
    if (Number.isFinite(view?.lo) && Number.isFinite(view?.hi)) canvas.showDays(view.lo, view.hi, false);
    if (view?.selected) this.#selectSignature(view.selected);
    resolve();
  }

  exportJSON() { return sessionJson(this.snapshot(), this.#shown()); }

  // Rejects (and changes nothing) when the text is not a Tarikh export.
  importJSON(text) {
    let session;
    try {
      session = parseSession(text, checkEdits);
    } catch (error) {
      this.notice('import', error.message);
      return Promise.reject(error);
    }
    this.notice('import', null);
    return this.restore(session);
  }

  async shareURL() { return (await shareLink(this.snapshot())).url; }

  // A share link in the address bar: its session replaces the page's. A damaged one says so
  // and leaves the page as it was.
  async openShareLink(hash = location.hash) {
    if (!isShareFragment(hash)) return false;
    history.replaceState(null, '', location.pathname + location.search);  // autosave takes over from here
    try {
      const session = parseSession(await readShareFragment(hash), checkEdits);
      await this.restore(session);
      this.notice('link', null);
      return true;
    } catch (error) {
      this.notice('link', error.message.startsWith('This share link') ? error.message : `This share link does not hold a timeline: ${error.message}`);
      return false;
    }
  }

  // At start-up: a share link in the address bar, else the autosaved session, else nothing.
  async start() {
    if (await this.openShareLink()) return;
    const saved = this.autosave.load();
    if (!saved) return;
    try {
      await this.restore(parseSession(saved, checkEdits));
    } catch (error) {
      this.notice('storage', `The work saved in this browser could not be restored: ${error.message}`);
    }
  }

  changed() { this.autosave.schedule(); }

  // ---- the interface language and the Hijri axis
  setUi({ lang = this.ui.lang, hijri = this.ui.hijri }) {
    this.ui = { lang: lang === 'ar' ? 'ar' : 'en', hijri: !!hijri };
    setInterfaceLanguage(this.ui.lang);
    $('ui-language').textContent = this.ui.lang === 'ar' ? 'English' : 'العربية';
    $('ui-language').lang = this.ui.lang === 'ar' ? 'en' : 'ar';
    $('ui-language').setAttribute('aria-pressed', String(this.ui.lang === 'ar'));
    $('hijri-axis').checked = this.ui.hijri;
    this.app.canvas.ready.then(() => this.app.canvas.setAxis(this.ui.lang === 'ar', this.ui.hijri));
    this.changed();
  }

  // ---- notices: one line per source (storage, import, link, edits), the newest shown
  notice(source, message) {
    if (message) this.#notices.set(source, message);
    else this.#notices.delete(source);
    const [from, latest] = [...this.#notices].at(-1) || [];
    $('notice-text').textContent = latest || '';
    $('notice').hidden = !latest;
    $('notice-action').hidden = from !== 'share';  // too long a link: offer the file
  }

  #presentEntry(entry) {
    const { canvas } = this.app;
    this.app.select(entry.key, 'canvas');  // the list and the source pane follow
    canvas.select(entry.key, false);
    const [start, end] = [dayOf(entry.when.start), dayOf(entry.when.end || entry.when.start) + 1];
    const context = Math.max((end - start) * 3, 45);  // some weeks around it, to see its neighbours
    canvas.showDays(start - context, end + context, true);
  }

  #wire() {
    const { canvas } = this.app;
    const docName = (i) => this.app.shown()?.view.docs[i]?.name || `Document ${i + 1}`;
    const title = () => (this.app.shown()?.view.docs.map((d) => d.name).join(' · ') || 'Timeline').slice(0, 200);
    const closeMenu = () => { $('export-menu').open = false; };
    guardPaste(this.app.articles.els.text, (message) => this.notice('paste', message));
    $('undo').addEventListener('click', () => this.history.undo());
    $('redo').addEventListener('click', () => this.history.redo());
    $('export-json').addEventListener('click', () => { download('tarikh-timeline.json', this.exportJSON(), 'application/json'); closeMenu(); });
    $('export-csv').addEventListener('click', () => {
      download('tarikh-timeline.csv', timelineCsv(this.#shown(), docName), 'text/csv;charset=utf-8');
      closeMenu();
    });
    $('export-timelinejs').addEventListener('click', () => {
      download('tarikh-timelinejs.json', timelineJs(this.#shown(), title(), docName), 'application/json');
      closeMenu();
    });
    $('export-png').addEventListener('click', async () => {
      closeMenu();
      download('tarikh-timeline.png', await canvasPng(canvas.canvas, () => canvas.redraw()));
    });
    $('print-view').addEventListener('click', () => { closeMenu(); print(); });
    $('import-json').addEventListener('click', () => $('import-file').click());
    $('import-file').addEventListener('change', async () => {
      const [file] = $('import-file').files;
      $('import-file').value = '';
      closeMenu();
      if (file) this.importJSON(await file.text()).catch(() => {});
    });
    $('share-link').addEventListener('click', async () => {
      const link = await shareLink(this.snapshot());
      $('share-box').hidden = link.tooLong;
      if (link.tooLong) {
        this.notice('share', `A link for these articles would be ${link.length.toLocaleString('en')} characters, more than the ${MAX_LINK.toLocaleString('en')} a link can safely carry. Share the JSON file instead.`);
        return;
      }
      this.notice('share', null);
      $('share-url').value = link.url;
      $('share-url').select();
    });
    $('share-copy').addEventListener('click', () => navigator.clipboard?.writeText($('share-url').value).catch(() => {}));
    $('notice-action').addEventListener('click', () => download('tarikh-timeline.json', this.exportJSON(), 'application/json'));
    $('notice-close').addEventListener('click', () => { this.#notices.clear(); this.notice('', null); });
    $('present').addEventListener('click', () => {
      const shown = this.app.shown();
      if (!this.presenter.start(shown?.view.entries || [], this.app.selected())) this.notice('present', 'Nothing to present yet: no dated events.');
    });
    $('ui-language').addEventListener('click', () => this.setUi({ lang: this.ui.lang === 'ar' ? 'en' : 'ar' }));
    $('hijri-axis').addEventListener('change', () => this.setUi({ hijri: $('hijri-axis').checked }));
    document.addEventListener('keydown', (event) => {
      if (!(event.ctrlKey || event.metaKey) || event.target.closest('input, textarea, select')) return;
      const key = event.key.toLowerCase();
      if (key === 'z' && !event.shiftKey) this.history.undo();
      else if (key === 'y' || (key === 'z' && event.shiftKey)) this.history.redo();
      else return;
      event.preventDefault();
    });
    // Zoom and pan change the view without telling anyone: save after them, and on leaving.
    for (const type of ['pointerup', 'wheel', 'keyup']) canvas.canvas.addEventListener(type, () => this.changed(), { passive: true });
    addEventListener('pagehide', () => this.autosave.saveNow());
    addEventListener('hashchange', () => this.openShareLink());
  }
}
