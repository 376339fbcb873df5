// One definition per concept of the text, shared by rules, coverage and word counts: words and
// stems (`words`), sentences (`sentences`), quotation spans (`quotes`) and placeholders
// (`placeholders`). Rules import from here, never from one another.
export * from './words';
export * from './sentences';
export * from './quotes';
export * from './placeholders';
