/**
 * E.164 numbers shown the way Finns write them (Kotus): the area or operator
 * code as its own group, then groups of three or four digits, no brackets or
 * hyphens. Finnish numbers read nationally in Finnish and Swedish
 * (`040 653 7220`) and internationally otherwise (`+358 40 653 7220`);
 * foreign numbers always read internationally. Service numbers that only work in Finland
 * (0800, 0100–0700) read nationally in every language.
 */
import type {InterfaceLanguage} from '../i18n/language.js';

// Area and operator codes without the trunk zero, tried in this order:
// service numbers (0100, 0200, 0300, 0600, 0700, 0800, 029x); nationwide
// business numbers (010, 020, 030, 071, 073, 075), mobiles (04x, 050) and
// two-digit areas (013-019); then the one-digit areas (02, 03, 05, 06, 08, 09).
const finnishPrefixes = [/^([1-3678]00|29\d)/, /^([123]0|7[135]|4\d|50|1[3-9])/, /^[2-9]/];

/** Splits a subscriber number into groups of three or four, last group longest. */
function group(digits: string): string {
  if (digits.length <= 4) return digits;
  if (digits.length === 5) return `${digits.slice(0, 2)} ${digits.slice(2)}`;
  const last = digits.length % 3 === 0 && digits.length !== 8 ? 3 : 4;
  return `${group(digits.slice(0, -last))} ${digits.slice(-last)}`;
}

/** The length of an E.164 country code (ITU-T E.164 assignments). */
function countryCodeLength(digits: string): number {
  if (/^[17]/.test(digits)) return 1;
  if (/^(2[07]|3[0-469]|4[013-9]|5[1-8]|6[0-6]|8[1246]|9[0-58])/.test(digits)) return 2;
  return 3;
}

/**
 * Whether the number is a Finnish service number that can only be dialled in Finland: the
 * freephone 0800 and the 0100, 0200, 0300, 0600 and 0700 ranges (Traficom's numbering plan; 0400 and 0500 are mobiles). The nationwide 029x
 * government numbers can be dialled from abroad, and read like others.
 */
export const isNationalServiceNumber = (number: string): boolean => /^\+358[1-3678]00/.test(number);

/**
 * The `tel:` link of a number. A national service number is linked as it is dialled in
 * Finland (`tel:0800123456`), since its international form reaches nobody from abroad and
 * some networks refuse it at home too.
 */
export const telUrl = (number: string): string => `tel:${isNationalServiceNumber(number) ? `0${number.slice(4)}` : number}`;

export function formatPhone(number: string, language: InterfaceLanguage): string {
  const digits = number.slice(1);
  if (digits.startsWith('358')) {
    const national = digits.slice(3);
    const prefix = finnishPrefixes.map((pattern) => pattern.exec(national)?.[0]).find(Boolean) ?? '';
    const rest = group(national.slice(prefix.length));
    // A service number is shown as it is dialled, the one way it can be.
    return language === 'fi' || language === 'sv' || isNationalServiceNumber(number) ? `0${prefix} ${rest}` : `+358 ${prefix} ${rest}`;
  }
  const length = countryCodeLength(digits);
  return `+${digits.slice(0, length)} ${group(digits.slice(length))}`;
}
