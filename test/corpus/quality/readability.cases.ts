// Labelled passages for readability: each text is the body of a findings section. `report` = a
// sentence a family member would struggle with (far over the hard length) or a section whose
// reading ease is very low; `silent` = readable prose, or long text that is not the review's own
// running prose (quotations, tables, block quotes, lists of references). Fictional, written for this corpus.
import type { QualityCase } from './types';

export const READABILITY_CASES: QualityCase[] = [
  // ----- report: one very long sentence ----------------------------------------------------------
  {
    expect: 'report',
    class: 'very-long-sentence',
    text: `The health visitor, who had been allocated to the family only two weeks earlier following the retirement of the previous practitioner and who had not yet had the opportunity to read the full records held by the previous service, visited the family home on a Tuesday afternoon, found the mother tired and tearful, and agreed to return the following week, although no time was fixed and no note of the concern about the baby's weight was passed to the GP.`,
  },
  {
    expect: 'report',
    class: 'very-long-sentence',
    text: `Child R's attendance fell steadily during Year 9. In the spring term, when the school was also managing a rise in exclusions, a change of head of year, the long-term absence of the attendance officer and a new system for recording welfare concerns that not all staff had yet been trained to use, Child R's absences were recorded in three different places by three different people, none of whom knew what the others had written, and none of whom was responsible for bringing it together. Nobody saw the whole picture.`,
  },
  {
    expect: 'report',
    class: 'very-long-sentence',
    text: `It is the view of the review that the multi-agency arrangements in place at the time, including the arrangements for screening contacts at the front door, the arrangements for convening strategy discussions and the arrangements for sharing police intelligence with partner agencies, did not support practitioners to identify the cumulative pattern of concerns in relation to Child N, and that the absence of a single chronology held by any one agency meant that each contact was assessed in isolation from the others.`,
  },
  {
    expect: 'report',
    class: 'very-long-sentence',
    text: `When the family moved to temporary accommodation forty miles away, which happened at short notice because the council had no emergency housing left in the borough and the family had been given only two days to leave their flat after the landlord obtained a possession order, neither the school nor the health visitor was told, and the GP deregistered the family some weeks later when a routine letter was returned marked "not known at this address", so that for six weeks no professional knew where Child E was living.`,
  },
  {
    expect: 'report',
    class: 'very-long-sentence',
    text: `Practitioners told the review that they were worried. However, because the referral form asked for a single presenting concern and did not leave space for a description of the history, the social worker who completed it chose to describe the most recent incident, the bruise to the child's arm, and did not mention the earlier missed appointments, the concerns from nursery about the child's hunger, the mother's disclosure of low mood to the GP or the two police call-outs to the address in the previous month, which together would have given a very different picture.`,
  },
  {
    expect: 'report',
    class: 'very-long-sentence',
    text: `- The review recommends that the safeguarding partnership, working with the integrated care board, children's social care, the police and the education partnership, develops and implements within twelve months a protocol for sharing information about children who move between local authority areas while subject to child protection or child in need plans, including arrangements for notifying health visiting, school nursing and GP services in the receiving area within two working days of the move.`,
  },
  {
    expect: 'report',
    class: 'very-long-sentence',
    text: `Ms B's account of the night, which she gave to the reviewer at her home with her sister present and which has been checked against the records held by the ambulance service, the hospital and the police, is that she woke to find Baby T not breathing, called 999 immediately, was talked through resuscitation by the call handler until the paramedics arrived some eleven minutes later, and then travelled with him to hospital, where he was pronounced dead shortly after arrival.`,
  },
  {
    expect: 'report',
    class: 'very-long-sentence',
    text: `The assessment, which was started within the statutory timescale but completed after sixty-three working days because the allocated social worker left the authority part way through and the case was then held by the team manager for three weeks before being reallocated to a newly qualified worker who had not met the family, concluded that the threshold for a child protection enquiry was not met and recommended that the case step down to early help.`,
  },
  {
    expect: 'report',
    class: 'very-long-sentence',
    text: `Child K told her teacher that she was hungry. Her teacher gave her toast. In the weeks that followed, her teacher, the teaching assistant, the breakfast club lead, the school cook and the office manager all noticed at different times and in different ways that Child K was arriving without a coat, that she was taking food from other children's lunch boxes, that her uniform was unwashed and that she was falling asleep in the afternoons, but each of them assumed that someone else had already passed the concern on.`,
  },
  {
    expect: 'report',
    class: 'very-long-sentence',
    text: `| Date | Event |
|---|---|
| March 2022 | Referral |

Although the chronology above sets out the dates on which each agency had contact with the family, it cannot show what each practitioner knew at the time, what they were told by the family and by one another, what their managers expected of them, what other work they were managing that week, or what the procedures they worked under said they should do, and it is these things, rather than the dates themselves, that the review has tried to understand.`,
  },
  {
    expect: 'report',
    class: 'low-reading-ease',
    text: `Interagency communication deficiencies substantially compromised the effectiveness of safeguarding intervention. Organisational fragmentation, compounded by inconsistent documentation methodologies, generated considerable informational discontinuity. Practitioners' professional socialisation encouraged individualised risk conceptualisation rather than collaborative formulation. Managerial prioritisation of performance indicators exacerbated procedural compartmentalisation. Consequently, cumulative vulnerability indicators remained unrecognised. Supervisory mechanisms demonstrated insufficient analytical rigour regarding longitudinal patterns. Disproportionate emphasis on parental cooperation obscured developmental deterioration. Institutional accountability structures inadequately facilitated escalation. Multidisciplinary deliberation occurred infrequently and unsystematically. Organisational culture reinforced defensive documentation practices. Additionally, commissioning arrangements fragmented therapeutic provision. Professional curiosity was constrained by organisational expectations regarding proportionality. Consequently, developmental vulnerabilities were insufficiently contextualised within familial circumstances. Interprofessional disagreements were unresolved because escalation procedures were inadequately operationalised.`,
  },
  {
    expect: 'report',
    class: 'low-reading-ease',
    text: `The multidisciplinary safeguarding partnership's operational effectiveness was significantly undermined by fragmented information governance arrangements. Notwithstanding comprehensive procedural documentation, practitioners demonstrated inconsistent understanding of escalation methodologies. Organisational restructuring precipitated considerable discontinuity in professional relationships. Supervisory arrangements insufficiently interrogated practitioners' analytical assumptions regarding parental capability. Additionally, commissioning responsibilities for therapeutic interventions were ambiguously allocated between organisations. Consequently, psychological interventions addressing maternal depression were unavailable throughout the critical developmental period. Interprofessional communication predominantly occurred through electronic correspondence, limiting opportunities for collaborative deliberation. Authoritative practice methodologies, though theoretically endorsed, were inconsistently operationalised. Institutional accountability mechanisms provided insufficient assurance regarding multidisciplinary effectiveness. Safeguarding supervision demonstrated inadequate interrogation of cumulative vulnerability indicators.`,
  },
  {
    expect: 'report',
    class: 'very-long-sentence',
    text: `The review considered carefully whether the decision not to hold a strategy discussion after the second injury was reasonable in the light of what was known at the time, taking into account the explanation given by Ms W, the view of the GP that the injury was consistent with that explanation, the absence of any previous child protection involvement with the family and the guidance in the local procedures, which at that time did not require a strategy discussion for a mobile child with a single bruise.`,
  },
  {
    expect: 'report',
    class: 'very-long-sentence',
    text: `Young Person X had contact with at least nine agencies during the eighteen months under review, including the school, the pupil referral unit, the youth offending service, the child and adolescent mental health service, the police, the exploitation team, the housing service, the GP and the emergency department, and each of them held a piece of information about the men she was spending time with, but no agency held all of it and no meeting brought it together until after she was found.`,
  },
  {
    expect: 'report',
    class: 'very-long-sentence',
    text: `**Finding 3.** Practitioners at the children's centre knew Ms F well, had supported her through her first pregnancy and the death of her mother, and had helped her move into the flat, so that when she stopped coming to groups in the autumn they assumed, reasonably but wrongly, that she was busy with the new baby, and they did not contact her, ask the health visitor whether she had seen her, or record that a mother who had come every week had suddenly stopped.`,
  },
  {
    expect: 'report',
    class: 'very-long-sentence',
    text: `Police officers attending the address on the night of the second incident found the door open, the living room in disarray, Ms H with a cut above her eye, Mr D asleep upstairs and the two children, Child A and Child B, sitting together on the landing in their pyjamas, and although the officers completed a domestic abuse risk assessment and recorded the children's presence, the notification that reached children's social care three days later described the children as "not present at the time of the incident".`,
  },
  {
    expect: 'report',
    class: 'very-long-sentence',
    text: `1. The local authority should review, in partnership with health and education colleagues and with the involvement of parents who have experience of the process, the letters, leaflets and forms that are used to explain child protection procedures to families, with the aim of ensuring that they are written in plain language, are available in the main community languages of the area, and explain clearly what will happen at each stage and what rights parents have.`,
  },
  {
    expect: 'report',
    class: 'very-long-sentence',
    text: `Mr J's history of violence towards previous partners was known to the probation service, which supervised him on licence, and to the police, who held records of three previous incidents, but it was not known to the health visitor, the midwife or the GP, none of whom had asked Ms J about her new partner in any detail, and none of whom would have known where to find the information even if they had been concerned enough to look for it.`,
  },
  {
    expect: 'report',
    class: 'low-reading-ease',
    text: `Notwithstanding considerable organisational investment, implementation of the partnership's neglect strategy remained inconsistent. Practitioners' utilisation of standardised assessment instrumentation was variable, and documentation frequently demonstrated insufficient analytical interpretation. Organisational performance monitoring predominantly emphasised procedural compliance rather than qualitative effectiveness. Multiagency collaboration was characterised by reactive communication, particularly regarding deteriorating circumstances. Supervisory discussions infrequently addressed cumulative developmental consequences. Additionally, safeguarding partnership governance arrangements provided limited assurance regarding operational implementation. Consequently, opportunities for preventative intervention were systematically underutilised. Institutional expectations regarding proportionate intervention inadvertently discouraged escalation. Interdisciplinary professional development opportunities were infrequently prioritised. Organisational communication regarding strategic priorities was inconsistently disseminated.`,
  },
  {
    expect: 'report',
    class: 'very-long-sentence',
    text: `Because the school's safeguarding procedures, which had been updated in September, required staff to record concerns on the new electronic system rather than on paper forms, and because not all staff had yet been given log-in details or shown how to use the system, several concerns about Child S in the autumn term were written on paper, placed in the designated safeguarding lead's tray and never entered onto the system, where they would have been seen alongside the earlier concerns.`,
  },
  {
    expect: 'report',
    class: 'very-long-sentence',
    text: `The reviewer was told by several practitioners, including the health visitor, the social worker, the family support worker and the school nurse, each of whom spoke to the reviewer separately and at length, that they had been worried about the level of cleanliness in the home and the children's presentation for some months, but that they had each felt that their concern alone was not enough to justify a referral and that, in any case, someone else was probably already dealing with it.`,
  },
  // ----- silent ----------------------------------------------------------------------------------
  {
    expect: 'silent',
    class: 'plain-prose',
    text: `The health visitor saw Baby T three times in six weeks. Each time, she found his mother tired and low. She did not know about the earlier bruise, because it had been seen by the GP and not shared. Health visitors in the area look after more than five hundred families each. That leaves little time to read old records or to talk to colleagues. The review found that this was the norm, not the exception.`,
  },
  {
    expect: 'silent',
    class: 'long-quotation',
    text: `Ms B told the reviewer: "I kept telling them that I couldn't cope, that I hadn't slept for weeks, that he screamed every time I put him down, that my partner wasn't helping and that I was frightened of what I might do, and every time they just said I was doing really well and that all new mums feel like that and that it would get easier, and it never did, and nobody ever came back to see if it had." Her words show how her fear was heard as ordinary tiredness.`,
  },
  {
    expect: 'silent',
    class: 'block-quote',
    text: `The school's records capture the concern well:

> Child K arrived again today without a coat, without breakfast and without her reading book, and when the teaching assistant asked her about the weekend she said that she had stayed in her room the whole time because mum's friends were round and she was not allowed downstairs until they had gone, which was late on Sunday night.

The school shared this with children's social care the same day.`,
  },
  {
    expect: 'silent',
    class: 'table',
    text: `| Agency | What it knew | What it did |
|---|---|---|
| Health visiting | That Ms B was tired and low after the birth, that she had stopped attending the baby clinic, that her partner had moved in and that the baby had a small bruise on his ear which she explained as a fall from the sofa onto the carpet | Visited again two weeks later, recorded the explanation and did not discuss it with anyone else |
| GP | Low mood | Prescribed sertraline |`,
  },
  {
    expect: 'silent',
    class: 'plain-prose',
    text: `### Finding 2: Nobody saw the whole picture

Nine agencies knew Young Person X. Each knew a part of her story. The school knew she was missing lessons. The police knew about the men in the car. The GP knew she had asked for the morning-after pill. Nobody put these facts together. This happened because there was no meeting where they would be shared. The exploitation panel met monthly, but only for young people already referred to it.`,
  },
  {
    expect: 'silent',
    class: 'moderately-long',
    text: `The assessment was completed late because the social worker left part way through and the case waited three weeks for a new worker. The new worker had not met the family, and she relied on the notes that had been left. Those notes said little about Child D's daily life. As a result, the assessment focused on Ms D's needs and concluded that the threshold for a child protection enquiry was not met. The review found that this was a reasonable reading of the notes, but not of the child's situation.`,
  },
  {
    expect: 'silent',
    class: 'long-list-of-short-items',
    text: `Practitioners described what made it hard to act:

- high caseloads;
- a new recording system that few had been trained on;
- no shared chronology;
- managers who were also covering vacancies;
- guidance that did not say what to do about repeated low-level concerns.

Each of these made it more likely that a pattern would be missed.`,
  },
  {
    expect: 'silent',
    class: 'plain-prose',
    text: `Child R liked football and drawing. He was funny and loyal to his friends. At school he was often in trouble, and by Year 9 he was spending more time out of class than in it. His mother asked the school for help twice. She was told to wait for a referral to the mental health service. The wait was eleven months. During that time, older boys began to take an interest in him.`,
  },
  {
    expect: 'silent',
    class: 'quoted-record',
    text: `The hospital discharge summary read: "Mother and baby discharged home day 2, feeding established, no safeguarding concerns identified, community midwife to visit day 3, health visitor informed by electronic notification, follow-up with GP at six weeks for baby check and maternal postnatal review as per standard pathway." The summary was accurate, but it did not mention that Ms V had booked late and missed two appointments.`,
  },
  {
    expect: 'silent',
    class: 'plain-prose',
    text: `Police attended the flat twice in June. On both occasions the officers recorded that children lived there. The notification that reached children's social care said the children were not present. The review asked why. The officers told us that the form had a tick box for "children present at the time", and that they understood it to mean in the same room. That is an easy mistake to make. The form has since been changed.`,
  },
  {
    expect: 'silent',
    class: 'moderately-long',
    text: `Practitioners at the children's centre knew Ms F well and had supported her through a difficult year. When she stopped coming to groups in the autumn, they assumed she was busy with the new baby. They did not contact her or ask the health visitor whether she had seen her. Nobody recorded that a mother who had come every week had suddenly stopped. The review considers that this change in pattern was a signal, and that the centre had no way of noticing it.`,
  },
  {
    expect: 'silent',
    class: 'references-list',
    text: `The findings draw on the following publications:

- Child Safeguarding Practice Review Panel (2022) Child Protection in England: National review into the murders of Arthur Labinjo-Hughes and Star Hobson, London: Department for Education, which examined multi-agency safeguarding arrangements, information sharing, and decision-making in cases of serious harm to children.
- Brandon, M. et al. (2020) Complexity and challenge: a triennial analysis of serious case reviews 2014-2017, London: Department for Education.`,
    note: 'a long citation inside a list is not running prose; this case documents a known gap if it is reported',
  },
  {
    expect: 'silent',
    class: 'plain-prose',
    text: `**Finding 1. Fear of services.**

Ms G had been in care herself. She told the review that she was frightened her baby would be taken away. This fear explains much of what practitioners saw as avoidance. Practitioners who knew her history were gentler and got further. The records show no discussion of how her own past might shape her response.`,
  },
  {
    expect: 'silent',
    class: 'moderately-long',
    text: `The threshold document did not say what to do when several small concerns arrived over a few months, so each screener judged each contact on its own. This meant that four contacts about Child N in six weeks were each rated as early help. A rota that kept a family with one screener would have made the pattern easier to see. The partnership has agreed to test this.`,
  },
  {
    expect: 'silent',
    class: 'plain-prose',
    text: `Baby Z's father worked nights. He looked after Baby Z during the day while Ms Z slept. No practitioner met him. The health visitor visited in the mornings, when he was asleep. The review heard that visits are booked for the mornings because that is when health visitors are free. Nobody asked who cared for the baby in the afternoons. The invisible father is a theme of many national reviews.`,
  },
  {
    expect: 'silent',
    class: 'long-quotation',
    text: `Child J wrote to the reviewer. He said: "I want the people who read this to know that I wasn't a bad kid, I was a kid who got scared and got in with the wrong people because they were the only ones who seemed to care where I was at night, and when the police picked me up they treated me like a criminal, not like someone who needed help." The review has kept his words as he wrote them.`,
  },
  {
    expect: 'silent',
    class: 'plain-prose',
    text: `The school knew Child S was hungry. Staff gave her breakfast most days. They also noticed that she was tired and that her uniform was dirty. Each member of staff thought someone else had passed this on. The school's new recording system was meant to stop this happening, but not all staff could use it yet. Concerns written on paper were not added to the system. The designated safeguarding lead saw only part of the picture.`,
  },
  {
    expect: 'silent',
    class: 'moderately-long',
    text: `Mr J's history of violence was known to probation and to the police, but not to the health visitor, the midwife or the GP. None of them asked Ms J about her new partner in any detail. Even if they had, they would not have known where to look for the information. The review found that local guidance did not say who should find out about new adults in a household.`,
  },
  {
    expect: 'silent',
    class: 'plain-prose',
    text: `The strategy discussion did not include the health visitor. She had seen a mark on Baby Z's ear a month before. If she had been invited, the meeting would have heard about it. Strategy discussions are arranged by phone at short notice. The person arranging them calls the agencies named on the referral. Health visitors are often not named. This is a gap in the process, not a failure of any one person.`,
  },
  {
    expect: 'silent',
    class: 'code-block',
    text: `The case record export looked like this:

\`\`\`
2022-03-04 HV visit: mother tired, baby weight on 9th centile, explanation given for mark to ear (fell from sofa onto carpet), advised to attend baby clinic, next visit planned in two weeks, no safeguarding concerns identified at this time, GP not informed.
\`\`\`

Records like this were common.`,
  },
  {
    expect: 'silent',
    class: 'plain-prose',
    text: `Child E moved to a hotel forty miles away. The council had no other housing. Nobody told the school or the health visitor. The GP removed the family from its list when a letter came back. For six weeks, no professional knew where Child E was. Each decision made sense on its own. Together, they left a child on a protection plan out of sight.`,
  },
];
