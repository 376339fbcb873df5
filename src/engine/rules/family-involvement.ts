import { defineRule } from '../rule';
import type { DocBlock, SectionMatch } from '../document';
import { isSectionEmpty, proseBlocks, rememberedForSection } from '../sections/content';
import { splitSentences } from '../text/sentences';
import { BoundedMap } from '../text/text-memo';

// Quality marker 12 (domain brief §10): the report shows how the family were invited and involved,
// what they knew and said, and why not where they were not. Each part is read sentence by sentence:
// a family member (or a pronoun standing for one) and the act in the same sentence.

/** Someone in the child's family, or the child, as reviews name them. */
const FAMILY =
  /\b(?:mother|mothers|mum|mums|father|fathers|dad|dads|parents?|step-?(?:mother|father|mum|dad|parents?)|grand(?:mother|father|parents?|ma|pa|ad|dad|mum)s?|nan|nana|nanna|aunts?|auntie|uncles?|siblings?|brothers?|sisters?|half-(?:brother|sister)s?|cousins?|partners?|carers?|family|families|relatives?|guardians?|birth (?:mother|father|parents?)|(?:Child|Baby|Young Person|Sibling) [A-Z]{1,2}\d?|(?:Mr|Mrs|Ms|Miss|Mx)\.? [A-Z]\b)/iu;
/** A sentence about someone already named: "She said…", "The reviewer visited them…". */
const PRONOUN = /\b(?:she|he|they|them|her|him|his|their|both|neither)\b/iu;

const INVITED =
  /\b(?:invited|inviting|invitations?|approached|contacted|wrote to|written to|letters? (?:was |were )?sent|sent (?:a |an )?(?:letter|invitation|leaflet)|offered|asked (?:whether|if|to)|informed (?:of|about)|told about the review|told of the review|made aware|given the (?:opportunity|chance)|(?:opportunity|chance) to (?:contribute|take part|meet|be involved|share|speak|talk)|notified|reached out|made contact|agreed to|sought (?:the |their |her |his )?views)\b/iu;
// A review still under way (a rapid review): the family will be invited, or have been offered a
// part in a later review ("the chance to contribute to any further review").
const FUTURE_INVITATION =
  /\b(?:will|would|are to|is to|shall)\s+(?:also\s+)?(?:be\s+)?(?:invited|invite|offered|offer|asked|ask|given|contacted|contact|approached|approach|able to contribute|kept informed|informed|write|considered)\b|\b(?:any|a|the) (?:further|future|subsequent|later|local) (?:review|lcspr)\b/iu;

const PARTICIPATION =
  /\b(?:met|meet|meeting|meetings|spoke|spoken|speaking|talked|talking|conversations?|took part|taken part|taking part|participated|contributed|interviewed|interviews?|visited|joined|attended|responded|replied|answered|completed|(?<!\b(?:was|were|been) )returned|wrote|phoned|called|emailed|messaged|shared)\b/giu;
/** How the family took part. "met" and "visited" say it themselves. */
const MODE =
  /\b(?:met|meet|meeting|meetings|in person|face[ -]to[ -]face|at (?:her|his|their|the family)(?: [\p{L}-]+)? home|home visits?|visited|visit|(?:tele)?phone(?:d)?|calls?|called|video|teams|zoom|online|letters?|in writing|written|wrote|e-?mails?|emailed|text messages?|texts|whatsapp|questionnaire|through (?:an? |their |her |his )?(?:advocate|interpreter|solicitor|intermediary|social worker)|in prison|prison visit|at the prison|recorded)\b/iu;
// "did not meet", "None of them has contributed", "will offer to meet", "invited to take part":
// the act did not happen, or has not happened yet.
const NEGATED_BEFORE = /(?:\bnot|n't|\bnever|\bno|\bnone of \p{L}+|\bneither of \p{L}+|\bnobody|\bno one|\bto|\bwill|\bwould|\bcould|\bmay|\bmight|\bshall)\s+(?:[\p{L}’'-]+\s+){0,2}$/iu;

