/**
 * Opening hours for reading and "open now": src/format/hours.ts, pure functions over Intl, in
 * every interface language and on Helsinki's clock. DOM-free, so the mutation run can run it in
 * Node too. How the contact block shows them is in contact-details.test.ts.
 */
import {expect} from '@open-wc/testing';
import type {Hours, TimeRange} from '../src/data/types.js';
import {currentExceptions, formatDates, formatDays, formatRanges, formatTime, inHelsinki, openState, weekRows} from '../src/format/hours.js';
import type {InterfaceLanguage as Language} from '../src/i18n/language.js';

const range = (opens: string, closes: string): TimeRange => {
  const minutes = (time: string) => Number(time.slice(0, 2)) * 60 + Number(time.slice(3));
  return {opens: minutes(opens), closes: minutes(closes)};
};
const officeDay = [range('09:00', '15:00')];
/** Monday to Friday 9–15, Saturday 10–14, Sunday closed. */
const office: Hours = {weekly: [officeDay, officeDay, officeDay, officeDay, officeDay, [range('10:00', '14:00')], []], exceptions: []};
/** A moment on Helsinki's clock, given with its offset from UTC (+02:00 in winter, +03:00 in summer). */
const at = (local: string) => new Date(local);

describe('formatTime() and formatRanges()', () => {
  const want: Record<Language, readonly [string, string, string]> = {
    fi: ['9.00', '9.00–12.00, 13.00–16.30', '22.00–2.00'],
    sv: ['9.00', '9.00–12.00, 13.00–16.30', '22.00–2.00'],
    en: ['9:00', '9:00–12:00, 13:00–16:30', '22:00–2:00'],
    de: ['9:00', '9:00–12:00, 13:00–16:30', '22:00–2:00'],
  };
  for (const [language, [nine, day, night]] of Object.entries(want) as [Language, readonly [string, string, string]][]) {
    it(`writes times as ${language} does in Finland, the minutes always, a range with an en dash`, () => {
      expect(formatTime(540, language)).to.equal(nine);
      expect(formatRanges([range('09:00', '12:00'), range('13:00', '16:30')], language)).to.equal(day);
      expect(formatRanges([range('22:00', '02:00')], language)).to.equal(night);
    });
  }

  it('writes the end of the day 24.00, and a range to midnight so', () => {
    expect(formatRanges([range('00:00', '24:00')], 'fi')).to.equal('0.00–24.00');
    expect(formatRanges([range('22:00', '00:00')], 'fi')).to.equal('22.00–24.00');
  });
});

describe('weekRows() and formatDays()', () => {
  it('puts consecutive days with the same hours in one row, closed days too', () => {
    expect(weekRows(office.weekly!).map(({first, last, ranges}) => [first, last, ranges.length])).to.deep.equal([
      [0, 4, 1],
      [5, 5, 1],
      [6, 6, 0],
    ]);
  });

  it('keeps days apart whose hours differ, even by a minute', () => {
    const week = [officeDay, [range('09:00', '15:01')], officeDay, [], [], [], []];
    expect(weekRows(week).map(({first, last}) => [first, last])).to.deep.equal([
      [0, 0],
      [1, 1],
      [2, 2],
      [3, 6],
    ]);
  });

  const want: Record<Language, readonly [string, string, string]> = {
    fi: ['ma–pe', 'maanantai–perjantai', 'la'],
    sv: ['mån–fre', 'måndag–fredag', 'lör'],
    en: ['Mon–Fri', 'Monday–Friday', 'Sat'],
    de: ['Mo–Fr', 'Montag–Freitag', 'Sa'],
  };
  for (const [language, [short, long, saturday]] of Object.entries(want) as [Language, readonly [string, string, string]][]) {
    it(`names the days in ${language}, short as shown and long for screen readers`, () => {
      const [weekdays, saturdayRow] = weekRows(office.weekly!);
      expect(formatDays(weekdays, language, 'short')).to.equal(short);
      expect(formatDays(weekdays, language, 'long')).to.equal(long);
      expect(formatDays(saturdayRow, language, 'short')).to.equal(saturday);
    });
  }
});

describe('formatDates() and currentExceptions()', () => {
  const christmas = {from: '2026-12-24', to: '2026-12-26', hours: []};
  const eve = {from: '2026-12-31', to: '2026-12-31', hours: [range('09:00', '12:00')]};

  it('writes one day and a span of days as the language writes dates', () => {
    expect(formatDates(eve, 'fi')).to.equal('31.12.2026');
    expect(formatDates(christmas, 'fi')).to.equal('24.–26.12.2026');
    expect(formatDates(christmas, 'de')).to.equal('24.–26.12.2026');
    expect(formatDates(eve, 'en')).to.equal('31/12/2026');
  });

  it('leaves out the exceptions that are over, and keeps the one under way', () => {
    const hours: Hours = {...office, exceptions: [christmas, eve]};
    expect(currentExceptions(hours, '2026-12-25')).to.deep.equal([christmas, eve]);
    expect(currentExceptions(hours, '2026-12-27')).to.deep.equal([eve]);
    expect(currentExceptions(hours, '2027-01-01')).to.deep.equal([]);
  });
});

