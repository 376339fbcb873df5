// Blind batch of 2026-11-30: labelled cases for blame-language, language-matters and
// undefined-acronym, written before reading the rules' code or the earlier cases (only the case
// type was read), in different reviewers' voices: long analytical sentences, chronology lines,
// passive voice, "the review found", quoted practitioner and family speech, hedged judgements,
// hindsight framed properly and improperly, negated and conditional forms, British spelling.
// First-run (held-out) figures are recorded in test/unit/rules/language-corpus.test.ts and in
// test/corpus/README.md. Cases are never edited to fit the rules; the rules are generalised.
import type { LanguageCase } from './types';

export const BLIND_BLAME_CASES: LanguageCase[] = [
  // --- report: a person or agency failing
  { text: 'The health visitor failed to record the bruise on Baby R\'s ear at the six-week check.', expect: 'report', class: 'failing-people', suggestion: 'The health visitor did not record the bruise on Baby R\'s ear at the six-week check.' },
  { text: 'Children\'s social care had, in the review\'s view, failed to grasp the significance of the second referral.', expect: 'report', class: 'failing-people', note: 'parenthesis between auxiliary and verb' },
  { text: 'Both schools failed Child L when they removed him from the roll without a plan for his education.', expect: 'report', class: 'failing-people' },
  { text: 'Child J was failed by every agency that had contact with him in the last year of his life.', expect: 'report', class: 'failing-people', note: 'passive' },
  { text: 'The failure of the police to pass on the domestic abuse notification meant that the school knew nothing of the incident.', expect: 'report', class: 'failing-people' },
  { text: 'There was a catalogue of failings by the hospital trust over the eight weeks before Baby Q died.', expect: 'report', class: 'failing-people' },
  { text: '- 12 March 2024: the health visitor failed to carry out the planned home visit.', expect: 'report', class: 'failing-people', note: 'chronology line' },
  { text: 'Practitioners did not do their job when it mattered most.', expect: 'report', class: 'verdict' },
  // --- report: letting down
  { text: 'Agencies let Child S down at almost every turn during 2023.', expect: 'report', class: 'letting-down' },
  { text: 'Child R was badly let down by the professionals who were meant to protect him.', expect: 'report', class: 'letting-down' },
  // --- report: modal perfect judging the past
  { text: 'It is the reviewer\'s view that the GP practice should have recognised the pattern of attendances much earlier.', expect: 'report', class: 'modal-perfect' },
  { text: 'Practitioners ought to have questioned why a four-month-old baby was so often described as unsettled.', expect: 'report', class: 'modal-perfect' },
  { text: 'Nobody in the duty team should have accepted Mother\'s explanation at face value.', expect: 'report', class: 'modal-perfect', note: 'negative subject, still a judgement' },
  { text: 'It is arguable that the hospital should have sought a second opinion from a paediatric radiologist.', expect: 'report', class: 'modal-perfect', note: 'hedged, still judges the past' },
  { text: 'Surely the GP must have realised that the repeat prescriptions were being collected by someone else.', expect: 'report', class: 'modal-perfect' },
  { text: 'The probation officer could have done far more to check who was living at the address.', expect: 'report', class: 'modal-perfect' },
  { text: 'Had the information been shared in January, Baby Q\'s death could have been prevented.', expect: 'report', class: 'modal-perfect', note: 'conditional with certainty' },
  { text: 'Any competent practitioner would have seen that Child P was being groomed.', expect: 'report', class: 'verdict', note: 'competent implies incompetence' },
  // --- report: verdicts
  { text: 'The bruising was plainly suspicious, and it is inexcusable that nobody made a referral.', expect: 'report', class: 'verdict' },
  { text: 'Staff at the nursery were complacent about Child T\'s weight loss over the winter.', expect: 'report', class: 'verdict' },
  { text: 'The police response on the night of 4 June was, quite simply, negligent.', expect: 'report', class: 'verdict' },
  { text: 'Responsibility for the drift rests squarely with the allocated social worker, who did not visit for eleven weeks.', expect: 'report', class: 'verdict' },
  { text: 'The children\'s centre manager was at fault for closing the case without speaking to the family.', expect: 'report', class: 'verdict' },
  // --- report: hindsight
  { text: 'In hindsight, the injuries were clearly non-accidental and should have led to a strategy discussion.', expect: 'report', class: 'hindsight' },
  { text: 'It was blindingly obvious that Child M was not safe at home.', expect: 'report', class: 'hindsight' },
  { text: 'The school clearly overlooked the change in her behaviour after the Easter holidays.', expect: 'report', class: 'hindsight' },
  { text: 'Clearly, the risk posed by Mr B to the children was missed by all the agencies involved.', expect: 'report', class: 'hindsight', note: 'sentence adverb, passive' },
  { text: 'Baby A\'s death was entirely preventable.', expect: 'report', class: 'hindsight' },

  // --- silent: the system as subject
  { text: 'The referral form failed to prompt the call handler to ask who else lived in the house.', expect: 'silent', class: 'system-subject' },
  { text: 'The hospital\'s discharge process failed: it relied on a letter to the health visitor that was never sent.', expect: 'silent', class: 'system-subject' },
  { text: 'The school\'s attendance software failed to flag that Child T had been absent on four consecutive Mondays.', expect: 'silent', class: 'system-subject' },
  { text: 'The strategy discussion could have been convened by any of the three agencies; none of the procedures said which of them should do so.', expect: 'silent', class: 'system-subject', note: 'a possibility in the system, not a verdict' },
  // --- silent: denials, hedges and hindsight framed properly
  { text: 'The review found no evidence that any practitioner acted carelessly or without thought.', expect: 'silent', class: 'denial' },
  { text: 'It was not obvious at the time that the two injuries, five weeks apart, were connected.', expect: 'silent', class: 'denial' },
  { text: 'No single agency could have prevented what happened to Child P.', expect: 'silent', class: 'denial' },
  { text: 'It would be unfair to say that the police failed to act: officers attended within eleven minutes and arrested Mr D.', expect: 'silent', class: 'denial' },
  { text: 'Practitioners were not to blame for the gaps in the out-of-hours service; the rota had never been funded.', expect: 'silent', class: 'denial' },
  { text: 'Whether the nursery could have known about the earlier injury is not clear from the records.', expect: 'silent', class: 'hedge' },
  { text: 'The review has considered whether practitioners should have recognised the signs sooner, and finds that the information they held did not point to abuse.', expect: 'silent', class: 'hedge', note: 'an indirect question the review answers' },
  { text: 'Had the information been shared, the conference might have reached a different decision; the review cannot know.', expect: 'silent', class: 'hedge' },
  { text: 'It may have helped if the school nurse had seen Child T on her own.', expect: 'silent', class: 'hedge' },
  { text: 'The review has tried to guard against hindsight bias: what is clear now was not clear to practitioners at the time.', expect: 'silent', class: 'hindsight-framed' },
  { text: 'It is only with hindsight that the pattern of injuries can be seen; at the time each injury had a plausible explanation.', expect: 'silent', class: 'hindsight-framed', note: 'names hindsight as a limit, does not use it' },
  { text: 'The review asked whether the outcome was avoidable and concluded that it cannot say.', expect: 'silent', class: 'hindsight-framed' },
  // --- silent: someone else's words
  { text: 'Mother told the review that the hospital "failed us completely" and that nobody explained what was happening.', expect: 'silent', class: 'quotation' },
  { text: '“Nobody listened,” Child S’s grandmother said. “They let him down, all of them.”', expect: 'silent', class: 'quotation' },
  { text: 'The duty manager told the review: \'We should have gone out that night. I think about it every day.\'', expect: 'silent', class: 'quotation' },
  { text: 'Father said the review was \'a whitewash\' and that the social worker was \'useless\'.', expect: 'silent', class: 'quotation' },
  // --- silent: medicine, risk and plain analysis
  { text: 'Earlier notes described failure to thrive; the paediatrician later diagnosed faltering growth with a feeding disorder.', expect: 'silent', class: 'medicine-risk' },
  { text: 'The risk of further harm was judged unacceptable and the local authority applied for an emergency protection order.', expect: 'silent', class: 'medicine-risk' },
  { text: 'The multi-agency safeguarding hub should have a single point of contact for schools by April 2027.', expect: 'silent', class: 'forward' },
  { text: 'The social worker did not see Child L alone. She was holding 31 cases and the service had no cover for sickness absence.', expect: 'silent', class: 'plain-analysis' },
  { text: 'Under the procedures then in place, workers were not expected to check the history of a new partner who did not live at the address.', expect: 'silent', class: 'plain-analysis' },
  { text: 'Practitioners described the weekly core group as a place where concerns could be raised without fear of blame.', expect: 'silent', class: 'plain-analysis' },
];

