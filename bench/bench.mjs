// Tarikh's benchmarks (issue 7): run by bench/run.sh, which builds what they need first.
// Writes bench/results/results.json and bench/results/scaling.json; bench/report.py turns them
// into BENCHMARKS.md and bench/results/scaling.png. Every section reports "not measured: why"
// rather than stopping the others.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, rmSync, readdirSync, statSync, readFileSync, mkdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { tmpdir, cpus, totalmem } from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { repoRoot, te3 } from '../tests/hostile/corpora.mjs';
import { loadWasmCore } from '../tests/hostile/wasm_node.mjs';
import { syntheticMix } from './synthetic.mjs';

const require = createRequire(import.meta.url);
const chrono = require('chrono-node');
const out = path.join(repoRoot, 'bench/results');
mkdirSync(out, { recursive: true });
const cli = process.env.TARIKH_CLI || path.join(repoRoot, 'build/native/tarikh');
const results = { machine: {}, throughput: {}, scaling: [], memory: {}, page: {}, canvas: {} };
const now = () => Number(process.hrtime.bigint()) / 1e9;
const mb = (docs) => docs.reduce((n, d) => n + Buffer.byteLength(d.text), 0) / 1e6;
const best = (runs, f) => Math.min(...Array.from({ length: runs }, f));
const log = (...a) => console.error('[bench]', ...a);

