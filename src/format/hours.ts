/**
 * Opening hours for reading, and whether it is open now: pure functions over `Intl`, loaded
 * with the contact block's hours (elements/contact-block/hours.render.ts) for documents that
 * have hours only.
 *
 * How times are written follows each language as Finland writes it (Kotus, and Svenska
 * språkbyrån for Finland Swedish): the hour without a leading zero, the minutes always, on the
 * 24-hour clock (fi and sv "9.00", en and de "9:00"), a range with an en dash and no spaces
 * ("9.00–15.00"). Times are put together here rather than by `Intl.DateTimeFormat`, because the
 * engines' data disagree on a leading zero, on the spaces around a range's dash and on Finland
 * Swedish; weekdays and dates are `Intl`'s. The clock is Europe/Helsinki's, whatever the reader's.
 */
import type {Hours, HoursException, TimeRange} from '../data/types.js';
import type {InterfaceLanguage} from '../i18n/language.js';
import {rangeEnd} from '../data/rules.js';
import {cached} from './intl.js';

// The locale each interface language writes times and dates in: Swedish as in Finland.
const locales: Record<InterfaceLanguage, string> = {fi: 'fi', sv: 'sv-FI', en: 'en-GB', de: 'de'};

const minutesInDay = 1440;
/** A Monday (1 January 2024), to name weekdays by: Monday + n days is weekday n. */
const aMonday = Date.UTC(2024, 0, 1, 12);

/**
 * The hour and minute separator: a dot in Finnish and in Finland Swedish (Kotus, Svenska
 * språkbyrån), a colon in English and German. Set here, not read from `Intl`: WebKit's data
 * has no sv-FI times and writes the Swedish of Sweden ("9:00").
 */
const timeSeparators: Record<InterfaceLanguage, string> = {fi: '.', sv: '.', en: ':', de: ':'};

/** A time of day (minutes from midnight, 0–1440) as the language writes it: "9.00", "24.00", "9:30". */
export function formatTime(minutes: number, language: InterfaceLanguage): string {
  return `${Math.floor(minutes / 60)}${timeSeparators[language]}${String(minutes % 60).padStart(2, '0')}`;
}

/** A day's ranges: "9.00–12.00, 13.00–16.00"; past midnight, "22.00–2.00"; to midnight, "22.00–24.00". */
export function formatRanges(ranges: readonly TimeRange[], language: InterfaceLanguage): string {
  return ranges.map(({opens, closes}) => `${formatTime(opens, language)}–${formatTime(closes || minutesInDay, language)}`).join(', ');
}

/** A weekday's name (0 = Monday): "ma" or "maanantai", "mån" or "måndag", "Mon" or "Monday". */
export function weekdayName(weekday: number, language: InterfaceLanguage, width: 'short' | 'long'): string {
  return cached(`weekday ${language} ${width} ${weekday}`, () =>
    new Intl.DateTimeFormat(locales[language], {weekday: width, timeZone: 'UTC'}).format(aMonday + weekday * 86_400_000),
  );
}

/** Days that read as one row of the week: from `first` to `last` (0 = Monday), with the same ranges (none: closed). */
export interface DayRow {
  readonly first: number;
  readonly last: number;
  readonly ranges: readonly TimeRange[];
}

const sameRanges = (a: readonly TimeRange[], b: readonly TimeRange[]) =>
  a.length === b.length && a.every((range, index) => range.opens === b.at(index)?.opens && range.closes === b.at(index)?.closes);

/** The week as rows a reader scans: consecutive days with the same hours together (Monday to Friday, then Saturday …). */
export function weekRows(weekly: readonly (readonly TimeRange[])[]): DayRow[] {
  const rows: DayRow[] = [];
  weekly.forEach((ranges, day) => {
    const last = rows[rows.length - 1];
    if (last && sameRanges(last.ranges, ranges)) rows[rows.length - 1] = {...last, last: day};
    else rows.push({first: day, last: day, ranges});
  });
  return rows;
}

/** A row's days: "ma–pe", "la" (short, as shown) or "maanantai–perjantai" (long, for screen readers). */
export function formatDays({first, last}: DayRow, language: InterfaceLanguage, width: 'short' | 'long'): string {
  const name = (day: number) => weekdayName(day, language, width);
  return first === last ? name(first) : `${name(first)}–${name(last)}`;
}

// Dates in Finland Swedish are written as in Finnish (24.12.2026), but WebKit's data has no
// sv-FI dates and writes Sweden's (2026-12-24): Finnish data writes them the same everywhere.
const dateLocales: Record<InterfaceLanguage, string> = {...locales, sv: 'fi'};
const dateFormat = (language: InterfaceLanguage) =>
  cached(`date ${language}`, () => new Intl.DateTimeFormat(dateLocales[language], {day: 'numeric', month: 'numeric', year: 'numeric', timeZone: 'UTC'}));
