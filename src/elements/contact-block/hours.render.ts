/**
 * Opening hours, as the contact block shows them for the organisation, a phone or an address:
 * loaded only for documents that have hours (ContactBlock.extraModules), like the renderer a
 * pure function of the hours and the options.
 *
 * For screen readers: the week is a description list, each row's days (`dt`) with its times
 * (`dd`), the days written out ("maanantai–perjantai") where the eye gets "ma–pe"; the
 * exceptions are a list, each its dates, then closed or its times, then its note. With
 * `open-now`, one plain sentence before them says whether it is open and until when: not a
 * live region, since it changes without the reader asking, and it is read with the hours.
 */
import {html, nothing, type TemplateResult} from 'lit';
import {msg, str} from '@lit/localize';
import type {Hours, HoursException, TimeRange} from '../../data/types.js';
import {currentExceptions, formatDates, formatDays, formatRanges, formatTime, inHelsinki, openState, weekdayName, weekRows, type Change} from '../../format/hours.js';
import type {InterfaceLanguage} from '../../i18n/language.js';
import {bracketed, text} from '../render.js';
import type {HoursOptions} from './contact-block.js';

const closed = () => msg('suljettu', {id: 'hours.closed', desc: 'In a table of opening hours: closed on these days. Lower case.'});

const times = (ranges: readonly TimeRange[], language: InterfaceLanguage) => (ranges.length ? formatRanges(ranges, language) : closed());

/** The rows of the week worth reading: days that are closed are left out, as hours are written, unless every day is. */
function openRows(weekly: NonNullable<Hours['weekly']>) {
  const rows = weekRows(weekly);
  const open = rows.filter(({ranges}) => ranges.length > 0);
  return open.length ? open : rows;
}

export function renderHours(hours: Hours, {language, now, openNow}: HoursOptions): TemplateResult {
  const exceptions = currentExceptions(hours, inHelsinki(now).date);
  return html`${openNow ? openNowLine(hours, now, language) : nothing}${
    hours.weekly
      ? html`<dl part="hours">
          ${openRows(hours.weekly).map(
            (row) =>
              html`<dt><span aria-hidden="true">${formatDays(row, language, 'short')}</span><span class="visually-hidden">${formatDays(row, language, 'long')}</span></dt>
                <dd>${times(row.ranges, language)}</dd>`,
          )}
        </dl>`
      : nothing
  }${
    exceptions.length
      ? // The label names the list, and is read there, once.
        html`<p class="exceptions" aria-hidden="true">${exceptionsLabel()}</p>
          <ul class="exceptions" aria-label=${exceptionsLabel()}>
            ${exceptions.map((exception) => html`<li>${exceptionLine(exception, language)}</li>`)}
          </ul>`
      : nothing
  }`;
}

function exceptionLine(exception: HoursException, language: InterfaceLanguage): TemplateResult {
  const {hours, note} = exception;
  return html`${formatDates(exception, language)} ${times(hours, language)}${note ? html` ${bracketed(text(note, language))}` : nothing}`;
}

const exceptionsLabel = () => msg('Poikkeukset', {id: 'hours.exceptions', desc: 'Above a list of dates whose opening hours differ from the usual week (holidays).'});

/** When it changes, as said after "closes" or "opens": the time today, else the day and the time. */
const when = ({days, weekday, minutes}: Change, language: InterfaceLanguage) =>
  days === 0 ? formatTime(minutes, language) : `${weekdayName(weekday, language, 'long')} ${formatTime(minutes, language)}`;

function openNowLine(hours: Hours, now: Date, language: InterfaceLanguage): TemplateResult | typeof nothing {
  const state = openState(hours, now);
  if (!state) return nothing;
  let said: string;
  if (state.open) {
    said = state.closes
      ? msg(str`Nyt avoinna, sulkeutuu ${when(state.closes, language)}`, {
          id: 'hours.open-until',
          desc: 'Says it is open at this moment, and when it closes: a time ("15.00"), or a weekday and a time when that is another day.',
        })
      : msg('Nyt avoinna', {id: 'hours.open', desc: 'Says it is open at this moment (and no closing time is known within a week).'});
  } else {
    said = state.opens
      ? msg(str`Nyt suljettu, avautuu ${when(state.opens, language)}`, {
          id: 'hours.closed-until',
          desc: 'Says it is closed at this moment, and when it opens: a time ("15.00"), or a weekday and a time when that is another day.',
        })
      : msg('Nyt suljettu', {id: 'hours.closed-now', desc: 'Says it is closed at this moment (and no opening is known within a week).'});
  }
  return html`<p part="open-now">${said}</p>`;
}