results.machine = {
  cpu: cpus()[0].model, cores: cpus().length, memory_gb: Math.round(totalmem() / 2 ** 30),
  node: process.version, date: new Date().toISOString().slice(0, 10),
  os: readFileSync('/etc/debian_version', 'utf8').trim(),
  commit: spawnSync('git', ['-C', repoRoot, 'rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).stdout.trim(),
};

// ---- throughput
const corpora = { te3: [...te3('timebank'), ...te3('aquaint')], synthetic: syntheticMix(5e6) };
const tmp = mkdtempSync(path.join(tmpdir(), 'tarikh-bench-'));

// jobs 1: one thread, the figure the targets are about; 0: the CLI's default, one per core.
function nativeSeconds(docs, jobs = 1) {
  const file = path.join(tmp, 'docs.jsonl');
  writeFileSync(file, docs.map((d) => JSON.stringify(d)).join('\n') + '\n');
  const flag = jobs ? `--jobs ${jobs}` : '';
  return best(2, () => {
    const t = now();
    const r = spawnSync('sh', ['-c', `"${cli}" extract --jsonl ${flag} < "${file}" > /dev/null`]);
    if (r.status !== 0) throw new Error(`tarikh failed: ${r.stderr}`);
    return now() - t;
  });
}
const core = loadWasmCore();
function wasmSeconds(docs) {
  core.extractOne(docs[0]);  // warm up
  return best(2, () => {
    const t = now();
    for (const d of docs) core.extractOne(d);
    return now() - t;
  });
}
function chronoSeconds(docs) {
  const parser = (lang) => (lang === 'ar' ? chrono.ar : lang === 'fr' ? chrono.fr : chrono.en).casual;
  return best(2, () => {
    const t = now();
    for (const d of docs) parser(d.lang).parse(d.text, new Date(`${d.dct}T12:00:00Z`));
    return now() - t;
  });
}
for (const [name, docs] of Object.entries(corpora)) {
  const size = mb(docs);
  const row = { documents: docs.length, mb: +size.toFixed(2) };
  const tools = [['native', nativeSeconds], ['native_cores', (d) => nativeSeconds(d, 0)], ['wasm', wasmSeconds], ['chrono', chronoSeconds]];
  for (const [tool, f] of tools) {
    try {
      const s = f(docs);
      row[tool] = { seconds: +s.toFixed(3), mb_per_s: +(size / s).toFixed(2), docs_per_s: Math.round(docs.length / s) };
      log(name, tool, row[tool]);
    } catch (e) {
      row[tool] = { error: String(e.message || e) };
    }
  }
  if (row.chrono?.seconds) {
    row.ratio_native_chrono = row.native?.seconds ? +(row.chrono.seconds / row.native.seconds).toFixed(2) : null;
    row.ratio_wasm_chrono = row.wasm?.seconds ? +(row.chrono.seconds / row.wasm.seconds).toFixed(2) : null;
  }
  results.throughput[name] = row;
}

// ---- scaling: n articles at once, merged into one timeline
const pool = corpora.synthetic;
for (const n of [1, 10, 100, 1000]) {
  const docs = Array.from({ length: n }, (_, i) => pool[i % pool.length]);
  const row = { articles: n, mb: +mb(docs).toFixed(3) };
  const dir = path.join(tmp, `scale-${n}`);
  mkdirSync(dir);
  const files = docs.map((d, i) => { const f = path.join(dir, `${i}.txt`); writeFileSync(f, d.text); return f; });
  row.native_seconds = +best(2, () => {
    const t = now();
    const r = spawnSync(cli, ['extract', ...files], { maxBuffer: 1 << 30 });
    if (r.status !== 0) throw new Error(String(r.stderr));
    return now() - t;
  }).toFixed(4);
  row.wasm_seconds = +best(2, () => { const t = now(); core.extract(docs); return now() - t; }).toFixed(4);
  results.scaling.push(row);
  log('scaling', row);
}

// ---- memory: a fresh wasm instance, 1,000 articles at once
{
  const fresh = loadWasmCore();
  const before = fresh.heapBytes();
  const docs = Array.from({ length: 1000 }, (_, i) => pool[i % pool.length]);
  const json = fresh.extract(docs);
  results.memory = { articles: 1000, input_mb: +mb(docs).toFixed(2), output_mb: +(Buffer.byteLength(json) / 1e6).toFixed(2),
    heap_initial_mb: +(before / 2 ** 20).toFixed(1), heap_peak_mb: +(fresh.heapBytes() / 2 ** 20).toFixed(1) };
  log('memory', results.memory);
}

// ---- page: dist/ weight, time to first frame; canvas frame times; vis-timeline
const dist = path.join(repoRoot, 'dist');
function walk(dir) {
  return readdirSync(dir).flatMap((f) => { const p = path.join(dir, f); return statSync(p).isDirectory() ? walk(p) : [p]; });
}
try {
  const files = walk(dist);
  const raw = files.reduce((n, f) => n + statSync(f).size, 0);
  const gz = files.reduce((n, f) => n + gzipSync(readFileSync(f), { level: 9 }).length, 0);
  results.page = { files: files.length, raw_mb: +(raw / 1e6).toFixed(2), gzip_mb: +(gz / 1e6).toFixed(2) };
  log('page', results.page);
} catch (e) { results.page = { error: String(e.message) }; }

try {
  const { serveStatic, launchChromium } = await import('../tests/browser/harness.mjs');
  const server = await serveStatic(dist);
  const browser = await launchChromium();
  try {
    const page = await browser.context.newPage();
    // Time to first frame: from navigation start to the second animation frame after ready.
    const ttff = [];
    for (let i = 0; i < 3; i++) {
      await page.goto(`${server.origin}/`, { waitUntil: 'load' });
      ttff.push(await page.evaluate(async () => {
        await window.tarikh.ready;
        await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
        return performance.now();
      }));
    }
    results.page.first_frame_ms = Math.round(Math.min(...ttff));
    log('first frame', results.page.first_frame_ms);

    // Canvas: n events shown, then frames while panning and zooming (wheel and drag on the
    // canvas). What is measured is the interval between animation frames (ImGui's CPU work and
    // SwiftShader's software WebGL together), an upper bound of the ImGui CPU frame time.
    const box = await page.locator('canvas').first().boundingBox();
    for (const n of [1000, 10000, 100000]) {
      const result = syntheticResult(n);
      await page.evaluate((r) => window.tarikh.show(r), result);
      await page.waitForTimeout(300);
      const frames = await page.evaluate(async ({ box }) => {
        const canvas = document.querySelector('canvas');
        const times = [];
        let last = performance.now();
        for (let f = 0; f < 60; f++) {
          const x = box.x + box.width / 2 + ((f % 20) - 10) * 10, y = box.y + box.height / 2;
          canvas.dispatchEvent(new WheelEvent('wheel', { clientX: x, clientY: y, deltaY: f % 40 < 20 ? -60 : 60, bubbles: true }));
          canvas.dispatchEvent(new PointerEvent('pointermove', { clientX: x, clientY: y, bubbles: true }));
          await new Promise((r) => requestAnimationFrame(r));
          const t = performance.now();
          times.push(t - last);
          last = t;
        }
        return times.slice(5).sort((a, b) => a - b);
      }, { box });
      // The canvas's own counters (window.tarikh.state().canvas): frameMs, ImGui's CPU time of the
      // last frame, and renderMs, when the page exposes them.
      const own = await page.evaluate(() => window.tarikh.state?.()?.canvas ?? {});
      results.canvas[`tarikh_${n}`] = { median_ms: +frames[frames.length >> 1].toFixed(1), p95_ms: +frames[Math.floor(frames.length * 0.95)].toFixed(1),
        imgui_frame_ms: own.frameMs != null ? +own.frameMs.toFixed(2) : null, render_ms: own.renderMs != null ? +own.renderMs.toFixed(1) : null };
      log('canvas', n, results.canvas[`tarikh_${n}`]);
    }
    const state = await page.evaluate(() => JSON.stringify(window.tarikh.state?.()?.canvas ?? null));
    results.canvas.state_sample = state?.slice(0, 300);

    // vis-timeline, 10,000 items, in the same Chromium: the time of a redraw after a pan or zoom.
    const vis = await browser.context.newPage();
    await vis.setContent('<div id="t" style="width:1280px;height:800px"></div>');
    await vis.addScriptTag({ path: path.join(repoRoot, 'node_modules/vis-timeline/standalone/umd/vis-timeline-graph2d.min.js') });
    results.canvas.vis_10000 = await vis.evaluate(() => {
      const items = [];
      for (let i = 0; i < 10000; i++) items.push({ id: i, content: `event ${i}`, start: new Date(Date.UTC(2000, 0, 1) + i * 36e5 * 20) });
      let t = performance.now();
      const tl = new vis.Timeline(document.getElementById('t'), new vis.DataSet(items), {});
      const first = performance.now() - t;
      const redraws = [];
      for (let f = 0; f < 20; f++) {
        const start = Date.UTC(2000 + (f % 10), 0, 1), end = start + (f % 2 ? 365 : 90) * 864e5;
        t = performance.now();
        tl.setWindow(start, end, { animation: false });
        tl.redraw();
        redraws.push(performance.now() - t);
      }
      redraws.sort((a, b) => a - b);
      return { first_draw_ms: +first.toFixed(1), median_ms: +redraws[10].toFixed(1), p95_ms: +redraws[19].toFixed(1) };
    });
    log('vis-timeline', results.canvas.vis_10000);
  } finally {
    await browser.close();
    await server.close();
  }
} catch (e) {
  results.canvas.error = String(e.stack || e).slice(0, 500);
  log('browser part failed:', e.message);
}

// A several-documents result of n timeline entries (the contract's shape) for the canvas.
function syntheticResult(n) {
  const docs = 20;
  const documents = Array.from({ length: docs }, (_, d) => ({ id: `d${d}`, lang: d % 2 ? 'ar' : 'en', dct: '2024-03-14', dct_source: 'given', timexes: [], events: [], warnings: [] }));
  const timeline = [];
  for (let i = 0; i < n; i++) {
    const day = new Date(Date.UTC(1990, 0, 1) + Math.floor((i * 34 * 365 * 864e5) / n));
    const iso = day.toISOString().slice(0, 10);
    const d = i % docs;
    documents[d].events.push({ id: `e${i}`, begin: 0, end: 10, title: `event ${i}`, sentence: `event ${i}`,
      when: { value: iso, start: iso, end: iso, granularity: 'day', mod: null, approximate: false }, timex: -1, actors: [], places: [] });
    timeline.push({ id: `t${i + 1}`, title: i % 2 ? `حدث رقم ${i}` : `event number ${i}`,
      when: { value: iso, start: iso, end: iso, granularity: 'day', mod: null, approximate: false }, sources: [{ doc: d, event: `e${i}` }] });
  }
  return { documents, timeline };
}

rmSync(tmp, { recursive: true, force: true });
writeFileSync(path.join(out, 'results.json'), JSON.stringify(results, null, 2) + '\n');
log('wrote', path.join(out, 'results.json'));
