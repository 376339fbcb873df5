// The review quality markers that can be judged from the text (domain brief §10: SCIE/NSPCC
// markers 12–14, the Panel's comments on recommendations and on race and identity, plain
// language), each with a status for this draft and the places that need work. One definition for
// the side panel and the coverage report: both render what this returns.
import type { DraftDocument } from '../document';
import type { Template } from '../templates/schema';
import type { Finding } from '../types';
import { sectionWordCount } from '../sections/content';
import { findingUnits } from './findings';
import type { SectionReadability } from './readability';

export type QualityStatus = 'ok' | 'needs-work' | 'not-judged';

export type QualityMarkerId = 'family-involvement' | 'analysis' | 'findings-easy-to-find' | 'recommendations' | 'identity' | 'readable';

/** A place in the draft to go to: 1-based line and column, and what is there. */
export interface QualityTarget {
  line: number;
  column: number;
  label: string;
}

export interface QualityMarker {
  id: QualityMarkerId;
  label: string;
  status: QualityStatus;
  /** One or two sentences: what was judged, and what to do when it needs work. */
  detail: string;
  /** The rules whose findings decide the status (empty when it is judged from structure alone). */
  ruleIds: string[];
  /** Where the work is, at most MAX_TARGETS; `moreTargets` counts the rest. */
  targets: QualityTarget[];
  moreTargets: number;
}

/** What the markers read from a lint result. */
export interface QualityInput {
  template: Template;
  findings: readonly Finding[];
  document: DraftDocument;
  activeRuleIds: readonly string[];
  readability?: readonly SectionReadability[];
}

export const MAX_TARGETS = 10;

/** This many very long sentences (readability findings) make the draft's readability need work. */
export const READABLE_SENTENCE_FINDINGS = 3;

/** A findings section longer than this with no sub-finding headings is hard to find one's way in. */
export const UNHEADED_FINDINGS_WORDS = 400;

export function qualityMarkers(input: QualityInput): QualityMarker[] {
  return [familyInvolvement(input), analysis(input), findingsEasyToFind(input), recommendations(input), identity(input), readable(input)];
}

function marker(id: QualityMarkerId, label: string, ruleIds: string[], status: QualityStatus, detail: string, targets: QualityTarget[] = []): QualityMarker {
  return { id, label, status, detail, ruleIds, targets: targets.slice(0, MAX_TARGETS), moreTargets: Math.max(0, targets.length - MAX_TARGETS) };
}

function findingsOf(input: QualityInput, ruleIds: readonly string[]): Finding[] {
  return input.findings.filter((finding) => ruleIds.includes(finding.ruleId));
}

function anyActive(input: QualityInput, ruleIds: readonly string[]): boolean {
  return ruleIds.some((id) => input.activeRuleIds.includes(id));
}

/** A finding as a place to go to, labelled with the first sentence of its message. */
function findingTarget(finding: Finding): QualityTarget {
  const firstSentence = /^.*?[.!?](?=\s|$)/su.exec(finding.message)?.[0] ?? finding.message;
  const label = firstSentence.length > 160 ? `${firstSentence.slice(0, 157)}…` : firstSentence;
  return { line: finding.range.start.line, column: finding.range.start.column, label };
}

function headingTarget(doc: DraftDocument, headingStart: number, label: string): QualityTarget {
  const position = doc.positionAt(headingStart);
  return { line: position.line, column: position.column, label };
}

function familyInvolvement(input: QualityInput): QualityMarker {
  const ruleIds = ['family-involvement'];
  const label = 'Family involvement';
  const section = input.template.sections.find((candidate) => candidate.id === 'family-involvement');
  if (!section || !anyActive(input, ruleIds)) return marker('family-involvement', label, ruleIds, 'not-judged', notJudged(section ? ruleIds : [], 'This template has no family-involvement section.'));
  const match = input.document.section('family-involvement');
  if (!match) {
    return marker('family-involvement', label, ruleIds, section.required ? 'needs-work' : 'not-judged', section.required ? `No "${section.title}" section: say who in the family was invited, who took part and how, and what they said, or why they did not.` : `No "${section.title}" section yet (recommended for this template).`);
  }
  const found = findingsOf(input, ruleIds);
  if (found.length > 0) return marker('family-involvement', label, ruleIds, 'needs-work', 'The section does not yet show how the family were involved and what they said.', found.map(findingTarget));
  if (sectionWordCount(input.document, match) < Math.max(1, section.minWords)) {
    return marker('family-involvement', label, ruleIds, 'needs-work', `The "${match.heading.text}" section is empty.`, [headingTarget(input.document, match.heading.start, match.heading.text)]);
  }
  return marker('family-involvement', label, ruleIds, 'ok', 'Says who in the family was invited, who took part and how, and what they said (or why they did not).', [headingTarget(input.document, match.heading.start, match.heading.text)]);
}

function analysis(input: QualityInput): QualityMarker {
  const ruleIds = ['analysis-depth'];
  const label = 'Analysis explains why';
  const sections = input.template.sections.filter((section) => section.role === 'analysis');
  if (sections.length === 0 || !anyActive(input, ruleIds)) return marker('analysis', label, ruleIds, 'not-judged', notJudged(sections.length > 0 ? ruleIds : [], 'This template has no findings or analysis section.'));
  const matches = input.document.sectionsWithRole('analysis');
  if (matches.length === 0) return marker('analysis', label, ruleIds, 'needs-work', `No findings or analysis section ("${sections[0].title}").`);
  const found = findingsOf(input, ruleIds);
  if (found.length > 0) {
    return marker('analysis', label, ruleIds, 'needs-work', `${found.length === 1 ? 'One finding retells' : `${found.length} findings retell`} events without saying why they happened or what in the system made them likely.`, found.map(findingTarget));
  }
  return marker('analysis', label, ruleIds, 'ok', 'The findings explain why things happened, not only what happened.', matches.map((match) => headingTarget(input.document, match.heading.start, match.heading.text)));
}

