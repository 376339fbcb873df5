// Blind batch B of 2026-11-30: written from the theme descriptions, the domain brief and the product
// contract alone, before reading the coverage matcher, the theme models or the other theme corpora
// (only the ThemeCorpus type was looked at). It aims at the false-evidence shapes left after the
// first blind batch, each next to an affirmed passage written obliquely so that recall is tested too:
//   - denials of the harm itself ("There was no evidence of sexual exploitation") — must not count;
//     a practice verb denied about the harm ("Nobody asked why …") still addresses it;
//   - text about the review itself: a passage may open with its own heading ("## Methodology",
//     "## How the review was done", "## Terms of reference", "## Family involvement"), so it is linted
//     in that section. Methodology and terms of reference describe the review's plan and process and
//     give no evidence; in the family-involvement section, what the family told the review about their
//     life does, the arrangements for involving them do not;
//   - lower-case agency names in lists; "her"/"his" terms that are about a parent, not the child;
//   - hypotheticals: a counterfactual that presupposes the harm ("Had the school known that police had
//     been called after Father assaulted Mother …") addresses it; one that only supposes it ("If there
//     had been any sign of domestic abuse, …") does not;
//   - recommendations and learning that name the theme as work to do: they address it (they are the
//     review's conclusions about the case); questions in terms of reference do not (they are the plan);
//     a wh-question in analysis ("Why did no one ask whose work boots were by the door?") presupposes what
//     it asks about and addresses it;
//   - titles of policies, strategies and acts, and definition lines ("DA: domestic abuse"), which name a
//     theme without saying anything about the child.
// FIRST RUN (held out, untuned model and matcher of HEAD 5e5137f): 197 passages (103 address, 94 passing),
// 61.9% judged right; recall 72/103 = 0.70, precision 72/116 = 0.62 (44 false alarms). Precision/recall
// per theme: extra-familial-harm 0.54/0.70, domestic-abuse 0.54/0.70, neglect 0.55/0.75,
// parental-substance-misuse 0.58/0.88, invisible-men-fathers 0.60/0.38, children-mental-health 0.64/0.88,
// parental-mental-health-preschool 0.67/0.67, information-sharing 0.50/0.57, safeguarding-infants
// 0.67/1.00, csa-family-environment 0.75/0.50, early-help 0.83/0.83, ehe-children-not-in-school
// 0.57/0.80, race-culture-identity 0.83/1.00, thresholds-escalation 1.00/0.60, reluctant-engagement
// 0.50/0.20. False alarms by shape: text about the review (methodology, how the review was done, the
// review's own contact with the family) 11 of 16, questions in terms of reference 8 of 10, denials 5 of
// 9, suppositions ("If there had been …") 4 of 5, policy and guidance titles 4 of 9, definition lines
// 3 of 3, a child's "his drinking" 1, an agency list 1 of 2, other senses of the words 7.
// All people and places are fictional.
import type { ThemeCorpus } from './types';

