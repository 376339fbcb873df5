// Blind batch of 2026-11-30 for the quality rules (analysis-depth, family-involvement, good-practice).
// Written before reading the rules' code or the earlier cases (only types.ts and docs/rules/ were
// read), in voices and layouts the earlier batches did not use: findings as numbered paragraphs,
// bold titles and tables; chronology dressed as analysis and analysis that reads like chronology;
// family sections that are thorough in unusual ways and stock statements dressed up; good practice
// in clefts, tables, noun phrases and bare praise. The first-run (held-out) figures are recorded in
// test/unit/rules/quality-corpus.test.ts and test/corpus/README.md. Fictional throughout.
import type { QualityCase } from './types';

export const ANALYSIS_DEPTH_BLIND_2026_11_30: QualityCase[] = [
  // ---- report: chronology, in whatever layout --------------------------------------------------
  {
    class: 'numbered-chronology',
    expect: 'report',
    text: '4.1 On 12 January 2024 the health visitor completed a new birth visit. Baby R was weighed and the mother reported no concerns.\n\n4.2 On 2 February the GP saw Baby R for a rash. The GP prescribed an emollient.\n\n4.3 On 19 February the mother missed the six-week check. A second appointment was sent.\n\n4.4 On 6 March Baby R was taken to the emergency department with a swollen arm.',
    note: 'numbered paragraphs, each a dated event',
  },
  {
    class: 'numbered-chronology',
    expect: 'report',
    text: '### Finding 1: Contacts with health services\n\n5.1 The midwife booked Ms D at eleven weeks. She recorded that Ms D had moved from another area.\n\n5.2 Two weeks later the community midwife visited the home. Nobody answered the door.\n\n5.3 The midwife left a card and rebooked the visit. Ms D attended the antenatal clinic the following month.\n\n5.4 The maternity record was updated after the clinic appointment.',
    note: 'numbered under a subheading, relative time and who-did-what',
  },
  {
    class: 'bold-chronology',
    expect: 'report',
    text: '**The first referral.** The school rang the front door on 3 October. The duty social worker took the call and opened a contact. The contact was closed the same afternoon with advice to the school.\n\n**The second referral.** The school referred again on 17 November. A social worker visited the home on 20 November. She saw Child J in the living room and spoke with his mother. The case was closed on 4 December.',
    note: 'bold-titled paragraphs, dated actions',
  },
  {
    class: 'subheading-chronology',
    expect: 'report',
    text: '### Finding 2: The summer holidays\n\nChild F did not attend the holiday club in July. The family support worker phoned her mother twice. In August the police were called to the address after a neighbour heard shouting. Officers spoke to both adults at the door. They completed a risk assessment and graded it standard. A notification was sent to children\'s social care the next day.',
    note: 'relative and dated time, police actions',
  },
  {
    class: 'analysis-framed-chronology',
    expect: 'report',
    text: '### Finding 3: Health visiting\n\nIt is important to note that the health visitor visited on 5 May. It should be noted that the GP then saw the mother on 12 May. The review notes that the school nurse met Child P on 20 May. It is also worth recording that the nursery manager phoned the health visitor on 2 June. Finally, it is noted that the case was discussed at the safeguarding meeting on 9 June.',
    note: 'each sentence framed as commentary but all of it chronology',
  },
  {
    class: 'analysis-framed-chronology',
    expect: 'report',
    text: '### Finding 1: Information sharing\n\nThe review has established the sequence of contacts. The GP surgery received the discharge letter on 4 April. The practice nurse saw Child N on 11 April. The health visitor was informed on 18 April. The school was told by the mother on 25 April. The social worker received the police notification on 30 April.',
    note: 'one framing sentence, then a list of dated receipts',
  },
  {
    class: 'historic-present',
    expect: 'report',
    text: '### Finding 2: The weekend of 14 June\n\nOn Friday 14 June Child H goes to school with a mark on her cheek. The teacher asks her about it and she says she fell. On Saturday the police attend the home after a call from a neighbour. Officers speak to Ms K and leave after twenty minutes. On Monday the school sends a referral to the MASH. The MASH screens it as information only.',
    note: 'chronology told in the historic present',
  },
  {
    class: 'recorded-speech',
    expect: 'report',
    text: '### Finding 4: Home visits\n\nThe social worker recorded that the home was untidy but adequate. She noted that Child V was asleep upstairs. At the next visit the worker recorded that Mr V was not present. The case notes state that food was in the cupboards. The manager wrote that the case could step down to early help. The family support worker recorded that the first session had gone well.',
    note: 'who recorded what, in past tense',
  },
  {
    class: 'passive-narration',
    expect: 'report',
    text: '### Finding 1: Hospital attendance\n\nChild Q was brought to the emergency department by ambulance at 2am. He was assessed by a triage nurse and seen by a registrar. A skeletal survey was requested. The paediatric liaison nurse was notified. A strategy discussion was held by telephone the following morning. Child Q was discharged to his grandmother\'s care.',
    note: 'passive who-was-done-what',
  },
  {
    class: 'one-line-verdict',
    expect: 'report',
    text: '### Finding 5: Early help\n\nIn September the school completed an early help assessment. The family worker was allocated in October. She visited the home three times in November. In December Mr T said he no longer wanted support. The case was closed in January. This was a missed opportunity.',
    note: 'chronology with a verdict, not an explanation',
  },
  {
    class: 'relative-time',
    expect: 'report',
    text: '### Finding 2: The move to the new flat\n\nShortly after the move, the housing officer visited to check the tenancy. A week later the school noticed Child W was arriving late. By the end of the month the attendance officer had written to the family. Soon after that Child W stopped attending altogether. Around the same time the GP received a letter from the hospital. Later that term the school made a referral to children\'s social care.',
    note: 'relative time expressions only, no dates',
  },
  {
    class: 'bold-chronology',
    expect: 'report',
    text: '**Finding A: the pre-birth period**\n\nMs L booked late, at 24 weeks. The midwife completed the routine enquiry about domestic abuse. Ms L said there was none. At 30 weeks Ms L told the midwife she had a new partner. The midwife shared this with the GP by letter. At 36 weeks a pre-birth assessment was requested.\n\n**Finding B: the first weeks**\n\nThe baby was born at 38 weeks. The health visitor visited at ten days. The baby was weighed. The mother said her partner was helping at night. The GP saw the baby at six weeks.',
    note: 'bold lines as titles, each part a chronology',
  },
  {
    class: 'table-chronology',
    expect: 'report',
    text: '### Finding 1: Contacts in the last six months\n\nThe contacts are set out below.\n\n| Date | Agency | Contact |\n|---|---|---|\n| 3 March | GP | Saw mother for low mood |\n| 9 March | School | Child absent three days |\n| 20 March | Police | Domestic incident, standard risk |\n| 2 April | Health visitor | Missed appointment |\n\nAfter this the school referred to children\'s social care. A social worker visited on 14 April. She saw Child E and her mother. The case was closed on 30 April.',
    note: 'a chronology table followed by narrative sentences',
  },
  {
    class: 'subheading-chronology',
    expect: 'report',
    text: '### 6. Child protection conference\n\nAn initial child protection conference was held on 8 July 2023. The GP did not send a report. The school sent a written report and attended. The conference agreed a plan under the category of neglect. The core group met on 22 July and on 19 August. The second review conference was held in January 2024 and the plan was ended.',
    note: 'numbered subheading, dated meetings',
  },
  {
    class: 'passive-narration',
    expect: 'report',
    text: '**Learning point 3 – transfer between areas**\n\nThe family moved to the area in March. The records were requested by the new GP practice. The health visiting records were transferred in May. The child protection plan from the previous area was not transferred. The new school was told by the mother that there had been a social worker. The previous authority was contacted in June.',
    note: 'learning point title but narrative body',
  },
  {
    class: 'relative-time',
    expect: 'report',
    text: '### Finding 3: The night of the incident\n\nThat evening Mr S returned home after drinking. Within the hour a neighbour called the police. When officers arrived, Child G answered the door. Afterwards the officers spoke to Ms S in the kitchen. Before leaving they gave her a leaflet about domestic abuse services. Two days later a notification reached the school.',
    note: 'clause-initial subordinate time and relative time',
  },
  // ---- silent: analysis, in whatever layout -----------------------------------------------------
  {
    class: 'numbered-analysis',
    expect: 'silent',
    text: '4.1 The health visiting service works to a universal offer that assumes parents will bring concerns to the practitioner. That assumption does not hold for a mother who has been told that raising concerns will lead to her child being removed.\n\n4.2 Because Ms R had experienced care proceedings with an older child, she was unlikely to disclose difficulties to any professional. The review found that practitioners did not know about those proceedings, since the records from the previous area had not been transferred.\n\n4.3 This suggests that the universal offer needs a way of identifying parents whose history makes disclosure less likely.',
    note: 'numbered paragraphs of analysis, cause and inference',
  },
  {
    class: 'causal-dated',
    expect: 'silent',
    text: '### Finding 1: A Friday referral\n\nBecause the referral arrived on a Friday afternoon, it was not screened until the Tuesday. The MASH had no weekend screening at the time, so the referral sat in a queue for four days. The delay mattered because the bruising had faded by the time Child D was seen. Had the rota included weekend cover, a medical could have been arranged the same day. The review understands that weekend screening has since been introduced.',
    note: 'dated events carried by causal clauses',
  },
  {
    class: 'bold-analysis',
    expect: 'silent',
    text: '**Why the threshold was not met.** The threshold document describes neglect by its physical signs. Child M was clean and well dressed, so the signs that practitioners were trained to look for were absent. What was present — his hunger at school and his fear of going home — sits outside the document\'s examples.\n\n**What this tells us about the system.** A threshold that lists physical indicators makes emotional neglect harder to see. Practitioners told the review they were unsure whether a hungry but well-presented child met the threshold, which suggests the guidance needs rewriting rather than practitioners needing more training.',
    note: 'bold-titled analysis with a practitioner event',
  },
  {
    class: 'human-factors',
    expect: 'silent',
    text: '### Finding 2: Caseloads and drift\n\nThe allocated social worker held 31 cases, well above the team\'s target of 18. With that workload, visits became the task that could be delayed, since they did not have a statutory deadline attached. The team manager was covering two teams and had no time for reflective supervision. It is likely that nobody had the space to step back and see that the plan was not changing anything for Child A. This is a pattern the review found across the service during that year.',
    note: 'workload, supervision, inference',
  },
  {
    class: 'questions-and-hypotheses',
    expect: 'silent',
    text: '### Finding 3: Why was the father not seen?\n\nWhy did no practitioner meet Mr B in two years of involvement? One explanation is that every appointment was offered during working hours, when he was at work. Another is that practitioners saw Ms B as the parent responsible for the children. Both explanations point to a system that is organised around mothers. The review heard from several practitioners that fathers are rarely invited to core groups unless they live in the home.',
    note: 'question, hypotheses, practitioner evidence',
  },
  {
    class: 'past-tense-analysis',
    expect: 'silent',
    text: '### Finding 4: An assessment that rested on one account\n\nThe assessment relied entirely on Ms J\'s account of her relationship. No-one checked that account with the police, who held three records of domestic incidents. The assessment therefore could not weigh what it did not know. The form did not prompt the worker to seek police information, and the worker had no reason to think it existed. The gap was in the process, not in the worker\'s diligence.',
    note: 'past tense but evaluative: therefore, could not, the gap was',
  },
  {
    class: 'practitioner-event',
    expect: 'silent',
    text: '### Finding 5: Professional curiosity about new partners\n\nAt the practitioner event, the health visitor told the review that she had known about the new partner but did not think to ask his name. Others said the same: asking about a new adult felt intrusive when a family was cooperating. This reflects a wider reluctance to disrupt a working relationship. The review considers that practitioners need permission, and a prompt, to ask about every adult in the household. Without that, a cooperative parent makes curiosity feel unnecessary.',
    note: 'told the review, reflects, considers',
  },
  {
    class: 'systemic-present',
    expect: 'silent',
    text: '### Finding 6: Children who are electively home educated\n\nThere is no duty on a local authority to see a child who is educated at home. The Education Safeguarding Team has two officers for more than 900 children, so visits depend on parents agreeing to them. Children whose parents decline are therefore the least visible. When a child is also unknown to health services, nobody has a reason to ask how they are. This is a gap in the system rather than in any agency\'s practice.',
    note: 'present-tense system description with causes',
  },
  {
    class: 'table-analysis',
    expect: 'silent',
    text: '### Finding 1: Missed health appointments\n\nWhat happened and why it mattered are set out together.\n\n| What happened | Why it happened | What it tells us |\n|---|---|---|\n| Three appointments missed | Letters went to an old address | Address changes are not shared |\n| Appointments closed as DNA | The policy treats them as adult choices | Children are not brought |\n\nThe pattern shows that a child who is not brought to appointments can drop out of health services without anyone noticing, because the system counts missed appointments rather than children.',
    note: 'an analysis table and an explaining sentence',
  },
  {
    class: 'numbered-analysis',
    expect: 'silent',
    text: '5.1 The core group met as planned, yet its minutes record the same actions at every meeting. Actions that repeat unchanged suggest that the group was monitoring rather than changing anything.\n\n5.2 Part of the reason was the plan itself. It listed services to be offered rather than outcomes for Child Z, so attendance at appointments could be recorded as progress.\n\n5.3 As a result, the plan was ended when the family had engaged with services, not when Child Z\'s life had improved.',
    note: 'numbered, past events carried by inference and result',
  },
  {
    class: 'causal-dated',
    expect: 'silent',
    text: '**Finding 2: The hospital discharge**\n\nChild U was discharged on 3 November without a strategy discussion. This happened because the ward believed the police had already been informed, and the police believed the hospital would refer. Each agency\'s procedure places the duty to refer on the agency that first suspects abuse, which in a joint attendance is unclear. The result was that nobody referred. The ambiguity remains in the current procedure.',
    note: 'dated, bold title, explained',
  },
  {
    class: 'mixed-chronology-analysis',
    expect: 'silent',
    text: '### Finding 3: Step-down to early help\n\nIn March the case was stepped down to early help. The decision was made after a single visit. Step-down at that point was understandable: the family had engaged, and the team was under pressure to close cases that no longer met the threshold. However, the early help service was not told about the history of domestic abuse, which meant the family worker could not know what to look for. The review found that the step-down form has no field for previous concerns.',
    note: 'two narrative sentences then analysis',
  },
  {
    class: 'short',
    expect: 'silent',
    text: '### Finding 7: Records\n\nOn 2 May the GP saw Child K. On 9 May the school nurse saw her. The health visitor visited in June.',
    note: 'three sentences: too short to judge',
  },
  {
    class: 'human-factors',
    expect: 'silent',
    text: '### Finding 4: Fixed thinking about an "engaged" mother\n\nOnce Ms P was described as engaged, later concerns were read in that light. The early label made the neglect of Child Y harder to see, since each missed appointment was explained away as a one-off. This is a known bias: practitioners give more weight to information that confirms a first view. Supervision could have challenged it, but the supervision records show case management rather than reflection. The review considers that the service\'s supervision model leaves little room for that kind of challenge.',
    note: 'confirmation bias and supervision',
  },
  {
    class: 'questions-and-hypotheses',
    expect: 'silent',
    text: '**Finding 5. What made the risk from Mr C hard to see?**\n\nMr C was not the children\'s father and was not on any agency\'s records as living at the address. Agencies knew him only by a first name. Without a surname and a date of birth, no check could be made against police systems. The review thinks it likely that practitioners assumed another agency had checked. That assumption is common where nobody owns the task of finding out who lives in the home.',
    note: 'inference about a hidden adult',
  },
  {
    class: 'past-tense-analysis',
    expect: 'silent',
    text: '### Finding 2: Escalation\n\nThe school disagreed with the decision to close the case but did not escalate it. The designated safeguarding lead knew the escalation policy existed. She did not use it because, in her experience, escalations were answered by the same manager who had made the decision. The policy had no route to an independent manager. In practice this made escalation feel pointless to schools.',
    note: 'past tense explaining a non-action',
  },
];

