// The articles being explored: one tab each, one shared editor (a real <textarea dir="auto">:
// native paste, IME, spell-check and RTL), a publication date (pre-filled by detection,
// editable) and a language per article. Files dropped on the pane become articles.
// onChange(reason) fires on every edit; the page decides when to extract.
import { ACCEPTED, readArticleFile } from './files.js';

let nextId = 1;

function makeArticle(fields = {}) {
  // A restored article keeps its id (edits name events by it): new ids come after it.
  if (/^a\d+$/.test(fields.id || '')) nextId = Math.max(nextId, Number(fields.id.slice(1)) + 1);
  return { id: `a${nextId++}`, name: '', text: '', dct: '', dctDetected: '', lang: 'auto', langDetected: '', ...fields };
}

// A tab's name: the given one, else the article's first line, shortened at a word.
export function articleName(article, index) {
  const source = article.name || article.text.trim().split('\n', 1)[0] || '';
  if (!source) return `Article ${index + 1}`;
  if (source.length <= 48) return source;
  const cut = source.slice(0, 48);
  return `${cut.slice(0, cut.lastIndexOf(' ') > 20 ? cut.lastIndexOf(' ') : 48)}…`;
}

export class Articles {
  list = [makeArticle()];
  active = 0;

  constructor(els, onChange) {
    this.els = els;
    this.onChange = onChange;
    const { text, dct, lang, add, remove, tabs, pane, open, file } = els;
    text.addEventListener('input', () => {
      this.current.text = text.value;
      this.#renderTabs();
      this.onChange('text');
    });
    dct.addEventListener('change', () => {
      this.current.dct = dct.value;  // empty: detect again
      this.#renderMeta();
      this.onChange('dct');
    });
    lang.addEventListener('change', () => {
      this.current.lang = lang.value;
      this.onChange('lang');
    });
    add.addEventListener('click', () => { this.add(); text.focus(); });
    remove.addEventListener('click', () => this.remove(this.active));
    tabs.addEventListener('keydown', (event) => this.#tabKeys(event));
    file.accept = ACCEPTED;
    open.addEventListener('click', () => file.click());
    file.addEventListener('change', () => { this.addFiles([...file.files]); file.value = ''; });
    pane.addEventListener('dragover', (event) => {
      if (![...event.dataTransfer.types].includes('Files')) return;
      event.preventDefault();
      pane.classList.add('dropping');
    });
    pane.addEventListener('dragleave', (event) => {
      if (!pane.contains(event.relatedTarget)) pane.classList.remove('dropping');
    });
    pane.addEventListener('drop', (event) => {
      pane.classList.remove('dropping');
      if (!event.dataTransfer.files.length) return;
      event.preventDefault();
      this.addFiles([...event.dataTransfer.files]);
    });
    this.render();
  }

  get current() { return this.list[this.active]; }

  // The contract's input documents, in tab order (empty articles are left out).
  docs() {
    return this.list.filter((a) => a.text.trim()).map((a) => ({
      id: a.id, text: a.text, dct: a.dct || null, lang: a.lang === 'auto' ? null : a.lang,
    }));
  }

  // Which article a result's document index refers to (docs() skips empty ones).
  articleOf(docIndex) { return this.list.filter((a) => a.text.trim())[docIndex]; }
  indexOf(article) { return this.list.indexOf(article); }

  add(fields) {
    // An untouched empty article is reused rather than left behind.
    const reuse = !this.current.text && !this.current.name;
    if (reuse) Object.assign(this.current, fields);
    else this.list.push(makeArticle(fields));
    this.active = reuse ? this.active : this.list.length - 1;
    this.render();
    if (fields) this.onChange('add');
  }

  remove(index) {
    this.list.splice(index, 1);
    if (!this.list.length) this.list.push(makeArticle());
    this.active = Math.min(this.active, this.list.length - 1);
    this.render();
    this.onChange('remove');
  }

  // Replaces every article (samples, window.tarikh.load).
  replace(articles) {
    this.list = articles.length ? articles.map((a) => makeArticle(a)) : [makeArticle()];
    this.active = 0;
    this.render();
    this.onChange('load');
  }

  async addFiles(files) {
    for (const file of files) {
      try {
        this.add(await readArticleFile(file, (warning) => this.onChange('error', warning)));
      } catch (error) {
        this.onChange('error', error.message);
      }
    }
  }

  show(index) {
    if (index === this.active || !this.list[index]) return;
    this.active = index;
    this.render();
  }

  // The detected publication date and language, shown where the user did not give them.
  applyDetected(result) {
    result.documents.forEach((doc, i) => {
      const article = this.articleOf(i);
      if (!article) return;
      article.dctDetected = doc.dct_source === 'detected' ? doc.dct : '';
      article.langDetected = doc.lang;
    });
    this.#renderMeta();
  }

  render() {
    this.#renderTabs();
    this.els.text.value = this.current.text;
    this.els.lang.value = this.current.lang;
    this.#renderMeta();
  }

  #renderMeta() {
    const a = this.current;
    const { dct, dctNote, langNote } = this.els;
    dct.value = a.dct || a.dctDetected;
    dct.classList.toggle('detected', !a.dct && !!a.dctDetected);
    dctNote.textContent = a.dct ? '' : a.dctDetected ? 'detected from the dateline' : 'not found: relative dates stay open';
    dctNote.hidden = !a.text.trim();
    langNote.textContent = a.lang === 'auto' && a.langDetected ? `detected: ${a.langDetected}` : '';
  }

  #renderTabs() {
    const { tabs, add } = this.els;
    const buttons = this.list.map((article, index) => {
      const tab = document.createElement('button');
      tab.type = 'button';
      tab.setAttribute('role', 'tab');
      tab.className = `tab article-${index % 8}`;
      tab.id = `tab-${article.id}`;
      tab.dir = 'auto';
      tab.textContent = articleName(article, index);
      tab.title = tab.textContent;
      tab.setAttribute('aria-selected', String(index === this.active));
      tab.setAttribute('aria-controls', 'article-panel');
      tab.tabIndex = index === this.active ? 0 : -1;
      tab.addEventListener('click', () => this.show(index));
      return tab;
    });
    tabs.replaceChildren(...buttons, add);
    this.els.remove.disabled = this.list.length === 1 && !this.current.text;
  }

  #tabKeys(event) {
    const moves = { ArrowRight: 1, ArrowLeft: -1, Home: -Infinity, End: Infinity };
    if (!(event.key in moves) || event.target === this.els.add) return;
    event.preventDefault();
    const rtl = getComputedStyle(this.els.tabs).direction === 'rtl';
    const step = moves[event.key] * (rtl ? -1 : 1);
    const next = Math.max(0, Math.min(this.list.length - 1, this.active + step));
    this.show(next);
    this.els.tabs.querySelector('[aria-selected="true"]').focus();
  }
}
