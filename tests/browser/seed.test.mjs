// The classroom demo on the seed article: paste it with its publication date, and the event
// list, the canvas and the source pane show its chronology and stay linked. Screenshots go to
// tests/artifacts/.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { openApp, saveArtifact, decodePng, pixelDifference, sharedDir } from './harness.mjs';

const SEED = path.join(sharedDir, 'corpus/seed/000_07468601ac65605b.txt');
const GOLD = path.join(sharedDir, 'corpus/seed/seed.gold.json');
let app, page, text, gold;

const canvasShot = () => page.getByTestId('timeline-canvas').screenshot();
const settle = () => page.waitForTimeout(900);  // eased zoom and pan, software WebGL

before(async () => {
  text = await readFile(SEED, 'utf8');
  [gold] = JSON.parse(await readFile(GOLD, 'utf8'));
  app = await openApp();
  page = app.page;
  await page.getByTestId('article-text').fill(text);
  await page.getByTestId('article-dct').fill('2024-03-14');
  await page.getByTestId('status').filter({ hasText: /dated events/ }).waitFor();
  await settle();
});

after(async () => app?.close());

test('the event list shows the seed events in order with the gold dates', async () => {
  const items = await page.getByTestId('event-list').locator('li').evaluateAll((lis) => lis.map((li) => ({
    key: Number(li.dataset.key), datetime: li.querySelector('time').dateTime, value: li.querySelector('time').title,
    lang: li.lang, dir: li.dir, focusable: li.tabIndex >= -1,
  })));
  assert.ok(items.length >= gold.events.length, `${items.length} events listed, the gold has ${gold.events.length}`);
  const datetimes = items.map((i) => i.datetime);
  assert.deepEqual(datetimes, [...datetimes].sort(), 'events are listed in date order');
  for (const item of items) assert.deepEqual([item.lang, item.dir], ['ar', 'rtl']);

  // Each gold event: the extracted event whose sentence has the gold keyword, listed with the gold date.
  const result = await page.evaluate((doc) => window.tarikh.extract(doc), { id: 'a1', text, dct: '2024-03-14' });
  const [doc] = result.documents;
  for (const g of gold.events) {
    const event = doc.events.find((e) => e.sentence.includes(g.keyword) && g.start.includes(e.when.value));
    assert.ok(event, `no event with "${g.keyword}" dated ${g.start}`);
    const key = result.timeline.findIndex((t) => t.sources.some((s) => s.doc === 0 && s.event === event.id));
    const item = items.find((i) => i.key === key);
    assert.ok(item, `"${g.keyword}" is not in the list`);
    assert.ok(g.start.includes(item.value), `"${g.keyword}" listed as ${item.value}, gold ${g.start}`);
  }
  await saveArtifact('seed-page.png', await page.screenshot());
});

test('the canvas draws the chronology and follows the wheel and drags', async () => {
  const first = await canvasShot();
  await saveArtifact('seed-canvas.png', first);
  const { width, height, channels, pixels } = decodePng(first);
  assert.ok(width > 300 && height > 200, `canvas is ${width}x${height}`);
  const colors = new Set();
  for (let i = 0; i < pixels.length; i += channels) colors.add(pixels.readUIntBE(i, 3));
  assert.ok(colors.size > 50, `only ${colors.size} colours: the canvas looks blank`);
  const drawn = await page.evaluate(() => window.tarikh.state().canvas);
  assert.ok(drawn.drawn >= 8 && drawn.labels.length >= 4, JSON.stringify(drawn).slice(0, 300));

  const box = await page.getByTestId('timeline-canvas').boundingBox();
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.wheel(0, -400);
  await settle();
  const zoomed = await canvasShot();
  await saveArtifact('seed-canvas-zoomed.png', zoomed);
  const after = await page.evaluate(() => window.tarikh.state().canvas.view);
  assert.ok(after.hi - after.lo < drawn.view.hi - drawn.view.lo, 'the wheel zoomed in');
  assert.ok(pixelDifference(first, zoomed) > 500, 'the canvas did not change on the wheel');

  await page.mouse.move(box.x + box.width / 2, box.y + 30);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width / 2 + 200, box.y + 40, { steps: 8 });
  await page.mouse.up();
  await settle();
  const dragged = await canvasShot();
  const panned = await page.evaluate(() => window.tarikh.state().canvas.view);
  assert.ok(panned.lo < after.lo, 'dragging right shows earlier dates');
  assert.ok(pixelDifference(zoomed, dragged) > 500, 'the canvas did not change on the drag');

  await page.getByTestId('fit').click();
  await settle();
});

test('labels on the canvas never overlap', async () => {
  const { labels } = await page.evaluate(() => window.tarikh.state().canvas);
  for (let i = 0; i < labels.length; i++) {
    for (let j = i + 1; j < labels.length; j++) {
      const [a, b] = [labels[i], labels[j]];
      const overlap = a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
      assert.ok(!overlap, `labels ${a.key} and ${b.key} overlap`);
    }
  }
});

test('clicking an event in the list highlights its sentence in the source pane', async () => {
  const item = page.getByTestId('event-list').locator('li').filter({ hasText: 'مسقط' }).first();
  await item.click();
  const sentence = page.getByTestId('source-pane').locator('.sentence');
  await sentence.waitFor();
  assert.match(await sentence.textContent(), /مسقط/);
  assert.equal(await item.getAttribute('aria-current'), 'true');
  const key = Number(await item.getAttribute('data-key'));
  assert.equal(await page.evaluate(() => window.tarikh.state().canvas.selected), key, 'the canvas follows the list');
  await page.waitForTimeout(600);  // the pane scrolls smoothly
  const [pane, mark] = [await page.locator('.source .scroll').boundingBox(), await sentence.boundingBox()];
  assert.ok(mark.y + mark.height > pane.y && mark.y < pane.y + pane.height, 'the sentence is scrolled into view');
  // Its time expression is highlighted too, inside the sentence.
  assert.ok(await sentence.locator('mark.timex').count() >= 1);
});

test('clicking an event on the canvas selects it in the list and the source pane', async () => {
  await settle();
  const { labels } = await page.evaluate(() => window.tarikh.state().canvas);
  const listed = await page.getByTestId('event-list').locator('li[aria-current="true"]').getAttribute('data-key');
  const target = labels.find((l) => String(l.key) !== listed);
  assert.ok(target, 'a label to click');
  const box = await page.getByTestId('timeline-canvas').boundingBox();
  await page.mouse.click(box.x + target.x + Math.min(20, target.w / 2), box.y + target.y + target.h / 2);
  await page.waitForTimeout(300);
  assert.equal(await page.evaluate(() => window.tarikh.state().selected), target.key);
  const current = page.getByTestId('event-list').locator('li[aria-current="true"]');
  assert.equal(Number(await current.getAttribute('data-key')), target.key);
  const title = await current.locator('.title').textContent();
  const sentence = await page.getByTestId('source-pane').locator('.sentence').textContent();
  const words = title.replace(/…$/, '').split(/\s+/).filter((w) => w.length > 3).slice(0, 3);
  for (const word of words) assert.ok(sentence.includes(word.replace(/[،,]$/, '')), `"${word}" not in the highlighted sentence`);
  await page.mouse.move(box.x + target.x + 10, box.y + target.y + target.h / 2);
  await settle();
  await saveArtifact('seed-hover-card.png', await page.screenshot());
});

test('no request leaves the origin and no console errors', () => {
  assert.deepEqual(app.foreignRequests, []);
  assert.deepEqual(app.consoleErrors, []);
});
