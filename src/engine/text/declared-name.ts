// A child's pseudonym that is a first name ("Kai", chosen with the family: domain brief §2) has no
// shape of its own, unlike "Child K". A review says it is one, near the start: in its title ("Local
// Child Safeguarding Practice Review: Kai") or in a sentence ("referred to in this report as Kai",
// "Kai (not his real name)", "the pseudonym 'Kai'"). Only such a declaration makes a first name the
// child's name here; a capitalised word is never guessed to be one.

/** How far into a draft a declaration is looked for: it comes with the introduction. */
export const DECLARATION_SAMPLE_LENGTH = 30_000;

/** A first name as a pseudonym: one capitalised word, possibly hyphenated ("Mia-Rose"). */
const NAME = String.raw`\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?`;
const OPEN_QUOTE = String.raw`["'‘“]?`;

const IN_THIS_REVIEW = String.raw`\s+(?:in|throughout)\s+(?:this|the)\s+(?:review|report|document)`;
/**
 * "referred to (in this review) as Kai", "known in this review as Kai", "known as 'Kai' in this report",
 * "the pseudonym Kai", "given the name Kai". Not "called" or "described as": "the health visitor called
 * Kai's mother", "described as Polish"; nor a bare "known as", which gives a nickname as often ("an older
 * male known as 'Dread'", "known on the estate as 'Tank'").
 */
const NAMED_AS = new RegExp(
  String.raw`\b(?:referred\s+to(?:${IN_THIS_REVIEW})?\s+as|known${IN_THIS_REVIEW}\s+as|known\s+as(?=\s+${OPEN_QUOTE}${NAME}["'’”]?,?${IN_THIS_REVIEW})|(?:the\s+)?pseudonym(?:\s+of)?|given\s+the\s+name)\s+${OPEN_QUOTE}(${NAME})(?![\p{L}\p{N}])`,
  'u',
);
/** Where a declaration after the name ends: "… (a pseudonym)", "… is not her real name", "…, a name he chose". Found first, then the name before it is read. */
const SAYS_PSEUDONYM = /pseudonym|real\s+name|name\s+(?:he|she|they)\s+(?:chose|picked)\b|name\s+chosen\s+(?:with|by\s+(?:him|her|them))\b/gu;
/** What comes between the name and SAYS_PSEUDONYM: "Kai (a ", "‘Amara’ is a ", "Jaden (not his ", "Kai is not his ", "Leo, a ". */
const NAME_BEFORE = new RegExp(
  String.raw`(?<![\p{L}\p{N}])${OPEN_QUOTE}(${NAME})["'’”]?\s*(?:\(\s*(?:(?:a|this\s+is\s+a|the)\s+)?(?:not\s+(?:his|her|their)\s+)?|(?:is|was)\s+(?:(?:a|the)\s+|not\s+(?:his|her|their)\s+)|,\s*(?:a|the)\s+)$`,
  'u',
);
/** How far before "pseudonym" the name may start. */
const NAME_REACH = 60;

/** A title ending in a name after a colon or dash, quoted or not: "…Practice Review: Kai", "LCSPR – ‘Ellis’". */
const TITLE_NAME = new RegExp(String.raw`[:–—-]\s*${OPEN_QUOTE}(${NAME})["'’”]?\s*$`, 'u');

/** Words that open a pseudonym or name a part of a document, not a child. */
const NOT_A_NAME = new Set(
  `Child Baby Infant Young Person Sibling Mother Father Parent Family The This That A An Our Their His Her In On At For And Of
  Final Draft Report Review Summary Overview Executive Introduction Version Update Addendum Appendix Part Section Learning Findings
  Published Publication Confidential Official Sensitive Redacted Anonymised January February March April May June July August
  September October November December`.split(/\s+/),
);

/**
 * The first name the draft declares as the child's pseudonym, if any: a declaration in its opening
 * text, or its title's last word when that word is used again in the opening text (a title's "…:
 * Kai" with Kai in the report, not "…: Final").
 */
export function declaredChildName(title: string | undefined, opening: string): string | undefined {
  const namedAs = NAMED_AS.exec(opening)?.[1];
  if (namedAs && !NOT_A_NAME.has(namedAs)) return namedAs;
  const declaredAfter = namesBeforeDeclaration(opening).next();
  if (!declaredAfter.done) return declaredAfter.value;
  const fromTitle = title === undefined ? undefined : TITLE_NAME.exec(title.trim())?.[1];
  if (!fromTitle || NOT_A_NAME.has(fromTitle)) return undefined;
  const uses = opening.match(new RegExp(String.raw`(?<![\p{L}\p{N}])${fromTitle}(?![\p{L}\p{N}])`, 'gu'))?.length ?? 0;
  // Once in the title itself (when the opening includes it) and at least twice more.
  return uses >= 3 ? fromTitle : undefined;
}

/** Words that may declare a pseudonym; a text without any of them declares none (most chunks of a draft). */
const MAY_DECLARE = /pseudonym|real\s+name|referred\s+to|known|given\s+the\s+name|chose|picked/u;
const NAMED_AS_ALL = new RegExp(NAMED_AS.source, 'gu');

/**
 * Every name a text declares as a pseudonym, of the child or anyone else: "her brother Tyler (a
 * pseudonym)", "referred to in this report as Kai", "the pseudonym 'Amara'". In order, without repeats.
 */
export function declaredPseudonyms(text: string): string[] {
  if (!MAY_DECLARE.test(text)) return [];
  const found = new Set<string>();
  for (const match of text.matchAll(NAMED_AS_ALL)) if (!NOT_A_NAME.has(match[1])) found.add(match[1]);
  for (const name of namesBeforeDeclaration(text)) found.add(name);
  return [...found];
}

/**
 * The names declared by what follows them ("Kai (a pseudonym)", "Jaden (not his real name)"), in
 * order: the words that declare them are rare, so they are found first and the name read before them.
 */
function* namesBeforeDeclaration(text: string): Generator<string> {
  for (const says of text.matchAll(SAYS_PSEUDONYM)) {
    const name = NAME_BEFORE.exec(text.slice(Math.max(0, says.index - NAME_REACH), says.index))?.[1];
    if (name && !NOT_A_NAME.has(name)) yield name;
  }
}