describe('inHelsinki()', () => {
  it("reads Helsinki's calendar and clock, winter and summer", () => {
    expect(inHelsinki(new Date('2026-12-03T22:00:00Z'))).to.deep.equal({date: '2026-12-04', weekday: 4, minutes: 0});
    expect(inHelsinki(new Date('2026-07-01T06:00:00Z'))).to.deep.equal({date: '2026-07-01', weekday: 2, minutes: 540});
  });

  it('follows the change to summer time at 03.00 on the last Sunday of March, and back in October', () => {
    expect(inHelsinki(new Date('2026-03-29T00:59:00Z')).minutes).to.equal(2 * 60 + 59);
    expect(inHelsinki(new Date('2026-03-29T01:00:00Z')).minutes).to.equal(4 * 60);
    expect(inHelsinki(new Date('2026-10-25T00:59:00Z')).minutes).to.equal(3 * 60 + 59);
    expect(inHelsinki(new Date('2026-10-25T01:00:00Z')).minutes).to.equal(3 * 60);
  });
});

describe('openState()', () => {
  // 2 December 2026 is a Wednesday.
  it('is open inside a range, and says when it closes today', () => {
    expect(openState(office, at('2026-12-02T10:00+02:00'))).to.deep.equal({open: true, closes: {days: 0, weekday: 2, minutes: 900}});
  });

  it('opens at the first minute of a range and closes at its last', () => {
    expect(openState(office, at('2026-12-02T09:00+02:00'))?.open).to.equal(true);
    expect(openState(office, at('2026-12-02T08:59+02:00'))?.open).to.equal(false);
    expect(openState(office, at('2026-12-02T15:00+02:00'))?.open).to.equal(false);
  });

  it('is closed between ranges, and says when it opens next, on another day when it must', () => {
    expect(openState(office, at('2026-12-02T07:00+02:00'))).to.deep.equal({open: false, opens: {days: 0, weekday: 2, minutes: 540}});
    expect(openState(office, at('2026-12-02T16:00+02:00'))).to.deep.equal({open: false, opens: {days: 1, weekday: 3, minutes: 540}});
    // Saturday afternoon: Sunday is closed, Monday opens.
    expect(openState(office, at('2026-12-05T15:00+02:00'))).to.deep.equal({open: false, opens: {days: 2, weekday: 0, minutes: 540}});
  });

  it('keeps a range past midnight open into the next day', () => {
    const nights: Hours = {weekly: [[], [], [], [], [], [range('22:00', '02:00')], []], exceptions: []};
    // Sunday 6 December, 1.00: Saturday's night is still on.
    expect(openState(nights, at('2026-12-06T01:00+02:00'))).to.deep.equal({open: true, closes: {days: 0, weekday: 6, minutes: 120}});
    expect(openState(nights, at('2026-12-05T23:00+02:00'))).to.deep.equal({open: true, closes: {days: 1, weekday: 6, minutes: 120}});
    expect(openState(nights, at('2026-12-06T02:00+02:00'))?.open).to.equal(false);
  });

  it('lets an exception override the week on its days', () => {
    const christmas: Hours = {...office, exceptions: [{from: '2026-12-24', to: '2026-12-26', hours: []}]};
    // Thursday 24 December at 10.00: closed, and open again on Monday the 28th.
    expect(openState(christmas, at('2026-12-24T10:00+02:00'))).to.deep.equal({open: false, opens: {days: 4, weekday: 0, minutes: 540}});
    const short: Hours = {...office, exceptions: [{from: '2026-12-31', to: '2026-12-31', hours: [range('09:00', '12:00')]}]};
    expect(openState(short, at('2026-12-31T11:00+02:00'))).to.deep.equal({open: true, closes: {days: 0, weekday: 3, minutes: 720}});
  });

  it('is open round the clock without a closing time, and closed for good without an opening one', () => {
    const always = [range('00:00', '24:00')];
    expect(openState({weekly: [always, always, always, always, always, always, always], exceptions: []}, at('2026-12-02T10:00+02:00'))).to.deep.equal({open: true});
    expect(openState({weekly: [[], [], [], [], [], [], []], exceptions: []}, at('2026-12-02T10:00+02:00'))).to.deep.equal({open: false});
  });

  it('does not say when the hours do not: no week, and no exception for today', () => {
    const onlyChristmas: Hours = {exceptions: [{from: '2026-12-24', to: '2026-12-26', hours: []}]};
    expect(openState(onlyChristmas, at('2026-12-02T10:00+02:00'))).to.equal(undefined);
    expect(openState(onlyChristmas, at('2026-12-25T10:00+02:00'))).to.deep.equal({open: false});
  });

  it('counts in Helsinki time in summer too', () => {
    // Wednesday 1 July 2026, 8.30 UTC is 11.30 in Helsinki.
    expect(openState(office, new Date('2026-07-01T08:30:00Z'))?.open).to.equal(true);
    expect(openState(office, new Date('2026-07-01T12:30:00Z'))?.open).to.equal(false);
  });
});
