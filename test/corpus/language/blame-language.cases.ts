// Labelled cases for blame-language, written for this corpus in different reviewers' voices.
import type { LanguageCase } from './types';

export const BLAME_LANGUAGE_CASES: LanguageCase[] = [
  // --- a person or agency failing
  { text: 'Children’s social care failed to convene a strategy discussion within the timescale.', expect: 'report', class: 'fail-to' },
  { text: 'The health visitor had failed to record who was living in the household.', expect: 'report', class: 'fail-to', suggestion: null, note: 'after an auxiliary "did not" would not read' },
  { text: 'Police officers repeatedly failed to link the missing episodes to the exploitation concerns.', expect: 'report', class: 'fail-to' },
  { text: 'It is of concern that the school fails to follow up absences of more than three days.', expect: 'report', class: 'fail-to' },
  { text: 'The GP practice failed to act on the letter from the hospital.', expect: 'report', class: 'fail-to', suggestion: 'The GP practice did not act on the letter from the hospital.' },
  { text: 'Professionals were failing to hear what Child R was telling them.', expect: 'report', class: 'fail-to' },
  { text: 'Put simply, the partnership failed Child R.', expect: 'report', class: 'fail-person' },
  { text: 'The reviewer is in no doubt that services failed this family over many years.', expect: 'report', class: 'fail-person' },
  { text: 'Every agency involved failed her at some point.', expect: 'report', class: 'fail-person' },
  { text: 'The nursery manager failed in her duty to report the bruising.', expect: 'report', class: 'fail-person' },
  { text: 'The school’s failure to share the disclosure delayed the enquiry.', expect: 'report', class: 'failure-noun' },
  { text: 'There was a failure by the ambulance service to pass on the safeguarding concern.', expect: 'report', class: 'failure-noun' },
  { text: 'This report sets out a catalogue of failings across the agencies.', expect: 'report', class: 'failings' },
  { text: 'The failings of the out-of-hours team are described below.', expect: 'report', class: 'failings' },
  // --- letting down
  { text: 'The system let Kai down when he needed it most.', expect: 'report', class: 'let-down' },
  { text: 'Practitioners let the children down by not seeing them alone.', expect: 'report', class: 'let-down' },
  { text: 'Child P was badly let down by the professionals around her.', expect: 'report', class: 'let-down' },
  // --- modal perfects judging the past
  { text: 'The duty social worker should have known that a second injury to a non-mobile baby needed a child protection medical.', expect: 'report', class: 'modal-perfect' },
  { text: 'The midwife ought to have recognised the significance of the partner’s history.', expect: 'report', class: 'modal-perfect' },
  { text: 'Managers should have escalated the case when the plan drifted.', expect: 'report', class: 'modal-perfect' },
  { text: 'The referral should have been treated as a section 47 enquiry.', expect: 'report', class: 'modal-perfect' },
  { text: 'The decision to step down should never have been made without seeing the baby.', expect: 'report', class: 'modal-perfect' },
  { text: 'Given what was recorded, the teacher must have known that Child S was hungry.', expect: 'report', class: 'modal-perfect' },
  { text: 'The officer should also have asked who else lived at the address.', expect: 'report', class: 'modal-perfect' },
  { text: 'It is clear that the paediatrician should have spoken to the radiologist directly.', expect: 'report', class: 'modal-perfect' },
  // --- verdicts on practice
  { text: 'The delay of eleven weeks in allocating a social worker was unacceptable.', expect: 'report', class: 'verdict' },
  { text: 'The handling of the referral was, in the reviewer’s view, negligent.', expect: 'report', class: 'verdict' },
  { text: 'Such poor record keeping is inexcusable in a statutory service.', expect: 'report', class: 'verdict' },
  { text: 'There can be no excuse for closing a case without seeing the child.', expect: 'report', class: 'verdict' },
  { text: 'The reviewer found the practice of the duty team careless and complacent.', expect: 'report', class: 'verdict' },
  { text: 'Nobody in the core group was willing to say who was at fault.', expect: 'report', class: 'verdict' },
  { text: 'The response of the out-of-hours service was frankly unprofessional.', expect: 'report', class: 'verdict' },
  // --- hindsight and outcome
  { text: 'The risk to the baby was obvious from the first home visit.', expect: 'report', class: 'hindsight' },
  { text: 'It should have been obvious to everyone that the mother could not cope.', expect: 'report', class: 'hindsight' },
  { text: 'With hindsight, the decision to close the case was the wrong one.', expect: 'report', class: 'hindsight' },
  { text: 'In hindsight the school could have done more.', expect: 'report', class: 'hindsight' },
  { text: 'It was clearly evident that Child T was frightened of going home.', expect: 'report', class: 'hindsight' },
  { text: 'The police clearly missed the link between the two incidents.', expect: 'report', class: 'hindsight', suggestion: 'The police did not recognise the link between the two incidents.' },
  { text: 'Child T’s death was entirely preventable.', expect: 'report', class: 'hindsight' },
  { text: 'Had agencies shared what they knew, the injury could have been prevented.', expect: 'report', class: 'hindsight' },
  // --- scare quotes around the reviewer's own judgement
  { text: 'The agency’s response was “inexcusable”.', expect: 'report', class: 'scare-quote' },
  { text: 'The risk was, to use a plain word, ‘obvious’.', expect: 'report', class: 'scare-quote' },

  // ====== silent: analysis of the system
  { text: 'The child protection plan failed to specify who would see Child R alone, or how often.', expect: 'silent', class: 'system-subject' },
  { text: 'The referral form failed to ask whether there was a new adult in the household.', expect: 'silent', class: 'system-subject' },
  { text: 'The electronic record system failed to flag that a sibling was already subject to a plan.', expect: 'silent', class: 'system-subject' },
  { text: 'The assessment failed to consider the father’s history of violence.', expect: 'silent', class: 'system-subject' },
  { text: 'The placement failed after three weeks and Child R returned home.', expect: 'silent', class: 'system-subject' },
  { text: 'The system did not enable practitioners to see the pattern of missed appointments.', expect: 'silent', class: 'system-subject' },
  { text: 'There were systemic failings in how information moved between the two areas.', expect: 'silent', class: 'system-subject' },
  // --- looking forward
  { text: 'All agencies should have a shared protocol for children who go missing from home.', expect: 'silent', class: 'future' },
  { text: 'By September 2026 each partner agency should have audited twenty cases against the new pathway.', expect: 'silent', class: 'future' },
  { text: 'Every practitioner should have access to reflective supervision at least monthly.', expect: 'silent', class: 'future' },
  { text: 'Schools should have regard to the guidance when a pupil is on a part-time timetable.', expect: 'silent', class: 'future' },
  // --- medicine and technical failure
  { text: 'The baby was admitted with faltering growth and a diagnosis of failure to thrive.', expect: 'silent', class: 'medical' },
  { text: 'Maternal grandfather had been in hospital with heart failure for most of the spring.', expect: 'silent', class: 'medical' },
  { text: 'A power failure meant the ward’s records were unavailable that night.', expect: 'silent', class: 'medical' },
  // --- denials and guarding against hindsight
  { text: 'It was not obvious at the time that the marks were bruises.', expect: 'silent', class: 'denial' },
  { text: 'There was no obvious reason for the change in Child S’s behaviour.', expect: 'silent', class: 'denial' },
  { text: 'Practitioners could not have known about the injury before the X-ray.', expect: 'silent', class: 'denial' },
  { text: 'The reviewer has tried throughout to avoid hindsight bias.', expect: 'silent', class: 'denial' },
  { text: 'Without the benefit of hindsight, the decision looked reasonable to the duty manager.', expect: 'silent', class: 'denial' },
  { text: 'The family support worker never failed to turn up for a visit.', expect: 'silent', class: 'denial' },
  // --- risk grading
  { text: 'The conference concluded that there was an unacceptable risk of harm to the baby.', expect: 'silent', class: 'risk' },
  { text: 'The court found the level of risk at home unacceptable.', expect: 'silent', class: 'risk' },
  // --- someone else's words
  { text: 'Mother told the reviewer, “They let us down at every turn and nobody listened.”', expect: 'silent', class: 'attributed-quote' },
  { text: 'Father described the hospital’s response as “negligent”.', expect: 'silent', class: 'attributed-quote' },
  { text: '“You failed my son,” his grandmother wrote to the partnership.', expect: 'silent', class: 'attributed-quote' },
  { text: 'The aunt said the delay was \'unacceptable\' and asked for a meeting.', expect: 'silent', class: 'attributed-quote' },
  // --- plain analysis
  { text: 'The health visitor did not see the baby between March and June; her caseload had doubled after two colleagues left.', expect: 'silent', class: 'analysis' },
  { text: 'This was a missed opportunity to bring the agencies together.', expect: 'silent', class: 'analysis', note: 'documented: "missed opportunity" assigns no fault' },
  { text: 'What made this hard to see at the time was that each agency held one piece of the picture.', expect: 'silent', class: 'analysis' },
  { text: 'The school let Child S leave early on Fridays to attend football training.', expect: 'silent', class: 'analysis' },

  // ====== second batch: written after the rule, in other voices, and not tuned on
  { text: 'In my view the CAMHS triage team did not do its job that week.', expect: 'report', class: 'verdict' },
  { text: 'Sadly, the hospital failed to hold a discharge planning meeting before Baby Q went home.', expect: 'report', class: 'fail-to' },
  { text: 'Neither school nor GP thought to ask; both failed Baby Q and her brother.', expect: 'report', class: 'fail-person' },
  { text: 'The bruise should, in the reviewer’s view, have been referred the same day.', expect: 'report', class: 'modal-perfect', note: 'modal split by a parenthesis' },
  { text: 'Someone in the team ought really to have asked who the man in the flat was.', expect: 'report', class: 'modal-perfect' },
  { text: 'This was a glaring omission by the police.', expect: 'report', class: 'hindsight' },
  { text: 'The significance of the disclosure was overlooked, clearly, by everyone who read it.', expect: 'report', class: 'hindsight', note: 'adverb after the verb' },
  { text: 'The family were let down repeatedly by services that did not talk to each other.', expect: 'report', class: 'let-down' },
  { text: 'The escalation policy failed to say what a practitioner should do when a manager disagreed.', expect: 'silent', class: 'system-subject' },
  { text: 'Practitioners told the review that the caseload tool failed to show which families had waited longest.', expect: 'silent', class: 'system-subject' },
  { text: 'Recommendation 3 asks that the ICB should have a named GP lead in place by April 2026.', expect: 'silent', class: 'future' },
  { text: 'The review found no evidence that any practitioner was negligent.', expect: 'silent', class: 'denial' },
  { text: 'Baby Q’s mother had renal failure and spent long periods in hospital.', expect: 'silent', class: 'medical' },
  { text: 'It is easy, knowing the outcome, to see a pattern that was far from obvious then.', expect: 'silent', class: 'denial' },
  { text: 'Grandmother wrote that the school "should have known something was wrong".', expect: 'silent', class: 'attributed-quote' },
  { text: 'The social worker let the family know the outcome of the assessment by letter.', expect: 'silent', class: 'analysis' },
];
