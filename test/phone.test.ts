import {expect} from '@open-wc/testing';
import {e164} from '../src/data/phone.js';
import {formatPhone, telUrl} from '../src/format/phone.js';
import {interfaceLanguages, type InterfaceLanguage} from '../src/i18n/language.js';

/** One E.164 number and how it reads in each interface language. */
interface Shown {
  readonly number: string;
  readonly fi: string;
  readonly sv: string;
  readonly en: string;
  readonly de: string;
}

describe('e164()', () => {
  describe('when a Finnish mobile number is written in any common notation', () => {
    const notations = [
      '+358-40- 653 7220',
      '040 653 7220',
      '0406537220',
      '+358 (0)40 653 7220',
      '+358 040 653 7220',
      '00358 40 653 7220',
      '+358406537220',
      '040-653-7220',
      '+358.40.653.7220',
      '040–653–7220',
      '  040 653 7220  ',
    ];
    for (const notation of notations) {
      it(`reads ${JSON.stringify(notation)} as +358406537220`, () => {
        expect(e164(notation)).to.equal('+358406537220');
      });
    }
  });

  describe('when the number is a Finnish landline or service number', () => {
    const cases: ReadonlyArray<[string, string]> = [
      ['014 123 456', '+35814123456'],
      ['(014) 123 456', '+35814123456'],
      ['09 123 4567', '+35891234567'],
      ['+358 9 123 4567', '+35891234567'],
      ['0800 123 456', '+358800123456'],
      ['0295 16001', '+35829516001'],
      ['020 690 000', '+35820690000'],
    ];
    for (const [input, expected] of cases) {
      it(`reads ${JSON.stringify(input)} as ${expected}`, () => {
        expect(e164(input)).to.equal(expected);
      });
    }
  });

  describe('when the number has a foreign country code', () => {
    const cases: ReadonlyArray<[string, string]> = [
      ['+46 8 123 456 78', '+46812345678'],
      ['+49 30 1234567', '+49301234567'],
      ['0049 30 1234567', '+49301234567'],
      ['+1 202 555 0123', '+12025550123'],
    ];
    for (const [input, expected] of cases) {
      it(`keeps the country code of ${JSON.stringify(input)}: ${expected}`, () => {
        expect(e164(input)).to.equal(expected);
      });
    }
  });

  describe('when the text is not a phone number', () => {
    const cases: ReadonlyArray<[string, string]> = [
      ['garbage', 'letters only'],
      ['call 040 653 7220', 'words around the number'],
      ['+358 40 653 7220 ext', 'a word after the number'],
      ['', 'empty'],
      ['   ', 'blank'],
      ['40 653 7220', 'neither a country code nor a trunk zero'],
      ['+358 40', 'too short'],
      ['012', 'too short'],
      ['0123', 'too short for Finland, whose national numbers have 5 to 12 digits'],
      ['+358 40 653 7220 123456', 'too long for E.164 (more than 15 digits)'],
      ['+1234567890123456', 'too long for E.164 (16 digits)'],
      ['+0 123 456 789', 'a country code starting with 0'],
      ['1+358 40 653 7220', 'a digit before the plus'],
    ];
    for (const [input, why] of cases) {
      it(`gives undefined for ${JSON.stringify(input)} (${why})`, () => {
        expect(e164(input)).to.equal(undefined);
      });
    }
  });
});

