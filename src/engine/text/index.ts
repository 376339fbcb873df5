// One definition per concept of the text, shared by rules, coverage and word counts: words and
// stems (`words`), sentences (`sentences`), quotation spans (`quotes`), placeholders
// (`placeholders`), word counts that skip placeholders (`count`) and pseudonyms (`pseudonyms`).
// Rules import from here, never from one another.
export * from './words';
export * from './sentences';
export * from './quotes';
export * from './placeholders';
export * from './count';
export * from './pseudonyms';
export * from './grammar';
export * from './attribution';
export * from './word-lists';
export * from './edit-distance';
