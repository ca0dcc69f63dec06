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

export function canvasModel({ docs, entries }) {
  return {
    docs: docs.map((d) => ({ name: d.name, dct: d.dct })),
    entries: entries.map((e) => ({
      key: e.key, title: e.title, value: e.when.value, start: e.when.start, end: e.when.end,
      granularity: e.when.granularity, mod: e.when.mod, approximate: e.when.approximate,
      written: e.written, docs: e.docs.map((d) => d.index), actor: e.actor,
    })),
  };
}
