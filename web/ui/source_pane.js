// The article as written, every time expression highlighted; the selected event's sentence
// marked and scrolled into view. Clicking a time expression selects its event. Offsets are
// code points (the contract's), mapped to UTF-16 here. A very long article is shown as a window
// of text around the selection, so that a 50 MB paste never builds a 50 MB DOM.
import { utf16Index } from './text_offsets.js';

const WINDOW = 25_000;  // UTF-16 units shown around the selection in a long article

export class SourcePane {
  constructor(els, onPickTimex) {
    this.els = els;
    this.onPickTimex = onPickTimex;
    els.body.addEventListener('click', (event) => {
      const mark = event.target.closest('mark[data-timex]');
      if (mark) this.onPickTimex(this.doc, Number(mark.dataset.timex));
    });
  }

  // `doc`: the result's document (timexes, events); `article`: {text, name}; `event`: the
  // selected event of this document, or null.
  render(docIndex, doc, article, name, event) {
    this.doc = docIndex;
    const { body, title, note } = this.els;
    title.textContent = name;
    body.lang = doc?.lang || '';
    const text = article?.text || '';
    if (!text) {
      body.replaceChildren();
      note.textContent = 'Nothing to show yet.';
      return;
    }
    const at = utf16Index(text);
    // The sentence: the event's `sentence` found around its clause, else the clause itself.
    let sentence = null;
    if (event) {
      const [begin, end] = [at(event.begin), at(event.end)];
      const from = Math.max(0, begin - (event.sentence?.length || 0));
      const found = event.sentence ? text.indexOf(event.sentence, from) : -1;
      sentence = found >= 0 && found <= begin ? [found, found + event.sentence.length] : [begin, end];
    }
    // What to show: all of it, or a window around the selection.
    let [lo, hi] = [0, text.length];
    if (text.length > WINDOW * 2) {
      const middle = sentence ? sentence[0] : 0;
      lo = Math.max(0, middle - WINDOW);
      hi = Math.min(text.length, middle + WINDOW);
    }
    note.textContent = lo > 0 || hi < text.length
      ? `Long article: showing characters ${lo.toLocaleString('en')}–${hi.toLocaleString('en')} of ${text.length.toLocaleString('en')}.`
      : `${(doc?.timexes.length ?? 0)} time expressions highlighted.`;

    const timexes = (doc?.timexes || []).map((t, i) => [at(t.begin), at(t.end), i])
      .filter(([b, e]) => e > lo && b < hi);
    const nodes = [];
    let sentenceNode = null;
    const appendText = (from, to, parent) => {
      if (to <= from) return;
      let cursor = from;
      for (const [b, e, i] of timexes) {
        if (e <= cursor || b >= to) continue;
        const [mb, me] = [Math.max(b, cursor), Math.min(e, to)];
        if (mb > cursor) parent.push(text.slice(cursor, mb));
        const mark = document.createElement('mark');
        mark.className = 'timex';
        mark.dataset.timex = i;
        mark.title = doc.timexes[i].value;
        mark.textContent = text.slice(mb, me);
        parent.push(mark);
        cursor = me;
      }
      if (cursor < to) parent.push(text.slice(cursor, to));
    };
    if (sentence && sentence[1] > lo && sentence[0] < hi) {
      const [sb, se] = [Math.max(lo, sentence[0]), Math.min(hi, sentence[1])];
      appendText(lo, sb, nodes);
      sentenceNode = document.createElement('span');
      sentenceNode.className = 'sentence';
      const inner = [];
      appendText(sb, se, inner);
      sentenceNode.append(...inner);
      nodes.push(sentenceNode);
      appendText(se, hi, nodes);
    } else {
      appendText(lo, hi, nodes);
    }
    body.replaceChildren(...nodes);
    if (sentenceNode) {
      // Scroll the pane itself (not the page) so the sentence sits in view.
      const pane = body.closest('.scroll') || body;
      const top = sentenceNode.offsetTop - pane.clientHeight / 3;  // .scroll is positioned
      pane.scrollTo({ top: Math.max(0, top), behavior: 'smooth' });
    }
  }
}
