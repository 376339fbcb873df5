import { defineRule, type ScanItem } from '../rule';
import { GIVEN_NAMES } from '../data/given-names';
import { GENERIC_SETTING_WORDS, MONTHS, NOT_A_SURNAME, SETTING_KINDS, STREET_KINDS } from '../data/anonymisation';
import { escapeRegExp } from './shared-text';

type DetailKind = 'name' | 'date-of-birth' | 'address' | 'postcode' | 'nhs-number' | 'setting' | 'handle';

interface DetailItem extends ScanItem {
  kind: DetailKind;
  text: string;
}

const NAME_WORD = "[A-Z][a-z'’]+(?:-[A-Z][a-z'’]+)?";
// "Jayden Marsh-Okafor", "Mrs Okafor", "Dr Patel".
const FULL_NAME = new RegExp(`(?<![\\p{L}\\p{N}])([A-Z][a-z'’]+)\\s+(${NAME_WORD})(?![\\p{L}\\p{N}])`, 'gu');
const TITLE_NAME = new RegExp(`(?<![\\p{L}\\p{N}])(?:Mr|Mrs|Ms|Miss|Mx|Dr)\\.?\\s+(${NAME_WORD})(?![\\p{L}\\p{N}])`, 'gu');
const MONTH = `(?:${MONTHS.map(escapeRegExp).join('|')})\\.?`;
const DATE = `(?:\\d{1,2}[/.-]\\d{1,2}[/.-]\\d{2,4}|\\d{1,2}(?:st|nd|rd|th)?\\s+${MONTH},?\\s+\\d{4}|${MONTH}\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4})`;
const DATE_OF_BIRTH = new RegExp(`(?<![\\p{L}])(?:born(?:\\s+on)?|date\\s+of\\s+birth|d\\.?o\\.?b\\.?)[\\s:,(–-]{0,4}(?:on\\s+|is\\s+|was\\s+)?${DATE}`, 'giu');
const POSTCODE = /(?<![A-Za-z0-9])[A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2}(?![A-Za-z0-9])/g;
const NHS_NUMBER = /(?<![\d-])(\d{3})[ -]?(\d{3})[ -]?(\d{4})(?![\d-])/g;
const ADDRESS = new RegExp(`(?<![\\p{L}\\p{N}])\\d{1,4}[A-Za-z]?,?\\s+(?:[A-Z][a-z'’]+\\s+){1,3}(?:${STREET_KINDS.join('|')})\\.?(?![\\p{L}])`, 'gu');
const SETTING = new RegExp(`(?<![\\p{L}\\p{N}])((?:St\\.?\\s+|Saint\\s+)?(?:[A-Z][\\p{L}'’]+[\\s-]){1,4})(?:${SETTING_KINDS.map(escapeRegExp).join('|')})(?![\\p{L}])`, 'gu');
const HANDLE = /(?<![\p{L}\p{N}@.])@[A-Za-z0-9_]{3,30}(?![\p{L}\p{N}@.])/gu;

/** NHS numbers carry a modulus-11 check digit; most ten-digit numbers fail it. */
function validNhsNumber(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < 9; i++) sum += Number(digits[i]) * (10 - i);
  const check = 11 - (sum % 11);
  const expected = check === 11 ? 0 : check;
  return expected !== 10 && expected === Number(digits[9]);
}

const MESSAGES: Record<DetailKind, (text: string, childName: string) => string> = {
  name: (text, child) => `"${text}" looks like a real person's name: replace it with the report's pseudonym (e.g. ${child === 'the child' ? 'Child A' : child}) or a role ("the allocated social worker"). If it is an agreed pseudonym, add it to "allowNames" in .cspr-lint.json.`,
  'date-of-birth': (text) => `"${text}" is an exact date of birth: give the child's age ("aged 16") or a month and year instead.`,
  address: (text) => `"${text}" is a street address: describe the home generically ("the family home", "a flat in the town centre").`,
  postcode: (text) => `"${text}" looks like a postcode: remove it; say at most "in the partnership area".`,
  'nhs-number': (text) => `"${text}" looks like an NHS number: remove it from the report.`,
  setting: (text) => `"${text}" names a school, nursery or surgery: use a generic setting ("the secondary school", "School 1", "the GP practice").`,
  handle: (text) => `"${text}" looks like a social media handle: remove it or describe the platform generically.`,
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
    const add = (kind: DetailKind, index: number, length: number) => {
      const start = offsetOf(block, index);
      const end = offsetOf(block, index + length - 1) + 1;
      if (items.some((item) => item.start < end && start < item.end)) return;
      items.push({ kind, start, end, text: text.slice(index, index + length) });
    };
    for (const match of text.matchAll(DATE_OF_BIRTH)) add('date-of-birth', match.index, match[0].length);
    for (const match of text.matchAll(ADDRESS)) add('address', match.index, match[0].length);
    for (const match of text.matchAll(POSTCODE)) add('postcode', match.index, match[0].length);
    for (const match of text.matchAll(NHS_NUMBER)) {
      const digits = match[1] + match[2] + match[3];
      const context = /\bNHS\b/i.test(text.slice(Math.max(0, match.index - 30), match.index));
      if (context || validNhsNumber(digits)) add('nhs-number', match.index, match[0].length);
    }
    for (const match of text.matchAll(SETTING)) {
      const nameWords = match[1].trim().split(/[\s-]+/).filter((word) => !/^(?:St\.?|Saint)$/.test(word));
      if (nameWords.every((word) => GENERIC_SETTING_WORDS.has(word))) continue;
      // "School 1's" or "the school" never reach here; "Westmere Council School" would.
      const leading = match[1].search(/\S/);
      add('setting', match.index + leading, match[0].length - leading);
    }
    for (const match of text.matchAll(HANDLE)) add('handle', match.index, match[0].length);
    // Headings are often in Title Case ("What Went Well"); names there are rare, false alarms common.
    if (block.kind !== 'heading') {
      for (const match of text.matchAll(TITLE_NAME)) {
        if (!NOT_A_SURNAME.has(match[1])) add('name', match.index, match[0].length);
      }
      for (const match of text.matchAll(FULL_NAME)) {
        const [, given, surname] = match;
        if (!GIVEN_NAMES.has(given) || NOT_A_SURNAME.has(surname.split('-')[0])) continue;
        add('name', match.index, match[0].length);
      }
    }
    return items.sort((a, b) => a.start - b.start);
  },
  check({ items, report, shared, childName }) {
    for (const item of items) {
      if (item.kind === 'name') {
        const lower = item.text.toLowerCase();
        if (shared.allowNames.has(lower) || lower.split(/\s+/).every((word) => shared.allowNames.has(word))) continue;
      }
      report({ start: item.start, end: item.end, message: MESSAGES[item.kind](item.text, childName), data: { kind: item.kind } });
    }
  },
});
