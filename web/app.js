// Glue between the page (shell.html) and the WebAssembly module (tarikh.js, built from
// web/*.cpp). Exposes window.tarikh:
//   tarikh.ready               a Promise, resolved when the module can be called
//   tarikh.extract(docs)       docs: one document {id, text, dct, lang} or an array of them;
//                              resolves to {documents, timeline} (shared/schema/output.md)
//   tarikh.show(result)        draws a result on the timeline canvas
// and wires the form: Extract runs the article through both and lists the events.
'use strict';

(() => {
  const FONT_URL = 'data/fonts/DejaVuSans.ttf';
  const FONT_PATH = '/fonts/DejaVuSans.ttf';  // where web/main.cpp loads it from
  const $ = (id) => document.getElementById(id);

  let runtimeReady;
  const ready = new Promise((resolve) => { runtimeReady = resolve; });

  // The module's settings, read by tarikh.js when it loads (after this script: both are
  // deferred, in document order).
  const Module = {
    canvas: $('canvas'),
    // The font goes into the module's file system before main() runs.
    preRun: [() => {
      Module.addRunDependency('font');
      fetch(FONT_URL)
        .then((response) => {
          if (!response.ok) throw new Error(`${FONT_URL}: HTTP ${response.status}`);
          return response.arrayBuffer();
        })
        .then((bytes) => {
          Module.FS.mkdirTree('/fonts');
          Module.FS.writeFile(FONT_PATH, new Uint8Array(bytes));
        })
        .catch((error) => console.error('tarikh: font not loaded:', error.message))
        .finally(() => Module.removeRunDependency('font'));
    }],
    // Emscripten calls this before main(); calling exported functions is safe from here on.
    onRuntimeInitialized: () => runtimeReady(),
    print: (text) => console.log(text),
    printErr: (text) => console.warn(text),
  };
  window.Module = Module;

  // Calls an exported C function that takes a string and returns a string (both UTF-8).
  function callString(fn, input) {
    const size = Module.lengthBytesUTF8(input) + 1;
    const ptr = Module._malloc(size);  // heap, not stack: articles can be long
    try {
      Module.stringToUTF8(input, ptr, size);
      return Module.UTF8ToString(fn(ptr));
    } finally {
      Module._free(ptr);
    }
  }

  async function extract(docs) {
    await ready;
    const list = Array.isArray(docs) ? docs : [docs];
    const result = JSON.parse(callString(Module._tarikh_extract, JSON.stringify(list)));
    if (result.error) throw new Error(result.error);
    return result;
  }

  async function show(result) {
    await ready;
    callString(Module._tarikh_show, JSON.stringify(result));
  }

  window.tarikh = { ready, extract, show };

  // The page.
  function listEvents(result) {
    const list = $('event-list');
    list.replaceChildren(...result.timeline.map((entry) => {
      const item = document.createElement('li');
      item.dir = 'auto';
      const when = document.createElement('time');
      when.textContent = entry.when.value;
      if (entry.when.start) when.dateTime = entry.when.start;
      item.append(when, entry.title);
      return item;
    }));
  }

  async function onSubmit(event) {
    event.preventDefault();
    const doc = { id: 'article', text: $('article-text').value, dct: $('article-dct').value || null };
    try {
      const result = await extract(doc);
      await show(result);
      listEvents(result);
      const n = result.timeline.length;
      $('status').textContent = n === 1 ? '1 dated event' : `${n} dated events`;
    } catch (error) {
      $('status').textContent = `Extraction failed: ${error.message}`;
      console.error('tarikh:', error);
    }
  }

  $('article-form').addEventListener('submit', onSubmit);
  ready.then(() => {
    $('status').textContent = 'Ready.';
    $('article-form').querySelector('button').disabled = false;
  });
})();