export const BLIND_LANGUAGE_MATTERS_CASES: LanguageCase[] = [
  // --- report
  { text: 'Baby Z did not attend three immunisation appointments between May and August.', expect: 'report', class: 'not-brought', suggestion: 'Baby Z was not brought to three immunisation appointments between May and August.' },
  { text: 'The twins were DNA\'d at the community paediatric clinic twice.', expect: 'report', class: 'not-brought', suggestion: 'The twins were not brought to the community paediatric clinic twice.', note: '"at" must become "to"' },
  { text: 'Child Q failed to attend the eye clinic in March and again in June.', expect: 'report', class: 'not-brought' },
  { text: 'Child K had a history of missed health care: she did not attend the dental appointment or her hearing test.', expect: 'report', class: 'not-brought', note: 'pronoun after the child' },
  { text: 'Mother\'s disguised compliance meant that the plan appeared to be working when it was not.', expect: 'report', class: 'compliance' },
  { text: 'Professionals considered Child P to be engaging in risky behaviour with older men.', expect: 'report', class: 'child-blaming' },
  { text: 'By the age of thirteen Child N was putting himself at risk by going missing overnight.', expect: 'report', class: 'child-blaming' },
  { text: 'In the strategy minutes she was described as promiscuous.', expect: 'report', class: 'child-blaming' },
  { text: 'The police viewed her association with adult men as a lifestyle choice.', expect: 'report', class: 'child-blaming' },
  { text: 'Staff on the ward thought she was attention-seeking when she self-harmed.', expect: 'report', class: 'child-blaming', suggestion: 'Staff on the ward thought she was communicating distress when she self-harmed.' },
  { text: 'The 14-year-old was said to be selling sex from a flat in the town centre.', expect: 'report', class: 'exploitation' },
  { text: 'Child L\'s older boyfriend, who was 24, collected her from school most days.', expect: 'report', class: 'exploitation' },
  { text: 'He was recruited into a county lines network in the summer of 2023.', expect: 'report', class: 'exploitation', suggestion: null, note: '"criminally exploited into" would not be grammatical' },
  { text: 'Child J had been working for a dealer in the county lines operation since Year 9.', expect: 'report', class: 'exploitation' },
  { text: 'Two online friends persuaded Child T to send images of herself.', expect: 'report', class: 'exploitation' },
  { text: 'His mother\'s partner made a malicious allegation against the school.', expect: 'report', class: 'other-term' },
  { text: 'Child R had been LAC since 2019.', expect: 'report', class: 'other-term', suggestion: 'Child R had been looked after since 2019.' },
  { text: 'The consultant diagnosed shaken baby syndrome after the CT scan.', expect: 'report', class: 'other-term' },

  // --- silent
  { text: 'Father did not attend the initial child protection conference and was not sent the minutes.', expect: 'silent', class: 'adult-attendance' },
  { text: 'The GP surgery did not attend any of the core group meetings.', expect: 'silent', class: 'adult-attendance' },
  { text: 'Her mother did not attend the appointment with her, so the paediatrician saw Child M with her aunt.', expect: 'silent', class: 'adult-attendance' },
  { text: 'The children\'s guardian did not attend the hearing.', expect: 'silent', class: 'adult-attendance' },
  { text: 'Child T did not attend school for most of the spring term.', expect: 'silent', class: 'school-attendance' },
  { text: 'Baby Z was not brought to three immunisation appointments.', expect: 'silent', class: 'preferred-wording' },
  { text: 'Child P was being sexually exploited by adults who gave her alcohol and somewhere to stay.', expect: 'silent', class: 'preferred-wording' },
  { text: 'Adults who were exploiting him used him to carry drugs along a county line.', expect: 'silent', class: 'preferred-wording' },
  { text: 'He was at risk of harm from adults who were grooming him online.', expect: 'silent', class: 'preferred-wording' },
  { text: 'The allegation was investigated and was not substantiated.', expect: 'silent', class: 'preferred-wording' },
  { text: 'Baby A suffered a non-accidental head injury at eleven weeks old.', expect: 'silent', class: 'preferred-wording' },
  { text: 'Child M was looked after by the local authority from 2019.', expect: 'silent', class: 'preferred-wording' },
  { text: 'Mother took part in some parts of the plan and not others: she came to every meeting, but the home conditions did not change.', expect: 'silent', class: 'preferred-wording' },
  { text: 'The police log recorded that she was "putting herself at risk"; the review has not used that phrase.', expect: 'silent', class: 'quotation' },
  { text: 'She told her teacher that her ‘boyfriend’ was 22 and had a car.', expect: 'silent', class: 'quotation' },
  { text: 'A DNA test later confirmed that Mr K was the baby\'s father.', expect: 'silent', class: 'other-sense' },
  { text: 'The school recruited two additional pastoral staff in September.', expect: 'silent', class: 'other-sense' },
  { text: 'Mr D, who ran the county lines operation, had been working from the flat since 2022.', expect: 'silent', class: 'other-sense', note: 'an adult working, in a county lines sentence' },
];

