// Wording national guidance asks reviewers to avoid: labels that blame children or hide what was done
// to them (domain brief, section 10: the NSPCC "Why language matters" series and the 2024 Appropriate
// Language Guide). Each term has the wording to prefer; teams extend or switch off terms with the
// config's `language` key. Terms are matched by the shared word stems, so inflections count
// ("risky behaviours", "malicious allegations").

/**
 * How a term is recognised:
 * - `phrase`: its words wherever they stand together;
 * - `not-brought`: "did not attend", "DNA", "DNA'd" — only of a child (decided from the subject);
 * - `lac`: "LAC" used as a label, not spelled out in brackets;
 * - `county-lines`: "recruited", "working" where the sentence is about county lines or drug dealing;
 * - `self-blame`: a child "putting/placing themselves at risk" (a reflexive after put/place/expose);
 * - `sexual-activity`: a child "engaging in sexual activity" / "selling sex".
 */
export type TermMatcher = 'phrase' | 'not-brought' | 'lac' | 'county-lines' | 'self-blame' | 'sexual-activity';

export interface LanguageTerm {
  /** The term as the config names it. */
  term: string;
  /** The wording to prefer, as the message gives it. */
  preferred: string;
  matcher: TermMatcher;
  /** Other ways the term is written, matched like the term itself. */
  variants?: readonly string[];
  /**
   * Replacements that keep the grammar, by the matched words as written (lower case, hyphens as
   * spaces). A form that is not listed gets no suggestion: the author rewrites it.
   */
  replacements?: Readonly<Record<string, string>>;
  /**
   * Replacements for the term after a possessive ("her older boyfriend"): the possessive is part of
   * what is replaced; `{subject}` and `{object}` become its pronoun ("she"/"her").
   */
  afterPossessive?: string;
  /** The replacement after a form of "be" ("she was attention seeking" → "she was communicating distress"). */
  afterBe?: string;
}

export const LANGUAGE_TERMS: readonly LanguageTerm[] = [
  {
    term: 'disguised compliance',
    preferred: 'describe what the parent did and said, and what practitioners saw',
    matcher: 'phrase',
    variants: ['disguised non-compliance', 'disguised cooperation', 'false compliance'],
  },
  { term: 'did not attend', preferred: 'was not brought', matcher: 'not-brought', variants: ['DNA', "DNA'd", 'failed to attend'] },
  {
    term: 'child prostitution',
    preferred: 'child sexual exploitation; the child was sexually abused or exploited',
    matcher: 'phrase',
    variants: ['child prostitute', 'teenage prostitute', 'teenage prostitution', 'juvenile prostitution', 'prostituting herself', 'prostituting himself', 'prostituting themselves'],
    replacements: {
      'child prostitution': 'child sexual exploitation',
      'teenage prostitution': 'child sexual exploitation',
      'juvenile prostitution': 'child sexual exploitation',
      'child prostitute': 'sexually exploited child',
      'child prostitutes': 'sexually exploited children',
      'teenage prostitute': 'sexually exploited child',
      'teenage prostitutes': 'sexually exploited children',
    },
  },
  { term: 'selling sex', preferred: 'the child was being sexually exploited', matcher: 'sexual-activity', variants: ['sold sex', 'sells sex', 'sex work', 'sex worker', 'trading sex', 'exchanging sex', 'engaging in sexual activity', 'engaged in sexual activity', 'consensual sexual activity', 'sexually active'] },
  { term: 'risky behaviour', preferred: 'the child was at risk of harm from … (say who or what harmed them)', matcher: 'phrase', variants: ['risk-taking behaviour', 'high-risk behaviour', 'risky lifestyle', 'risky relationships'] },
  { term: 'putting themselves at risk', preferred: 'the child was at risk of harm from … (say who or what harmed them)', matcher: 'self-blame' },
  { term: 'promiscuous', preferred: 'describe the abuse: the child was being sexually abused or exploited', matcher: 'phrase', variants: ['promiscuity', 'promiscuously', 'sexually precocious'] },
  { term: 'lifestyle choice', preferred: 'describe the exploitation and the control others had over the child', matcher: 'phrase', variants: ['chose this lifestyle', 'chose that lifestyle', 'chosen this lifestyle', 'chosen that lifestyle', 'choosing this lifestyle', 'chosen lifestyle', 'made her own choices', 'made his own choices', 'made their own choices'] },
  { term: 'older boyfriend', preferred: 'an adult who was abusing or exploiting the child', matcher: 'phrase', variants: ['older girlfriend', 'older partner'], afterPossessive: 'the adult who was exploiting {object}' },
  { term: 'recruited', preferred: 'criminally exploited', matcher: 'county-lines', variants: ['working'] },
  { term: 'online friend', preferred: 'a person the child met online', matcher: 'phrase', variants: ['online boyfriend', 'online girlfriend'], afterPossessive: 'a person {subject} met online' },
  {
    term: 'attention seeking',
    preferred: 'seeking help, or communicating distress',
    matcher: 'phrase',
    variants: ['attention-seeker', 'attention seekers'],
    afterBe: 'communicating distress',
  },
  {
    term: 'malicious allegation',
    preferred: 'an allegation that was not substantiated',
    matcher: 'phrase',
    replacements: { 'malicious allegation': 'allegation that was not substantiated', 'malicious allegations': 'allegations that were not substantiated' },
  },
  {
    term: 'shaken baby syndrome',
    preferred: 'non-accidental (abusive) head injury',
    matcher: 'phrase',
    replacements: { 'shaken baby syndrome': 'non-accidental (abusive) head injury' },
  },
  { term: 'LAC', preferred: 'looked-after child, or child in care', matcher: 'lac' },
];
