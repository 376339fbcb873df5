// Every rule, in the order the contract lists them. Adding a rule = one module + one line here.
import type { AnyRule } from '../rule';
import { requiredSection } from './required-section';
import { emptySection } from './empty-section';
import { sectionOrder } from './section-order';
import { duplicateSection } from './duplicate-section';
import { childVoice } from './child-voice';
import { goodPractice } from './good-practice';
import { recommendationFormat } from './recommendation-format';
import { identifyingDetail } from './identifying-detail';
import { undefinedAcronym } from './undefined-acronym';
import { blameLanguage } from './blame-language';
import { placeholder } from './placeholder';
import { recommendationCount } from './recommendation-count';
import { languageMatters } from './language-matters';
import { analysisDepth } from './analysis-depth';
import { familyInvolvement } from './family-involvement';
import { readability } from './readability';
import { identityConsidered } from './identity-considered';

export const RULES: readonly AnyRule[] = [
  requiredSection,
  emptySection,
  sectionOrder,
  duplicateSection,
  childVoice,
  goodPractice,
  recommendationFormat,
  identifyingDetail,
  undefinedAcronym,
  blameLanguage,
  placeholder,
  languageMatters,
  analysisDepth,
  recommendationCount,
  familyInvolvement,
  identityConsidered,
  readability,
];

export const RULE_IDS: readonly string[] = RULES.map((rule) => rule.meta.id);

export function findRule(id: string): AnyRule | undefined {
  return RULES.find((rule) => rule.meta.id === id);
}