const VIEWS =
  /\b(?:said|says|saying (?:that|how|why)|told|tells|describ(?:ed|es)|felt|feels|wanted|wants|explained|explains|believes|believed|thought|thinks|reflected|reflects|raised|would like|wished|wishes|questioned|asked (?:why|whether|how|that|for)|(?:is|was|were|are) clear|spoke (?:about|of|warmly|positively|highly|movingly|openly)|expressed|recalled|recalls|remembered|remembers|emphasised|acknowledged|hopes|hoped|agreed that|disagreed|(?:is|was|were|are) (?:critical|positive|grateful|angry|upset|unhappy|pleased|concerned|worried|complimentary|appreciative)|(?:their|her|his|the family's|the parents') (?:views?|perspective|account|experience|wish|wishes|hope)|view (?:is|was) that|perspective (?:is|was))\b/iu;
// "Their views have been taken into account" claims views without giving any.
const STOCK_VIEWS = /\b(?:their|her|his|the family's|the family’s|family) views (?:have|has) been (?:taken into account|considered|reflected|included|sought|incorporated)\b|\b(?:their|her|his) views (?:were|are) (?:taken into account|considered|reflected|included|sought|incorporated)\b/giu;
/** A reporting verb that opens what someone said ("said that", "felt", "told the reviewer that"). */
const REPORTED_SPEECH = /\b(?:said|says|saying|felt|feels|believes|believed|thinks|thought|recalled|recalls|remembered|remembers|(?:told|tells|explained to|described to) (?:the reviewers?|the review|us|him|her|them)) (?:that|how|why|she|he|they|it|the|nobody|no one|no-one)\b/iu;
/** The review's own feelings and thoughts ("The reviewer is grateful for their contribution"), which are not the family's views. */
const REVIEW_FEELS =
  /\b(?:the (?:lead |independent )?(?:reviewers?|author|panel|review(?: team| panel)?)|the (?:safeguarding )?partnership|the partners|we|I)\s+(?:(?:is|are|was|were|am|remains?|would like to|wish(?:es)? to|want(?:s)? to)\s+)?(?:very |most |deeply |extremely |particularly )?(?:grateful|thankful|pleased|thanks?|thanked|wishes|wished|hopes|hoped|believes|believed|thinks|thought|felt|feels|acknowledges?|acknowledged|recognises?|recognised)\b/giu;
const CLAUSE_BREAK = /;|, but |, while |, whereas | but /u;
const QUOTATION = /“[^”]{8,}”|"[^"]{8,}"/u;

