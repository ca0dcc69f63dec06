// Scale: the canvas stays fast with 10 000 events (culling to the visible span, clusters), a
// long list prints whole, and a long paste is extracted in the worker and its result shown
// without a long main-thread task.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { openApp, saveArtifact, repoRoot } from './harness.mjs';

let app, page;
before(async () => {
  app = await openApp();
  page = app.page;
});
after(async () => app?.close());

// n entries over about 30 years, across 3 documents, of every granularity.
function syntheticResult(n) {
  const grains = [['day', 0], ['week', 6], ['month', 29], ['year', 364], ['day', 3]];
  const day = (d) => new Date(Date.UTC(1995, 0, 1) + d * 86400000).toISOString().slice(0, 10);
  const timeline = [];
  let seed = 7;
  const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
  for (let i = 0; i < n; i++) {
    const [granularity, length] = grains[i % grains.length];
    const start = Math.floor(random() * 30 * 365);
    timeline.push({ id: `t${i + 1}`, title: i % 2 ? `Event number ${i} in the synthetic chronology` : `حدث رقم ${i} في التسلسل`,
      when: { value: day(start), start: day(start), end: day(start + length), granularity, mod: i % 7 ? null : 'START', approximate: i % 11 === 0 },
      sources: [{ doc: i % 3, event: `e${i}` }] });
  }
  timeline.sort((a, b) => a.when.start.localeCompare(b.when.start));
  const documents = [0, 1, 2].map(() => ({ lang: 'en', dct: '2024-01-01', events: [], timexes: [] }));
  return { documents, timeline };
}

test('10 000 events: frames stay fast while zooming, dense periods cluster', async () => {
  await page.evaluate((r) => window.tarikh.show(r), syntheticResult(10000));
  await page.waitForTimeout(1000);
  const fitted = await page.evaluate(() => window.tarikh.state().canvas);
  assert.equal(fitted.entries, 10000);
  assert.ok(fitted.clusters > 0, 'fitted to 30 years, the events cluster');
  await saveArtifact('scale-10k.png', await page.getByTestId('timeline-canvas').screenshot());

  const box = await page.getByTestId('timeline-canvas').boundingBox();
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  const frames = [];
  for (let i = 0; i < 12; i++) {
    await page.mouse.wheel(0, -240);
    await page.waitForTimeout(120);
    frames.push(await page.evaluate(() => window.tarikh.state().canvas.frameMs));
  }
  const zoomed = await page.evaluate(() => window.tarikh.state().canvas);
  assert.ok(zoomed.view.hi - zoomed.view.lo < (fitted.view.hi - fitted.view.lo) / 20, 'zoomed in');
  assert.ok(zoomed.clusters < fitted.clusters || zoomed.labels.length > fitted.labels.length, 'clusters open up when zooming');
  // frameMs: the canvas's own work (culling, clustering, layout, draw lists); WebGL's rendering
  // is SwiftShader's here, on the CPU, and not the app's to measure.
  frames.sort((a, b) => a - b);
  const median = frames[frames.length >> 1];
  console.log(`# 10k events: layout + drawing ${frames.map((f) => f.toFixed(1)).join(', ')} ms`);
  assert.ok(median < 16, `median frame ${median} ms`);
  assert.ok(frames.at(-1) < 60, `a frame took ${frames.at(-1)} ms`);
});

test('a list still filling in is finished before printing: the list is what prints', async () => {
  const counts = await page.evaluate(async (r) => {
    window.tarikh.show(r);
    const list = document.querySelector('[data-testid="event-list"]');
    const shown = list.children.length;
    dispatchEvent(new Event('beforeprint'));  // what print() and Ctrl+P fire first
    return { shown, printed: list.children.length };
  }, syntheticResult(10000));
  assert.ok(counts.shown < 10000, `the list is built in slices (${counts.shown} items at first)`);
  assert.equal(counts.printed, 10000);
});