const dateOf = (isoDate: string) => new Date(`${isoDate}T12:00:00Z`);

/** An exception's days as the language writes dates: "24.12.2026", "24.–26.12.2026". */
export function formatDates({from, to}: HoursException, language: InterfaceLanguage): string {
  const format = dateFormat(language);
  return from === to ? format.format(dateOf(from)) : format.formatRange(dateOf(from), dateOf(to));
}

/** A moment as Helsinki's clock and calendar give it. */
export interface HelsinkiTime {
  /** `YYYY-MM-DD`. */
  readonly date: string;
  /** 0 = Monday … 6 = Sunday. */
  readonly weekday: number;
  /** Minutes from midnight. */
  readonly minutes: number;
}

const helsinkiClock = () =>
  cached(
    'helsinki clock',
    () =>
      new Intl.DateTimeFormat('en-US', {
        timeZone: 'Europe/Helsinki',
        year: 'numeric',
        month: '2-digit',
        day: '2-digit',
        hour: '2-digit',
        minute: '2-digit',
        hourCycle: 'h23',
      }),
  );

/** `moment` on Helsinki's clock, summer time included. */
export function inHelsinki(moment: Date): HelsinkiTime {
  const part = Object.fromEntries(
    helsinkiClock()
      .formatToParts(moment)
      .map(({type, value}) => [type, value]),
  );
  const date = `${part.year}-${part.month}-${part.day}`;
  // The calendar's weekday, from the date alone: 1 January 2024 was a Monday.
  const weekday = ((Math.round((Date.parse(date) - Date.UTC(2024, 0, 1)) / 86_400_000) % 7) + 7) % 7;
  // Some engines write midnight "24" even on the h23 clock.
  return {date, weekday, minutes: (Number(part.hour) % 24) * 60 + Number(part.minute)};
}

/** The date `days` after `date` (`YYYY-MM-DD`). */
const addDays = (date: string, days: number) => new Date(Date.parse(date) + days * 86_400_000).toISOString().slice(0, 10);

/** The exceptions that still matter on `today`: those not over before it. */
export function currentExceptions(hours: Hours, today: string): HoursException[] {
  return hours.exceptions.filter(({to}) => to >= today);
}

/** The ranges of one date: its exception's, else the week's; undefined when the hours do not say. */
function rangesOn(hours: Hours, date: string, weekday: number): readonly TimeRange[] | undefined {
  const exception = hours.exceptions.find(({from, to}) => from <= date && date <= to);
  return exception ? exception.hours : hours.weekly?.[weekday];
}

/** When the state next changes: so many days from today, at that day's minutes. */
export interface Change {
  readonly days: number;
  readonly weekday: number;
  readonly minutes: number;
}

/** Whether it is open at a moment, and when that changes (within a week; absent when the hours do not say). */
export type OpenState = {readonly open: true; readonly closes?: Change} | {readonly open: false; readonly opens?: Change};

const changeAt = (minute: number, now: HelsinkiTime): Change => {
  const days = Math.floor(minute / minutesInDay);
  return {days, weekday: (now.weekday + days) % 7, minutes: minute - days * minutesInDay};
};

/**
 * Whether it is open at `moment` in Helsinki: exceptions override the week for their days, and
 * a range past midnight keeps it open into the next day. Undefined when the hours do not say
 * for today (no week, and no exception for today).
 */
export function openState(hours: Hours, moment: Date): OpenState | undefined {
  const now = inHelsinki(moment);
  if (!rangesOn(hours, now.date, now.weekday)) return undefined;
  // Open spans as minutes from today's midnight: from yesterday (what runs past midnight) to a
  // week ahead, up to the first day the hours do not say.
  const known: Array<[number, number]> = [];
  for (let day = -1; day <= 7; day++) {
    const ranges = rangesOn(hours, addDays(now.date, day), (now.weekday + day + 7) % 7);
    if (!ranges && day < 0) continue;
    if (!ranges) break;
    for (const range of ranges) known.push([day * minutesInDay + range.opens, day * minutesInDay + rangeEnd(range)]);
  }
  const open = known.find(([start, end]) => start <= now.minutes && now.minutes < end);
  if (open) {
    // Spans that meet (24:00 and 00:00 the next day) are one opening.
    let end = open[1];
    for (const [start, spanEnd] of known) if (start <= end && spanEnd > end) end = spanEnd;
    // Open to the end of the week looked at: when it closes is not known.
    return end >= 8 * minutesInDay ? {open: true} : {open: true, closes: changeAt(end, now)};
  }
  const next = known.find(([start]) => start > now.minutes);
  return next ? {open: false, opens: changeAt(next[0], now)} : {open: false};
}
