// Numbers, sizes, dates and names shown in the reader's language, from the platform's locale
// data (Intl): no table of month or country names to maintain in nine languages.

/** A size in bytes as "1.2 MB" in the reader's conventions. */
export function formatSize(bytes: number, tag: string): string {
  const units: [string, number][] = [
    ['gigabyte', 1e9],
    ['megabyte', 1e6],
    ['kilobyte', 1e3],
  ];
  const [unit, scale] = units.find(([, s]) => bytes >= s) ?? ['byte', 1];
  const value = bytes / scale;
  try {
    return new Intl.NumberFormat(tag, {
      style: 'unit',
      unit,
      unitDisplay: 'short',
      maximumFractionDigits: value < 10 && unit !== 'byte' ? 1 : 0,
    }).format(value);
  } catch {
    return `${Math.round(value)} ${unit}`;
  }
}

/** A `YYYY-MM-DD` day as the reader writes dates; the text itself if it is not such a day. */
export function formatDay(day: string, tag: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!match) return day;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  try {
    return new Intl.DateTimeFormat(tag, { dateStyle: 'medium', timeZone: 'UTC' }).format(date);
  } catch {
    return day;
  }
}

/** A language's name in the reader's language (`ne` → "Nepali"), or the code. */
export function languageName(code: string, tag: string): string {
  try {
    return new Intl.DisplayNames([tag, 'en'], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}

/** Weekday names for `mon` … `sun` in the reader's language. */
export function weekdayName(day: string, tag: string): string | null {
  const order = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];
  const index = order.indexOf(day);
  if (index < 0) return null;
  // 2024-01-01 was a Monday.
  const date = new Date(Date.UTC(2024, 0, 1 + index));
  try {
    return new Intl.DateTimeFormat(tag, { weekday: 'short', timeZone: 'UTC' }).format(date);
  } catch {
    return day;
  }
}

/** The `HH:MM` of a Japan-time moment as Rust sends it (`YYYY-MM-DDTHH:MM:SS+09:00`). */
export function japanClock(iso: string): string {
  return iso.slice(11, 16);
}

/** A Japan-time moment (`YYYY-MM-DDTHH:MM:SS+09:00`) said from `now` (the same form), in the
 *  reader's language: "today 17:00", "tomorrow 09:00", "Mon 09:00" within the week, else
 *  "Mon, Jan 12 09:00". Both are Japan time, so day differences are counted on their dates. */
export function formatJapanTime(iso: string, now: string, tag: string): string {
  const day = (text: string) => {
    const match = /^(\d{4})-(\d{2})-(\d{2})T/.exec(text);
    return match ? Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])) : NaN;
  };
  const [at, today] = [day(iso), day(now)];
  const time = japanClock(iso);
  if (Number.isNaN(at) || Number.isNaN(today)) return iso;
  const days = Math.round((at - today) / 86_400_000);
  try {
    if (days === 0 || days === 1) {
      return `${new Intl.RelativeTimeFormat(tag, { numeric: 'auto' }).format(days, 'day')} ${time}`;
    }
    const options: Intl.DateTimeFormatOptions =
      days > 1 && days < 7 ? { weekday: 'short', timeZone: 'UTC' } : { weekday: 'short', month: 'short', day: 'numeric', timeZone: 'UTC' };
    return `${new Intl.DateTimeFormat(tag, options).format(new Date(at))} ${time}`;
  } catch {
    return `${iso.slice(0, 10)} ${time}`;
  }
}

/** A day of the year with no year (`12-29`) as the reader writes it ("Dec 29"); the text
 *  itself if it is not such a day. */
export function formatMonthDay(monthDay: string, tag: string): string {
  const match = /^(\d{2})-(\d{2})$/.exec(monthDay);
  if (!match) return monthDay;
  // 2024 is a leap year, so 02-29 exists.
  const date = new Date(Date.UTC(2024, Number(match[1]) - 1, Number(match[2])));
  try {
    return new Intl.DateTimeFormat(tag, { month: 'short', day: 'numeric', timeZone: 'UTC' }).format(date);
  } catch {
    return monthDay;
  }
}
