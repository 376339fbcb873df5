import { defineRule, type ScanItem } from '../rule';
import { GIVEN_NAMES } from '../data/given-names';
import {
  BARE_SETTING_KINDS,
  FUNCTION_WORDS,
  GENERIC_SETTING_WORDS,
  MONTH_ABBREVIATIONS,
  MONTH_NAMES,
  NOT_A_STREET_NAME,
  NOT_A_SURNAME,
  NUMBERED_THINGS,
  PERSONAL_TITLES,
  PSEUDONYM_HEADS,
  PUBLISHED_NAMES,
  SETTING_KINDS,
  STREET_KINDS,
} from '../data/anonymisation';
import { escapeRegExp } from '../text/quotes';

type DetailKind = 'name' | 'date-of-birth' | 'address' | 'postcode' | 'nhs-number' | 'setting' | 'handle';

interface DetailItem extends ScanItem {
  kind: DetailKind;
  text: string;
}

const alternation = (list: readonly string[]) => list.map(escapeRegExp).join('|');

// A surname: "Okafor", "Marsh-Okafor", "O'Brien", "McDonald", "Climbié". The possessive "'s" is
// not part of it ("Okafor's mother" reports "Okafor").
const SURNAME = String.raw`(?:O['’]|Mc|Mac|D['’])?\p{Lu}\p{Ll}+(?:-(?:O['’]|Mc|Mac)?\p{Lu}\p{Ll}+)?`;
// A given name from the list, then one or two capitalised words: "Jayden Marsh-Okafor", "Sarah Jane
// Smith". The names are part of the pattern (longest first) rather than checked afterwards: the
// regex then starts only at a given name, which is many times faster than trying every capitalised
// word, and finds "Jayden Marsh" in "When Jayden Marsh arrived" without a second look.
const GIVEN_NAME = [...GIVEN_NAMES].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|');
const FULL_NAME = new RegExp(String.raw`(?<![\p{L}\p{N}'’-])(${GIVEN_NAME})((?:[ \t]+${SURNAME}){1,2})(?![\p{L}\p{N}])`, 'gu');
const TITLE_NAME = new RegExp(String.raw`(?<![\p{L}\p{N}])(?:${alternation(PERSONAL_TITLES)})\.?[ \t]+(${SURNAME}(?:[ \t]+${SURNAME})?)(?![\p{L}\p{N}])`, 'gu');

