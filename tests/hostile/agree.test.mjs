// The native CLI and the wasm core agree (issue 7): the same input documents give byte-identical
// JSON from `build/native/tarikh extract --jsonl` and from the core built for Node (bench/node),
// over the TimeBank, AQUAINT, Duckling and gold corpora, the language corpora and a few hostile
// texts; and the merged form (several files on the command line) matches the wasm extract(docs).
// Run by tools/test.sh after both builds: node --test tests/hostile/*.test.mjs
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { repoRoot, te3, duckling, gold, langCorpus } from './corpora.mjs';
import { loadWasmCore } from './wasm_node.mjs';

const cli = process.env.TARIKH_CLI || path.join(repoRoot, 'build/native/tarikh');
const core = loadWasmCore();

function native(args, input) {
  const r = spawnSync(cli, args, { input, maxBuffer: 1 << 30, encoding: 'utf8' });
  assert.equal(r.status, 0, `tarikh ${args.join(' ')}: exit ${r.status}: ${r.stderr}`);
  return r.stdout;
}

function agree(name, docs) {
  const lines = docs.map((d) => JSON.stringify(d));
  const out = native(['extract', '--jsonl'], lines.join('\n') + '\n').split('\n');
  assert.equal(out.pop(), '');
  assert.equal(out.length, lines.length, `${name}: one output line per document`);
  let differ = 0, first = null;
  lines.forEach((line, i) => {
    const wasm = core.extractOneLine(line);
    if (wasm !== out[i]) {
      differ += 1;
      first ??= { id: docs[i].id, native: out[i].slice(0, 400), wasm: wasm.slice(0, 400) };
    }
  });
  assert.equal(differ, 0, `${name}: ${differ} of ${lines.length} documents differ; first: ${JSON.stringify(first, null, 1)}`);
}

test('TimeBank: native and wasm give the same JSON', () => agree('timebank', te3('timebank')));
test('AQUAINT: native and wasm give the same JSON', () => agree('aquaint', te3('aquaint')));
for (const lang of ['ar', 'en', 'fr', 'es', 'de']) {
  test(`Duckling ${lang}: native and wasm give the same JSON`, () => agree(`duckling ${lang}`, duckling(lang)));
}
test('gold articles: native and wasm give the same JSON', () => agree('gold', gold()));
test('language corpora: native and wasm give the same JSON', () =>
  agree('lang corpora', ['ar', 'en', 'fr'].flatMap(langCorpus)));

test('hostile texts: native and wasm give the same JSON', () => {
  const texts = [
    '\uFFFD\u0000 On 10 January 2024\u0000 talks began',
    '\u202e10 January 2024\u202c \u200f10 يناير 2024\u200f \u2067في 5 مايو 2023\u2069',
    '📅 10 January 2024 🎉 👨‍👩‍👧 on 12 January 2024, 🇸🇦 في 5 مايو 2023 👍🏽 10\u0301 January',
    'In 99999999 BC, on March 45, 2024, وقع ذلك يوم 45 مارس, 9999999999999999999 days',
    'يناير '.repeat(500), 'the day before '.repeat(200) + 'yesterday', 'a\n'.repeat(20000),
  ];
  agree('hostile', texts.map((text, i) => ({ id: `h${i}`, text, dct: i % 2 ? '2024-03-14' : null })));
  // Invalid JSON lines get the same error line.
  for (const line of ['{"id": 5, "text": 7}', 'not json', '[]', '{"text": "x", "dct": 3}']) {
    assert.equal(core.extractOneLine(line), JSON.parse(JSON.stringify(
      spawnSync(cli, ['extract', '--jsonl'], { input: line + '\n', encoding: 'utf8' }).stdout.trimEnd())));
  }
});

test('several documents merged: the CLI and the wasm extract(docs) give the same timeline', () => {
  // The CLI takes one --dct for all its files: Duckling's examples share one reference time.
  const docs = [...duckling('en').slice(0, 120), ...duckling('ar').slice(0, 60), ...duckling('fr').slice(0, 60)]
    .filter((d) => d.text.trim());
  const dir = mkdtempSync(path.join(tmpdir(), 'tarikh-agree-'));
  try {
    const files = docs.map((d, i) => {
      const file = path.join(dir, `${String(i).padStart(4, '0')}.txt`);
      writeFileSync(file, d.text);
      return file;
    });
    const nativeOut = native(['extract', '--dct', docs[0].dct, ...files], '').trimEnd();
    const wasmOut = core.extract(docs.map((d, i) => ({ id: files[i], text: d.text, dct: docs[0].dct, lang: null })));
    assert.ok(JSON.parse(nativeOut).timeline.length > 50);
    if (wasmOut !== nativeOut) {
      let at = 0;
      while (at < wasmOut.length && wasmOut[at] === nativeOut[at]) at += 1;
      assert.fail(`the merged JSON differs at character ${at}:\n native ...${nativeOut.slice(at - 300, at + 200)}\n wasm   ...${wasmOut.slice(at - 300, at + 200)}`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
