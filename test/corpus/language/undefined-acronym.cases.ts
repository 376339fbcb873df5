// Labelled cases for undefined-acronym: real undefined acronyms (with the spell-out expected where
// one keeps the grammar), and capitals that are not acronyms — emphasis, shouting in quoted speech,
// postcodes — written for this corpus.
import type { LanguageCase } from './types';

export const UNDEFINED_ACRONYM_CASES: LanguageCase[] = [
  // --- real undefined acronyms, and the spell-out that keeps the grammar
  { text: 'The rapid review recommended an LCSPR because the learning was wider than one agency.', expect: 'report', class: 'undefined', suggestion: 'The rapid review recommended a Local Child Safeguarding Practice Review (LCSPR) because the learning was wider than one agency.' },
  { text: 'Child M was taken to ED by ambulance at 2am.', expect: 'report', class: 'undefined', suggestion: 'Child M was taken to the Emergency Department (ED) by ambulance at 2am.' },
  { text: 'For five weeks in 2022 Child M was LAC under a voluntary arrangement.', expect: 'report', class: 'undefined', suggestion: 'For five weeks in 2022 Child M was a looked-after child (LAC) under a voluntary arrangement.' },
  { text: 'An EHCP was finally agreed in Year 9.', expect: 'report', class: 'undefined', suggestion: 'An Education, Health and Care Plan (EHCP) was finally agreed in Year 9.' },
  { text: 'A MARAC referral followed the third incident.', expect: 'report', class: 'undefined', suggestion: 'A Multi-Agency Risk Assessment Conference (MARAC) referral followed the third incident.' },
  { text: 'The police shared the incident with MASH the next morning.', expect: 'report', class: 'undefined', suggestion: 'The police shared the incident with the Multi-Agency Safeguarding Hub (MASH) the next morning.' },
  { text: 'Mother disclosed DA to the midwife at booking.', expect: 'report', class: 'undefined', suggestion: 'Mother disclosed domestic abuse (DA) to the midwife at booking.' },
  { text: 'The family had been open to CSC twice before.', expect: 'report', class: 'undefined', suggestion: 'The family had been open to Children\'s Social Care (CSC) twice before.' },
  { text: 'Concerns were raised with the LADO about the coach.', expect: 'report', class: 'undefined', suggestion: 'Concerns were raised with the Local Authority Designated Officer (LADO) about the coach.' },
  { text: 'The DSL kept a log of every conversation with Child M.', expect: 'report', class: 'undefined', suggestion: 'The designated safeguarding lead (DSL) kept a log of every conversation with Child M.' },
  { text: 'The MACE panel discussed him in October.', expect: 'report', class: 'undefined', suggestion: null, note: 'not in the built-in glossary: no expansion to offer' },
  { text: 'Weekly TAF meetings continued into the summer.', expect: 'report', class: 'undefined', suggestion: null, note: 'after an adjective the article cannot be decided' },
  { text: 'The RHIs were not completed within 72 hours.', expect: 'report', class: 'undefined', suggestion: null, note: 'plural' },
  { text: 'She was seen at hospital (ED) overnight.', expect: 'report', class: 'undefined', suggestion: null, note: 'already in brackets' },
  { text: 'The CPN visited Mother fortnightly.', expect: 'report', class: 'undefined' },
  { text: 'Mother said "the CAMHS nurse never rang me back".', expect: 'report', class: 'acronym-in-quote' },
  { text: 'The teacher wrote: ‘Referred to the SPOC today.’', expect: 'report', class: 'acronym-in-quote' },

  // --- emphasis and shouting
  { text: 'He shouted "GET OUT" at the officers and slammed the door.', expect: 'silent', class: 'shouting' },
  { text: 'Child M screamed ‘NO NO NO’ when the car arrived.', expect: 'silent', class: 'shouting' },
  { text: 'Her texts to her friend read "HELP ME PLEASE".', expect: 'silent', class: 'shouting' },
  { text: 'She told the nurse "I HATE it there" and that she hated the new school.', expect: 'silent', class: 'shouting' },
  { text: 'The note on the fridge said KEEP OUT OF MY ROOM.', expect: 'silent', class: 'emphasis' },
  { text: 'Mother replied "STOP!" and put the phone down.', expect: 'silent', class: 'shouting' },
  { text: 'The word MUM was written on his hand, and he called her mum throughout the interview.', expect: 'silent', class: 'emphasis' },

  // --- postcodes
  { text: 'The family moved to a flat in the LS11 9QT area in 2021.', expect: 'silent', class: 'postcode', note: 'identifying-detail reports it' },
  { text: 'Both addresses shared the postcode NE4 7PR.', expect: 'silent', class: 'postcode' },
  { text: 'Her grandmother lived at BS16 1QY.', expect: 'silent', class: 'postcode' },
  { text: 'The hostel (postcode EC1A1BB) had no family rooms.', expect: 'silent', class: 'postcode' },

  // --- defined or known
  { text: 'He was referred to the Youth Justice Service (YJS) in May; the YJS worker met him twice.', expect: 'silent', class: 'defined' },
  { text: 'The GP saw the baby at eight weeks and the NHS number was recorded.', expect: 'silent', class: 'defined' },
  { text: 'Part II of the report and Appendix IV set out the chronology.', expect: 'silent', class: 'defined' },
  { text: 'A section 47 (S47) enquiry was opened.', expect: 'silent', class: 'defined' },
];
