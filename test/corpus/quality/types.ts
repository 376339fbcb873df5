// The shape of a labelled case in the quality corpus (analysis-depth, family-involvement, readability).
export interface QualityCase {
  /** Markdown placed under the section the rule reads. */
  text: string;
  expect: 'report' | 'silent';
  /** The kind of problem (report) or of sound writing (silent) the case stands for. */
  class: string;
  note?: string;
}
