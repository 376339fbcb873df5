// What a pseudonym looks like in a published review (domain brief §2), once for the engine: the
// child's name in messages (findChildName), headings that name the child ("A Day in the Life of
// Child Q"), identifying-detail (a pseudonym is never a real name) and coverage ("the voice of
// Child R" is "the voice of the child").

/** Words that open a pseudonym of the child: "Child A", "Baby M", "Young Person K", "Infant B". */
export const CHILD_PSEUDONYM_HEADS: readonly string[] = ['Child', 'Baby', 'Infant', 'Young Person', 'YP'];

/**
 * Words that open any pseudonym: the child's, and the people and places around them ("Sibling 1",
 * "Parent 2", "Adult B", "Practitioner 3", "School 2", "Agency 4").
 */
export const PSEUDONYM_HEADS: readonly string[] = [
  ...CHILD_PSEUDONYM_HEADS,
  'Sibling', 'Parent', 'Adult', 'Person', 'Practitioner', 'Professional', 'School', 'Nursery', 'Agency', 'Subject', 'Male', 'Female', 'Man',
  'Woman', 'Mother', 'Father', 'Carer', 'Family', 'Household',
];

/** The label of a child's pseudonym as one word: "A", "AB", "C2" (of "Child A", "Child AB", "Child C2"). */
export const CHILD_PSEUDONYM_LABEL = /^[A-Z]{1,2}\d?$/;

/** What follows the head: one or two capitals, optionally a digit ("Child A", "Child AB", "Child C2"), or a number ("Sibling 1"). */
export const PSEUDONYM_LABEL_SOURCE = String.raw`(?:[A-Z]{1,2}\d?|\d{1,2})`;

/** Relatives named by relationship, which reviews use in place of names ("Mother", "Maternal Grandmother"). */
export const RELATIONSHIP_PSEUDONYMS: readonly string[] = [
  'Mother', 'Father', 'Stepfather', 'Stepmother', 'Step-father', 'Step-mother', 'Grandmother', 'Grandfather', 'Maternal Grandmother',
  'Maternal Grandfather', 'Paternal Grandmother', 'Paternal Grandfather', 'Aunt', 'Uncle', 'Brother', 'Sister', 'Half-brother',
  'Half-sister', "Mother's partner", "Father's partner", 'Partner', 'Carer', 'Foster carer', 'Guardian', 'Special Guardian',
];

function alternation(words: readonly string[]): string {
  return [...words].sort((a, b) => b.length - a.length).map((word) => word.replace(/ /g, String.raw`\s+`)).join('|');
}

/** A child's pseudonym, heads and label on one line or across a soft line break. */
export const CHILD_PSEUDONYM_SOURCE = String.raw`(?<![\p{L}\p{N}])(?:${alternation(CHILD_PSEUDONYM_HEADS)})\s+[A-Z]{1,2}\d?(?![\p{L}\p{N}])`;
/** Any pseudonym of the shape "Head Label". */
export const PSEUDONYM_SOURCE = String.raw`(?<![\p{L}\p{N}])(?:${alternation(PSEUDONYM_HEADS)})\s+${PSEUDONYM_LABEL_SOURCE}(?![\p{L}\p{N}])`;

const CHILD_PSEUDONYM = new RegExp(CHILD_PSEUDONYM_SOURCE, 'gu');
const WHOLE_PSEUDONYM = new RegExp(`^(?:${PSEUDONYM_SOURCE}|(?:${alternation(RELATIONSHIP_PSEUDONYMS)}))$`, 'iu');

/** Whether the text is a pseudonym or a relationship used as one ("Child A", "Sibling 1", "Mother"). */
export function isPseudonym(text: string): boolean {
  return WHOLE_PSEUDONYM.test(text.trim());
}

/** The child pseudonyms in a text, in order, with a single space between head and label ("Child\nJ" → "Child J"). */
export function childPseudonyms(text: string): { start: number; end: number; name: string }[] {
  return [...text.matchAll(CHILD_PSEUDONYM)].map((match) => ({ start: match.index, end: match.index + match[0].length, name: match[0].replace(/\s+/g, ' ') }));
}

/** The text with every child pseudonym replaced ("A Day in the Life of Child Q" → "… of the child"). */
export function replaceChildPseudonyms(text: string, by: string): string {
  return text.replace(CHILD_PSEUDONYM, by);
}

/** How far into a draft findChildName reads: the child is named early, and a long draft need not be read to the end. */
export const CHILD_NAME_SAMPLE_LENGTH = 200_000;

/** The pseudonym the draft uses most ("Child J", "Baby M"), so messages can speak of the child by name; "the child" when there is none. */
export function findChildName(text: string): string {
  const sample = text.length > CHILD_NAME_SAMPLE_LENGTH ? text.slice(0, CHILD_NAME_SAMPLE_LENGTH) : text;
  return mostUsedChildPseudonym([childPseudonymCounts(sample)]);
}

/** How often each child pseudonym occurs in a text, in the order each first occurs. */
export function childPseudonymCounts(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const { name } of childPseudonyms(text)) counts.set(name, (counts.get(name) ?? 0) + 1);
  return counts;
}

/**
 * findChildName over a text made of consecutive parts, from each part's childPseudonymCounts in
 * order (so a caller can keep each part's counts); the first to occur wins a tie.
 */
export function mostUsedChildPseudonym(countsOfParts: Iterable<ReadonlyMap<string, number>>): string {
  const counts = new Map<string, number>();
  for (const part of countsOfParts) for (const [name, count] of part) counts.set(name, (counts.get(name) ?? 0) + count);
  let best = 'the child';
  let bestCount = 0;
  for (const [name, count] of counts) if (count > bestCount) [best, bestCount] = [name, count];
  return best;
}

/**
 * Whether a child pseudonym could begin at the end of the text and go on after it ("Child" or
 * "Young" and then only white space, which a pseudonym's label or "Person" may follow on the next
 * line): counting the text alone could then miss one that counting it with what follows finds.
 */
export function mayEndInChildPseudonym(text: string): boolean {
  return /(?:Young|Person|Infant|Child|Baby|YP)\s*$/.test(text.slice(-40));
}