export const BLIND_ACRONYM_CASES: LanguageCase[] = [
  // --- report
  { text: 'The IRO chaired all three looked-after reviews.', expect: 'report', class: 'undefined', suggestion: 'The independent reviewing officer (IRO) chaired all three looked-after reviews.' },
  { text: 'The case was heard at MARAC twice in 2023.', expect: 'report', class: 'undefined', suggestion: 'The case was heard at the Multi-Agency Risk Assessment Conference (MARAC) twice in 2023.' },
  { text: 'Child P was placed in a PRU after her second permanent exclusion.', expect: 'report', class: 'undefined', suggestion: 'Child P was placed in a pupil referral unit (PRU) after her second permanent exclusion.' },
  { text: 'Her EHCP was not reviewed for eighteen months.', expect: 'report', class: 'undefined' },
  { text: 'Mother had been assessed by the CMHT in 2021 and discharged to her GP.', expect: 'report', class: 'undefined' },
  { text: 'A strategy discussion was held on the same day and the ICPC followed two weeks later.', expect: 'report', class: 'undefined' },
  { text: 'Child R was discussed at the MACE panel in October.', expect: 'report', class: 'undefined' },
  { text: 'A CSE risk assessment was completed by the school.', expect: 'report', class: 'undefined' },
  { text: 'A DHR was commissioned by the community safety partnership.', expect: 'report', class: 'undefined' },
  { text: 'The ICB\'s designated nurse attended the rapid review.', expect: 'report', class: 'undefined', note: 'possessive' },
  { text: 'The CAMHS worker saw him twice. Child and Adolescent Mental Health Services (CAMHS) later closed the case.', expect: 'report', class: 'defined-late' },
  { text: 'A CP plan was made at the conference.', expect: 'report', class: 'undefined' },

  // --- silent
  { text: 'The Multi-Agency Risk Assessment Conference (MARAC) heard the case twice. The MARAC minutes show no actions for health.', expect: 'silent', class: 'defined' },
  { text: 'The independent reviewing officer (IRO) chaired all three reviews; the IRO was new in post.', expect: 'silent', class: 'defined' },
  { text: 'A multi-agency safeguarding hub (MASH) referral was made by the school on 3 May.', expect: 'silent', class: 'defined', note: 'lower-case hyphenated expansion' },
  { text: 'The Domestic Abuse, Stalking and Harassment (DASH) checklist scored 14.', expect: 'silent', class: 'defined' },
  { text: 'A Child Protection Plan (CPP) was agreed; the CPP named six actions.', expect: 'silent', class: 'defined' },
  { text: 'Contact was arranged under a special guardianship order.\n\n## Glossary\n\n| Term | Meaning |\n| --- | --- |\n| SGO | Special Guardianship Order |\n\nThe SGO was made in 2022.', expect: 'silent', class: 'glossary', note: 'use after a glossary table' },
  { text: 'On his bedroom wall he had written KEEP OUT in red paint.', expect: 'silent', class: 'emphasis', note: 'two capitalised words, not quoted' },
  { text: 'Child T texted her friend: \'im so SCARED\'.', expect: 'silent', class: 'emphasis' },
  { text: 'The officer shouted "POLICE, OPEN THE DOOR" and forced entry.', expect: 'silent', class: 'emphasis' },
  { text: 'Child Q said school was \'OK sometimes\'.', expect: 'silent', class: 'common' },
  { text: 'The shop\'s CCTV showed Child L leaving at 10:40 with two adults.', expect: 'silent', class: 'common' },
  { text: 'She was in Year 9 and had just chosen her GCSE options.', expect: 'silent', class: 'common' },
  { text: 'The duties are set out in Part IV of the Children Act 1989.', expect: 'silent', class: 'common' },
  { text: 'The letter was marked OFFICIAL SENSITIVE and sent by secure email.', expect: 'silent', class: 'common' },
];