export const FAMILY_INVOLVEMENT_BLIND_2026_11_30: QualityCase[] = [
  // ---- report ----------------------------------------------------------------------------------
  {
    class: 'stock-dressed-up',
    expect: 'report',
    text: 'The review has been immeasurably enriched by the perspective of the family, which has informed every section of this report. The lead reviewer wishes to place on record her gratitude for the openness and generosity with which the family engaged, at what has been an unimaginably difficult time.',
    note: 'warm and long but names nobody and says nothing',
  },
  {
    class: 'stock-dressed-up',
    expect: 'report',
    text: 'Family involvement has been central to this review from the outset. In line with the Panel\'s guidance, the family were offered the opportunity to contribute, and the reviewer has sought throughout to reflect the family\'s lived experience in the findings.',
    note: 'process language, no person, no outcome',
  },
  {
    class: 'process-only',
    expect: 'report',
    text: 'Letters were sent to family members in accordance with the Partnership\'s family engagement protocol. A leaflet explaining the review process was enclosed. Follow-up contact was made where appropriate.',
    note: 'agentless passive invitation, no who, no outcome',
  },
  {
    class: 'invited-no-outcome',
    expect: 'report',
    text: 'The lead reviewer wrote to Child M\'s mother and to her father in March 2024, explaining the purpose of the review and inviting each of them to meet her. A copy of the terms of reference was included with each letter, together with a freepost envelope.',
    note: 'who was invited, but nothing on whether they took part',
  },
  {
    class: 'took-part-no-views',
    expect: 'report',
    text: 'Child L\'s mother met the lead reviewer twice at her home, once in May and once in August. Her sister was present at both meetings to support her. Child L\'s father was seen once at a family centre.',
    note: 'who and how, but nothing they said',
  },
  {
    class: 'took-part-no-mode',
    expect: 'report',
    text: 'Child S\'s maternal grandmother contributed to the review. She said that she had raised concerns with the school about bruises on two occasions and felt she had not been believed. She wanted the review to understand that Child S was a happy, funny boy.',
    note: 'views but no mode and no invitation',
  },
  {
    class: 'absent-unexplained',
    expect: 'report',
    text: 'Neither of Child T\'s parents took part in the review. The report has therefore been written from agency records and the practitioner event.',
    note: 'nobody took part, no reason given',
  },
  {
    class: 'professionals-only',
    expect: 'report',
    text: 'The reviewer met the allocated social worker, the health visitor, the GP and the designated safeguarding lead individually. Each described their work with the family and their view of Ms H as a caring but overwhelmed parent. Their accounts have been used throughout the report.',
    note: 'practitioners only, their view of the mother',
  },
  {
    class: 'views-by-proxy',
    expect: 'report',
    text: 'Practitioners described Child V\'s mother as warm, protective and keen to work with services. The health visitor felt that she understood the risks posed by her former partner. The school reported that she always came to parents\' evenings.',
    note: 'the family seen through agencies\' eyes only',
  },
  {
    class: 'future-only',
    expect: 'report',
    text: '**Family involvement**\n\nThe family\'s involvement in the review is a priority for the Partnership. The reviewer will seek to engage with family members at a suitable point, and their views will be incorporated into the final report where possible.',
    note: 'LCSPR with only a vague intention, nothing done',
  },
  {
    class: 'took-part-no-views',
    expect: 'report',
    text: '| Family member | Invited | Took part |\n|---|---|---|\n| Mother | Yes, by letter | Yes, two meetings at home |\n| Father | Yes, by letter | Yes, by telephone |\n| Maternal grandmother | Yes | Yes |\n\nAll three family members who took part have seen the draft report.',
    note: 'a table of participation with nothing they said',
  },
  {
    class: 'stock-dressed-up',
    expect: 'report',
    text: '7.1 The review team recognises the importance of hearing the family\'s voice.\n\n7.2 Every effort has been made to ensure that the family\'s perspective is reflected.\n\n7.3 The Partnership is grateful to the family for their contribution.',
    note: 'numbered paragraphs of stock statements',
  },
  {
    class: 'invited-no-outcome',
    expect: 'report',
    text: 'Child B\'s father, who is serving a prison sentence, was sent a letter through the prison\'s offender manager in April. Child B\'s mother and her partner were written to at their home address in the same week, and a second letter followed in May.',
    note: 'unusual invitation routes, but no outcome',
  },
  {
    class: 'absent-unexplained',
    expect: 'report',
    text: 'The reviewer attempted to involve the family. It has not been possible to include the family\'s views in this report.',
    note: '"not possible" without a reason or who',
  },
  {
    class: 'took-part-no-mode',
    expect: 'report',
    text: 'Young Person J\'s mother and stepfather both contributed to the review. They were clear that they wanted other families to be listened to sooner than they had been. The mother\'s view is that she asked for help three times before anyone came.',
    note: 'took part and views, no mode, no invitation',
  },
  {
    class: 'process-only',
    expect: 'report',
    text: 'The family were kept informed of the progress of the review by the Partnership Business Unit. They will receive a copy of the final report before publication, and a meeting will be offered to talk through its findings.',
    note: 'kept informed and will get the report: not involvement',
  },
  // ---- silent ----------------------------------------------------------------------------------
  {
    class: 'letters',
    expect: 'silent',
    text: 'The reviewer wrote to Child P\'s mother in February, offering to meet her wherever she felt comfortable. She chose instead to write: over the following month she sent the reviewer a four-page letter and two emails. In them she described feeling that the health visitor had been "checking up on me, not helping me", and asked why nobody had told her that the school had concerns.',
    note: 'took part in writing, quoted views',
  },
  {
    class: 'interpreter',
    expect: 'silent',
    text: 'Mr and Mrs A were invited by letter, translated into Tigrinya, and by a telephone call through an interpreter. They met the lead reviewer at their home in June with a Tigrinya interpreter they had chosen. Mrs A said she had not understood that the health visitor was offering help; she thought the visits were an inspection. Mr A wanted the review to know that they had never been asked about their journey to the UK.',
    note: 'interpreter, home meeting, views',
  },
  {
    class: 'prison',
    expect: 'silent',
    text: 'Child R\'s father is in custody. The lead reviewer visited him at the prison in July, after writing to him through his offender manager. He told the reviewer that no professional had ever contacted him about his son, although he had lived with the family until the child was four. He asked that the report say he wanted to be part of Child R\'s life.',
    note: 'father in prison visited, views',
  },
  {
    class: 'video',
    expect: 'silent',
    text: 'Child S\'s grandmother lives in Poland and was Child S\'s main carer until he was six. The reviewer contacted her through the family\'s social worker and they spoke twice by video call, with an interpreter. She described Child S as a quiet boy who loved drawing, and said she had worried about his mother\'s new partner but had not known whom to tell in England.',
    note: 'grandmother abroad by video',
  },
  {
    class: 'child-took-part',
    expect: 'silent',
    text: 'Young Person T, now 16, was asked whether she would like to contribute and chose to meet the reviewer at her foster home with her independent visitor present. She said that the worst thing had been "telling the same story to five different people". She wanted teachers to notice when a pupil stops eating lunch.',
    note: 'the young person took part, how, views',
  },
  {
    class: 'declined',
    expect: 'silent',
    text: 'Child N\'s mother was invited to take part by letter and by a call from her solicitor. She declined, explaining through her solicitor that she was not ready to talk about Child N\'s death. The reviewer has written to say that the door remains open.',
    note: 'declined with a reason',
  },
  {
    class: 'table',
    expect: 'silent',
    text: '| Family member | How invited | Took part | What they told us |\n|---|---|---|---|\n| Mother | Letter and phone call | Met twice at home | She felt judged by the health visitor |\n| Father | Letter via probation | Phone call | He wanted to be told about the child protection plan |\n| Maternal aunt | In person, by the mother | Joined the second meeting | She had raised concerns with the GP |',
    note: 'a table with views in cells',
  },
  {
    class: 'numbered',
    expect: 'silent',
    text: '3.1 Child C\'s mother and father were both invited by letter in January.\n\n3.2 Child C\'s mother met the independent reviewer at a family centre in March, supported by her advocate. She said that she had asked for help with housing many times.\n\n3.3 Child C\'s father did not reply to the letter or to a second letter in February, and the reviewer was unable to reach him by phone.',
    note: 'numbered paragraphs, both parents accounted for',
  },
  {
    class: 'could-not-trace',
    expect: 'silent',
    text: 'The review tried to find Child E\'s father, whose last known address was a hostel. Letters sent there were returned, and neither probation nor the DWP held a current address. He has therefore not contributed. Child E\'s mother took part by phone and described her relief that someone was finally asking about the years before the referral.',
    note: 'father untraced, mother by phone with views',
  },
  {
    class: 'advocate',
    expect: 'silent',
    text: 'Ms G took part through her advocate from the refuge, who passed on the reviewer\'s questions and wrote down her answers. Ms G said that she had been frightened to tell anyone about her partner\'s control of money because she believed her children would be taken. She asked that practitioners explain what happens after a disclosure.',
    note: 'participation through an advocate',
  },
  {
    class: 'deceased-and-other',
    expect: 'silent',
    text: 'Child W\'s mother died before the review began. Her sister, Child W\'s aunt, who now cares for him, was invited and met the reviewer at her home on two occasions. She felt that agencies had seen her sister\'s drinking but not her grief after their father\'s death.',
    note: 'mother deceased, aunt took part',
  },
  {
    class: 'decision-not-to-approach',
    expect: 'silent',
    text: 'The panel decided not to approach Child O\'s stepfather, who is awaiting trial for offences against her, on the advice of the police and the Crown Prosecution Service. Child O\'s mother was offered a meeting and chose to speak with the reviewer by phone. She said the review should ask why nobody had checked her partner\'s background.',
    note: 'decision with reason, mother by phone',
  },
  {
    class: 'bold-paragraphs',
    expect: 'silent',
    text: '**Mother.** Ms F was invited by the reviewer at a meeting arranged by her social worker. She took part in two conversations at a café of her choosing and said she had felt "like a file, not a person".\n\n**Father.** Mr F was written to at his home. He replied that he did not wish to take part.\n\n**Siblings.** Child F\'s older brother, aged 15, met the reviewer with his mother and said he had tried to tell his teacher.',
    note: 'bold-titled paragraph per family member',
  },
  {
    class: 'letters',
    expect: 'silent',
    text: 'Because Child K\'s mother preferred not to meet, the reviewer sent her a set of written questions in plain English. She answered them in writing over several weeks. Her answers describe how isolated she felt after moving to the area and how she wished the health visitor had come more often.',
    note: 'written questions and answers',
  },
  {
    class: 'interpreter',
    expect: 'silent',
    text: 'With a British Sign Language interpreter, Child D\'s father met the reviewer at the deaf centre he attends. He explained that at no point had any practitioner booked an interpreter for him, so he had relied on his son to interpret at meetings about his son. He wants agencies to book interpreters for deaf parents as a matter of course.',
    note: 'BSL interpreter, participation, views, no explicit invitation',
  },
  {
    class: 'unable-unwell',
    expect: 'silent',
    text: 'Child J\'s mother was invited but was too unwell to take part during the review, and her mental health team advised against an approach. Child J\'s grandparents, with whom he now lives, met the reviewer twice at their home. They described him as having "come back to life" since the move.',
    note: 'unwell with reason, grandparents took part',
  },
];

