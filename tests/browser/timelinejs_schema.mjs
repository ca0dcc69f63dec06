// A validator for TimelineJS 3's JSON format, written from its documentation
// (https://timeline.knightlab.com/docs/json-format.html): a timeline is {events, title?, eras?,
// scale?}; a slide has start_date (required in events), end_date, text {headline, text},
// media, group, display_date, background, autolink, unique_id; a date has a numeric year and
// optional month, day, hour, minute, second, millisecond, display_date, format. Returns the
// problems found, [] when the timeline is valid.
const SLIDE = new Set(['start_date', 'end_date', 'text', 'media', 'group', 'display_date', 'background', 'autolink', 'unique_id']);
const DATE = { year: [-Infinity, Infinity], month: [1, 12], day: [1, 31], hour: [0, 23], minute: [0, 59], second: [0, 59], millisecond: [0, 999] };
const isNumber = (v) => (typeof v === 'number' || (typeof v === 'string' && /^-?\d+$/.test(v))) && Number.isInteger(Number(v));

function checkDate(date, where, problems) {
  if (!date || typeof date !== 'object') return problems.push(`${where}: not an object`);
  if (!('year' in date)) problems.push(`${where}: no year`);
  for (const [key, value] of Object.entries(date)) {
    if (key === 'display_date' || key === 'format') {
      if (typeof value !== 'string') problems.push(`${where}.${key}: not a string`);
    } else if (!(key in DATE)) {
      problems.push(`${where}.${key}: not a date field`);
    } else if (!isNumber(value) || Number(value) < DATE[key][0] || Number(value) > DATE[key][1]) {
      problems.push(`${where}.${key}: ${JSON.stringify(value)} out of range`);
    }
  }
  if (date.day !== undefined && date.month === undefined) problems.push(`${where}: a day without a month`);
}

function checkSlide(slide, where, isEvent, problems) {
  if (!slide || typeof slide !== 'object') return problems.push(`${where}: not an object`);
  for (const key of Object.keys(slide)) if (!SLIDE.has(key)) problems.push(`${where}.${key}: not a slide field`);
  if (isEvent && !slide.start_date) problems.push(`${where}: no start_date`);
  if (slide.start_date) checkDate(slide.start_date, `${where}.start_date`, problems);
  if (slide.end_date) checkDate(slide.end_date, `${where}.end_date`, problems);
  if (slide.text !== undefined) {
    if (typeof slide.text !== 'object') problems.push(`${where}.text: not an object`);
    for (const [key, value] of Object.entries(slide.text || {})) {
      if (!['headline', 'text'].includes(key)) problems.push(`${where}.text.${key}: not a text field`);
      else if (typeof value !== 'string') problems.push(`${where}.text.${key}: not a string`);
    }
  }
  for (const key of ['group', 'display_date', 'unique_id']) {
    if (slide[key] !== undefined && typeof slide[key] !== 'string') problems.push(`${where}.${key}: not a string`);
  }
  if (slide.start_date && slide.end_date) {
    const at = (d) => [d.year, d.month ?? 1, d.day ?? 1].map(Number);
    const [a, b] = [at(slide.start_date), at(slide.end_date)];
    if (a[0] * 400 + a[1] * 32 + a[2] > b[0] * 400 + b[1] * 32 + b[2]) problems.push(`${where}: ends before it starts`);
  }
}

export function validateTimelineJs(timeline) {
  const problems = [];
  if (!timeline || typeof timeline !== 'object') return ['not an object'];
  for (const key of Object.keys(timeline)) if (!['events', 'title', 'eras', 'scale'].includes(key)) problems.push(`${key}: not a timeline field`);
  if (!Array.isArray(timeline.events)) problems.push('events: not a list');
  (timeline.events || []).forEach((slide, i) => checkSlide(slide, `events[${i}]`, true, problems));
  if (timeline.title !== undefined) checkSlide(timeline.title, 'title', false, problems);
  if (timeline.scale !== undefined && !['human', 'cosmological'].includes(timeline.scale)) problems.push('scale: neither human nor cosmological');
  const ids = (timeline.events || []).map((e) => e.unique_id).filter(Boolean);
  if (new Set(ids).size !== ids.length) problems.push('unique_id: not unique');
  return problems;
}
