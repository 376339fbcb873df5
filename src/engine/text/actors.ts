// Who acts, once for the whole engine: a practitioner role or an agency named in text. The
// good-practice rule asks it of a sentence ("the school nurse saw …"), the recommendations extract
// of a recommendation's subject, agent or Owner cell ("The Integrated Care Board will …").
import { BUILT_IN_EXPANSIONS, type Glossary } from '../data/glossary';
import { AGENCY_TERMS, BODY_EXPANSION_ENDINGS, GENERIC_QUALIFIERS, PRACTITIONER_ROLES, QUALIFIED_BODY_NOUNS, termsPattern, termsSource } from '../data/content-cues';

const NAMED_ACTOR = termsPattern([...PRACTITIONER_ROLES, ...AGENCY_TERMS]);
const GENERIC_QUALIFIER_SET = new Set(GENERIC_QUALIFIERS);
// "the EHE team", "breakfast club staff": a team or service is named by the word before it, unless
// that word is generic ("all teams", "between services", "other staff"). The qualifier starts where
// its whole token starts: starting after each hyphen of a long "re-re-re-…" run rescanned the run
// to its end every time (quadratic: 21,000 characters took 0.8 s).
const QUALIFIED_BODY = new RegExp(String.raw`(?<![\p{L}\p{N}’'&-])([\p{L}\p{N}][\p{L}\p{N}’'&-]*)\s+(?:${termsSource(QUALIFIED_BODY_NOUNS)})`, 'giu');
const BODY_ENDING_SET = new Set(BODY_EXPANSION_ENDINGS);
const actorAcronymsByGlossary = new WeakMap<Glossary, RegExp | null>();

/** Acronyms whose expansion names a body or role (CAMHS → "… Services", DSL → "… Lead"), built-in and configured. */
function bodyAcronymPattern(glossary: Glossary): RegExp | null {
  if (actorAcronymsByGlossary.has(glossary)) return actorAcronymsByGlossary.get(glossary)!;
  const acronyms: string[] = [];
  const consider = (acronym: string, expansion: string) => {
    const last = /([\p{L}]+)\W*$/u.exec(expansion)?.[1]?.toLowerCase();
    if (last && BODY_ENDING_SET.has(last) && /^[\p{Lu}\p{N}&]{2,}$/u.test(acronym)) acronyms.push(acronym);
  };
  for (const [acronym, expansion] of Object.entries(BUILT_IN_EXPANSIONS)) consider(acronym, expansion);
  for (const [acronym, expansion] of glossary) consider(acronym, expansion);
  const pattern = acronyms.length > 0 ? new RegExp(String.raw`(?<![\p{L}\p{N}])(?:${acronyms.map((acronym) => acronym.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})s?(?![\p{L}\p{N}])`, 'gu') : null;
  actorAcronymsByGlossary.set(glossary, pattern);
  return pattern;
}

export interface ActorMatch {
  index: number;
  end: number;
  text: string;
}

/** Every mention of a role or agency in the text, in order. */
export function findActors(text: string, glossary: Glossary): ActorMatch[] {
  const found: ActorMatch[] = [];
  for (const match of text.matchAll(NAMED_ACTOR)) found.push({ index: match.index, end: match.index + match[0].length, text: match[0] });
  for (const match of text.matchAll(QUALIFIED_BODY)) {
    if (GENERIC_QUALIFIER_SET.has(match[1].toLowerCase())) continue;
    found.push({ index: match.index, end: match.index + match[0].length, text: match[0] });
  }
  const acronyms = bodyAcronymPattern(glossary);
  if (acronyms) for (const match of text.matchAll(acronyms)) found.push({ index: match.index, end: match.index + match[0].length, text: match[0] });
  return found.sort((a, b) => a.index - b.index);
}