export const GOOD_PRACTICE_BLIND_2026_11_30: QualityCase[] = [
  // ---- report ----------------------------------------------------------------------------------
  {
    class: 'stock',
    expect: 'report',
    text: 'There was evidence of good multi-agency working throughout the period under review. Practitioners were committed to the family and went above and beyond on many occasions.',
    note: 'stock praise of collectives',
  },
  {
    class: 'attribute-only',
    expect: 'report',
    text: 'The health visitor was caring, committed and knowledgeable. The school nurse was highly regarded by the family and by colleagues.',
    note: 'roles with adjectives, no action',
  },
  {
    class: 'agency-as-place',
    expect: 'report',
    text: 'Child B attended school regularly throughout the period and was registered with a GP. She was known to the health visiting service from birth, and the family had a social worker for most of the period.',
    note: 'agencies as places and states',
  },
  {
    class: 'future-wish',
    expect: 'report',
    text: 'Agencies should continue to build on the positive relationships that were established with the family. It is hoped that the good practice identified in this review will be shared across the Partnership.',
    note: 'wishes, not actions',
  },
  {
    class: 'agentless-passive',
    expect: 'report',
    text: 'Concerns were shared promptly and appropriate referrals were made. Information was passed on in a timely way and meetings were well attended.',
    note: 'passives with no agent',
  },
  {
    class: 'stock',
    expect: 'report',
    text: '- Good communication between agencies at every stage\n- Timely information sharing across the network\n- Strong partnership working\n- A child-centred approach throughout',
    note: 'bullet list of abstractions (lengthened after the first run: at 13 words it was under the template minimum of 15, so empty-section, not this rule, reported it)',
  },
  {
    class: 'attribute-only',
    expect: 'report',
    text: 'The review heard many examples of practitioners who cared deeply about Child M. The professional network was persistent and thoughtful, and staff across services showed real commitment to her.',
    note: 'collective praise with adjectives',
  },
  {
    class: 'agentless-passive',
    expect: 'report',
    text: 'Child R was seen regularly, his views were sought, and his wishes were reflected in the plan. His school attendance was monitored closely.',
    note: 'the child-centred passive with no one doing it',
  },
  // ---- silent ----------------------------------------------------------------------------------
  {
    class: 'cleft',
    expect: 'silent',
    text: 'It was the dentist who first noticed that Child A\'s teeth were badly decayed and who, instead of discharging him after two missed appointments, telephoned the health visitor to ask whether the family needed help.',
    note: 'cleft sentence with role and actions',
  },
  {
    class: 'credit-relative',
    expect: 'silent',
    text: 'Credit is due to the school\'s attendance officer, who went to the home on the second day of absence, spoke to Child L on the doorstep and stayed until her mother agreed to a meeting.',
    note: 'role in a relative clause',
  },
  {
    class: 'noun-action',
    expect: 'silent',
    text: 'The midwife\'s referral to children\'s social care on the day of booking, with a full account of the father\'s history, meant the pre-birth assessment began at 14 weeks rather than at 30.',
    note: 'nominalised action owned by a role',
  },
  {
    class: 'table',
    expect: 'silent',
    text: '| Agency | What they did | Why it helped |\n|---|---|---|\n| Police | Officers saw Child G alone and recorded his words | His account shaped the strategy discussion |\n| GP | The GP booked a double appointment for his mother | She disclosed the abuse for the first time |',
    note: 'table with role and action cells',
  },
  {
    class: 'bullets-by-agency',
    expect: 'silent',
    text: '- **Police:** the officer who attended on 3 May asked to see each child and spoke to Child H in her bedroom.\n- **Health visiting:** the health visitor weighed Baby H at every visit and plotted the weights, which showed the faltering growth early.',
    note: 'bold agency labels then actions',
  },
  {
    class: 'passive-with-agent',
    expect: 'silent',
    text: 'Child E was seen alone on every visit by her allocated social worker, who recorded what she said in her own words and read it back to her.',
    note: 'passive with by-agent',
  },
  {
    class: 'first-person-plural',
    expect: 'silent',
    text: 'We found a strong example in the nursery: the nursery manager kept a daily note of Child J\'s arrival times and hunger and shared it with the health visitor every fortnight, so the pattern of neglect could be seen.',
    note: 'reviewer voice introducing the example',
  },
  {
    class: 'numbered',
    expect: 'silent',
    text: '6.1 The paediatric liaison nurse checked the child protection information system at Child N\'s second attendance and alerted the GP.\n\n6.2 The housing officer escalated the family\'s overcrowding to her manager and secured a move within six weeks.',
    note: 'numbered paragraphs of role actions',
  },
  {
    class: 'persistence',
    expect: 'silent',
    text: 'The family support worker persisted when the family would not open the door: she wrote, she phoned, and on the fourth attempt she met Ms P at the school gate, which began the only relationship any professional had with her.',
    note: 'role + verb + colon-listed actions',
  },
  {
    class: 'acronym-agency',
    expect: 'silent',
    text: 'CAMHS offered Child Y an appointment within a week of the referral and kept the case open when he missed the first one, sending the clinician to meet him at school instead.',
    note: 'acronym agency as subject',
  },
];

