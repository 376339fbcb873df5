// The shape of a labelled case in the language corpus (blame-language, undefined-acronym,
// language-matters).
export interface LanguageCase {
  /** Markdown placed in the draft's findings section (or background, for acronyms). */
  text: string;
  expect: 'report' | 'silent';
  /** The kind of wording (report) or of sound writing (silent) the case stands for. */
  class: string;
  /**
   * For a reported case: the text after applying the first finding's first suggestion (the whole
   * case text), or null when no suggestion should be offered. Left out when not judged.
   */
  suggestion?: string | null;
  note?: string;
}
