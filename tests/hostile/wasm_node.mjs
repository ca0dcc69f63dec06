// Loads the core built for Node (bench/node: build/<wasm build>/bench/node/tarikh_node.js) and
// wraps its two calls: extractOne(doc) → the CLI's --jsonl output line, extract(docs) → the
// merged {"documents", "timeline"} JSON (as window.tarikh.extract in the browser). Both return
// the JSON text exactly as the core wrote it.
import { createRequire } from 'node:module';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { repoRoot } from './corpora.mjs';

export const wasmNodeJs = process.env.TARIKH_NODE_WASM || path.join(repoRoot, 'build/wasm/bench/node/tarikh_node.js');

export function loadWasmCore(file = wasmNodeJs) {
  if (!existsSync(file)) throw new Error(`${file} is missing: build the wasm build (tools/build.sh wasm)`);
  const module = createRequire(import.meta.url)(file)();
  const call = (fn, input) => {
    const size = module.lengthBytesUTF8(input) + 1;
    const ptr = module._malloc(size);
    module.stringToUTF8(input, ptr, size);
    try {
      return module.UTF8ToString(fn(ptr));
    } finally {
      module._free(ptr);
    }
  };
  return {
    module,
    extractOneLine: (line) => call(module._tarikh_node_extract_one, line),
    extractOne: (doc) => call(module._tarikh_node_extract_one, JSON.stringify(doc)),
    extract: (docs) => call(module._tarikh_node_extract, JSON.stringify(docs)),
    heapBytes: () => module.HEAP8.buffer.byteLength,
  };
}
