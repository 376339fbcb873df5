export type CountClass = 'too-many' | 'duplicate' | 'training-only';
export interface CountCase {
  text: string;
  expect: 'report' | 'silent';
  class: CountClass;
  note: string;
  template?: 'lcspr' | 'rapid-review';
}
export const COUNT_CASES: CountCase[] = [];