// A full month name, or an abbreviation with an optional full stop ("3 Mar. 2012"); the sentence's
// full stop after "March." is not part of a date.
const MONTH = `(?:${alternation(MONTH_NAMES)}|(?:${alternation(MONTH_ABBREVIATIONS)})\\.?)`;
const ORDINAL = '(?:st|nd|rd|th)?';
// "02/11/2007", "2007-11-02", "3 March 2012", "the 3rd of March 2012", "March 3, 2012"; after an
// explicit date-of-birth cue the year may be missing ("DOB: 3 March").
const NUMERIC_DATE = String.raw`\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}|\d{4}-\d{2}-\d{2}`;
const WORDED_DATE = String.raw`(?:the\s+)?\d{1,2}${ORDINAL}(?:\s+of)?\s+${MONTH}(?:,?\s+\d{4})?|${MONTH}\s+\d{1,2}${ORDINAL}(?:,?\s+\d{4})?`;
const DATE_OF_BIRTH = new RegExp(
  String.raw`(?<![\p{L}])(?:born(?:\s+on)?|date\s+of\s+birth|d\.?o\.?b\.?)[\s:,(–-]{0,4}(?:(?:is|was|on)\s+)?(?:${NUMERIC_DATE}|${WORDED_DATE})(?![\p{L}\p{N}])`,
  'giu',
);
const POSTCODE = /(?<![A-Za-z0-9])[A-Z]{1,2}\d[A-Z\d]?[ \t]?\d[A-Z]{2}(?![A-Za-z0-9])/g;
const NHS_NUMBER = /(?<![\d-])(\d{3})[ -]?(\d{3})[ -]?(\d{4})(?![\d-])/g;
const NHS_CONTEXT = /\bNHS\b|\bnumber\b/i;
// "12 Elm Road", "4a Mill Lane", "Flat 3, 27 St John's Close".
const ADDRESS = new RegExp(String.raw`(?<![\p{L}\p{N}])(\d{1,4})[A-Za-z]?,?[ \t]+((?:(?:St\.?|\p{Lu}[\p{Ll}'’]+)[ \t]+){1,3})(?:${alternation(STREET_KINDS)})\.?(?![\p{L}])`, 'gu');
// "Brookfield Academy", "St Mary's Primary School". "College of Policing" is an organisation.
const SETTING = new RegExp(
  String.raw`(?<![\p{L}\p{N}])((?:(?:St\.?|Saint)[ \t]+)?(?:\p{Lu}[\p{L}'’]+[ \t-]){1,4})(?:(?:${alternation(SETTING_KINDS)})(?![\p{L}])(?![ \t]+of\b)|(?:${alternation(BARE_SETTING_KINDS)})(?![\p{L}])(?![ \t]*\p{Lu}))`,
  'gu',
);
const SETTING_KIND_PRESENT = new RegExp(`(?:${alternation([...SETTING_KINDS, ...BARE_SETTING_KINDS])})(?![\\p{L}])`, 'u');
const HANDLE = /(?<![\p{L}\p{N}@.])@[A-Za-z0-9_]{3,30}(?![\p{L}\p{N}@.])/gu;
const PSEUDONYM_WORD = new RegExp(`^(?:${alternation(PSEUDONYM_HEADS)})$`);
const PSEUDONYM_TAIL = /^[A-Z]{1,2}(?:['’]s)?$/;
const PREVIOUS_WORD = /([\p{L}]+)[ \t]*$/u;

/** NHS numbers carry a modulus-11 check digit; most ten-digit numbers fail it. */
function validNhsNumber(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < 9; i++) sum += Number(digits[i]) * (10 - i);
  const check = 11 - (sum % 11);
  const expected = check === 11 ? 0 : check;
  return expected !== 10 && expected === Number(digits[9]);
}

/**
 * Length of a name up to its last plausible surname word, or 0 when the first word after the given
 * name or title cannot be a surname: "Sarah Smith Police" → "Sarah Smith"; "Sarah Council" → none.
 */
function personLength(name: string, surnamesFrom: number): number {
  let length = 0;
  for (const word of name.slice(surnamesFrom).matchAll(/[^ \t]+/g)) {
    if (NOT_A_SURNAME.has(word[0].split('-')[0])) break;
    length = surnamesFrom + word.index + word[0].length;
  }
  return length;
}

function isYear(number: string): boolean {
  return number.length === 4 && /^(?:19|20)/.test(number);
}

const MESSAGES: Record<DetailKind, (text: string, childName: string) => string> = {
  name: (text, child) =>
    `"${text}" looks like a real person's name: replace it with the report's pseudonym (e.g. ${child === 'the child' ? 'Child A' : child}), a relationship ("Mother") or a role ("the allocated social worker"). If it is an agreed pseudonym, add it to "allowNames" in .cspr-lint.json.`,
  'date-of-birth': (text) => `"${text}" is an exact date of birth: give the child's age at the time ("aged 16") or at most a month and year.`,
  address: (text) => `"${text}" is a street address: describe the home generically ("the family home", "a flat in the town centre").`,
  postcode: (text) => `"${text}" looks like a postcode: remove it; say at most "in the partnership area".`,
  'nhs-number': (text) => `"${text}" looks like an NHS or case number: remove it; a published report never needs one.`,
  setting: (text) => `"${text}" names a school, nursery or surgery: use a generic setting ("the secondary school", "School 1", "the GP practice").`,
  handle: (text) => `"${text}" looks like a social media handle: remove it or describe the platform generically ("a social media account").`,
};

export const identifyingDetail = defineRule<Record<string, never>, DetailItem>({
  meta: {
    id: 'identifying-detail',
    defaultSeverity: 'error',
    category: 'publication',
    fixable: false,
    description: 'No text could identify the child or family in a published report: real names, exact dates of birth, addresses, postcodes, NHS numbers, named schools or settings.',
  },
  scanBlock(block, { offsetOf }) {
    const text = block.text;
    const items: DetailItem[] = [];
    // Characters already reported, so one stretch of text gets one finding (a date of birth is
    // not also a name). A mask keeps this linear however many items a block has.
    const claimed = new Uint8Array(text.length);
    const add = (kind: DetailKind, index: number, length: number) => {
      for (let i = index; i < index + length; i++) if (claimed[i]) return;
      claimed.fill(1, index, index + length);
      items.push({ kind, start: offsetOf(block, index), end: offsetOf(block, index + length - 1) + 1, text: text.slice(index, index + length) });
    };
    // Unambiguous shapes first, so a name heuristic never claims part of one.
    for (const match of text.matchAll(DATE_OF_BIRTH)) add('date-of-birth', match.index, match[0].length);
    for (const match of text.matchAll(POSTCODE)) add('postcode', match.index, match[0].length);
    for (const match of text.matchAll(NHS_NUMBER)) {
      const digits = match[1] + match[2] + match[3];
      const context = NHS_CONTEXT.test(text.slice(Math.max(0, match.index - 30), match.index));
      if (context || validNhsNumber(digits)) add('nhs-number', match.index, match[0].length);
    }
    for (const match of text.matchAll(HANDLE)) add('handle', match.index, match[0].length);
    // Headings are usually in Title Case ("Leaving School", "The Way Forward", "What Went Well"), where
    // capitalised pairs say nothing about names, schools or streets.
    if (block.kind === 'heading') return items.sort((a, b) => a.start - b.start);

    for (const match of text.matchAll(ADDRESS)) {
      const [, number, streetWords] = match;
      const previousWord = PREVIOUS_WORD.exec(text.slice(Math.max(0, match.index - 20), match.index))?.[1] ?? '';
      // "in 2023 Crown Court", "Year 10 Drive", "Finding 3 Close": a year, a numbered thing or a court.
      if (isYear(number) || NUMBERED_THINGS.has(previousWord) || streetWords.trim().split(/[ \t]+/).some((word) => NOT_A_STREET_NAME.has(word))) continue;
      add('address', match.index, match[0].length);
    }
    // Most blocks name no setting at all; one cheap test spares them the setting pattern.
    for (const match of SETTING_KIND_PRESENT.test(text) ? text.matchAll(SETTING) : []) {
      const words = [...match[1].matchAll(/[^ \t-]+/g)];
      // "Child J's School" (Title Case in a table) is the pseudonym's school, not a named one.
      if (words.some((word, i) => PSEUDONYM_WORD.test(word[0]) && PSEUDONYM_TAIL.test(words[i + 1]?.[0] ?? ''))) continue;
      // Sentence words before the name are not part of it: "At Brookfield Academy".
      let first = 0;
      while (first < words.length && FUNCTION_WORDS.has(words[first][0])) first++;
      const nameWords = words.slice(first).map((word) => word[0]).filter((word) => !/^(?:St\.?|Saint)$/.test(word));
      if (nameWords.length === 0 || nameWords.every((word) => GENERIC_SETTING_WORDS.has(word))) continue;
      const leading = words[first].index;
      add('setting', match.index + leading, match[0].length - leading);
    }
    for (const match of text.matchAll(TITLE_NAME)) {
      const length = personLength(match[0], match[0].length - match[1].length);
      if (length > 0) add('name', match.index, length);
    }
    for (const match of text.matchAll(FULL_NAME)) {
      const length = personLength(match[0], match[1].length);
      if (length > 0) add('name', match.index, length);
    }
    return items.sort((a, b) => a.start - b.start);
  },
  check({ doc, items, report, shared, childName }) {
    // Reference lists cite authors and published reviews by name; that is not identifying.
    const references = doc.sectionsWithRole('references');
    const inReferences = (offset: number) => references.some((match) => match.heading.start <= offset && offset < match.end);
    for (const item of items) {
      const lower = item.text.toLowerCase();
      if (shared.allowNames.has(lower) || PUBLISHED_NAMES.has(lower)) continue;
      if (item.kind === 'name') {
        if (lower.split(/\s+/).every((word) => shared.allowNames.has(word))) continue;
        if (inReferences(item.start)) continue;
      }
      report({ start: item.start, end: item.end, message: MESSAGES[item.kind](item.text, childName), data: { kind: item.kind } });
    }
  },
});
