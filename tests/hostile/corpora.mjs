// The documents of the shared corpora and the project's test data as input documents
// ({id, text, dct, lang}), for the native/wasm agreement test and the benchmarks.
import { readFileSync, existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const sharedDir = path.resolve(repoRoot, '..', 'shared');

const jsonl = (file) => readFileSync(file, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l));

// TimeBank and AQUAINT (TempEval-3), English news with their publication dates.
export function te3(name) {
  return jsonl(path.join(sharedDir, 'corpus/te3', `${name}.jsonl`))
    .map((d) => ({ id: d.doc, text: d.text, dct: d.dct, lang: 'en' }));
}

// Duckling's examples (short phrases), reference time 2013-02-12T04:30:00.
export function duckling(lang) {
  return jsonl(path.join(sharedDir, 'corpus/duckling', `duckling_${lang}.jsonl`))
    .map((d, i) => ({ id: `${lang}-${i}`, text: d.text, dct: d.reftime.slice(0, 19), lang }));
}

// The gold articles: the seed article and the parts of tests/gold/articles.
export function gold() {
  const parts = path.join(repoRoot, 'tests/gold/articles');
  const files = [path.join(sharedDir, 'corpus/seed/seed.gold.json'),
    ...(existsSync(parts) ? readdirSync(parts).filter((f) => f.endsWith('.gold.json')).sort().map((f) => path.join(parts, f)) : [])];
  return files.filter(existsSync).flatMap((f) => JSON.parse(readFileSync(f, 'utf8')))
    .map((d) => ({ id: d.id, text: d.text, dct: d.dct ?? null, lang: d.lang ?? null }));
}

// The language corpora of core/lang/<code>/corpus.jsonl (sentences).
export function langCorpus(lang) {
  const file = path.join(repoRoot, 'core/lang', lang, 'corpus.jsonl');
  if (!existsSync(file)) return [];
  return jsonl(file).map((d, i) => ({ id: `${lang}-corpus-${i}`, text: d.text, dct: d.dct ?? null, lang }));
}
