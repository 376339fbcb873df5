// Labelled findings for analysis-depth: each text is the body of a findings section (with or
// without sub-finding headings). `report` = the finding retells events without saying why;
// `silent` = it explains, or is too short to judge. Fictional, pseudonymised, written for this corpus.
import type { QualityCase } from './types';

export const ANALYSIS_DEPTH_CASES: QualityCase[] = [
  // ----- report: dated chronology -------------------------------------------------------------
  {
    expect: 'report',
    class: 'dated-chronology',
    text: `On 3 March 2022 the health visitor visited the family home. On 10 March she rang the GP surgery and left a message. In April 2022 the GP saw Child K with a rash and prescribed cream. On 2 May the nursery manager emailed the health visitor about Child K's weight. The health visitor visited again on 9 May. On 20 May the case was closed to health visiting.`,
  },
  {
    expect: 'report',
    class: 'dated-chronology',
    text: `### Finding 1: Early help

In January 2021 the school made an early help referral. The early help worker met Ms B on 4 February. A Team Around the Family meeting took place on 1 March. On 15 March Ms B cancelled the second meeting. The worker sent a letter on 22 March. In May 2021 the early help case was closed.`,
  },
  {
    expect: 'report',
    class: 'dated-chronology',
    text: `On 12/06/2021 police attended the address after a neighbour called. Officers spoke to Mr D at the door. A domestic abuse notification was sent to children's social care on 14/06/2021. The MASH screened the notification on 16/06/2021. No further action was recorded. On 30/06/2021 police attended again.`,
  },
  {
    expect: 'report',
    class: 'dated-chronology',
    text: `During September 2020 Child R started at the secondary school. By October his attendance had dropped to 82 per cent. On 5 November the attendance officer wrote to his mother. On 19 November Child R was excluded for a day. In December the school referred him to the youth service. The youth worker saw him twice before Christmas.`,
  },
  {
    expect: 'report',
    class: 'dated-chronology',
    text: `In late 2019 Baby T was born at 36 weeks. On 2 December the midwife discharged mother and baby home. The health visitor carried out the new birth visit on 12 December. On 28 December the family moved to a flat in another borough. In January 2020 the records were transferred. The new health visitor visited on 3 February.`,
  },
  {
    expect: 'report',
    class: 'dated-chronology',
    text: `#### Practice episode 2

At 10pm on 4 August paramedics were called to the flat. Child M was taken to hospital. At 1am the paediatric registrar examined him and found two bruises. The hospital social worker was informed at 9am. A strategy discussion was held on 5 August. Child M was discharged to his grandmother on 7 August.`,
  },
  {
    expect: 'report',
    class: 'dated-chronology',
    text: `On Monday 14 February the school nurse saw Child S. On Tuesday she phoned the designated safeguarding lead. On Wednesday the designated safeguarding lead rang the front door service. On Friday a social worker visited the home. The following Monday Child S was seen at school by the social worker. On 25 February the assessment was completed.`,
  },
  {
    expect: 'report',
    class: 'dated-chronology',
    text: `- On 4 April the GP saw Ms F for low mood and prescribed sertraline.
- On 11 April the health visitor visited and completed a mood screen.
- On 2 May Ms F missed her GP review.
- On 16 May the health visitor visited and saw Baby F asleep.
- On 30 May the GP surgery sent a letter offering a new appointment.
- On 14 June Baby F was taken to the emergency department.`,
  },
  // ----- report: relative time and who did what --------------------------------------------------
  {
    expect: 'report',
    class: 'relative-time',
    text: `The social worker visited the family at home. Two days later she rang the school. The following week the school nurse saw Child A. Shortly afterwards the case was transferred to a new team. Three weeks later the new social worker visited. The same day she spoke to Child A's father on the phone.`,
  },
  {
    expect: 'report',
    class: 'relative-time',
    text: `Later that month police officers went to the flat after a report of shouting. The next morning the officer completed a risk assessment. A week later the independent domestic violence adviser rang Ms H. Ms H did not answer. A few days later the adviser wrote to her. Ms H replied by text and said she was fine.`,
  },
  {
    expect: 'report',
    class: 'who-did-what',
    text: `The GP referred Child L to the community paediatrician. The paediatrician saw him and diagnosed eczema. The health visitor visited and weighed him. The nursery reported that he was often collected late. The social worker completed a child and family assessment. The team manager signed off the assessment and closed the case.`,
  },
  {
    expect: 'report',
    class: 'who-did-what',
    text: `### Finding 3: Information about the father

The probation officer supervised Mr J after his release. He reported to probation weekly. The probation officer recorded that Mr J had moved in with a new partner. Police checked the address. The housing officer visited the property and saw a child's bike in the hallway. The housing officer made a note on the tenancy file.`,
  },
  {
    expect: 'report',
    class: 'who-did-what',
    text: `Child P was seen by the school nurse, who weighed and measured him. His class teacher completed a welfare form. The designated safeguarding lead phoned his mother. His mother attended a meeting at school. The school offered a place at breakfast club. Child P attended breakfast club twice and then stopped going.`,
  },
  {
    expect: 'report',
    class: 'who-did-what',
    text: `Ms V booked late for antenatal care at 28 weeks. The midwife completed a booking assessment and recorded no concerns. Ms V missed two antenatal appointments. The community midwife visited and found nobody at home. The midwife left a card. Baby V was born at home and the ambulance service took mother and baby to hospital.`,
  },
  {
    expect: 'report',
    class: 'who-did-what',
    text: `**Finding 2. The housing move.**

The family were evicted from their flat. The council placed them in a hotel forty miles away. Child E was removed from his school roll. Nobody told the school nurse. The health visitor tried to visit the old address. The GP practice deregistered the family after a letter was returned.

**Finding 3. Contact with the father.**

Mr E had supervised contact at a family centre. The contact worker wrote notes after each session. Mr E arrived late on four occasions. The contact worker reported this to the social worker. The social worker spoke to Mr E. Contact moved to a weekend slot.`,
  },
  {
    expect: 'report',
    class: 'dated-chronology',
    text: `In the summer of 2021 Child N began to go missing from home. On 12 July she was reported missing by her mother. Police found her the next day in a town twenty miles away. A return home interview was offered on 16 July. Child N declined the interview. She went missing again on 2 August and on 9 August.`,
  },
  {
    expect: 'report',
    class: 'dated-chronology',
    text: `Between March and June 2022 the family had eleven contacts with agencies. The GP saw Ms W three times. The health visitor visited twice. The school sent four letters about attendance. The police attended once after a report of a disturbance. The housing provider inspected the property in June and reported damp.`,
  },
  {
    expect: 'report',
    class: 'relative-time',
    text: `When Baby Z was six weeks old the health visitor noticed a mark on his ear. She asked his mother about it. His mother said he had caught it on the cot. The health visitor recorded the explanation. Two weeks later the GP saw Baby Z for his immunisations. The GP did not see the mark.`,
  },
  {
    expect: 'report',
    class: 'who-did-what',
    text: `The young person's support worker drove him to college each day. She raised concerns about a man who waited for him at the gates. The college safeguarding lead made a referral to the exploitation team. The exploitation team sent a questionnaire to the college. The college returned it. The panel met and rated the risk as medium.`,
  },
  {
    expect: 'report',
    class: 'dated-chronology',
    text: `Agency involvement began in 2018 when Ms Q was referred to the perinatal mental health team. She was discharged in 2019. In 2020 she returned to the GP with anxiety. In February 2021 police attended a domestic incident. In March 2021 the school nurse met Child Q. In April 2021 the family moved.`,
  },
  {
    expect: 'report',
    class: 'relative-time',
    text: `The referral was made by the school on a Thursday afternoon. The duty social worker read it the next morning. She rang Child D's mother that afternoon. Child D's mother did not answer. The duty worker tried again on the Monday. The worker then passed the referral to the assessment team, who allocated it a week later.`,
  },
  {
    expect: 'report',
    class: 'who-did-what',
    text: `Children's social care held an initial child protection conference. The conference made Child F subject to a child protection plan under the category of neglect. The core group met monthly. The social worker visited every two weeks. The family support worker helped Ms F clean the house. Ms F attended a parenting course and completed four sessions.`,
  },
  // ----- silent: explains why ------------------------------------------------------------------
  {
    expect: 'silent',
    class: 'explains-why',
    text: `The health visitor visited three times in six weeks and each time accepted Ms B's account of the marks. This reflects a wider pattern in which practitioners working alone take a parent's explanation at face value. The review heard that health visitors carry caseloads of over 500 families, which meant visits were short and focused on feeding and weight. There was no expectation that an unexplained mark on a non-mobile baby would be discussed with a colleague. Because supervision was monthly and case-led, the marks were never looked at together. The learning is that the system relied on single practitioners noticing a pattern that only becomes visible across visits.`,
  },
  {
    expect: 'silent',
    class: 'dated-but-explains',
    text: `Because the referral arrived on a Friday afternoon, it was not screened until the following Tuesday. The front door service had no weekend screening, so referrals from schools routinely waited over a weekend. On 14 March the screening social worker rated the referral as early help. It is likely that she weighed it against the forty other contacts received that day. The threshold document gave no guidance on repeated low-level concerns, which meant each referral was judged on its own. This suggests that the threshold guidance, rather than any individual, made it likely that the pattern would be missed.`,
  },
  {
    expect: 'silent',
    class: 'explains-why',
    text: `### Finding 1: Professional optimism

Practitioners saw real improvements in the home after the baby was born, and this understandably shaped how they read later concerns. The review found that each improvement was recorded while each setback was explained away. Practitioners told the review that they felt they had to give the family a chance after a long history of involvement. There is a tension here between building a relationship with a parent and holding on to the evidence. Without a shared chronology, nobody could see that the improvements never lasted more than a few weeks. This is a pattern the national Panel has described in many reviews of neglect.`,
  },
  {
    expect: 'silent',
    class: 'systemic',
    text: `Information about Mr J's convictions sat with probation and police, but not with the health visitor or the school. The reason is structural: the local information-sharing agreement did not cover men who were not the child's birth father. As a result, the people who saw Child J most often did not know who was living in the home. Practitioners told the review that they would not have known whom to ask. The system relied on the mother telling agencies about a new partner, which she had every reason not to do. The learning for the partnership is about who is responsible for finding out who lives in a child's home.`,
  },
  {
    expect: 'silent',
    class: 'dated-but-explains',
    text: `On 3 May the school nurse saw Child S, who was hungry and tired. She did not refer, because the school's procedure asked nurses to discuss concerns with the designated lead first and the lead was on leave. The procedure had been written for a larger team and assumed a deputy was always available. In May 2022 there was no deputy, due to a vacancy that had been open for eight months. This meant the concern waited three weeks. What made the delay likely was the staffing gap, not the nurse's judgement.`,
  },
  {
    expect: 'silent',
    class: 'explains-why',
    text: `The assessment focused on Ms F's needs and said little about what life was like for Child F. This is not unusual: assessments are often organised around the adult who engages with services. The assessment template asked about parental capacity before it asked about the child's experience, and practitioners told the review that they followed its order. It is likely that a practitioner under time pressure would complete the adult sections fully and the child's sections briefly. The review considers that the template shaped practice more than any training did. Changing the order of the template would be a small change with a large effect.`,
  },
  {
    expect: 'silent',
    class: 'systemic',
    text: `#### Finding 4: Working across borders

When the family moved across the county boundary their records took seven weeks to follow them. Each agency had its own transfer process and none of them was triggered by the others. The receiving health visiting team did not know the family had been subject to a child protection plan, so the new birth visit was treated as routine. This illustrates how cross-border moves create gaps that no single agency owns. Practitioners in both areas described transfers as "paperwork that happens in the background". The learning is that a move is itself a risk point and should be treated as one.`,
  },
  {
    expect: 'silent',
    class: 'explains-why',
    text: `Child R's exclusion was a turning point, and the review has tried to understand why the school reached that decision. Staff were managing a rise in serious incidents and felt they had exhausted the support available. The local alternative provision had a waiting list of twelve weeks, which left exclusion as the only immediate option. The school did not know that Child R was being targeted by older boys, because the police intelligence was not shared with education. Had the school known, it may have weighed the risks of exclusion differently. This suggests that the decision was shaped by what the school could see and what it could offer.`,
  },
  {
    expect: 'silent',
    class: 'dated-but-explains',
    text: `In January 2021 the early help worker closed the case after Ms B cancelled two meetings. Closure after non-engagement was the service's standard practice, since caseloads had doubled during the pandemic and managers had asked workers to prioritise families who took up the offer. It is understandable that the worker followed this guidance. However, the guidance treated a cancelled meeting as a choice, when for Ms B it may have reflected her depression. The review found no point in the process where someone asked why a family was not engaging. This is the gap the partnership needs to address.`,
  },
  {
    expect: 'silent',
    class: 'explains-why',
    text: `Agencies did not see Mr D as part of Child D's life, and the review has looked at why. Mr D was not named on any referral, and the assessment framework did not prompt practitioners to ask about men who visited the home. Practitioners described a culture in which engaging the mother was the measure of a good assessment. Men who were hostile or absent were easy to leave out. The national Panel's report on men in children's lives describes the same dynamic. Until assessments routinely ask who else cares for the child, it is likely to happen again.`,
  },
  {
    expect: 'silent',
    class: 'systemic',
    text: `The multi-agency safeguarding hub received four notifications about Child N in six weeks. Each was screened by a different practitioner, because the rota assigned contacts by arrival time rather than by family. The case management system did display previous contacts, but only on a second screen that most screeners did not open. As a result, each notification looked like a first concern. The review considers that the system, not the screeners, missed the pattern. A rota that keeps a family with one screener would make the pattern visible.`,
  },
  {
    expect: 'silent',
    class: 'explains-why',
    text: `**Finding 1. The family's fear of services.**

Ms G had been in care herself, and she told the review she was frightened that her baby would be taken away. This fear explains much of what practitioners saw as avoidance. Practitioners who knew her history were gentler and got further, which suggests that relationship mattered more than the number of visits. The records show no discussion of how her own experience of care might shape her response.

**Finding 2. Thresholds for neglect.**

Practitioners described the local threshold for neglect as high, and felt referrals would be rejected. This belief meant that several concerns were held within single agencies. The review found that the threshold document had been misread rather than applied. Training alone is unlikely to change a belief that practitioners have formed from experience.`,
  },
  {
    expect: 'silent',
    class: 'dated-but-explains',
    text: `On 4 August paramedics took Child M to hospital, and this was the first time any agency saw him with an injury. The hospital team acted quickly because the injury pattern was clear and a paediatric consultant was on site. By contrast, the earlier bruise seen by the childminder in June was not reported, as the childminder did not think a bruise on a toddler's shin was significant. Her view reflects what most carers are told about mobile children. The childminding agency's training did not distinguish between mobile and non-mobile children, which is where the learning lies.`,
  },
  {
    expect: 'silent',
    class: 'explains-why',
    text: `Child A's voice was rarely recorded, and it is worth asking why. Practitioners saw her at school, where she was quiet and compliant, and at home, where her mother spoke for her. Nobody saw her alone. The review heard that social workers felt it would damage the relationship with Ms A to insist on seeing Child A on her own. This is a common tension in practice. It meant that the person who knew most about life in the home was never asked about it.`,
  },
  {
    expect: 'silent',
    class: 'systemic',
    text: `Pressures on the health visiting service shaped much of what happened. The service had lost a third of its staff in two years, and the remaining practitioners were asked to prioritise universal contacts. Targeted visits were reduced to telephone contacts, which meant nobody saw Baby T in the home after his first month. Managers knew that this increased risk, and said so in the service's risk register. The decision was a reasonable response to the capacity available, but it left the most vulnerable babies with the least contact. The learning is about how services decide what to stop when they cannot do everything.`,
  },
  {
    expect: 'silent',
    class: 'short',
    text: `On 3 March the health visitor visited. On 10 March she rang the GP. On 2 May the nursery emailed.`,
  },
  {
    expect: 'silent',
    class: 'short',
    text: `### Finding 1

The GP referred Child L to the paediatrician. The paediatrician saw him. The health visitor weighed him.

### Finding 2

This reflects a wider pattern of practitioners working alone without supervision, because the service had no capacity for joint visits. It is likely that the same would happen again today. The learning is that supervision must look across visits. The system needs to make patterns visible.`,
  },
  {
    expect: 'silent',
    class: 'explains-why',
    text: `Child E's move to temporary accommodation forty miles away was the point at which agencies lost sight of him. The housing team placed the family where a room was available, because the council had no emergency housing within the borough. No one told the school or the health visitor, since housing officers are not expected to notify other agencies of a move. The GP deregistered the family when a letter came back, which is standard practice but meant the last universal service lost contact. Each of these decisions was reasonable on its own. Together they meant that a child on a child protection plan had no professional who knew where he was for six weeks.`,
  },
  {
    expect: 'silent',
    class: 'mostly-quoted',
    text: `Ms K told the reviewer: "Nobody ever asked me how I was coping." She added: "They came, they looked at the baby, and they left." Her sister said: "We all knew she wasn't right after the birth." The health visitor recorded, "Mum presents well, home clean and tidy." The GP wrote, "Reports low mood, declines referral." These words show how differently the family and practitioners saw the same weeks, and why the review has given them space.`,
  },
  {
    expect: 'silent',
    class: 'dated-but-explains',
    text: `In April 2021 the school referred Child R to the youth service, and the referral was accepted within a week. The speed was possible because the youth service had a named link worker for each secondary school, an arrangement that had been introduced after an earlier review. On 3 May the youth worker met Child R at school, where he felt safe. It is likely that this setting helped him talk about the older boys. The review considers the link-worker arrangement to be effective practice that should be protected when budgets are set.`,
  },
  {
    expect: 'silent',
    class: 'explains-why',
    text: `The strategy discussion on 5 August included police, children's social care and the hospital, but not the GP or the health visitor. The review heard that strategy discussions are arranged by telephone at short notice, and the health visitor's number was not on the referral. As a result, the meeting did not hear that the health visitor had seen a mark on Baby Z's ear in July. Practitioners told the review that health colleagues are often left out for the same reason. This is a system issue: the process depends on whoever arranges the call knowing who to invite.`,
  },
  {
    expect: 'silent',
    class: 'systemic',
    text: `Ms V's late booking and missed appointments were recorded, but they did not lead to a conversation with anyone else. The maternity service's procedure treated missed antenatal appointments as a clinical matter, to be followed up by the midwife alone. There was no route for a pattern of missed care to be discussed with the GP or the health visitor before the birth. The review considers that this is why the concealed pregnancy risk was not recognised. Midwives told the review that they are rarely given time to follow up a woman who does not attend. This reflects the pressure on community midwifery across the region.`,
  },
  {
    expect: 'silent',
    class: 'dated-but-explains',
    text: `Between March and June 2022 the family had eleven contacts with agencies, yet no agency had a picture of all of them. This is because each contact was logged in a separate system, and none of the systems could see the others. The GP saw Ms W three times for anxiety, which the GP reasonably treated as a health matter. The school's letters about attendance went to an address the family had left. It is likely that a single shared chronology would have shown a family under growing strain. The learning is about the systems that agencies use, rather than about the practitioners who used them.`,
  },
  // ----- written after the rule, not tuned to it: other voices ----------------------------------
  {
    expect: 'report',
    class: 'who-did-what',
    note: 'first-person plural reviewer voice, no dates',
    text: `We know that Mum took Baby Q to the walk-in centre with a swollen wrist. The nurse practitioner sent them to the emergency department. An X-ray showed a fracture. The orthopaedic team put the arm in a cast. Mum told the doctor that Baby Q had rolled off the bed. The doctor accepted this and discharged them home the same evening.`,
  },
  {
    expect: 'report',
    class: 'dated-chronology',
    note: 'passive voice, chronology written as agency log',
    text: `A referral was received from the school on 9 January. The referral was screened on 11 January and passed to the assessment team. A home visit was attempted on 13 January but no one was in. A further visit was made on 18 January and the children were seen. The assessment was completed on 2 March. The case was stepped down to early help on 10 March.`,
  },
  {
    expect: 'report',
    class: 'relative-time',
    note: 'long sentences, relative time',
    text: `Soon after the birth, the family moved in with the paternal grandmother, and the health visitor carried out the new birth visit there. Some weeks later Ms L returned to her own flat with the baby, while Mr L stayed with his mother. That winter the health visitor visited twice and weighed the baby each time. In the spring Ms L registered with a new GP and attended for a postnatal check. Later that year the nursery offered Baby L a funded place, which Ms L took up in September. By December Baby L had attended eleven sessions out of forty.`,
  },
  {
    expect: 'report',
    class: 'who-did-what',
    note: 'evaluative adjectives without any reason',
    text: `The social worker completed a thorough assessment. The team manager gave clear management oversight and agreed the plan. The family support worker visited weekly and built a good relationship with Ms N. The school provided detailed updates to each core group. The health visitor attended every core group meeting. The plan ended after nine months with all actions completed.`,
  },
  {
    expect: 'silent',
    class: 'explains-why',
    note: 'questions as analysis',
    text: `Why did nobody ask who Baby Q's father was? Part of the answer lies in how the emergency department records a child's household: the form asks for the adult present and a contact number, nothing more. Part of it lies in how busy the department was that evening, with waits of over four hours. And part of it is that a plausible account from a calm parent is usually true. The review does not think the doctor was wrong to consider the explanation. The gap is that nothing in the process prompted a second question.`,
  },
  {
    expect: 'silent',
    class: 'dated-but-explains',
    note: 'dates used to support an argument about delay',
    text: `The referral of 9 January was not assessed until 2 March, a delay of seven weeks. The delay matters because it spanned the period in which the children's school attendance fell most sharply. The assessment team was carrying eleven vacancies at the time, so each worker held around thirty cases. Managers made a reasonable choice to prioritise cases with a named injury, and this case had none. It follows that neglect without a visible incident was always likely to wait. The partnership should ask whether its prioritisation rules treat slow harm as less urgent than sudden harm.`,
  },
  {
    expect: 'silent',
    class: 'systemic',
    note: 'mixed narrative and analysis, roughly half and half',
    text: `The school nurse saw Child U in October and noted that he had lost weight. She wrote to his GP. The GP's practice received the letter but filed it without a review, because letters from school nursing were coded as information only. This coding had been agreed years earlier to reduce the volume of post that GPs had to read. The same coding meant that a worrying letter looked exactly like a routine one. Practitioners in both services told the review they did not know how the other service handled letters.`,
  },
  {
    expect: 'silent',
    class: 'explains-why',
    note: 'present tense throughout',
    text: `Assessment of neglect depends on seeing change over time. A single visit shows a home on one day; it cannot show whether things are getting better or worse. Practitioners know this, yet the tools they use ask for a judgement at a point in time. Supervision could fill the gap, but in most agencies supervision is case-by-case and short. The result is that neglect is assessed as a series of snapshots. Until the system asks practitioners to compare, they will tend to judge each day on its own.`,
  },
];
