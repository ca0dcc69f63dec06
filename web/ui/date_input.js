// A date typed by the user ("10 January 2024", "الخميس الماضي", "début février") read by the
// core itself: the text is extracted as a one-line document in each language with the
// article's publication date, and the reading that covers most of the text wins. Its `when`
// is the event's when if the core made one, else worked out here from the TIMEX3 value.
const pad = (n) => String(n).padStart(2, '0');
const iso = (y, m, d) => `${String(y).padStart(4, '0')}-${pad(m)}-${pad(d)}`;
const lastDay = (y, m) => new Date(Date.UTC(y, m, 0)).getUTCDate();  // m: 1..12
const SEASONS = { SP: [3, 5], SU: [6, 8], FA: [9, 11], WI: [12, 14] };

function span(value, start, end, granularity, mod = null) {
  return { value, start, end, granularity, mod, approximate: mod === 'APPROX' };
}

// The contract's `when` for a TIMEX3 DATE or TIME value; null for anything unresolved.
export function whenOfValue(value, mod = null) {
  let m;
  if ((m = value.match(/^(\d{4})-(\d{2})-(\d{2})(T.+)?$/))) {
    const day = `${m[1]}-${m[2]}-${m[3]}`;
    return span(value, day, day, m[4] ? 'time' : 'day', mod);
  }
  if ((m = value.match(/^(\d{4})-(\d{2})$/))) {
    const [y, mo] = [Number(m[1]), Number(m[2])];
    return span(value, iso(y, mo, 1), iso(y, mo, lastDay(y, mo)), 'month', mod);
  }
  if ((m = value.match(/^(\d{4})-W(\d{2})$/))) {
    // ISO week 1 holds 4 January; weeks start on Monday.
    const jan4 = Date.UTC(Number(m[1]), 0, 4);
    const monday = jan4 - ((new Date(jan4).getUTCDay() + 6) % 7) * 864e5 + (Number(m[2]) - 1) * 7 * 864e5;
    const day = (t) => new Date(t).toISOString().slice(0, 10);
    return span(value, day(monday), day(monday + 6 * 864e5), 'week', mod);
  }
  const months = (y, from, to, granularity) => {
    const endYear = y + Math.floor((to - 1) / 12), endMonth = ((to - 1) % 12) + 1;
    return span(value, iso(y, from, 1), iso(endYear, endMonth, lastDay(endYear, endMonth)), granularity, mod);
  };
  if ((m = value.match(/^(\d{4})-Q([1-4])$/))) return months(Number(m[1]), m[2] * 3 - 2, m[2] * 3, 'quarter');
  if ((m = value.match(/^(\d{4})-H([12])$/))) return months(Number(m[1]), m[2] * 6 - 5, m[2] * 6, 'half');
  if ((m = value.match(/^(\d{4})-(SP|SU|FA|WI)$/))) return months(Number(m[1]), ...SEASONS[m[2]], 'season');
  if ((m = value.match(/^(\d{4})$/))) return span(value, `${m[1]}-01-01`, `${m[1]}-12-31`, 'year', mod);
  if ((m = value.match(/^(\d{3})$/))) return span(value, `${m[1]}0-01-01`, `${m[1]}9-12-31`, 'decade', mod);
  if ((m = value.match(/^(\d{2})$/))) return span(value, `${m[1]}00-01-01`, `${m[1]}99-12-31`, 'century', mod);
  return null;
}

// Resolves to a `when`, or rejects with a message the user can act on.
export async function parseDate(extractor, text, { dct = null, lang = null } = {}) {
  const langs = [...new Set([lang, 'ar', 'en', 'fr'].filter(Boolean))];
  const result = await extractor.extract(langs.map((l, i) => ({ id: `date${i}`, text, dct, lang: l })));
  let best = null;
  for (const doc of result.documents) {
    doc.timexes.forEach((timex, index) => {
      if (timex.type !== 'DATE' && timex.type !== 'TIME') return;
      const event = doc.events.find((e) => e.timex === index);
      const when = event?.when.start ? event.when : whenOfValue(timex.value, timex.mod);
      const covered = timex.end - timex.begin;
      if (when && (!best || covered > best.covered)) best = { when, covered };
    });
  }
  if (!best) {
    throw new Error(dct ? `No date found in “${text}”.` : `No date found in “${text}” (relative dates need the article's publication date).`);
  }
  return best.when;
}
