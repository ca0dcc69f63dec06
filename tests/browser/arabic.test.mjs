// Arabic on the canvas: ImGui has no shaping and no bidi, so the canvas draws labels that ICU
// has shaped (contextual presentation forms) and put in visual order (web/bidi_label.cpp).
// Checked twice: the label's code points, and its rendering against the browser's own text
// engine measuring the same word in the same font (joined letters are much narrower than the
// same letters drawn apart).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { openApp, saveArtifact, inkExtent } from './harness.mjs';

const WORD = 'مسقط';
let app, page;

before(async () => {
  app = await openApp({ colorScheme: 'light' });
  page = app.page;
});
after(async () => app?.close());

test('labels are shaped into presentation forms, in visual order', async () => {
  const visual = await page.evaluate((w) => window.tarikh.visualLabel(w), WORD);
  // meem initial, seen medial, qaf medial, tah final; drawn right to left, so stored reversed.
  assert.equal(visual, '\uFEC2\uFED8\uFEB4\uFEE3');
  // Lam + alef become one ligature; mixed text keeps the Latin run in reading order.
  assert.equal(await page.evaluate(() => window.tarikh.visualLabel('لا')), '\uFEFB');
  const mixed = await page.evaluate(() => window.tarikh.visualLabel('قمة G20 في روما'));
  assert.ok(mixed.includes('G20'), mixed);
  assert.ok([...mixed].every((ch) => !/[\u0600-\u06FF]/.test(ch)), `unshaped letters in ${mixed}`);
});

test('an Arabic title renders joined on the canvas, as the browser renders it', async () => {
  await page.evaluate((w) => window.tarikh.show({ documents: [{ lang: 'ar', dct: null, events: [], timexes: [] }], timeline: [
    { id: 't1', title: w, when: { value: '2024-01-10', start: '2024-01-10', end: '2024-01-10', granularity: 'day', mod: null, approximate: false }, sources: [{ doc: 0, event: 'e1' }] },
  ] }), WORD);
  await page.waitForTimeout(800);
  const { labels } = await page.evaluate(() => window.tarikh.state().canvas);
  assert.equal(labels.length, 1, 'one label drawn');
  const [label] = labels;
  const box = await page.getByTestId('timeline-canvas').boundingBox();
  const clip = { x: box.x + label.x - 4, y: box.y + label.y - 2, width: label.w + 8, height: label.h + 6 };
  const canvasInk = inkExtent(await page.screenshot({ clip }));
  await saveArtifact('arabic-canvas-label.png', await page.screenshot({ clip }));

  // The same word by the browser's own text engine (a 2D canvas, which shapes with HarfBuzz),
  // in the same font and size (ImGui sizes a font by ascent + descent, 1.164 em in DejaVu Sans:
  // its 15 px are 12.89 CSS px), joined and with the letters kept apart by zero-width non-joiners.
  const inkWidths = await page.evaluate(async (w) => {
    const font = '12.89px "DejaVu Sans"';
    await document.fonts.load(font, w);
    const ctx = document.createElement('canvas').getContext('2d');
    ctx.font = font;
    const ink = (t) => { const m = ctx.measureText(t); return m.actualBoundingBoxLeft + m.actualBoundingBoxRight; };
    return [ink(w), ink([...w].join('\u200C'))];
  }, WORD);
  const [joined, apart] = inkWidths.map(Math.round);
  assert.ok(apart > joined * 1.25, `the probe cannot tell joined (${joined}px) from apart (${apart}px)`);
  assert.ok(Math.abs(canvasInk.width - joined) <= Math.max(3, joined * 0.12),
    `canvas label ${canvasInk.width}px wide, the browser's joined word ${joined}px, apart ${apart}px`);
});

test('no console errors', () => assert.deepEqual(app.consoleErrors, []));
