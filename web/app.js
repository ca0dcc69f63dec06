// The page: wires the articles (HTML), the extraction worker, the timeline canvas (ImGui), the
// event list and the source pane, and keeps one selection across the three. Exposes
// window.tarikh for scripts and tests:
//   ready            a Promise, resolved when the canvas module runs
//   extract(docs)    one document {id, text, dct, lang} or an array → the several-documents
//                    result (shared/schema/output.md), computed in the worker
//   load(docs)       replaces the articles with docs ({text, dct, lang, name}) and resolves to
//                    the result once it is shown
//   show(result)     shows a given result (the articles are left alone)
//   state()          what the page shows: articles, selection, the canvas's view
import { Articles, articleName } from './ui/articles.js';
import { TimelineCanvas } from './ui/canvas.js';
import { EventList } from './ui/event_list.js';
import { Extractor } from './ui/extractor.js';
import { initSamples } from './ui/samples.js';
import { Session } from './ui/session.js';
import { SourcePane } from './ui/source_pane.js';
import { initTheme } from './ui/theme.js';
import { canvasModel, describe } from './ui/view_model.js';

const $ = (id) => document.getElementById(id);
const nextTask = () => new Promise((resolve) => setTimeout(resolve, 0));
const extractor = new Extractor();
const canvas = new TimelineCanvas($('canvas'));
let shown = null;      // {result, view: describe(result)}
let selected = -1;     // timeline key
let generation = 0;    // the newest extraction; older answers are dropped
let debounce = 0;
let loaded = null;     // resolves load()'s promise with the next shown result

// ---- status line, with progress for long extractions
const status = {
  since: 0, timer: 0,
  busy(label) {
    this.since = performance.now();
    clearInterval(this.timer);
    const tick = () => {
      const seconds = (performance.now() - this.since) / 1000;
      if (seconds < 0.25) return;
      $('progress').hidden = false;
      $('cancel').hidden = seconds < 1;
      $('status').textContent = seconds < 1 ? label : `${label} ${seconds.toFixed(0)} s`;
    };
    this.timer = setInterval(tick, 250);
  },
  done(text) {
    clearInterval(this.timer);
    $('progress').hidden = true;
    $('cancel').hidden = true;
    $('status').textContent = text;
  },
};

// ---- extraction
function sizeLabel(chars) {
  return chars > 1e6 ? `${(chars / 1e6).toFixed(1)} M characters` : `${Math.round(chars / 1e3)} k characters`;
}

async function run() {
  clearTimeout(debounce);
  const id = ++generation;
  const docs = articles.docs();
  // The newest text wins: a long stale run is stopped, a short one finishes and is ignored.
  if (extractor.busyFor > 500) extractor.cancel();
  if (!docs.length) {
    session.present({ documents: [], timeline: [] });
    status.done('Paste an article, drop a file or try a sample.');
    return;
  }
  const chars = docs.reduce((n, d) => n + d.text.length, 0);
  status.busy(chars > 2e5 ? `Extracting ${sizeLabel(chars)}…` : 'Extracting…');
  try {
    const result = await extractor.extract(docs);
    // Parsing a long result took this task; showing it takes the next, so that the input the
    // page got meanwhile (typing, a click) is handled in between.
    await nextTask();
    if (id !== generation) return;
    articles.applyDetected(result);
    session.present(result);  // with the user's edits
    const n = result.timeline.length;
    status.done(`${n === 1 ? '1 dated event' : `${n} dated events`}${docs.length > 1 ? ` from ${docs.length} articles` : ''}`);
  } catch (error) {
    if (id !== generation) return;
    status.done(error.name === 'AbortError' ? 'Extraction cancelled.' : `Extraction failed: ${error.message}`);
    if (error.name !== 'AbortError') console.error('tarikh:', error);
  }
}

function schedule(reason, detail) {
  if (reason === 'error') { status.done(detail); return; }
  clearTimeout(debounce);
  const chars = articles.current.text.length;
  // Typing waits for a pause (longer for long texts); other edits run at once.
  const delay = reason !== 'text' ? 0 : chars < 1e5 ? 350 : chars < 5e6 ? 1000 : 2000;
  debounce = setTimeout(run, delay);
}