const NOT_TAKING_PART =
  /\b(?:declined|did not wish|didn't wish|does not wish|did not want|didn't want|does not want|chose not|decided not|did not respond|didn't respond|has not responded|have not responded|no response|did not reply|not replied|could not be (?:contacted|traced|located|found|reached)|were unable to (?:contact|trace|locate|reach|find)|was unable to (?:contact|trace|locate|reach|find)|unable to be (?:contacted|traced|located)|not possible to (?:contact|trace|locate|reach|involve|speak|meet)|in custody|remanded|on legal advice|(?:criminal|care|court|family) (?:proceedings|process|processes)|(?:police|criminal) investigation|trial|not appropriate|inappropriate|too (?:unwell|distressed|upset|ill)|unwell|has died|had died|died|deceased|whereabouts|did not take up|not to (?:approach|contact|involve|invite)|was not invited because|were not invited because|did not feel able|did not feel ready|not ready to)\b/iu;

interface FamilyEvidence {
  invited: boolean;
  futureInvitation: boolean;
  tookPart: boolean;
  how: boolean;
  views: boolean;
  notTakingPart: boolean;
}

/** The sentences of the section; a table row is read as one sentence, its cells side by side. */
function sectionSentences(blocks: readonly DocBlock[]): string[] {
  const sentences: string[] = [];
  const rows = new Map<string, string[]>();
  for (const block of blocks) {
    if (block.table) {
      const key = `${block.table.tableStart}:${block.table.row}`;
      const row = rows.get(key) ?? [];
      if (row.length === 0) rows.set(key, row);
      row.push(block.text);
      continue;
    }
    for (const span of splitSentences(block.text)) sentences.push(block.text.slice(span.start, span.end));
  }
  for (const row of rows.values()) sentences.push(row.join(' — '));
  return sentences;
}

/**
 * Each block's table row (tables numbered in order within the section, so the same section moved
 * by an edit above it gives the same parts) and text: what sectionSentences reads.
 */
function blockTextsAndRows(blocks: readonly DocBlock[]): string[] {
  const parts: string[] = [];
  const tables: number[] = [];
  for (const block of blocks) {
    if (block.table) {
      if (!tables.includes(block.table.tableStart)) tables.push(block.table.tableStart);
      parts.push(`${tables.indexOf(block.table.tableStart)}:${block.table.row}`);
    } else parts.push('');
    parts.push(block.text);
  }
  return parts;
}

// "chose to meet", "was able to speak", "went on to write": a verb whose "to" reports the act as done.
const DONE_BEFORE = /\b(?:chose|opted|elected|managed|went on|was able|were able|preferred)\s+to\s+$/iu;

function participates(sentence: string): boolean {
  for (const match of sentence.matchAll(PARTICIPATION)) {
    const before = sentence.slice(Math.max(0, match.index - 40), match.index);
    if (DONE_BEFORE.test(before) || !NEGATED_BEFORE.test(before)) return true;
  }
  return false;
}

/** What one sentence says, whatever the sentences around it. */
interface SentenceFacts {
  names: boolean;
  /** A pronoun that may stand for someone named before, once asked. */
  pronoun?: boolean;
  /** What it shows when it is about the family (the evidence fields it sets), once asked. */
  shows?: FamilyEvidence;
}

// Sentences read before, by their text (bounded): a keystroke in a long family-involvement section
// then reads only the sentence it changed.
const SENTENCE_FACTS = new BoundedMap<string, SentenceFacts>(20_000);

function sentenceFacts(sentence: string): SentenceFacts {
  let facts = SENTENCE_FACTS.get(sentence);
  if (facts) return facts;
  facts = { names: FAMILY.test(sentence) };
  SENTENCE_FACTS.set(sentence, facts);
  return facts;
}

function whatItShows(sentence: string): FamilyEvidence {
  const shows: FamilyEvidence = { invited: false, futureInvitation: false, tookPart: false, how: false, views: false, notTakingPart: false };
  if (INVITED.test(sentence)) shows.invited = true;
  if (FUTURE_INVITATION.test(sentence)) shows.futureInvitation = true;
  if (VIEWS.test(sentence.replace(STOCK_VIEWS, ' ').replace(REVIEW_FEELS, ' ')) || QUOTATION.test(sentence)) shows.views = true;
  // What a family member is reported as saying is their view, not their taking part: "She said that
  // the school only called her when something went wrong" tells nothing of how she took part.
  const told = REPORTED_SPEECH.exec(sentence);
  const own = told ? sentence.slice(0, told.index) : sentence;
  // Clause by clause: "She met the reviewer twice; her father declined" is one of each.
  // A reason for not taking part may be what they said ("They said they were not ready to talk").
  if (told) for (const clause of sentence.slice(told.index).split(CLAUSE_BREAK)) if (NOT_TAKING_PART.test(clause)) shows.notTakingPart = true;
  for (const clause of own.split(CLAUSE_BREAK)) {
    // "Her mother replied that she did not wish to be involved" is a refusal, not taking part.
    if (NOT_TAKING_PART.test(clause)) {
      shows.notTakingPart = true;
    } else if (participates(clause)) {
      shows.tookPart = true;
      if (MODE.test(clause)) shows.how = true;
    }
  }
  return shows;
}

function gatherEvidence(sentences: readonly string[]): FamilyEvidence {
  const evidence: FamilyEvidence = { invited: false, futureInvitation: false, tookPart: false, how: false, views: false, notTakingPart: false };
  let familyNamed = false;
  for (const sentence of sentences) {
    const facts = sentenceFacts(sentence);
    familyNamed ||= facts.names;
    const about = facts.names || (familyNamed && (facts.pronoun ??= PRONOUN.test(sentence)));
    if (!about) continue;
    const shows = (facts.shows ??= whatItShows(sentence));
    if (shows.invited) evidence.invited = true;
    if (shows.futureInvitation) evidence.futureInvitation = true;
    if (shows.views) evidence.views = true;
    if (shows.notTakingPart) evidence.notTakingPart = true;
    if (shows.tookPart) evidence.tookPart = true;
    if (shows.how) evidence.how = true;
  }
  return evidence;
}

/** What either reading shows. */
function either(a: FamilyEvidence, b: FamilyEvidence): FamilyEvidence {
  return {
    invited: a.invited || b.invited,
    futureInvitation: a.futureInvitation || b.futureInvitation,
    tookPart: a.tookPart || b.tookPart,
    how: a.how || b.how,
    views: a.views || b.views,
    notTakingPart: a.notTakingPart || b.notTakingPart,
  };
}

function joinList(parts: readonly string[]): string {
  if (parts.length <= 1) return parts.join('');
  return `${parts.slice(0, -1).join('; ')}; and ${parts[parts.length - 1]}`;
}

/** What the section leaves out, in the order a reader expects it. */
export function missingParts(evidence: FamilyEvidence): string[] {
  const missing: string[] = [];
  // Taking part, declining or being out of reach all say that someone was approached; a review
  // still under way may only say the family will be invited.
  if (!evidence.invited && !evidence.tookPart && !evidence.notTakingPart && !evidence.futureInvitation) missing.push('who in the family was invited to take part, and how they were approached');
  if (evidence.tookPart) {
    if (!evidence.how) missing.push('how they took part (a meeting, a call, a letter)');
    if (!evidence.views) missing.push('what they said: their views of what happened and of the help they received');
  } else if (!evidence.notTakingPart && !evidence.futureInvitation) {
    missing.push('who took part and how (a meeting, a call, a letter) and what they said, or, if nobody did, why not');
  }
  return missing;
}

export const familyInvolvement = defineRule({
  meta: {
    id: 'family-involvement',
    defaultSeverity: 'warning',
    // Within a rapid review's fifteen working days the family often cannot yet be asked: a note, not a warning.
    severityByTemplate: { 'rapid-review': 'info' },
    category: 'content',
    fixable: false,
    description: 'The family-involvement section says who in the family was invited, who took part and how, and what they said, or why they did not take part.',
  },
  check({ doc, report }) {
    const match = doc.section('family-involvement');
    // A missing section is required-section's finding, an empty one empty-section's.
    if (!match || isSectionEmpty(doc, match)) return;
    // Remembered until the section changes: reading it again on every keystroke elsewhere was most
    // of the rule's time. What the reading depends on: each block's text and the table row it is in.
    const read = (section: SectionMatch) => {
      const blocks = proseBlocks(doc, section);
      return rememberedForSection(doc, section, `family-involvement ${section.section.id}`, blockTextsAndRows(blocks), () => gatherEvidence(sectionSentences(blocks)));
    };
    // Who was approached and how they took part is often told where the review says how it was done
    // ("Child D's mother met the reviewer twice; her father did not respond to letters"), and what
    // they said in this section: what the methodology says of the family counts too.
    const methodology = doc.section('methodology');
    const missing = missingParts(methodology ? either(read(match), read(methodology)) : read(match));
    if (missing.length === 0) return;
    report({
      start: match.heading.start,
      end: doc.lineEnd(match.heading.line),
      message: `The "${match.heading.text}" section does not say ${joinList(missing)}.`,
      data: { sectionId: match.section.id, missing: String(missing.length) },
    });
  },
});