// A second, smaller set written after the rules were generalised for the first set's misses, and before
// running them on it: the same failure shapes in other words, to see whether the changes generalise.
export const QUALITY_BLIND_2026_11_30_CHECK: { ruleId: 'analysis-depth' | 'family-involvement' | 'good-practice'; testCase: QualityCase }[] = [
  { ruleId: 'analysis-depth', testCase: { class: 'numbered-chronology', expect: 'report', text: '### Finding 2: The spring term\n\n(a) On 4 May the class teacher saw a bruise on Child V\'s arm. She told the designated safeguarding lead.\n\n(b) The next day the designated safeguarding lead rang the front door. The call handler took the details.\n\n(c) A social worker phoned the mother on 9 May. The case was closed on 12 May.' } },
  { ruleId: 'analysis-depth', testCase: { class: 'analysis-framed-chronology', expect: 'report', text: '### Finding 4: Contacts with the GP\n\nIt is worth noting that Ms E saw the GP on 2 February. The chronology records that she saw the practice nurse on 16 February. It should also be recorded that the health visitor phoned her on 1 March. The reviewer notes that Ms E missed an appointment on 15 March. It is relevant to note that the GP wrote to her on 20 March.' } },
  { ruleId: 'analysis-depth', testCase: { class: 'historic-present', expect: 'report', text: '### Finding 1: March\n\nIn early March Ms T tells the GP that she is not sleeping. The GP prescribes medication and books a review. On 19 March the health visitor visits and weighs the baby. She notes a drop in weight and rebooks. On 26 March nobody answers the door. The health visitor leaves a card.' } },
  { ruleId: 'analysis-depth', testCase: { class: 'causal-dated', expect: 'silent', text: '### Finding 3: A referral that was not read as one\n\n6.1 It is important to note that the referral form had changed in 2022, which meant that the school\'s concern appeared under "other information". The screener therefore read it as a request for advice. The review found that the new form had been introduced without guidance for referrers. This is a system issue: the form was designed for the MASH\'s convenience rather than the referrer\'s. It is likely that other referrals were misread in the same way.' } },
  { ruleId: 'analysis-depth', testCase: { class: 'systemic-present', expect: 'silent', text: '### Finding 5: Who holds the whole picture?\n\nEach agency holds part of the story. The GP sees the mother\'s low mood; the school sees the child\'s hunger; the police see the incidents at night. No meeting brings these together unless one agency makes a referral, and none of the parts on its own meets the threshold. This is why the neglect of Child W was visible only in hindsight. The review considers that the partnership needs a way to join up concerns below the threshold.' } },
  { ruleId: 'family-involvement', testCase: { class: 'took-part', expect: 'silent', text: 'Child A\'s father opted to speak with the reviewer by telephone from his workplace. He said that nobody had told him his son was on a child protection plan. Child A\'s mother was written to twice and did not reply.' } },
  { ruleId: 'family-involvement', testCase: { class: 'letters', expect: 'silent', text: 'The reviewer sent Ms B a short written questionnaire, at her request. She completed it and returned it with a letter, in which she described the months after the birth as "the loneliest time of my life" and asked why the health visitor stopped coming.' } },
  { ruleId: 'family-involvement', testCase: { class: 'took-part-no-mode', expect: 'report', text: 'Child C\'s mother chose to take part in the review, and the reviewer is grateful to her. Child C\'s father has not been involved.' } },
  { ruleId: 'good-practice', testCase: { class: 'agentless-passive', expect: 'report', text: 'The family\'s GP appointments were kept under review throughout, and the school\'s concerns were noted and acted upon in a timely way by the network.' } },
  { ruleId: 'good-practice', testCase: { class: 'noun-action', expect: 'silent', text: 'The police officer\'s decision to take Child D to a place of safety that night, rather than leave him with his intoxicated father, protected him and led to the first strategy discussion.' } },
];

