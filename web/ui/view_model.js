// From the contract's result to what the page shows: the canvas's view model
// (web/timeline_model.hpp) and the event list's entries. Events are looked up through maps,
// so 10 000 entries cost milliseconds.
export function describe(result, nameOf) {
  const events = result.documents.map((doc) => new Map(doc.events.map((e) => [e.id, e])));
  const docs = result.documents.map((doc, i) => ({ index: i, name: nameOf(i), lang: doc.lang, dct: doc.dct }));
  const entries = result.timeline.map((entry, key) => {
    const [first] = entry.sources;
    const doc = first ? result.documents[first.doc] : null;
    const event = first ? events[first.doc].get(first.event) : null;
    const sourceDocs = [...new Set(entry.sources.map((s) => s.doc))];
    return {
      key, entry, event, docIndex: first ? first.doc : -1,
      title: entry.title, when: entry.when, lang: doc?.lang || 'und',
      written: event && event.timex >= 0 ? doc.timexes[event.timex]?.text || '' : '',
      actor: event?.actors?.[0] || '',
      docs: sourceDocs.map((d) => docs[d]),
    };
  });
  return { docs, entries };
}

// Tabs and line breaks separate the canvas model's fields and lines: inside a text, spaces.
const field = (text) => (text == null ? '' : String(text).replace(/[\t\n\r]/g, ' '));

// The canvas's view model, as the lines web/timeline_model.hpp reads: one per article, one per
// entry. Plain text, not JSON: the module reads 5 000 entries of it in milliseconds.
export function canvasModel({ docs, entries }) {
  const lines = docs.map((d) => `D\t${field(d.name)}\t${field(d.dct)}`);
  for (const e of entries) {
    const { value, start, end, granularity, mod, approximate } = e.when;
    lines.push(['E', e.key, field(e.title), field(value), field(start), field(end), field(granularity), field(mod),
      approximate ? 1 : 0, field(e.written), e.docs.map((d) => d.index).join(','), field(e.actor)].join('\t'));
  }
  return lines.join('\n');
}