describe('formatPhone()', () => {
  function expectShown({number, ...inLanguage}: Shown): void {
    for (const language of interfaceLanguages) {
      expect(formatPhone(number, language), `${number} in ${language}`).to.equal(inLanguage[language]);
    }
  }

  describe('when the number is a Finnish mobile number', () => {
    it('reads nationally in Finnish and Swedish and internationally in English and German', () => {
      expectShown({number: '+358406537220', fi: '040 653 7220', sv: '040 653 7220', en: '+358 40 653 7220', de: '+358 40 653 7220'});
    });
  });

  // One case per entry of the prefix table in src/format/phone.ts, each its own test so that a
  // failure names the prefix: `fi` is the national form (Swedish reads the same), `en` the
  // international one (German reads the same). The subscriber numbers are chosen so that no
  // other entry could match them: 0200 123 456 only reads right if 200 is tried before 20.
  describe('when the number has a prefix of the Finnish prefix table', () => {
    const table: ReadonlyArray<{readonly prefix: string; readonly what: string; readonly number: string; readonly fi: string; readonly en: string}> = [
      // Service numbers.
      // Service numbers that only work in Finland read as dialled there in every language (version 2 of the format).
      {prefix: '0100', what: 'the service number', number: '+358100123456', fi: '0100 123 456', en: '0100 123 456'},
      {prefix: '0200', what: 'the service number', number: '+358200123456', fi: '0200 123 456', en: '0200 123 456'},
      {prefix: '0300', what: 'the service number', number: '+358300123456', fi: '0300 123 456', en: '0300 123 456'},
      {prefix: '0600', what: 'the service number', number: '+358600123456', fi: '0600 123 456', en: '0600 123 456'},
      {prefix: '0700', what: 'the service number', number: '+358700123456', fi: '0700 123 456', en: '0700 123 456'},
      {prefix: '0800', what: 'the freephone number', number: '+358800123456', fi: '0800 123 456', en: '0800 123 456'},
      ...['0', '1', '2', '3', '4', '5', '6', '7', '8', '9'].map((digit) => ({
        prefix: `029${digit}`,
        what: 'the government number',
        number: `+35829${digit}123456`,
        fi: `029${digit} 123 456`,
        en: `+358 29${digit} 123 456`,
      })),
      {prefix: '0295', what: 'the government number, five digits after it', number: '+35829516001', fi: '0295 16 001', en: '+358 295 16 001'},
      // Nationwide business numbers. Traficom's own example of one is "+358 10 234 5678".
      {prefix: '010', what: 'the business number', number: '+358102345678', fi: '010 234 5678', en: '+358 10 234 5678'},
      {prefix: '020', what: 'the business number', number: '+35820690000', fi: '020 690 000', en: '+358 20 690 000'},
      {prefix: '030', what: 'the business number', number: '+358301234567', fi: '030 123 4567', en: '+358 30 123 4567'},
      {prefix: '071', what: 'the business number', number: '+358712345678', fi: '071 234 5678', en: '+358 71 234 5678'},
      {prefix: '073', what: 'the business number', number: '+358731234567', fi: '073 123 4567', en: '+358 73 123 4567'},
      {prefix: '075', what: 'the business number', number: '+358753256000', fi: '075 325 6000', en: '+358 75 325 6000'},
      // Mobiles.
      ...['0', '1', '2', '3', '4', '5', '6', '7', '8', '9'].map((digit) => ({
        prefix: `04${digit}`,
        what: 'the mobile number',
        number: `+3584${digit}1234567`,
        fi: `04${digit} 123 4567`,
        en: `+358 4${digit} 123 4567`,
      })),
      {prefix: '050', what: 'the mobile number', number: '+358501234567', fi: '050 123 4567', en: '+358 50 123 4567'},
      // Mobiles that begin like a service number (0400, 0500) are mobiles, dialled from anywhere.
      {prefix: '0400', what: 'the mobile number', number: '+358400123456', fi: '040 012 3456', en: '+358 40 012 3456'},
      {prefix: '0500', what: 'the mobile number', number: '+358500123456', fi: '050 012 3456', en: '+358 50 012 3456'},
      // Two-digit areas.
      ...['3', '4', '5', '6', '7', '8', '9'].map((digit) => ({
        prefix: `01${digit}`,
        what: 'the area code',
        number: `+3581${digit}123456`,
        fi: `01${digit} 123 456`,
        en: `+358 1${digit} 123 456`,
      })),
      // One-digit areas: Turku, Tampere, Lappeenranta, Vaasa, Oulu, Helsinki.
      {prefix: '02', what: 'the area code', number: '+35822345678', fi: '02 234 5678', en: '+358 2 234 5678'},
      {prefix: '03', what: 'the area code', number: '+35832345678', fi: '03 234 5678', en: '+358 3 234 5678'},
      {prefix: '05', what: 'the area code', number: '+35852345678', fi: '05 234 5678', en: '+358 5 234 5678'},
      {prefix: '06', what: 'the area code', number: '+35862345678', fi: '06 234 5678', en: '+358 6 234 5678'},
      {prefix: '08', what: 'the area code', number: '+35882345678', fi: '08 234 5678', en: '+358 8 234 5678'},
      {prefix: '09', what: 'the Helsinki area code', number: '+35891234567', fi: '09 123 4567', en: '+358 9 123 4567'},
    ];
    for (const {prefix, what, number, fi, en} of table) {
      it(`shows ${what} ${prefix} as its own group: ${number} reads "${fi}" in fi and "${en}" in en`, () => {
        expectShown({number, fi, sv: fi, en, de: en});
      });
    }
  });

  describe('when the number is foreign', () => {
    const cases: ReadonlyArray<[string, string]> = [
      ['+46812345678', '+46 812 345 678'],
      ['+49301234567', '+49 301 234 567'],
      ['+12025550123', '+1 202 555 0123'],
      ['+37251234567', '+372 5123 4567'],
      // A two-digit country code from each row of E.164's table, and a three-digit one.
      ['+27211234567', '+27 211 234 567'],
      ['+525512345678', '+52 551 234 5678'],
      ['+61212345678', '+61 212 345 678'],
      ['+81312345678', '+81 312 345 678'],
      ['+912212345678', '+91 221 234 5678'],
      ['+3545512345', '+354 551 2345'],
    ];
    for (const [number, expected] of cases) {
      it(`reads ${number} internationally as ${JSON.stringify(expected)} in every language`, () => {
        for (const language of interfaceLanguages) {
          expect(formatPhone(number, language), language).to.equal(expected);
        }
      });
    }
  });

  describe('when any number is shown', () => {
    const numbers = ['+358406537220', '+35814123456', '+35891234567', '+358800123456', '+35829516001', '+46812345678', '+49301234567'];
    for (const number of numbers) {
      it(`writes ${number} in groups of digits only, single-spaced, with its digits intact`, () => {
        for (const language of interfaceLanguages as readonly InterfaceLanguage[]) {
          const shown = formatPhone(number, language);
          expect(shown, `${number} in ${language}`).to.match(/^\+?\d+( \d+)+$/);
          expect(shown, `${number} in ${language}: a lone trunk zero`).not.to.match(/^0 /);
          const digits = shown.replace(/\D/g, '');
          expect(digits, `${number} in ${language}`).to.equal(shown.startsWith('+') ? number.slice(1) : `0${number.slice(4)}`);
        }
      });
    }
  });
});

describe('telUrl()', () => {
  it('links a service number that works only in Finland as it is dialled there, and every other number in E.164', () => {
    for (const prefix of ['100', '200', '300', '600', '700', '800']) expect(telUrl(`+358${prefix}123456`)).to.equal(`tel:0${prefix}123456`);
    for (const number of ['+358400123456', '+358500123456', '+358295123456', '+358406537220', '+46812345678']) expect(telUrl(number)).to.equal(`tel:${number}`);
  });
});
