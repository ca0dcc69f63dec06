// Dates as people read them, for the event list and the source pane: the contract's `when`
// (value, start, end, granularity, mod, approximate) → "10 Jan 2024", "early Feb 2024",
// "about Jul 2023", "3 Mar – 6 Mar 2021". The machine-readable form goes in <time datetime>.
const day = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
const month = new Intl.DateTimeFormat('en-GB', { month: 'short', year: 'numeric', timeZone: 'UTC' });
const PARTS_OF_DAY = { MO: 'morning', MI: 'midday', AF: 'afternoon', EV: 'evening', NI: 'night', DT: 'daytime' };
const SEASONS = { SP: 'spring', SU: 'summer', FA: 'autumn', WI: 'winter' };
const MODS = { START: 'early', MID: 'mid', END: 'late', BEFORE: 'before', ON_OR_BEFORE: 'by',
  AFTER: 'after', ON_OR_AFTER: 'from', LESS_THAN: 'less than', MORE_THAN: 'more than' };

const asDate = (iso) => new Date(`${iso}T00:00:00Z`);

function period(when) {
  const { value = '', start, end, granularity } = when;
  if (!start) return value || 'undated';
  const year = value.slice(0, 4);
  switch (granularity) {
    case 'time': {
      const time = value.split('T')[1] || '';
      return `${day.format(asDate(start))}, ${PARTS_OF_DAY[time] || time}`;
    }
    case 'day':
      return start === end ? day.format(asDate(start)) : `${day.format(asDate(start))} – ${day.format(asDate(end))}`;
    case 'week': return `week of ${day.format(asDate(start))}`;
    case 'month': return month.format(asDate(start));
    case 'quarter': return `${value.slice(5)} ${year}`;
    case 'half': return `${value.slice(5)} ${year}`;
    case 'season': return `${SEASONS[value.slice(5)] || value.slice(5)} ${year}`;
    case 'year': return start.slice(0, 4);
    case 'decade': return `${start.slice(0, 4)}s`;
    case 'century': return `${Number(start.slice(0, 2)) + 1}th century`;
    default: return start === end ? day.format(asDate(start)) : `${start} – ${end}`;
  }
}

export function readableWhen(when) {
  const text = period(when);
  const about = when.approximate || when.mod === 'APPROX' ? 'about ' : '';
  const mod = MODS[when.mod] ? `${MODS[when.mod]} ` : '';
  return `${about}${mod}${text}`;
}

// What goes in <time datetime>: a valid HTML date string (year, month, date or a range start).
export function machineWhen(when) {
  if (!when.start) return '';
  switch (when.granularity) {
    case 'month': return when.start.slice(0, 7);
    case 'year': return when.start.slice(0, 4);
    default: return when.start;
  }
}