// Not blind: written after reading the rules' code, in other voices, to look for more failure shapes
// ("Records show that …" frames, bullet chronologies, "we" analysis, a prison video call "saying that …",
// "Leaders across the partnership", "work with … to consider", training in a new protocol that requires an act).
// First run: 20 of 26 right (see test/corpus/README.md); the rules were then generalised for those shapes.
export const QUALITY_2026_11_30_AFTER: { ruleId: 'analysis-depth' | 'family-involvement' | 'good-practice'; testCase: QualityCase }[] = [
  { ruleId: 'analysis-depth', testCase: { class: 'records-show-frames', expect: 'report', text: '### Finding 3: Contacts\n\nRecords show that the GP saw Ms A on 2 May. Health records indicate that the health visitor visited on 9 May. The chronology shows that the school referred on 16 May. Police records show that officers attended the address on 20 May. Records confirm that a strategy discussion was held on 22 May.' } },
  { ruleId: 'analysis-depth', testCase: { class: 'connective-openings', expect: 'report', text: '### Finding 1: The referral\n\nFollowing this, the school made a referral to the front door. Subsequently, the duty worker rang Ms B. At this point the case was passed to the assessment team. Thereafter a social worker was allocated. As part of the assessment she visited twice. Upon completion the case was closed with advice.' } },
  { ruleId: 'analysis-depth', testCase: { class: 'pluperfect-background', expect: 'report', text: '### Finding 2: Before the incident\n\nBy then the school had made three referrals. The GP had seen Child C four times. The health visitor had recorded concerns about the home. Ms C had missed two appointments at the clinic. Mr C had been arrested after a fight in the town centre. Nobody had spoken to Child C alone.' } },
  { ruleId: 'analysis-depth', testCase: { class: 'bullet-chronology', expect: 'report', text: '### Finding 4: The last month\n\n- 3 March: the GP appointment was missed.\n- 10 March: the health visitor visited and weighed the baby.\n- 14 March: the police attended a domestic incident.\n- 20 March: the school nurse saw Child D.\n- 27 March: the baby was admitted to hospital.' } },
  { ruleId: 'analysis-depth', testCase: { class: 'we-voice', expect: 'silent', text: '### Finding 2: Why the referral was screened out\n\nWe think the screening decision made sense on what the screener could see. The referral did not mention the new partner, and the form did not ask about him. The screener had eleven minutes per contact that week. In those conditions, a referral that reads as low-level will be screened out. We are not confident that a different worker would have decided differently.' } },
  { ruleId: 'analysis-depth', testCase: { class: 'numbered-reasons-list', expect: 'silent', text: '### Finding 5: Drift in the plan\n\nThe review identified three reasons for the drift:\n\n1. The plan listed services, not outcomes for Child E, so attendance counted as progress.\n2. The chair of the core group changed four times in a year.\n3. No one had the authority to escalate when actions repeated.\n\nTogether these meant that the plan could run for eighteen months without anyone asking whether Child E was safer.' } },
  { ruleId: 'analysis-depth', testCase: { class: 'counterfactual-and-hindsight', expect: 'silent', text: '### Finding 6: Hindsight\n\nIt is easy, knowing what happened, to see the bruise in May as the turning point. At the time it was one mark on a lively toddler, explained plausibly by his mother. Practitioners were not wrong to accept the explanation on its own. What was missing was a way of seeing it alongside the two earlier marks recorded by other agencies. That is a question of how information is held, not of individual judgement.' } },
  { ruleId: 'family-involvement', testCase: { class: 'accepted-only', expect: 'report', text: "Child F's mother and father were both offered the chance to contribute and both accepted. The reviewer is very grateful to them." } },
  { ruleId: 'family-involvement', testCase: { class: 'met-with-family-no-views', expect: 'report', text: 'The lead reviewer met with the family at their home on two occasions during the review, accompanied by a member of the panel.' } },
  { ruleId: 'family-involvement', testCase: { class: 'prison-video', expect: 'silent', text: "Child G's father was in prison for most of the review period. The reviewer arranged a video call through the prison's family liaison officer, and he spoke for an hour about his son, saying that he had asked the probation officer to tell children's services where he was." } },
  { ruleId: 'family-involvement', testCase: { class: 'list-per-member', expect: 'silent', text: "- Mother: invited by letter; met the reviewer twice at home; she felt blamed by the health visitor.\n- Father: invited by letter and text message; declined, saying he did not want to relive it.\n- Maternal grandmother: invited through the mother; spoke to the reviewer by phone and said she had reported her worries to the GP." } },
  { ruleId: 'family-involvement', testCase: { class: 'recording', expect: 'silent', text: "Ms J did not feel able to meet the reviewer, so with her advocate's help she recorded her answers to the reviewer's questions on her phone. In the recording she says that she \"never knew who to trust\" and that she wanted Child J's school to have noticed sooner." } },
  { ruleId: 'good-practice', testCase: { class: 'evident-in-abstractions', expect: 'report', text: 'Good practice was evident in the timely sharing of information and the quality of multi-agency meetings. There was a clear commitment to the family across the network.' } },
  { ruleId: 'good-practice', testCase: { class: 'teacher', expect: 'silent', text: 'One example stands out. When Child N disclosed, her class teacher stopped the lesson, took her to a quiet room and called the designated safeguarding lead straight away.' } },
  { ruleId: 'good-practice', testCase: { class: 'managers-convened', expect: 'silent', text: 'Social care managers convened a strategy meeting within two hours of the disclosure, and the police, the school and the GP all took part.' } },
];
