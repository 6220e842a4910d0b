/**
 * Phone numbers to E.164 (`+358406537220`), the one form that is stored,
 * linked (`tel:`) and then shown grouped by `src/format/phone.ts`.
 *
 * Publishers write numbers every way: `+358-40- 653 7220`, `040 653 7220`,
 * `(014) 123 456`, `+358 (0)40 …`, `00358 40 …`. A number without a country
 * code is taken as Finnish.
 */
export function e164(text: string): string | undefined {
  let digits = text
    .trim()
    .replace(/\(0\)/g, '') // "+358 (0)40": the trunk zero written in brackets
    .replace(/[\s\-./()\u00a0\u2010-\u2015]/g, '');
  if (digits.startsWith('00')) digits = '+' + digits.slice(2);
  else if (digits.startsWith('0')) digits = '+358' + digits.slice(1);
  if (digits.startsWith('+3580')) digits = '+358' + digits.slice(5);
  // E.164 allows at most 15 digits; a country code and five digits is the least
  // any numbering plan we show uses (Finnish national numbers have 5 to 12).
  return /^\+[1-9]\d{6,14}$/.test(digits) ? digits : undefined;
}
