// The extraction worker: a second instance of the same WebAssembly module (tarikh.js /
// tarikh.wasm, cached by the browser) whose main() never runs: it only extracts, off the page's
// thread, so that a long article never freezes the page.
// In:  {id, docs}            docs: the contract's input documents
// Out: {id, json} | {id, error}   json: the contract's several-documents result, as text
'use strict';

let ready;
const loaded = new Promise((resolve) => { ready = resolve; });

self.Module = {
  noInitialRun: true,  // main() sets up the canvas, which a worker has not got
  onRuntimeInitialized: () => ready(),
  print: (text) => console.log(text),
  printErr: (text) => console.warn(text),
};
importScripts('tarikh.js');

function callString(fn, input) {
  const M = self.Module;
  const size = M.lengthBytesUTF8(input) + 1;
  const ptr = M._malloc(size);  // heap, not stack: articles can be long
  try {
    M.stringToUTF8(input, ptr, size);
    return M.UTF8ToString(fn(ptr));
  } finally {
    M._free(ptr);
  }
}

self.onmessage = async ({ data: { id, docs } }) => {
  await loaded;
  try {
    self.postMessage({ id, json: callString(self.Module._tarikh_extract, JSON.stringify(docs)) });
  } catch (error) {
    // Out of memory or a trap in the core: report it, the page stays usable.
    self.postMessage({ id, error: `extraction failed: ${error.message || error}` });
  }
};