function findingsEasyToFind(input: QualityInput): QualityMarker {
  const label = 'Findings easy to find';
  const section = input.template.sections.find((candidate) => candidate.role === 'analysis');
  if (!section) return marker('findings-easy-to-find', label, [], 'not-judged', 'This template has no findings or analysis section.');
  const match = input.document.section(section.id);
  if (!match) return marker('findings-easy-to-find', label, [], 'needs-work', `No "${section.title}" section: readers look for the findings under a heading of their own.`);
  const units = findingUnits(input.document, match);
  const headed = units.filter((unit) => unit.headed);
  if (headed.length > 0) {
    return marker('findings-easy-to-find', label, [], 'ok', `"${match.heading.text}" has ${headed.length} headed finding${headed.length === 1 ? '' : 's'}.`, headed.map((unit) => headingTarget(input.document, unit.labelStart, unit.title)));
  }
  const words = sectionWordCount(input.document, match);
  if (words > UNHEADED_FINDINGS_WORDS) {
    return marker('findings-easy-to-find', label, [], 'needs-work', `"${match.heading.text}" runs to ${words} words with no sub-finding headings: give each finding a heading that states it in one sentence.`, [headingTarget(input.document, match.heading.start, match.heading.text)]);
  }
  return marker('findings-easy-to-find', label, [], 'ok', `The findings are under "${match.heading.text}".`, [headingTarget(input.document, match.heading.start, match.heading.text)]);
}

function recommendations(input: QualityInput): QualityMarker {
  const ruleIds = ['recommendation-format', 'recommendation-count'];
  const label = 'Recommendations few and owned';
  const sections = input.template.sections.filter((section) => section.role === 'recommendations' || section.role === 'actions');
  if (sections.length === 0 || !anyActive(input, ruleIds)) return marker('recommendations', label, ruleIds, 'not-judged', notJudged(sections.length > 0 ? ruleIds : [], 'This template has no recommendations section.'));
  const matches = [...input.document.sectionsWithRole('recommendations'), ...input.document.sectionsWithRole('actions')];
  if (matches.length === 0) return marker('recommendations', label, ruleIds, sections.some((section) => section.required) ? 'needs-work' : 'not-judged', `No "${sections[0].title}" section.`);
  const found = findingsOf(input, ruleIds);
  if (found.length > 0) return marker('recommendations', label, ruleIds, 'needs-work', `${found.length} thing${found.length === 1 ? '' : 's'} to fix: each recommendation numbered, owned by a named agency, specific, and no more than the review needs.`, found.map(findingTarget));
  return marker('recommendations', label, ruleIds, 'ok', 'Recommendations are numbered, owned and focused.', matches.map((match) => headingTarget(input.document, match.heading.start, match.heading.text)));
}

function identity(input: QualityInput): QualityMarker {
  const ruleIds = ['identity-considered'];
  const label = 'Identity considered';
  if (!anyActive(input, ruleIds)) return marker('identity', label, ruleIds, 'not-judged', notJudged(ruleIds, ''));
  const found = findingsOf(input, ruleIds);
  if (found.length > 0) return marker('identity', label, ruleIds, 'needs-work', "The review does not yet consider the child's and family's race, ethnicity, culture, religion, language or disability, or say why not.", found.map(findingTarget));
  return marker('identity', label, ruleIds, 'ok', "The review considers the child's and family's identity.");
}

function readable(input: QualityInput): QualityMarker {
  const ruleIds = ['readability'];
  const label = 'Readable for a family';
  if (!input.readability || !anyActive(input, ruleIds)) return marker('readable', label, ruleIds, 'not-judged', notJudged(ruleIds, ''));
  const totals = input.readability.reduce((sum, section) => ({ sentences: sum.sentences + section.sentences, words: sum.words + section.words, long: sum.long + section.longSentences }), { sentences: 0, words: 0, long: 0 });
  if (totals.sentences === 0) return marker('readable', label, ruleIds, 'not-judged', 'No running prose to measure yet.');
  const average = Math.round((totals.words / totals.sentences) * 10) / 10;
  const hardest = [...input.readability].filter((section) => section.words >= 100).sort((a, b) => a.readingEase - b.readingEase)[0];
  const figures = `${average} words a sentence on average, ${Math.round((totals.long / totals.sentences) * 100)}% of sentences very long${hardest ? `; hardest section "${hardest.title}" (reading ease ${hardest.readingEase})` : ''}.`;
  const found = findingsOf(input, ruleIds);
  // One long sentence does not make a report hard to read; a hard section or several do.
  const hardSections = found.filter((finding) => finding.data?.readingEase !== undefined);
  if (hardSections.length > 0 || found.length >= READABLE_SENTENCE_FINDINGS) {
    return marker('readable', label, ruleIds, 'needs-work', `${figures} Shorten the sentences and sections shown.`, found.map(findingTarget));
  }
  if (found.length > 0) return marker('readable', label, ruleIds, 'ok', `${figures} ${found.length === 1 ? 'One sentence is' : `${found.length} sentences are`} worth shortening.`, found.map(findingTarget));
  return marker('readable', label, ruleIds, 'ok', figures);
}

function notJudged(ruleIds: readonly string[], otherwise: string): string {
  return ruleIds.length > 0 ? `Not judged: the ${ruleIds.join(' and ')} rule${ruleIds.length === 1 ? ' is' : 's are'} off in this configuration.` : otherwise;
}
