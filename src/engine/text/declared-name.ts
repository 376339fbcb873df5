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

/**
 * "referred to (in this review) as Kai", "known as 'Kai'", "the pseudonym Kai", "given the name Kai".
 * Not "called" or "described as": "the health visitor called Kai's mother", "described as Polish".
 */
const NAMED_AS = new RegExp(
  String.raw`\b(?:(?:referred\s+to|known)(?:\s+(?:in|throughout)\s+(?:this|the)\s+(?:review|report|document))?\s+as|(?:the\s+)?pseudonym(?:\s+of)?|given\s+the\s+name)\s+${OPEN_QUOTE}(${NAME})(?![\p{L}\p{N}])`,
  'u',
);
/** "Kai (a pseudonym)", "Kai (not his real name)", "Kai is a pseudonym", "‘Kai’ is not her real name". */
const NAME_THEN_SAYS = new RegExp(
  String.raw`(?<![\p{L}\p{N}])${OPEN_QUOTE}(${NAME})["'’”]?\s*(?:\(\s*(?:a\s+|this\s+is\s+a\s+|the\s+)?(?:pseudonym|not\s+(?:his|her|their)\s+real\s+name)|(?:is|was)\s+(?:a|the)\s+pseudonym|is\s+not\s+(?:his|her|their)\s+real\s+name)`,
  'u',
);
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
  for (const pattern of [NAMED_AS, NAME_THEN_SAYS]) {
    const name = pattern.exec(opening)?.[1];
    if (name && !NOT_A_NAME.has(name)) return name;
  }
  const fromTitle = title === undefined ? undefined : TITLE_NAME.exec(title.trim())?.[1];
  if (!fromTitle || NOT_A_NAME.has(fromTitle)) return undefined;
  const uses = opening.match(new RegExp(String.raw`(?<![\p{L}\p{N}])${fromTitle}(?![\p{L}\p{N}])`, 'gu'))?.length ?? 0;
  // Once in the title itself (when the opening includes it) and at least twice more.
  return uses >= 3 ? fromTitle : undefined;
}
