// Labelled cases for language-matters: each class of term in both directions, "did not attend" of a
// child against an adult or agency attending a meeting, and quoted records and family members'
// words, written for this corpus.
import type { LanguageCase } from './types';

export const LANGUAGE_MATTERS_CASES: LanguageCase[] = [
  // --- not brought
  { text: 'Baby L did not attend the eight-week check or the first immunisations.', expect: 'report', class: 'not-brought', suggestion: 'Baby L was not brought to the eight-week check or the first immunisations.' },
  { text: 'Child L failed to attend four dental appointments in 2022.', expect: 'report', class: 'not-brought', suggestion: 'Child L was not brought to four dental appointments in 2022.' },
  { text: 'The toddler didn’t attend her hearing test.', expect: 'report', class: 'not-brought', suggestion: 'The toddler was not brought to her hearing test.' },
  { text: 'Child L was due at the orthoptic clinic in June, but she did not attend.', expect: 'report', class: 'not-brought', suggestion: 'Child L was due at the orthoptic clinic in June, but she was not brought.' },
  { text: 'The twins did not attend their speech and language appointments.', expect: 'report', class: 'not-brought', suggestion: 'The twins were not brought to their speech and language appointments.' },
  { text: 'Baby L was DNA’d by the paediatric outpatient clinic in March.', expect: 'report', class: 'not-brought' },
  { text: 'The clinic letter recorded Child L as DNA and discharged her back to the GP.', expect: 'report', class: 'not-brought', suggestion: 'The clinic letter recorded Child L as not brought and discharged her back to the GP.' },
  { text: 'By the summer there had been three DNAs at the audiology clinic.', expect: 'report', class: 'not-brought', suggestion: null },
  { text: 'Mother did not attend the initial child protection conference.', expect: 'silent', class: 'adult-attending' },
  { text: 'The police did not attend the strategy discussion, which was held by phone.', expect: 'silent', class: 'adult-attending' },
  { text: 'Father did not attend his own probation appointments that month.', expect: 'silent', class: 'adult-attending' },
  { text: 'The GP did not attend the core group but sent a report.', expect: 'silent', class: 'adult-attending' },
  { text: 'Child L stayed with her grandmother. Her mother was unwell and she did not attend the review meeting.', expect: 'silent', class: 'adult-attending' },
  { text: 'Child L did not attend school for most of Year 10.', expect: 'silent', class: 'own-attendance', note: 'documented: a child\'s own school attendance is not "brought"' },
  { text: 'The DNA results confirmed that the man was Baby L’s father.', expect: 'silent', class: 'genetics' },
  // --- disguised compliance
  { text: 'The core group described the parents’ engagement as disguised compliance.', expect: 'report', class: 'disguised-compliance', suggestion: null },
  { text: 'Practitioners suspected disguised non-compliance but did not record what they saw.', expect: 'report', class: 'disguised-compliance' },
  { text: 'Mother agreed to every action in the plan and then did not let the health visitor into the flat; practitioners recorded what was agreed but not what happened next.', expect: 'silent', class: 'disguised-compliance' },
  // --- sexual exploitation
  { text: 'Police logs from 2019 refer to child prostitution in the town centre.', expect: 'report', class: 'sexual-exploitation', suggestion: 'Police logs from 2019 refer to child sexual exploitation in the town centre.' },
  { text: 'One officer described her as a child prostitute in a briefing note.', expect: 'report', class: 'sexual-exploitation', suggestion: 'One officer described her as a sexually exploited child in a briefing note.' },
  { text: 'At fourteen she was selling sex to adults she met through a friend.', expect: 'report', class: 'sexual-exploitation' },
  { text: 'She was engaging in sexual activity with men in their twenties.', expect: 'report', class: 'sexual-exploitation' },
  { text: 'Records note that she was promiscuous.', expect: 'report', class: 'sexual-exploitation' },
  { text: 'From the age of thirteen Child L was sexually exploited by adults who gave her alcohol and somewhere to stay.', expect: 'silent', class: 'sexual-exploitation' },
  { text: 'Her mother had been selling sex to fund her drug use.', expect: 'silent', class: 'sexual-exploitation', note: 'an adult' },
  // --- risk and blame placed on the child
  { text: 'Her risky behaviour was discussed at every core group.', expect: 'report', class: 'child-blamed', suggestion: null },
  { text: 'Agencies focused on his risk-taking behaviour rather than on who was exploiting him.', expect: 'report', class: 'child-blamed' },
  { text: 'She was repeatedly described as putting herself at risk by going missing.', expect: 'report', class: 'child-blamed' },
  { text: 'The plan said he was placing himself in danger by staying out late.', expect: 'report', class: 'child-blamed' },
  { text: 'It was seen as a lifestyle choice rather than abuse.', expect: 'report', class: 'child-blamed' },
  { text: 'Staff thought she had chosen this lifestyle.', expect: 'report', class: 'child-blamed' },
  { text: 'Child L was at risk of serious harm from adults who were grooming her online.', expect: 'silent', class: 'child-blamed' },
  { text: 'The risk assessment did not say who posed the risk.', expect: 'silent', class: 'child-blamed' },
  { text: 'The placement was chosen because it was close to her school.', expect: 'silent', class: 'child-blamed' },
  // --- the adults around the child
  { text: 'Her older boyfriend often collected her from school in a car.', expect: 'report', class: 'adult-named-as-peer', suggestion: 'The adult who was exploiting her often collected her from school in a car.' },
  { text: 'She told a teacher about an older boyfriend called Dee.', expect: 'report', class: 'adult-named-as-peer', suggestion: null },
  { text: 'She sent images to her online friend.', expect: 'report', class: 'adult-named-as-peer', suggestion: 'She sent images to a person she met online.' },
  { text: 'He was 15 and his girlfriend was 14; both were at the same school.', expect: 'silent', class: 'adult-named-as-peer' },
  { text: 'She made friends online through a gaming site.', expect: 'silent', class: 'adult-named-as-peer' },
  // --- criminal exploitation
  { text: 'By spring he had been recruited into a county lines network.', expect: 'report', class: 'criminal-exploitation', suggestion: null },
  { text: 'Police believed he was recruited by older males selling drugs in the area.', expect: 'report', class: 'criminal-exploitation', suggestion: 'Police believed he was criminally exploited by older males selling drugs in the area.' },
  { text: 'He was working for a dealer who paid him in cash and trainers.', expect: 'report', class: 'criminal-exploitation', suggestion: 'He was being criminally exploited by a dealer who paid him in cash and trainers.' },
  { text: 'The youth worker had been working with him for a year before the county lines concerns emerged.', expect: 'silent', class: 'criminal-exploitation' },
  { text: 'The school recruited a second designated safeguarding lead in September.', expect: 'silent', class: 'criminal-exploitation' },
  { text: 'He was criminally exploited by adults running a drug line from the city.', expect: 'silent', class: 'criminal-exploitation' },
  // --- labels for distress and allegations
  { text: 'Staff at the unit described her self-harm as attention seeking.', expect: 'report', class: 'distress-labelled', suggestion: null },
  { text: 'In the ward notes he is said to be attention-seeking.', expect: 'report', class: 'distress-labelled' },
  { text: 'The school saw her as an attention seeker.', expect: 'report', class: 'distress-labelled' },
  { text: 'Her self-harm was a way of communicating distress that nobody answered.', expect: 'silent', class: 'distress-labelled' },
  { text: 'The stepfather called it a malicious allegation.', expect: 'report', class: 'allegation', suggestion: 'The stepfather called it an allegation that was not substantiated.' },
  { text: 'Malicious allegations against staff are dealt with under a separate procedure.', expect: 'report', class: 'allegation' },
  { text: 'The allegation was not substantiated and the LADO closed the referral.', expect: 'silent', class: 'allegation' },
  // --- injury to babies
  { text: 'The consultant’s first impression was shaken baby syndrome.', expect: 'report', class: 'head-injury', suggestion: 'The consultant’s first impression was non-accidental (abusive) head injury.' },
  { text: 'The baby had a non-accidental head injury and rib fractures of different ages.', expect: 'silent', class: 'head-injury' },
  // --- LAC
  { text: 'Child L was LAC for six months in 2021.', expect: 'report', class: 'lac', suggestion: 'Child L was looked after for six months in 2021.' },
  { text: 'The LAC nurse saw him twice.', expect: 'report', class: 'lac', suggestion: 'The looked-after child nurse saw him twice.' },
  { text: 'As a LAC she had a personal education plan.', expect: 'report', class: 'lac', suggestion: 'As a child in care she had a personal education plan.' },
  { text: 'LAC children in the area are offered a health assessment within 20 working days.', expect: 'report', class: 'lac', suggestion: 'Looked-after children in the area are offered a health assessment within 20 working days.' },
  { text: 'A Looked After Child (LAC) review was held in May.', expect: 'silent', class: 'lac' },
  { text: 'Child L was looked after by the local authority for six months.', expect: 'silent', class: 'lac' },
  // --- quoted records and family members
  { text: 'Her mother said, “Everyone kept saying it was her lifestyle choice.”', expect: 'silent', class: 'quoted' },
  { text: 'The 2019 police log reads: ‘female placing herself at risk, risky behaviour, known to CSE team’.', expect: 'silent', class: 'quoted' },
  { text: 'The health visitor recorded "DNA x3" and closed the episode.', expect: 'silent', class: 'quoted' },
  { text: '> She is a child prostitute, the officer wrote in 2018.', expect: 'silent', class: 'quoted' },
  { text: 'Father told us that "the police treated her like a child prostitute".', expect: 'silent', class: 'quoted' },

  // ====== second batch: written after the rule, in other voices, and not tuned on
  { text: 'Records show the infant did not attend two follow-up appointments with the dietitian.', expect: 'report', class: 'not-brought' },
  { text: 'When she was three, Child Q was not taken to her eye clinic; she did not attend again in the autumn.', expect: 'report', class: 'not-brought' },
  { text: 'Neither parent attended; the children did not attend the appointment either.', expect: 'report', class: 'not-brought' },
  { text: 'The social worker did not attend the hospital discharge meeting because of sickness.', expect: 'silent', class: 'adult-attending' },
  { text: 'The father DNA’d his first two appointments with the drug service.', expect: 'silent', class: 'adult-attending' },
  { text: 'The core group noted an apparent pattern of disguised compliance from both parents.', expect: 'report', class: 'disguised-compliance' },
  { text: 'By sixteen she was known to police as a teenage prostitute.', expect: 'report', class: 'sexual-exploitation' },
  { text: 'His risky lifestyle was given as the reason for closing the case.', expect: 'report', class: 'child-blamed' },
  { text: 'Agencies saw her as exposing herself to harm by meeting men she did not know.', expect: 'report', class: 'child-blamed' },
  { text: 'Her 24-year-old boyfriend was not identified as a risk until March.', expect: 'silent', class: 'adult-named-as-peer', note: 'no listed term: a reviewer may still choose better words' },
  { text: 'He had been working county lines since the age of fourteen.', expect: 'report', class: 'criminal-exploitation' },
  { text: 'The police considered the report a malicious allegation and took no action.', expect: 'report', class: 'allegation' },
  { text: 'Both children were LAC during the period under review.', expect: 'report', class: 'lac' },
  { text: 'The notes record "LAC" next to Child Q\'s name throughout 2021.', expect: 'silent', class: 'quoted' },
  { text: 'She told the youth worker that she was "making her own choices".', expect: 'silent', class: 'quoted' },
];
