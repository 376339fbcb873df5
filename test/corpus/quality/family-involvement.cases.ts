// Labelled family-involvement sections: each text is the body of the family-involvement section.
// `report` = it leaves out who was invited, who took part and how, what they said, or why they did
// not; `silent` = it says enough. Fictional, pseudonymised, written for this corpus.
import type { QualityCase } from './types';

export const FAMILY_INVOLVEMENT_CASES: QualityCase[] = [
  // ----- report ----------------------------------------------------------------------------------
  {
    expect: 'report',
    class: 'stock-statement',
    text: `The family were involved in the review and their views have been taken into account throughout this report. The reviewer is grateful for their contribution.`,
  },
  {
    expect: 'report',
    class: 'no-views',
    text: `The reviewer wrote to Child K's mother and father to invite them to contribute. Child K's mother met the reviewer at her home in March 2023. Child K's father did not respond to the letter or to a follow-up call.`,
    note: 'the father\'s silence is explained; the mother took part but nothing she said is reported',
  },
  {
    expect: 'report',
    class: 'no-invitation-no-mode',
    text: `Child R's mother has contributed to the review. She said that she felt nobody listened to her when she asked for help with Child R's behaviour, and that the school only called her when something went wrong.`,
  },
  {
    expect: 'report',
    class: 'nothing-on-participation',
    text: `Family involvement is an important part of any review and national guidance is clear that families should be given the opportunity to contribute. This review has followed that guidance in line with the terms of reference agreed by the partnership.`,
  },
  {
    expect: 'report',
    class: 'no-how',
    text: `Ms B and her mother were invited to take part. Ms B contributed to the review and was clear that she had wanted more help after the birth. She believes the health visitor was kind but rushed.`,
    note: 'contributed, but not how (a meeting, a call, a letter)',
  },
  {
    expect: 'report',
    class: 'stock-statement',
    text: `Members of the family were kept informed of the progress of the review at key points. The review has sought to reflect the lived experience of the family throughout.`,
  },
  {
    expect: 'report',
    class: 'no-views',
    text: `The independent reviewer and the panel chair met Baby T's parents together on two occasions, once at the start of the review and once to share the draft report. An advocate supported them at both meetings.`,
  },
  {
    expect: 'report',
    class: 'process-only',
    text: `A letter explaining the purpose of the review was prepared by the business unit and agreed by the panel. The letter set out the timescales, the review's focus on learning rather than blame, and the support available.`,
  },
  {
    expect: 'report',
    class: 'no-views',
    text: `| Family member | Invited | Took part |
|---|---|---|
| Mother | Yes | Yes, two meetings at home |
| Father | Yes | Yes, one video call |
| Maternal grandmother | Yes | Yes, by telephone |`,
  },
  {
    expect: 'report',
    class: 'unexplained-absence',
    text: `Child D's parents were invited to contribute to this review by letter in June 2022. They did not take part in the review.`,
    note: 'no reason given',
  },
  {
    expect: 'report',
    class: 'nothing-on-participation',
    text: `The family's experience matters to this review. Child J's family have been through an unimaginable loss and the partnership extends its condolences to them. Their privacy has been respected in the writing of this report.`,
  },
  {
    expect: 'report',
    class: 'no-views',
    text: `Child S, now fifteen, spoke to the reviewer with her foster carer present. Her father spoke to the reviewer by telephone from prison. Both were invited through their social workers.`,
  },
  {
    expect: 'report',
    class: 'no-invitation-no-mode',
    text: `The grandparents' views are reflected in this report. They feel that agencies should have listened to them when they raised concerns about their daughter's partner, and they want other families to be heard sooner.`,
  },
  {
    expect: 'report',
    class: 'stock-statement',
    text: `The family have had the opportunity to contribute throughout and the review is grateful for their openness.`,
    note: 'below minWords of lcspr? no: 15 words needed; this has more',
  },
  {
    expect: 'silent',
    class: 'future-invitation',
    text: `In accordance with Working Together 2023, the lead reviewer considered how best to involve the family. The panel discussed the approach at its first meeting and agreed that involvement would be offered after the criminal trial had concluded in a way that suited the family.`,
    note: 'a decision to wait for the trial, with its reason: nothing more can be said yet',
  },
  {
    expect: 'report',
    class: 'no-views',
    text: `Ms A was offered a meeting with the reviewer and accepted. The reviewer met her twice at a family centre, with an interpreter. Her partner was also invited and attended the second meeting.`,
  },
  {
    expect: 'report',
    class: 'no-invitation-no-mode',
    text: `Child M's mother described feeling judged by professionals from the moment she booked for antenatal care. She said she stopped telling the midwife about her worries because "every time I said something, it went on a form". She wants practitioners to explain what will happen with what they are told.`,
  },
  {
    expect: 'report',
    class: 'nothing-on-participation',
    text: `Involving families in reviews can be difficult, particularly where there are parallel processes. The partnership is committed to improving how it works with families in future reviews and has commissioned guidance on this.`,
  },
  {
    expect: 'report',
    class: 'unexplained-absence',
    text: `The reviewer approached Child E's mother, father and stepfather through the allocated social worker. None of them has contributed to the review at the time of writing, and the report has been written without their views.`,
  },
  {
    expect: 'report',
    class: 'no-how',
    text: `Child P's grandmother, who is now his special guardian, was invited to contribute and took part. She felt strongly that Child P had been failed by the school, and said she had asked for help many times.`,
  },
  {
    expect: 'report',
    class: 'stock-statement',
    text: `Family members were invited to participate in the review.
Their participation is gratefully acknowledged by the partnership.`,
  },
  // ----- silent ----------------------------------------------------------------------------------
  {
    expect: 'silent',
    class: 'full-account',
    text: `The reviewer wrote to Child K's mother and father in January 2023, inviting them to take part. Child K's mother met the reviewer twice at her home, with her sister present. She said that she had felt judged by the health visitor and that nobody had asked how she was coping after the birth. Child K's father did not respond to the letter or to two follow-up calls. The family have seen a draft of this report.`,
  },
  {
    expect: 'silent',
    class: 'declined',
    text: `Baby T's parents were invited to contribute through their solicitors. They declined, on legal advice, while criminal proceedings are ongoing. The reviewer will offer to meet them when the proceedings have concluded, and an addendum will be published if they wish to contribute.`,
  },
  {
    expect: 'silent',
    class: 'full-account',
    text: `Child R's mother accepted an invitation to meet the reviewer and the panel chair. The meeting took place by video call in May 2023. She described Child R as "funny, clever and loyal to his friends", and said that the school's exclusion was the point at which she lost him. She wants schools to talk to parents before they exclude, not after. Child R's older sister was also invited but did not feel ready to take part.`,
  },
  {
    expect: 'silent',
    class: 'could-not-contact',
    text: `The reviewer tried to contact Child E's father through his last known address, his probation officer and his solicitor. He could not be traced. Child E's mother was invited and declined to take part, saying that she wanted to put the past behind her. The review has respected her decision.`,
  },
  {
    expect: 'silent',
    class: 'full-account',
    text: `Ms B was approached by letter and then by phone, and she agreed to speak to the reviewer. They talked for an hour on the telephone in March. Ms B explained that she had been frightened to tell anyone about Mr D's violence because she believed her children would be removed. She asked that the review say clearly that she needed someone to ask her when she was alone.`,
  },
  {
    expect: 'silent',
    class: 'in-custody',
    text: `Child S's father is in custody and was not invited to contribute, because he is awaiting trial for offences against Child S. The review decided not to approach him until the trial has concluded. Child S's mother was invited and met the reviewer at a family centre. She said the help she received from the domestic abuse service was the first time she felt believed.`,
  },
  {
    expect: 'silent',
    class: 'table',
    text: `| Family member | How they were invited | How they took part | What they told us |
|---|---|---|---|
| Mother | Letter and phone call | Two meetings at home | She felt nobody asked about her mental health after the birth |
| Father | Letter via probation | Video call from prison | He said he had asked for help with his drinking |
| Grandmother | Phone call | Did not take part | She declined, saying it was too painful |`,
  },
  {
    expect: 'silent',
    class: 'child-took-part',
    text: `Child J, now sixteen, was invited to take part through his youth worker. He chose to write a letter to the reviewer rather than meet. In it, he wrote that he wanted adults to "stop talking about me and talk to me". His mother was also invited and met the reviewer at her home; she felt that services had treated Child J as a criminal rather than a child.`,
  },
  {
    expect: 'silent',
    class: 'declined',
    text: `Both of Child D's parents were written to at the start of the review and again when the draft was ready. Child D's mother replied that she did not wish to be involved. Child D's father did not respond. The reviewer asked the allocated social worker whether another approach might help, and a third letter was sent through the family's advocate, without reply.`,
  },
  {
    expect: 'silent',
    class: 'full-account',
    text: `The maternal grandparents contacted the business unit when they heard about the review, and were invited to contribute. The reviewer visited them at their home in April 2023. They told the review that they had raised concerns about their daughter's partner with the police twice, and felt that nobody took them seriously because they were "just the grandparents". They hope the review will help other families to be heard.`,
  },
  {
    expect: 'silent',
    class: 'future-invitation',
    text: `Child A's mother has been informed that a rapid review is taking place. She will be invited to contribute if the safeguarding partners commission a local review.`,
    note: 'rapid review under way: only the invitation can be reported yet',
  },
  {
    expect: 'silent',
    class: 'died',
    text: `Baby N's mother died in the incident that led to this review. Her sister, Baby N's aunt, was invited to contribute and spoke to the reviewer on two occasions by phone. She described her sister as a loving mother who was isolated after moving to the area, and said the family had not known how much she was struggling.`,
  },
  {
    expect: 'silent',
    class: 'full-account',
    text: `The reviewer offered Ms F a meeting at a place of her choosing. Ms F met the reviewer at a café near her home, with a support worker from the women's centre. She said that she had not understood what a child protection plan meant, and that nobody explained the words used in conferences. She wanted practitioners to know that she was ashamed, not hostile. The reviewer shared the draft findings with her at a second meeting.`,
  },
  {
    expect: 'silent',
    class: 'decision-not-to',
    text: `The review panel decided not to approach Child C's parents, because both are subject to an ongoing police investigation and the senior investigating officer advised against contact. Child C's paternal grandmother, who now cares for him, was invited and met the reviewer twice. She told the review that she had tried to tell the school about her worries but did not know who to speak to.`,
  },
  {
    expect: 'silent',
    class: 'could-not-contact',
    text: `Child W's mother left the country during the period of the review and the review has been unable to trace her. Her whereabouts are not known to any agency. Child W's foster carers were invited and met the reviewer; they described how Child W had settled and said that she still asks about her mother.`,
  },
  {
    expect: 'silent',
    class: 'list',
    text: `The reviewer invited four members of the family to take part:

- **Mother:** met the reviewer at home twice; she said she felt blamed rather than helped.
- **Father:** declined, saying he did not want to revisit what happened.
- **Maternal grandmother:** spoke to the reviewer by phone; she felt her concerns were not passed on.
- **Child K's older brother:** was not approached, because his social worker advised that it would be harmful to him at this time.`,
  },
  {
    expect: 'silent',
    class: 'full-account',
    text: `Letters were sent to Child H's mother and stepfather through their social worker, inviting them to contribute in whatever way suited them. Child H's mother chose to answer the reviewer's questions in writing. She wrote that she had wanted help with housing long before anyone offered it, and that moving three times in a year "broke" the family. Child H's stepfather did not wish to take part.`,
  },
  {
    expect: 'silent',
    class: 'declined',
    text: `The family were told about the review by the lead reviewer in a letter in September 2022 and were offered the chance to meet. Child G's parents chose not to take part. They explained through their solicitor that they did not feel able to talk about Child G's death while the inquest was outstanding.`,
  },
  {
    expect: 'silent',
    class: 'full-account',
    text: `Child Q's father contacted the reviewer after receiving the invitation letter, and the two met at the probation office. He spoke openly about his drinking and about the night of the incident. He believes that he would have accepted help with alcohol earlier if it had been offered without the threat of losing contact with his children. Child Q's mother was also invited but was too unwell to take part.`,
  },
  {
    expect: 'silent',
    class: 'child-took-part',
    text: `Young Person X was asked by her social worker whether she wanted to contribute. She met the reviewer with her advocate at the advocacy service's office. She told the review that she had told three adults about the man before anyone did anything, and that "the police were the first people who believed me". Her mother declined to take part.`,
  },
  {
    expect: 'silent',
    class: 'interpreter',
    text: `Mrs Z, Child Z's mother, was invited in Urdu and in English, and met the reviewer twice with an interpreter she chose. She said that she had not understood that the health visitor's visits were voluntary, and felt she could not say no. Mr Z was also invited; he did not respond to the letters or to a call from the interpreter.`,
  },
  // ----- written after the rule, not tuned to it: other voices ----------------------------------
  {
    expect: 'report',
    class: 'no-views',
    note: 'plenty of detail on arrangements, nothing the family said',
    text: `Child U's mother and her partner were invited by letter, followed by a phone call from the business unit. Arrangements were made for a meeting at a venue of their choice, with travel costs covered and a support worker offered. The meeting took place in June at a community centre and lasted two hours.`,
  },
  {
    expect: 'report',
    class: 'stock-statement',
    note: 'we-voice stock statement',
    text: `We have listened carefully to the family and their contribution has shaped our understanding of what happened. We thank them for their courage and honesty in sharing their experiences with us at such a difficult time.`,
  },
  {
    expect: 'report',
    class: 'unexplained-absence',
    note: 'nobody took part, and the reason is not given',
    text: `The lead reviewer wrote to Baby L's mother, father and maternal grandmother in October. No contribution was received from the family during the course of the review.`,
  },
  {
    expect: 'silent',
    class: 'full-account',
    note: 'we-voice, views reported without speech verbs in the first sentence',
    text: `We wrote to Child U's mother and asked how she would like to be involved. She chose to meet us at her sister's house, and we spoke for most of an afternoon. Her main message was that she had been passed from one service to another and had told her story "at least ten times". She would like one person to be responsible for a family like hers.`,
  },
  {
    expect: 'silent',
    class: 'declined',
    note: 'short and clear',
    text: `Baby L's parents were invited to contribute by letter and by phone. They said they were not ready to talk about Baby L and asked not to be contacted again. The review has respected their wishes.`,
  },
  {
    expect: 'silent',
    class: 'child-took-part',
    note: 'young person by video, in a table-free narrative',
    text: `Child V, who is now 17, was offered the choice of meeting in person, by video or by sending a voice note. She chose a video call with her advocate beside her. She said that the worst part was being moved between placements without being told why, and that she wanted workers who "stay long enough to know me". Her birth mother was invited through her solicitor but did not reply; her father's whereabouts are not known.`,
  },
];
