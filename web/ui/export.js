// What leaves the page as a file: the session as JSON (the contract's result with the edits
// applied, plus the articles and the edit log, so that importing it gives the same state), the
// timeline as CSV and as TimelineJS JSON, the canvas as PNG. Everything is made here and
// downloaded through a blob: URL; nothing is sent anywhere.
import { readableWhen } from './dates.js';

export const FORMAT = 'tarikh-timeline';
export const VERSION = 1;

// session: {articles, edits, view}; result: the edited result (edits.js).
export function sessionJson(session, result) {
  return JSON.stringify({ format: FORMAT, version: VERSION, ...session,
    documents: result?.documents ?? [], timeline: result?.timeline ?? [] }, null, 1);
}

// The first source's document and event of a timeline entry.
function sourceOf(result, entry) {
  const source = entry.sources[0];
  const doc = source ? result.documents[source.doc] : null;
  return { doc, event: doc?.events.find((e) => e.id === source.event) };
}

const csvCell = (value) => {
  const text = String(value ?? '');
  // A leading = + - @ would be a formula in a spreadsheet: quote it as text.
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
};

export function timelineCsv(result, docName) {
  const rows = [['start', 'end', 'value', 'granularity', 'mod', 'approximate', 'title', 'sources', 'sentence']];
  for (const entry of result.timeline) {
    const { event } = sourceOf(result, entry);
    const w = entry.when;
    rows.push([w.start, w.end, w.value, w.granularity, w.mod, w.approximate, entry.title,
      [...new Set(entry.sources.map((s) => docName(s.doc)))].join(' | '), event?.sentence ?? '']);
  }
  // A byte order mark, so that spreadsheet programs read the Arabic as UTF-8.
  return `\uFEFF${rows.map((row) => row.map(csvCell).join(',')).join('\r\n')}\r\n`;
}

// TimelineJS's JSON format (timeline.knightlab.com/docs/json-format.html): dates as numbers,
// text as HTML (escaped here: titles come from the articles).
const html = (text) => String(text).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
function tljsDate(iso, granularity) {
  const [year, month, day] = iso.split('-').map(Number);
  const date = { year };
  if (!['year', 'decade', 'century'].includes(granularity)) date.month = month;
  if (['day', 'time', 'week'].includes(granularity)) date.day = day;
  return date;
}

export function timelineJs(result, title, docName) {
  const events = result.timeline.filter((entry) => entry.when.start).map((entry) => {
    const { event } = sourceOf(result, entry);
    const g = entry.when.granularity;
    const item = {
      start_date: { ...tljsDate(entry.when.start, g), display_date: readableWhen(entry.when) },
      text: {
        headline: html(entry.title),
        text: `${event ? `<p>${html(event.sentence)}</p>` : ''}<p>${entry.sources.map((s) => html(docName(s.doc))).join(' · ')}</p>`,
      },
      unique_id: entry.id,
    };
    if (entry.when.end && entry.when.end !== entry.when.start) item.end_date = tljsDate(entry.when.end, g === 'week' ? 'day' : g);
    return item;
  });
  return JSON.stringify({ title: { text: { headline: html(title), text: '<p>Made with Tarikh</p>' } }, events }, null, 1);
}

export function download(name, content, type) {
  const blob = content instanceof Blob ? content : new Blob([content], { type });
  const a = Object.assign(document.createElement('a'), { href: URL.createObjectURL(blob), download: name });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(a.href), 10_000);
  return blob.size;
}

// The canvas as PNG at its framebuffer's resolution (device pixels). WebGL clears its buffer
// once a frame is shown, so the picture is taken in the animation frame after the canvas has
// drawn a fresh one (its frame callback was queued before this one).
export function canvasPng(canvasElement, redraw) {
  return new Promise((resolve, reject) => {
    redraw();
    requestAnimationFrame(() => canvasElement.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('the canvas gave no image'))), 'image/png'));
  });
}

// Reads an exported session; throws with a message that says what is wrong.
export function parseSession(text, checkEdits) {
  let data;
  try {
    data = JSON.parse(text);
  } catch {
    throw new Error('This file is not JSON.');
  }
  if (!data || data.format !== FORMAT) throw new Error('This JSON is not a Tarikh export (no "format": "tarikh-timeline").');
  if (data.version !== VERSION) throw new Error(`This Tarikh export has version ${data.version}; this page reads version ${VERSION}.`);
  const ok = Array.isArray(data.articles) && data.articles.every((a) => a && typeof a.text === 'string'
    && typeof a.id === 'string' && ['string', 'undefined'].includes(typeof a.name));
  if (!ok) throw new Error('This Tarikh export has no valid list of articles.');
  try {
    checkEdits(data.edits ?? []);
  } catch (error) {
    throw new Error(`This Tarikh export has invalid edits: ${error.message}.`);
  }
  return { articles: data.articles, edits: data.edits ?? [], view: data.view ?? null };
}