export const blind20261130b: ThemeCorpus[] = [
  {
    theme: 'extra-familial-harm',
    address: [
      'Child T, 15, was stopped by transport police at a station sixty miles from home, carrying £350 in cash and two phones, one of which did not stop ringing.',
      '| Date | Agency | What happened |\n| --- | --- | --- |\n| 14.03.2023 | Police | Child T found in a flat in another town with two adult men; taken home at 3 a.m. |\n| 15.03.2023 | Children\'s social care | No return home interview offered |',
      'Nobody asked why a 14-year-old who had been excluded twice now had new trainers, a second phone and a "friend" who collected him from school in a car.',
      '## Family involvement\n\nMother told the reviewer that Child T came home with injuries he would not explain and said he "owed" older boys money; she rang the police twice and was told he was choosing to go.',
      'Had the youth justice service known that Child T was being made to carry drugs for older men, it would have referred him to the National Referral Mechanism.',
      'The Partnership should map the park and the bus station where young people were being groomed, with the police and the community safety team, and report the plan to the Board by March 2025.',
      'Why was a 13-year-old reported missing eleven times in four months never the subject of a strategy meeting?',
      'Child S met a man online who sent her money for pictures and later arranged to meet her at a hotel.',
      'The school saw the fights outside the gates as a falling-out between pupils; no one considered whether the older group was controlling Child T.',
      '- Missing episodes: 11 (no return interviews completed)\n- Arrested with cannabis in a town he had no links to\n- Stab wound to the leg, treated in the emergency department, not reported to police',
    ],
    passing: [
      'There was no evidence of sexual exploitation.',
      'Child R was not known to have been exploited, and no agency had any concern about his life outside the home.',
      '## Methodology\n\nThe review wrote to the youth justice service and the police exploitation team asking for their chronologies.',
      '## Terms of reference\n\nWas Child T at risk of criminal exploitation, and did agencies recognise it?',
      'The partnership\'s Exploitation Strategy 2021 is published on its website.',
      'Mother\'s landlord exploited her situation, charging her for repairs he never carried out.',
      'When he was three, Child T wandered out of the nursery into the car park and was missing for a few minutes before staff found him.',
      'Abbreviations used in this part: CCE, child criminal exploitation; NRM, National Referral Mechanism.',
      'If Child T had been exploited, the school would have expected to see changes in his attendance and behaviour, and there were none.',
      'The youth worker had worked in the county lines team before, so she knew the local services well.',
    ],
  },
  {
    theme: 'domestic-abuse',
    address: [
      'Neighbours called the police four times that winter after hearing shouting and things being thrown; on the last occasion Mother had a cut lip and said she had walked into a door.',
      'Father checked Mother\'s phone every evening, kept her bank card and decided which friends she was allowed to see.',
      'Had the school known that police had been called to the home after Father assaulted Mother, it would have made sense of Child K\'s tiredness and watchfulness.',
      'The Partnership should train health visitors to ask about domestic abuse at every contact, and audit how often the question is recorded, by December 2025.',
      '## Family involvement\n\nMother told the reviewer that she never told the health visitor what was happening because Father was always in the room, and she was frightened of what he would do after the visit.',
      'Child K said to her teacher: "Daddy hurt Mummy\'s neck and I hid under the bed."',
      'The risk assessment scored high and the case went to the multi-agency risk conference, but nobody told the nursery.',
      'Why did no one ask Mother, on her own, whether she felt safe at home?',
      '| Date | Agency | Event |\n| --- | --- | --- |\n| 02.11.2022 | Police | Call from Mother: partner "kicking off", threatened to burn the flat with her in it |',
      'Mother\'s ex-partner had a record of violence against two previous partners, which no one checked through a Clare\'s Law disclosure.',
    ],
    passing: [
      'There was no history of domestic abuse, and police had never been called to the address.',
      '## Terms of reference\n\nWas there evidence of domestic abuse, and if so, how well did agencies understand its impact on Child K?',
      '## How the review was done\n\nThe review met the domestic abuse service manager and read the records of the police domestic abuse unit.',
      'If there had been any sign of domestic abuse, the health visitor would have completed a risk checklist.',
      'The Domestic Abuse Act 2021 came into force during the period under review.',
      'Mother and Father argued about money, as many couples do, and both said there had never been any violence between them.',
      'Child K was hit by a ball in a PE lesson and had a red mark on her cheek, which the school recorded and explained to Mother at pick-up.',
      'Referrals came from the school, health visiting and the police, and each was about Child K\'s attendance.',
      'The domestic abuse coordinator chaired the practitioner event.',
      'DA: domestic abuse. IDVA: independent domestic violence advocate.',
    ],
  },
  {
    theme: 'neglect',
    address: [
      'The house smelled of urine, there was no food in the fridge and the children slept on bare mattresses without covers.',
      'Child B\'s teeth were so decayed that six were taken out under general anaesthetic; three dental appointments had been missed before that.',
      'Each new social worker started the assessment again, so four years of the same worries about dirty clothes and head lice were never put together.',
      'Child B\'s teacher kept spare clothes and cereal bars in a drawer for him because he came in hungry most days.',
      'The Partnership should make the graded care profile part of every assessment where there are worries about home conditions, and audit its use by September 2025.',
      'What stopped practitioners seeing that a six-year-old making his own breakfast and walking himself to school in January without a coat was not "independence"?',
      '## Family involvement\n\nChild B\'s grandmother told the reviewer that she used to take the children home to bath them and wash their clothes because "nobody else was going to".',
      '- Head lice: recorded at 9 of 12 school health checks\n- Weight: below the 2nd centile from 18 months\n- Home visits: dog faeces on the floor at three of them',
    ],
    passing: [
      'There were no concerns about neglect: the home was clean and the children were well dressed.',
      'The Partnership\'s Neglect Strategy 2019 was refreshed in 2022.',
      '## Methodology\n\nThe reviewer used the Panel\'s briefing on neglect to frame the questions for the practitioner event.',
      'The council had neglected repairs to the flat\'s windows for two years, and the housing ombudsman later found against it.',
      'Mother said she felt she had neglected her friendships since the baby came.',
      '## Terms of reference\n\nDid agencies recognise the cumulative impact of neglect on Child B?',
      'If the home conditions had been poor, the health visitor would have used the home conditions tool.',
      'Graded Care Profile (GCP): a tool for assessing the quality of care a child receives.',
    ],
  },
  {
    theme: 'parental-substance-misuse',
    address: [
      'Empty cans of strong lager covered the kitchen table and Father was slurring when the social worker arrived at eleven in the morning.',
      'Father said that his drinking got worse after he lost his job, and that some days he could not remember collecting the children.',
      'Mother\'s methadone was kept in a kitchen cupboard the two-year-old could reach.',
      'A hair strand test showed regular cocaine use by both parents, which they had denied at every visit.',
      'Had the midwife known that Mother had relapsed onto heroin, she would have referred her to the specialist midwife.',
      'The Partnership should ask the adult drug and alcohol service to record whether each client lives with or cares for a child, and report the share recorded by April 2025.',
      'The social worker smelled cannabis in the flat at each of the last four visits but did not ask about it.',
      'Father lost his licence for drink-driving with Child P in the back of the car.',
    ],
    passing: [
      'Neither parent had any history of drug or alcohol use.',
      'Child T, 15, told his youth worker that his drinking had got worse since he moved school.',
      '## How the review was done\n\nThe review wrote to the drug and alcohol service, which had no record of either parent.',
      'Mother was prescribed codeine after the caesarean section and took it as directed.',
      'The family support worker drank tea with Mother in the kitchen while the children played.',
      'Father worked as a chef in a pub until it closed in 2022, then took a job at a warehouse.',
      'If Father had been drinking, the contact supervisor would have ended the contact.',
      '## Terms of reference\n\nDid either parent\'s use of alcohol or drugs affect their care of Child P?',
    ],
  },
  {
    theme: 'invisible-men-fathers',
    address: [
      'Nobody knew who the man in the photographs on Mother\'s social media was, or that he had been staying most nights.',
      'Father was not invited to the child protection conference, although Child R stayed with him every weekend.',
      'The assessment described Mother, the children and the maternal grandmother; Mother\'s partner, who had lived there for five months and had two convictions for assault, was not in it.',
      'Why did no one ask whose work boots were by the door?',
      'The health visitor saw Stepfather once, in passing, and recorded him as "supportive".',
      'The Partnership should make sure that every assessment names each adult who lives in or often visits the home and records whether they were spoken to, and audit this by July 2025.',
      '## Family involvement\n\nFather told the reviewer that in eight years no practitioner had ever phoned him, although he paid for Child R\'s uniform and had her two nights a week.',
      'The family support worker visited in the evenings so that Father, who worked days, could take part, and he became the main contact for the plan.',
    ],
    passing: [
      '## Family involvement\n\nThe reviewer wrote to Child R\'s father twice and met him at a café in March; he chose not to read the draft.',
      'The children were excited about Father Christmas visiting the nursery.',
      'Child R\'s paternal grandfather died in 2019.',
      '## Terms of reference\n\nHow well did agencies identify and engage the men in Child R\'s life?',
      'The male nurse who saw Child R in the emergency department recorded her height and weight.',
    ],
  },
  {
    theme: 'children-mental-health',
    address: [
      'Child J had cut her arms and told the school nurse she did not want to be here any more.',
      'Child J, 13, stopped eating lunch, lost eight kilograms over a term and wore long sleeves in June.',
      'Her referral to the child and adolescent mental health team was turned down twice because she did not meet the criteria, and she waited 14 months for an assessment.',
      'Child J\'s autism assessment and her low mood sat in two separate queues, so no one looked at both together.',
      'Child J wrote in a note to her form tutor: "I\'m tired of pretending I\'m fine."',
      'Why did a second overdose in six weeks not lead to a strategy meeting?',
      'The Partnership should ask schools to name a trusted adult for every pupil with a self-harm plan, and check this in the annual audit.',
      'Had the emergency department known of her overdose in March, it would not have discharged her that night.',
    ],
    passing: [
      'Mother told the GP her mental health had got worse since the birth.',
      'Child J was not known to CAMHS and there were no concerns about her emotional wellbeing.',
      'Attendance at the strategy meeting: children\'s social care, the police, the school nurse and child and adolescent mental health services.',
      '## Methodology\n\nThe reviewer spoke to the CAMHS clinical lead and read the mental health trust\'s records.',
      'Father said he had been depressed since his brother\'s death and was on a waiting list for talking therapy.',
      'The school\'s wellbeing week included yoga and a visit from a therapy dog.',
    ],
  },
  {
    theme: 'parental-mental-health-preschool',
    address: [
      'Mother stopped taking her antidepressants in pregnancy; when Baby S was three months old she told the health visitor she could not get out of bed and sometimes left him in his cot all morning.',
      'The adult mental health team discharged Mother without asking whether she had children; her two-year-old and a newborn were at home.',
      'Mother\'s word that she was taking her lithium was accepted for a year while she cared for her 18-month-old twins; no one checked with the pharmacy.',
      'The perinatal mental health team and the health visitor each thought the other was keeping an eye on Mother\'s mood after the birth.',
      'Mother told us: "I was so low I couldn\'t look at him. I\'d feed him and put him down and just stare at the wall."',
      'Had the nursery known that Mother had been sectioned in the spring, it would have understood why Child E, aged three, was so anxious at home time.',
    ],
    passing: [
      'Child J, 14, told her teacher her mental health was getting worse.',
      'Mother had no history of mental ill health, and the perinatal assessment found nothing of concern.',
      '## How the review was done\n\nThe reviewer met the perinatal mental health team manager and the health visiting lead.',
      'The Perinatal Mental Health Strategy 2020 sets out the pathway in the area.',
      'Grandmother had been treated for depression in the 1990s, before Mother was born.',
      'Mother works as a mental health nurse on a hospital ward.',
    ],
  },
  {
    theme: 'information-sharing',
    address: [
      'The GP knew about Father\'s conviction for assaulting a child; the health visitor, who visited weekly, did not.',
      'The notification reached the school eleven days after the police call-out, by which time Child K had been absent for a week.',
      'When the family moved from the north-west, the records followed four months later and the new health visitor started from scratch.',
      'The probation officer and the social worker never spoke, although both were managing risks in the same household.',
      '## Family involvement\n\nMother said she had to tell her story to six different professionals and none of them seemed to know what the last one had written.',
      'The Partnership should set a standard that every strategy discussion includes the GP and the school, and measure how often they take part by March 2025.',
      'Had the midwife\'s concern been passed on, the health visitor would have visited before day ten.',
    ],
    passing: [
      '## How the review was done\n\nThe review wrote to the probation officer and the GP practice, and both sent their records within a month.',
      '## Methodology\n\nAgencies shared their chronologies with the reviewer, who merged them into one timeline.',
      'The school shared photographs of the nativity play with parents by email.',
      'Information Sharing: Advice for Practitioners (2018) is the national guidance on when to share.',
      '## Terms of reference\n\nWas information shared between adult and children\'s services in a timely way?',
      'Mother shared a bedroom with her sister when she was a child.',
    ],
  },
  {
    theme: 'safeguarding-infants',
    address: [
      'At six weeks Baby M had a small bruise on his ear; the GP accepted that his sister may have caught him with a toy.',
      'Baby M was found unresponsive on the sofa, where he had fallen asleep beside Father after a night feed.',
      'A skeletal survey found three healing rib fractures of different ages.',
      'Father told the health visitor the baby\'s crying "did his head in" and that he had to leave the room to stop himself shouting.',
      'The explanation that a seven-week-old had rolled off the changing mat was accepted without anyone asking how a baby that age could roll.',
      'The Partnership should make sure every parent of a newborn, fathers included, is shown the coping-with-crying programme before leaving hospital, and report uptake by June 2025.',
    ],
    passing: [
      'There were no injuries and no concerns about Baby M\'s care.',
      'Child R, aged nine, broke his wrist falling from a trampoline.',
      '## Methodology\n\nThe review drew on the Panel\'s national review of non-accidental injury in infants.',
      'The Safer Sleep Week campaign ran in March across the county.',
      'Mother had been a baby herself when her own parents separated.',
      '## Terms of reference\n\nWere there opportunities to recognise bruising in a non-mobile baby?',
    ],
  },
  {
    theme: 'csa-family-environment',
    address: [
      'Child L told her teacher that her uncle "does things" when he babysits and that she is not allowed to tell.',
      'Mother\'s new partner had been convicted of downloading indecent images of children, which probation knew and the school did not.',
      'Child L, aged six, was drawing pictures and using words about sex that worried nursery staff; this was put down to her older cousins\' films.',
      'After Child L\'s disclosure she was examined at the sexual assault referral centre, but nobody offered her therapy for eleven months while the police investigation went on.',
      'Why was Grandfather, who had a caution for indecent exposure, allowed to collect the children from school?',
      '## Family involvement\n\nChild L\'s mother told the reviewer that she had believed her daughter straight away, and asked why the uncle was still welcome at family parties.',
    ],
    passing: [
      'There was no suggestion of sexual abuse at any point.',
      'The relationships and sex education curriculum covered consent and healthy relationships in Year 6.',
      '## How the review was done\n\nThe police child abuse investigation team shared its records with the review.',
      'Mother said that she had been abused as a child by a neighbour; she had had counselling and said it made her watchful.',
      '## Terms of reference\n\nDid agencies respond well to Child L\'s disclosure of sexual abuse?',
      'If a child discloses sexual abuse, the procedures require a strategy discussion the same day.',
    ],
  },
  {
    theme: 'early-help',
    address: [
      'A family support worker from the children\'s centre visited weekly and helped Mother set up a budget and a bedtime routine.',
      'The school\'s pastoral lead completed a family plan with Mother and chaired three meetings with the school nurse and the housing officer.',
      'When the case was closed to social care it was passed to the family hub, but no one from the hub made contact for seven weeks.',
      'Mother turned down the parenting course twice, and the offer was not made again.',
      'The Partnership should make sure that every case stepped down from social care has a named lead at the family hub before it closes, and check this monthly.',
      '## Family involvement\n\nMother said the only help that worked was the family support worker "who just turned up with a mop and sat with me".',
    ],
    passing: [
      '## Methodology\n\nThe family hub manager attended the practitioner event and commented on the draft.',
      'Early in the morning Child R helped his grandmother set up her market stall.',
      'The Early Help Strategy 2022-25 sets out the partnership\'s levels of need.',
      '## Terms of reference\n\nWas early help offered when the first concerns emerged?',
      'Before she was pregnant, Mother volunteered at the children\'s centre toy library.',
    ],
  },
  {
    theme: 'ehe-children-not-in-school',
    address: [
      'After Mother wrote to the school to say she would teach Child R at home, no professional saw him for eleven months.',
      'Child R was on a part-time timetable of two hours a day for most of Year 8.',
      'The school took Child R off its roll the day the letter arrived; the local authority offered a visit by email and it never took place.',
      'Child R\'s attendance fell to 41% in the autumn term; the school sent letters but no one visited the home.',
      'Why did no one see Child R between his removal from roll and his admission to hospital?',
    ],
    passing: [
      'Child R was taught at home during the 2020 lockdown, like every other pupil in his class.',
      'Child R\'s attendance was 98% and he was never excluded.',
      '## How the review was done\n\nThe elective home education officer contributed to the practitioner event.',
      'The Elective Home Education Guidance 2019 is the national guidance for local authorities.',
      'Child R\'s older sister was at university during the period under review.',
    ],
  },
  {
    theme: 'race-culture-identity',
    address: [
      'Mother\'s first language was Tigrinya, and most visits were carried out through her ten-year-old son.',
      'No assessment recorded the family\'s religion, although Father told the GP that the mosque was the centre of their life.',
      'Child D told his youth worker that the police stopped him "because I\'m Black" and that he did not trust them.',
      'The assessment said the family\'s culture valued privacy, and this was used to explain why nobody was allowed upstairs.',
      'The Partnership should make sure that professional interpreters, not family members, are used at every contact with a parent whose first language is not English, and audit this by May 2025.',
    ],
    passing: [
      '## Methodology\n\nAn interpreter was booked for the reviewer\'s meeting with Mother.',
      'The school\'s culture of high expectations was praised in its last inspection.',
      'Child D loved the film Black Panther and wanted to be a footballer.',
      'Staff described a blame culture in the team after an inspection.',
    ],
  },
  {
    theme: 'thresholds-escalation',
    address: [
      'The fourth referral was again closed with no further action because on its own it did not meet the criteria for an assessment.',
      'The school disagreed with the decision but did not know how to challenge it, and the local escalation procedure was never used.',
      'Seven contacts in nine months were each screened separately, so nobody saw that they added up.',
      'The health visitor raised her worry with her named nurse, who took it to the social work manager; the case was re-opened within two days.',
      'Had the front door seen the previous five contacts together, it would have opened an assessment.',
    ],
    passing: [
      'The threshold of the front door was uneven and Mother asked the landlord to fix it.',
      '## Terms of reference\n\nWere thresholds applied consistently?',
      'The Threshold Document 2021 was updated after the period under review.',
      'Child J had a high pain threshold and rarely complained when she was hurt.',
      '## Methodology\n\nThe review was delayed, and the independent chair escalated this to the partnership in March.',
    ],
  },
  {
    theme: 'reluctant-engagement',
    address: [
      'Over six months the family were at home for two of nine planned visits.',
      'Mother kept the door on the chain and spoke through the gap; the visit lasted four minutes.',
      'The case was closed because Mother "did not want the service", and no one asked why.',
      'Child P was not brought to four hospital appointments, and each time a new appointment letter was posted.',
      'Mother agreed to everything at meetings, but none of the agreed actions happened.',
    ],
    passing: [
      'Mother attended every appointment and the health visitor found her warm and open.',
      'The GP surgery did not attend the case conference because the invitation went to an old address.',
      '## Family involvement\n\nFather declined to take part in the review, saying he wanted to put it behind him.',
      'Child P\'s cousin was reluctant to join the football team at first.',
    ],
  },
];
