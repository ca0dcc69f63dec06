// The page's window.tarikh.extract (the wasm core, in the worker) and the native CLI
// (build/native/tarikh extract) give the same JSON for the same input, byte for byte once
// both are parsed and serialised again: one article, and several merged into one timeline.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { openApp, repoRoot, sharedDir } from './harness.mjs';

const CLI = process.env.TARIKH_CLI || path.join(repoRoot, 'build/native/tarikh');
const SEED_DIR = path.join(sharedDir, 'corpus/seed');
const SAMPLES_DIR = path.join(repoRoot, 'assets/samples');
let app;

before(async () => {
  assert.ok(existsSync(CLI), `no native CLI at ${CLI}: build the native target first`);
  app = await openApp();
});
after(async () => app?.close());

// Runs the CLI in `dir` on `files` (ids are the file names as given) and the page on the same
// documents; returns both re-serialised.
async function both(dir, files, dct) {
  const native = execFileSync(CLI, ['extract', '--dct', dct, ...files], { cwd: dir, maxBuffer: 1 << 28 }).toString();
  const docs = await Promise.all(files.map(async (f) => ({ id: f, text: await readFile(path.join(dir, f), 'utf8'), dct })));
  const web = await app.page.evaluate((d) => window.tarikh.extract(d), docs);
  return { native: JSON.parse(native), web };
}

test('one article: the page gives the CLI\'s document object', async () => {
  const { native, web } = await both(SEED_DIR, ['000_07468601ac65605b.txt'], '2024-03-14');
  assert.equal(web.documents.length, 1);
  assert.equal(JSON.stringify(web.documents[0]), JSON.stringify(native));
});

test('several articles: the same merged timeline', async () => {
  const files = ['en-ottawa-minister.txt', 'fr-lyon-canicule.txt', 'ar-cairo-metro.txt'];
  const { native, web } = await both(SAMPLES_DIR, files, '2023-11-18');
  assert.equal(JSON.stringify(web), JSON.stringify(native));
});

test('no console errors', () => assert.deepEqual(app.consoleErrors, []));