// ---- showing a result and the selection
function present(result, nameOf = (i) => articleName(articles.articleOf(i) || {}, i)) {
  const previous = shown?.view.entries[selected];
  shown = { result, view: describe(result, nameOf) };
  canvas.show(canvasModel(shown.view));
  list.render(shown.view.entries);
  $('event-count').textContent = shown.view.entries.length ? `(${shown.view.entries.length})` : '';
  // Keep the selection when the same event is still there after a re-extraction.
  const again = previous && shown.view.entries.find((e) => e.title === previous.title && e.when.value === previous.when.value);
  select(again ? again.key : -1, 'page');
  if (loaded) { loaded(result); loaded = null; }
}

// origin: 'canvas', 'list', 'source' or 'page' (who asked: the others follow).
function select(key, origin) {
  selected = shown?.view.entries[key] ? key : -1;
  list.select(selected);
  if (origin !== 'canvas') canvas.select(selected, origin !== 'page');
  const entry = shown?.view.entries[selected];
  const docIndex = entry ? entry.docIndex : articles.list.filter((a) => a.text.trim()).indexOf(articles.current);
  const doc = shown?.result.documents[docIndex];
  const article = articles.articleOf(docIndex) || (entry ? null : articles.current);
  source.render(docIndex, doc, article, shown?.view.docs[docIndex]?.name || articleName(articles.current, articles.active), entry?.event || null);
  session.onSelect(selected);
}

const articles = new Articles({
  text: $('article-text'), dct: $('article-dct'), lang: $('article-lang'), add: $('add-article'),
  remove: $('remove-article'), tabs: $('article-tabs'), pane: $('articles'), open: $('open-files'),
  file: $('file-input'), dctNote: $('dct-note'), langNote: $('lang-note'),
}, (reason, detail) => {
  schedule(reason, detail);
  if (reason === 'error') session.notice('file', detail);  // stays until closed, unlike the status
  else session.changed();
  if (reason !== 'text' && shown) select(selected, 'page');  // the source pane follows the tab
});
const list = new EventList($('event-list'), (key) => select(key, 'list'));
const source = new SourcePane({ body: $('source-text'), title: $('source-title'), note: $('source-note') },
  (docIndex, timex) => {
    const entry = shown?.view.entries.find((e) => e.docIndex === docIndex && e.event?.timex === timex);
    if (entry) select(entry.key, 'source');
  });
canvas.onSelect = (key) => select(key, 'canvas');
// Issue 6: edits with undo/redo, export/import, share links, autosave, presentation, Arabic UI.
const session = new Session({
  articles, canvas, extractor, present: (result) => present(result), select,
  shown: () => shown, selected: () => selected,
});

$('extract-button').addEventListener('click', run);
$('cancel').addEventListener('click', () => extractor.cancel());
$('fit').addEventListener('click', () => canvas.fit());
$('zoom-in').addEventListener('click', () => canvas.zoom(1.6));
$('zoom-out').addEventListener('click', () => canvas.zoom(1 / 1.6));
for (const radio of document.querySelectorAll('input[name="lanes"]')) {
  radio.addEventListener('change', () => canvas.setLanes(radio.value));
}
initTheme($('theme-toggle'), (dark) => canvas.ready.then(() => canvas.setTheme(dark)));
initSamples($('samples'), (docs) => articles.replace(docs));

async function extract(docs) {
  return extractor.extract(Array.isArray(docs) ? docs : [docs]);
}

function load(docs) {
  const done = new Promise((resolve) => { loaded = resolve; });
  articles.replace((Array.isArray(docs) ? docs : [docs]).map((d) => ({
    name: d.name || '', text: d.text || '', dct: d.dct || '', lang: d.lang || 'auto',
  })));
  run();
  return done;
}

function state() {
  return {
    articles: articles.list.map((a) => ({ id: a.id, name: a.name, chars: a.text.length, dct: a.dct || a.dctDetected, lang: a.lang })),
    active: articles.active,
    events: shown?.view.entries.length ?? 0,
    selected,
    busy: extractor.busy,
    canvas: canvas.state(),
  };
}

window.tarikh = {
  ready: canvas.ready, extract, load, state,
  show: (result) => present(result, (i) => `Document ${i + 1}`),
  select: (key) => select(key, 'api'),
  visualLabel: (text) => canvas.visualLabel(text),
  exportJSON: () => session.exportJSON(),
  importJSON: (text) => session.importJSON(text),
  shareURL: () => session.shareURL(),
};
canvas.ready.then(async () => {
  $('extract-button').disabled = false;
  await session.start();  // a share link, or the autosaved work
  if (!shown) status.done('Ready. Paste an article, drop a file or try a sample.');
});
