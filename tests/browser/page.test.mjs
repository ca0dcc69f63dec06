// The served page in headless Chromium: it loads without console errors, the ImGui canvas
// draws, window.tarikh.extract answers in the contract's shape, the form lists the events,
// and no request leaves the page's origin. Screenshots go to tests/artifacts/.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { serveStatic, launchChromium, saveArtifact, decodePng, distDir } from './harness.mjs';

let server, browser, page;
const consoleErrors = [];
const foreignRequests = [];

before(async () => {
  assert.ok(existsSync(path.join(distDir, 'index.html')), `no site in ${distDir}: build the wasm target first`);
  server = await serveStatic(distDir);
  browser = await launchChromium();
  page = await browser.context.newPage();
  page.on('console', (msg) => {
    if (msg.type() === 'error') consoleErrors.push(`${msg.text()} (${msg.location().url})`);
  });
  page.on('pageerror', (error) => consoleErrors.push(String(error)));
  page.on('request', (req) => {
    const url = new URL(req.url());
    if (url.origin !== server.origin && url.protocol !== 'data:') foreignRequests.push(req.url());
  });
  await page.goto(`${server.origin}/`);
  await page.evaluate(() => window.tarikh.ready);
});

after(async () => {
  await browser?.close();
  await server?.close();
});

test('the canvas draws the timeline (screenshot not blank)', async () => {
  const canvas = page.getByTestId('timeline-canvas');
  // Let the ImGui frame loop render a few frames (software WebGL is slow).
  await page.waitForTimeout(1500);
  const png = await canvas.screenshot();
  await saveArtifact('page-canvas-empty.png', png);
  const { width, height, channels, pixels } = decodePng(png);
  assert.ok(width > 200 && height > 200, `canvas is ${width}x${height}`);
  const colors = new Set();
  for (let i = 0; i < pixels.length; i += channels) colors.add(pixels.readUIntBE(i, 3));
  assert.ok(colors.size > 10, `only ${colors.size} distinct colours: the canvas looks blank`);
});

test('the canvas draws timeline entries, with Arabic labels shaped', async () => {
  const entry = (id, title, start, end) => ({ id, title, when: { value: start, start, end, granularity: 'day',
    mod: null, approximate: false }, sources: [] });
  await page.evaluate((timeline) => window.tarikh.show({ documents: [], timeline }), [
    entry('t1', 'محادثات سرية في مسقط', '2024-01-10', '2024-01-10'),
    entry('t2', 'Talks resumed', '2024-02-03', '2024-02-06'),
    entry('t3', 'Le sommet de Paris', '2024-03-14', '2024-03-14'),
  ]);
  await page.waitForTimeout(1000);
  const png = await page.getByTestId('timeline-canvas').screenshot();
  await saveArtifact('page-canvas-timeline.png', png);
  const { pixels, channels } = decodePng(png);
  let pointPixels = 0;  // the points' colour, rgb(90, 170, 255) in web/main.cpp
  for (let i = 0; i < pixels.length; i += channels) {
    if (Math.abs(pixels[i] - 90) < 8 && Math.abs(pixels[i + 1] - 170) < 8 && Math.abs(pixels[i + 2] - 255) < 8) pointPixels++;
  }
  assert.ok(pointPixels > 50, `only ${pointPixels} pixels of the points' colour`);
});

test('window.tarikh.extract returns the several-documents result', async () => {
  const result = await page.evaluate(() => window.tarikh.extract([
    { id: 'en1', text: 'Talks resumed in Muscat on 10 January 2024.', dct: '2024-03-14', lang: 'en' },
    { id: 'ar1', text: 'استؤنفت المحادثات في مسقط في 10 يناير 2024.', dct: '2024-03-14', lang: 'ar' },
  ]));
  assert.deepEqual(result.documents.map((d) => d.id), ['en1', 'ar1']);
  for (const doc of result.documents) {
    assert.equal(doc.dct, '2024-03-14');
    assert.ok(Array.isArray(doc.timexes) && Array.isArray(doc.events) && Array.isArray(doc.warnings));
  }
  assert.ok(Array.isArray(result.timeline));
  await assert.rejects(page.evaluate(() => window.tarikh.extract([{ id: 'x' }])), /text/);
});

test('the form extracts the article and lists its events', async () => {
  await page.getByTestId('article-text').fill('WASHINGTON — Talks resumed on 10 January 2024 and ended on 12 January 2024.');
  await page.getByTestId('article-dct').fill('2024-03-14');
  await page.getByTestId('extract-button').click();
  await page.getByTestId('status').filter({ hasText: /dated event/ }).waitFor();
  const listed = await page.getByTestId('event-list').locator('li').count();
  const status = await page.getByTestId('status').textContent();
  assert.equal(status, listed === 1 ? '1 dated event' : `${listed} dated events`);
  await page.waitForTimeout(500);
  await saveArtifact('page-after-extract.png', await page.screenshot());
});

test('no console errors and no request leaves the origin', () => {
  assert.deepEqual(consoleErrors, []);
  assert.deepEqual(foreignRequests, []);
});