// The bound: a task long enough to be felt (typing in the textarea would lag behind it) on a
// two-core CI machine with software WebGL, with room for that machine being busy. Measured on
// two cores shared with other builds: 90-200 ms, where it was 400-840 ms before the result was
// handed over in short tasks.
const LONG_TASK_BOUND = 250;

test('a 1 M-character paste: extracted off the page\'s thread, its 5 000 events shown without a long task', async () => {
  const samples = await Promise.all(['en-oklahoma-storm.txt', 'fr-lyon-canicule.txt', 'ar-cairo-metro.txt']
    .map((f) => readFile(path.join(repoRoot, 'assets/samples', f), 'utf8')));
  const text = samples.join('\n').repeat(Math.ceil(1e6 / samples.join('\n').length));
  // The page as it is before a first paste (the tests above left 10 000 events in the list),
  // then every main-thread task over 50 ms (the browser's "long tasks") from there on.
  await page.evaluate(() => {
    window.tarikh.show({ documents: [], timeline: [] });
    window.longTasks = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) window.longTasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask' });
  });
  const statusText = () => page.getByTestId('status').textContent();
  const started = Date.now();
  await page.evaluate((t) => {
    const textarea = document.querySelector('[data-testid="article-text"]');
    textarea.value = t;
    textarea.dispatchEvent(new Event('input', { bubbles: true }));
  }, text);
  // The paste itself (the browser laying out a million characters in the textarea) is not the
  // result's arrival: the watch starts once the extraction shows its progress.
  while (!/Extracting/.test(await statusText())) {
    assert.ok(Date.now() - started < 20000, 'the extraction never showed its progress');
    await page.waitForTimeout(20);
  }
  const watchFrom = await page.evaluate(() => new Promise((resolve) =>
    requestAnimationFrame(() => requestAnimationFrame(() => resolve(performance.now())))));
  while (!/dated events/.test(await statusText())) {
    assert.ok(Date.now() - started < 120000, 'extraction did not finish in 2 minutes');
    await page.waitForTimeout(50);
  }
  const shownAt = await page.evaluate(() => performance.now());
  // The list fills in over the next frames: complete, then some quiet time.
  const listed = () => page.evaluate(() => [document.querySelectorAll('[data-testid="event-list"] li').length, window.tarikh.state().events]);
  for (let [items, events] = await listed(); items < events; [items, events] = await listed()) {
    assert.ok(Date.now() - started < 150000, `the list stopped at ${items} of ${events} items`);
    await page.waitForTimeout(100);
  }
  await page.waitForTimeout(500);
  const { tasks, state } = await page.evaluate((from) => ({
    tasks: window.longTasks.filter((t) => t.start >= from), state: window.tarikh.state(),
  }), watchFrom);
  const longest = (list) => Math.max(0, ...list.map((t) => t.duration));
  // Tasks that end within a second before the result is shown hold its parsing and handing over.
  const arrival = tasks.filter((t) => t.start + t.duration >= shownAt - 1000);
  console.log(`# ${(text.length / 1e6).toFixed(1)} M characters, ${state.events} events in ${((Date.now() - started) / 1000).toFixed(1)} s: ` +
    `longest main-thread task ${longest(tasks).toFixed(0)} ms (${longest(arrival).toFixed(0)} ms from the result's arrival on, ` +
    `${tasks.length} tasks over 50 ms)`);
  assert.ok(state.events > 4000, `${state.events} events`);
  assert.ok(state.canvas.entries > 0.9 * state.events, `the canvas has ${state.canvas.entries} of ${state.events} events`);
  assert.ok(state.canvas.drawn + state.canvas.clusters > 0, 'the canvas draws them');
  assert.ok(longest(tasks) < LONG_TASK_BOUND, `a main-thread task took ${longest(tasks).toFixed(0)} ms: ` +
    tasks.map((t) => `${(t.start - watchFrom).toFixed(0)}+${t.duration.toFixed(0)}`).join(', '));
});

test('no console errors', () => assert.deepEqual(app.consoleErrors, []));
