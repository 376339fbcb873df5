// A theme's labelled passages: `address` passages are each plainly about the theme (most in words
// the taxonomy does not list); `passing` passages only touch the theme's words and must not count.
export interface ThemeCorpus {
  theme: string;
  address: string[];
  passing: string[];
}
