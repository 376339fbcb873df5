// Labelled recommendations sections for recommendation-format, written from scratch in the voices
// of different reviewers (see test/corpus/README.md). `text` is the body of a Recommendations
// section (or, with `template: 'rapid-review'`, of an Actions section). A `report` case must get a
// finding of its class; a `silent` case must get no finding at all.
export type FormatClass =
  | 'vague-verb'
  | 'modal-weak'
  | 'agentless-passive'
  | 'no-addressee'
  | 'no-measure'
  | 'table-cells'
  | 'table-no-number'
  | 'unnumbered';

export interface FormatCase {
  text: string;
  expect: 'report' | 'silent';
  class: FormatClass;
  note: string;
  template?: 'lcspr' | 'rapid-review';
}

export const FORMAT_CASES: FormatCase[] = [
  // ---- vague verb (imperative or plain) ------------------------------------------------------
  { class: 'vague-verb', expect: 'report', text: '1. Consider how the learning from this review can be shared with schools.', note: 'imperative consider, nothing else' },
  { class: 'vague-verb', expect: 'report', text: '1. The Partnership to explore options for a single neglect screening tool.', note: 'infinitive headline style, explore' },
  { class: 'vague-verb', expect: 'report', text: '1. Reflect on how fathers were kept out of view in assessments. Owner: Head of Children\'s Social Care. By June 2026.', note: 'reflect on with owner and date: still only thought' },
  { class: 'vague-verb', expect: 'report', text: '3. Look at whether the MASH screening form captures previous contacts. Lead: MASH Manager. Timescale: Q2 2026.', note: 'look at, owner and timescale' },
  { class: 'vague-verb', expect: 'report', text: 'R4 Think about the way information from adult services reaches children\'s practitioners.', note: 'think about, R-number' },
  { class: 'vague-verb', expect: 'report', text: '**Recommendation 2:** Practitioners in all agencies to be mindful of the signs of cumulative neglect.', note: 'be mindful of, bold number' },
  { class: 'vague-verb', expect: 'report', text: '1. The ICB will note the findings of this review within three months.', note: 'note + timescale, no measure' },
  { class: 'vague-verb', expect: 'report', text: '7.1 Children\'s Social Care should reflect upon the findings about home education before the next inspection in spring 2026.', note: 'reflect upon with season timescale' },
  { class: 'vague-verb', expect: 'report', text: '1. The Partnership should give consideration to a multi-agency protocol on missing children by December 2025.', note: 'give consideration to (light verb + deliberative noun)' },
  { class: 'vague-verb', expect: 'report', text: '1. The police must take account of the child\'s history of going missing when grading calls, starting in the next quarter.', note: 'take account of' },
  // ---- modal + weak verb -----------------------------------------------------------------------
  { class: 'modal-weak', expect: 'report', text: '1. All agencies should consider how they respond to children who go missing from home.', note: 'textbook: all agencies should consider' },
  { class: 'modal-weak', expect: 'report', text: '1. The ICB may wish to review its guidance on bruising in non-mobile babies.', note: 'may wish to review: hedged' },
  { class: 'modal-weak', expect: 'report', text: '1. Education colleagues might find it helpful to revisit the elective home education procedure by the end of the year.', note: 'might + revisit' },
  { class: 'modal-weak', expect: 'report', text: '1. Health partners could look into offering a named nurse to every child excluded from school.', note: 'could look into' },
  { class: 'modal-weak', expect: 'report', text: '1. The Safeguarding Partnership is asked to consider whether its escalation policy is understood by frontline staff. Timescale: within six months.', note: 'is asked to consider + timescale' },
  { class: 'modal-weak', expect: 'report', text: '1. Children\'s Social Care is encouraged to reflect on the use of written agreements with parents by March 2026.', note: 'is encouraged to reflect' },
  { class: 'modal-weak', expect: 'report', text: '2. The Integrated Care Board should explore with GP practices how to flag children whose parents misuse alcohol, by autumn 2025.', note: 'explore with timescale' },
  { class: 'modal-weak', expect: 'report', text: '1. The local authority should seek to improve the way it hears from fathers.', note: 'seek to improve: hedged chain' },
  { class: 'modal-weak', expect: 'report', text: '1. The Police should continue to work with partners on exploitation.', note: 'continue to work' },
  { class: 'modal-weak', expect: 'report', text: '| No. | Recommendation | Lead | By when |\n|---|---|---|---|\n| 1 | CSC should consider the use of chronologies in long-term neglect cases. | Director of Children\'s Services | March 2026 |', note: 'vague text in a table row with owner and date' },
  { class: 'modal-weak', expect: 'report', text: '1. The Partnership would benefit from exploring a joint training offer on adolescent neglect.', note: 'would + benefit from exploring' },
  // ---- agentless passive -----------------------------------------------------------------------
  { class: 'agentless-passive', expect: 'report', text: '1. Practice in relation to neglect should be strengthened.', note: 'should be strengthened' },
  { class: 'agentless-passive', expect: 'report', text: '1. Awareness needs to be raised of the risks of co-sleeping after alcohol use.', note: 'awareness needs to be raised' },
  { class: 'agentless-passive', expect: 'report', text: '1. It is recommended that consideration is given to a single point of contact for home-educated children.', note: 'it is recommended that consideration is given' },
  { class: 'agentless-passive', expect: 'report', text: '1. Lessons should be learned from this review and shared widely.', note: 'lessons learned' },
  { class: 'agentless-passive', expect: 'report', text: '1. Information about adults with convictions for offences against children must be shared within 24 hours.', note: 'passive, concrete verb, measure-ish time but no agent' },
  { class: 'agentless-passive', expect: 'report', text: '1. The escalation policy should be re-circulated to all staff by January 2026.', note: 're-circulated, no agent, timescale' },
  { class: 'agentless-passive', expect: 'report', text: '1. Assurance should be sought that the learning has been embedded across the workforce.', note: 'assurance should be sought' },
  { class: 'agentless-passive', expect: 'report', text: '1. Fathers are to be included in all assessments from now on.', note: 'are to be included' },
  // ---- no addressee ------------------------------------------------------------------------------
  { class: 'no-addressee', expect: 'report', text: '1. All agencies will audit 20 cases of children missing education by March 2026.', note: 'all agencies, otherwise specific' },
  { class: 'no-addressee', expect: 'report', text: '1. Professionals should record the views of the child at every contact, with a dip sample in 2026.', note: 'professionals' },
  { class: 'no-addressee', expect: 'report', text: '1. Partner agencies must adopt the new threshold document by April 2026.', note: 'partner agencies' },
  { class: 'no-addressee', expect: 'report', text: '1. Everyone working with the family should share concerns with the allocated worker within two working days.', note: 'everyone' },
  { class: 'no-addressee', expect: 'report', text: '1. Each partner should complete a section 11 audit by the end of 2025.', note: 'each partner' },
  { class: 'no-addressee', expect: 'report', text: '1. Services need to introduce a routine question about who lives in the household by summer 2026.', note: 'services' },
  { class: 'no-addressee', expect: 'report', text: '1. Audit 30 closed child in need cases and report the findings within six months.', note: 'imperative with measure, nobody named' },
  // ---- no measure or timescale ---------------------------------------------------------------------
  { class: 'no-measure', expect: 'report', text: '1. CAMHS should review its criteria.', note: 'addressed, concrete, nothing measurable, no date' },
  { class: 'no-measure', expect: 'report', text: '1. The Integrated Care Board will revise the safeguarding supervision policy for health visitors.', note: 'revise policy, no date' },
  { class: 'no-measure', expect: 'report', text: '1. The Police will make sure every domestic abuse incident attended by officers is notified to the child\'s school.', note: 'no date or measure' },
  { class: 'no-measure', expect: 'report', text: '1. The Partnership Business Unit should publish a practice guide on working with families who move between local authority areas.', note: 'publish, no date' },
  { class: 'no-measure', expect: 'report', text: '### For the Integrated Care Board\n\n1. Add a field for household members to the new birth visit record.', note: 'addressee from heading, nothing measurable' },
  { class: 'no-measure', expect: 'report', text: '1. Children\'s Social Care will introduce a step-down checklist. Timescale: ongoing.', note: 'timescale label says ongoing' },
  // ---- tables with empty, TBC or generic cells ---------------------------------------------------
  { class: 'table-cells', expect: 'report', text: '| No. | Recommendation | Owner | Timescale |\n|---|---|---|---|\n| 1 | Revise the bruising protocol to cover marks that are not obviously bruises. | TBC | March 2026 |', note: 'owner TBC' },
  { class: 'table-cells', expect: 'report', text: '| No. | Recommendation | Owner | Timescale |\n|---|---|---|---|\n| 1 | Introduce a household composition question at the first contact. | All agencies | June 2026 |', note: 'owner all agencies' },
  { class: 'table-cells', expect: 'report', text: '| No. | Action | Responsible agency | Target date |\n|---|---|---|---|\n| 1 | Write to every GP practice about the revised pathway. | Each partner | - |', note: 'each partner and dash' },
  { class: 'table-cells', expect: 'report', text: '| Ref | Recommendation | Lead | Due |\n|---|---|---|---|\n| R1 | Add a flag to the record of any child subject to an EHE notification. | Children\'s Services | Ongoing |', note: 'timescale ongoing' },
  { class: 'table-cells', expect: 'report', text: '| No. | What needs to change | By whom | By when |\n|---|---|---|---|\n| 1 | Create a pathway for pre-birth referrals where a parent has been in care. | | |', note: 'both empty, single row' },
  { class: 'table-cells', expect: 'report', text: '| No. | Recommendation | Owner | Timescale |\n|---|---|---|---|\n| 1 | Introduce a missing-from-education flag on the pupil database. | Education | N/A |\n| 2 | Require a manager to sign off every closure after non-engagement. | Everyone | TBC |', note: 'N/A, everyone, TBC' },
  { class: 'table-cells', expect: 'report', text: '| No. | Recommendation | Timescale |\n|---|---|---|\n| 1 | Offer every parent leaving prison a pre-release meeting. | September 2026 |\n| 2 | Add the household question to the referral form. | July 2026 |', note: 'no owner column, no row names one: one finding on the table' },
  { class: 'table-cells', expect: 'report', text: '| No. | Recommendation | Lead |\n|---|---|---|\n| 1 | The ICB will appoint a named GP for safeguarding. | Integrated Care Board |\n| 2 | CSC will review every neglect case open longer than two years. | Children\'s Social Care |', note: 'no timescale column, nothing measurable in any row' },
  // ---- table without a number column ---------------------------------------------------------------
  { class: 'table-no-number', expect: 'report', text: '| Recommendation | Owner | Timescale |\n|---|---|---|\n| Audit 20 neglect cases. | Partnership QA subgroup | March 2026 |\n| Revise the closure procedure. | CSC | June 2026 |', note: 'no number column' },
  { class: 'table-no-number', expect: 'report', text: '| Action | Lead agency | Completion date |\n|---|---|---|\n| Issue guidance on pre-birth assessments and audit 15 of them. | Integrated Care Board | Q4 2025 |', note: 'action table, no number' },
  { class: 'table-no-number', expect: 'report', text: '| What will change | Who | When |\n|---|---|---|\n| The school nursing service will see every child on a child protection plan each term. | School nursing | From September 2025 |', note: 'plain-words headers' },
  // ---- unnumbered --------------------------------------------------------------------------------
  { class: 'unnumbered', expect: 'report', text: '- The Integrated Care Board will audit 20 cases by March 2026.\n- CSC will revise its closure procedure by June 2026.', note: 'bullets' },
  { class: 'unnumbered', expect: 'report', text: 'The review makes the following recommendations:\n\nThe Partnership will audit 20 neglect cases by March 2026.\n\nThe Police will review their missing-children policy by April 2026.', note: 'prose paragraphs' },
  { class: 'unnumbered', expect: 'report', text: '* Children\'s Social Care should appoint a lead for neglect by January 2026.\n* The Partnership will report neglect audit results to the Board quarterly.\n* The ICB will add a household field to health visiting records within three months.', note: 'star bullets' },
  { class: 'unnumbered', expect: 'report', text: 'The Partnership should commission an audit of 30 strategy discussions by spring 2026.\n\nThe Police should ensure that a supervisor reviews every missing-person risk grading within 24 hours, with compliance reported quarterly.', note: 'prose without intro' },

  // ==== silent ====================================================================================
  { class: 'vague-verb', expect: 'silent', text: '1. The Partnership\'s Quality Assurance subgroup will audit 30 missing-episode cases by March 2026, considering in each whether a return home interview was offered, and report the findings to the Partnership Board.', note: 'considering in a subordinate clause' },
  { class: 'vague-verb', expect: 'silent', text: '1. The ICB will commission a review of the bruising protocol by December 2025. The review should consider marks that are not obviously bruises.', note: 'consider in a second sentence' },
  { class: 'vague-verb', expect: 'silent', text: '1. Children\'s Social Care will introduce a requirement that managers consider cumulative harm before closing any case, with a dip sample of 20 closures reported to the Board in Q3 2026.', note: 'consider inside the object of introduce' },
  { class: 'vague-verb', expect: 'silent', text: '1. The Partnership should consider the neglect strategy and report progress to the Board by June 2026.', note: 'consider coordinated with report + measure' },
  { class: 'vague-verb', expect: 'silent', text: '1. The Safeguarding Partnership will explore, through an audit of 25 cases by May 2026, how often children were seen alone, and publish the results.', note: 'explore rescued by audit measure' },
  { class: 'modal-weak', expect: 'silent', text: '1. The Integrated Care Board should review its referral criteria for CAMHS by March 2026 and report the changes to the Partnership Board.', note: 'firm should + review' },
  { class: 'modal-weak', expect: 'silent', text: '1. The Police must introduce a supervisory check of every missing-child risk grading by April 2026.', note: 'must + introduce' },
  { class: 'modal-weak', expect: 'silent', text: '1. CSC will ensure that every child on a child in need plan is seen alone at least every four weeks, evidenced by a quarterly audit.', note: 'ensure that every …' },
  { class: 'modal-weak', expect: 'silent', text: '1. The local authority\'s Education Safeguarding Team will offer to see each electively home-educated child within 20 working days of notification.', note: 'offer to see: concrete, time unit' },
  { class: 'modal-weak', expect: 'silent', text: '1. The Partnership will develop a protocol for sharing information about adults who pose a risk to children by September 2026.', note: 'develop + concrete object' },
  { class: 'agentless-passive', expect: 'silent', text: '1. Training on exploitation should be commissioned by the Partnership Business Unit by May 2026.', note: 'passive with agent' },
  { class: 'agentless-passive', expect: 'silent', text: '1. A dip sample of 20 pre-birth assessments should be undertaken by the Designated Nurse by January 2026.', note: 'passive with role agent' },
  { class: 'agentless-passive', expect: 'silent', text: '| No. | Recommendation | Owner | Timescale |\n|---|---|---|---|\n| 1 | The closure procedure should be revised so that a manager records the reasons for non-engagement. | Children\'s Social Care | June 2026 |', note: 'passive in a row with an owner column' },
  { class: 'agentless-passive', expect: 'silent', text: '1. The mandatory household question will be added to the new birth record by the health visiting service within two months.', note: 'agent after the object' },
  { class: 'no-addressee', expect: 'silent', text: '1. The review recommends that the Integrated Care Board reviews the CAMHS referral criteria by March 2026.', note: 'recommends that + subject' },
  { class: 'no-addressee', expect: 'silent', text: '1. Revise the bruising protocol by March 2026. Owner: Designated Nurse.', note: 'owner label' },
  { class: 'no-addressee', expect: 'silent', text: 'The Integrated Care Board should:\n\n1. audit 20 self-harm assessments by June 2026;\n2. revise the CAMHS referral form by April 2026.', note: 'introducing line addresses the list' },
  { class: 'no-addressee', expect: 'silent', text: '1. Within six months, the Designated Safeguarding Leads\' network will survey schools on how they record concerns about home-educated children.', note: 'fronted timescale, role subject' },
  { class: 'no-addressee', expect: 'silent', text: '1. The perinatal mental health team will copy discharge letters to the health visitor within one month.', note: 'qualified team' },
  { class: 'no-addressee', expect: 'silent', text: '1. West Hallam Council\'s housing service will tell Children\'s Social Care within five working days when a family with a child protection plan is evicted.', note: 'council + service' },
  { class: 'no-measure', expect: 'silent', text: '1. CAMHS will revise its referral criteria by the end of March 2026.', note: 'end of March' },
  { class: 'no-measure', expect: 'silent', text: '1. The Police will report compliance with the new missing-person grading to the Partnership Board every quarter.', note: 'report to the Board quarterly' },
  { class: 'no-measure', expect: 'silent', text: '1. The Partnership will train 200 practitioners in the neglect toolkit, with completion figures reported to the Executive.', note: 'counted + reporting' },
  { class: 'no-measure', expect: 'silent', text: '1. The ICB will audit health visiting records for 40 children under one.', note: 'count of records is a measure' },
  { class: 'no-measure', expect: 'silent', text: '1. The Case Review Group will revise the local bruising protocol to state that unexplained marks must be treated as bruises. Owner: Designated Nurse, Integrated Care Board. Due: within three months.', note: 'due label' },
  { class: 'table-cells', expect: 'silent', text: '| No. | Recommendation | Owner | Timescale |\n|---|---|---|---|\n| 1 | Audit 20 neglect cases. | Partnership QA subgroup | March 2026 |\n| 2 | Revise the closure procedure. | CSC | June 2026 |', note: 'well-formed table' },
  { class: 'table-cells', expect: 'silent', text: '| # | Action | Lead | Due |\n|---|---|---|---|\n| 1 | Add a household field to the new birth record. | Head of Health Visiting | Q1 2026 |\n| 2 | Copy all discharge letters to the health visitor. | Perinatal mental health team | Immediately |', note: 'Q1, immediately' },
  { class: 'table-cells', expect: 'silent', text: '| Ref | Recommendation | Responsible agency | Target date |\n|---|---|---|---|\n| R1 | Offer every child excluded from school a meeting with the school nurse. | School nursing service | 31/03/2026 |', note: 'numeric date' },
  { class: 'table-cells', expect: 'silent', text: '| No. | Recommendation | By whom | By when |\n|---|---|---|---|\n| 1 | Introduce a named lead for children missing education. | Education | September 2026 |\n| 2 | Publish the revised escalation policy and audit its use in 20 cases. | Safeguarding Partnership | 2026 |', note: 'bare year' },
  { class: 'table-cells', expect: 'silent', text: '| No. | Recommendation | Owner | Measure | Timescale |\n|---|---|---|---|---|\n| 1 | Require a manager to review every case closed after non-engagement. | Children\'s Social Care | Quarterly compliance report to the Board | December 2025 |', note: 'measure column' },
  { class: 'table-no-number', expect: 'silent', text: '| No. | Action | Owner | Due |\n|---|---|---|---|\n| 1 | The Police will notify schools of every domestic abuse incident before 9am the next school day. | Police | From January 2026 |', note: 'number column present' },
  { class: 'table-no-number', expect: 'silent', text: '| Recommendation | Owner | Timescale |\n|---|---|---|\n| 1. The ICB will add a household question to the GP new patient form. | ICB | March 2026 |\n| 2. CSC will record the views of fathers in every assessment. | CSC | June 2026 |', note: 'numbers inside the recommendation cells' },
  { class: 'table-no-number', expect: 'silent', text: '|   | Recommendation | Lead | When |\n|---|---|---|---|\n| 1 | The Designated Doctor will revise the bruising protocol. | Designated Doctor | March 2026 |\n| 2 | The MASH will record cumulative harm at screening. | MASH Manager | April 2026 |', note: 'unheaded first column of numbers' },
  { class: 'unnumbered', expect: 'silent', text: '1. The Integrated Care Board will audit 20 cases by March 2026.\n2. CSC will revise its closure procedure by June 2026.', note: 'ordered list' },
  { class: 'unnumbered', expect: 'silent', text: '7.1 The Partnership will audit 20 cases by March 2026.\n\n7.2 CSC will revise its procedure by June 2026.', note: 'numbered paragraphs' },
  { class: 'unnumbered', expect: 'silent', text: '### Recommendation 1: Neglect\n\nThe Partnership will audit 20 neglect cases by March 2026.\n\n### Recommendation 2: Closure\n\nCSC will revise its closure procedure by June 2026.', note: 'numbered headings' },
  { class: 'unnumbered', expect: 'silent', text: '**Recommendation One:** The Partnership will audit 20 cases by March 2026.\n\n**Recommendation Two:** The Police will review 15 missing-person gradings by May 2026.', note: 'numbers as words' },
  { class: 'unnumbered', expect: 'silent', text: 'Recommendation 3: The ICB will report the number of children seen alone at health assessments to the Board each quarter.\n\nRecommendation 4: CSC will introduce a fathers\' contact record by February 2026.', note: 'Recommendation N: paragraphs' },
  { class: 'vague-verb', expect: 'silent', template: 'rapid-review', text: '1. The health visiting service will add a mandatory field to the new birth visit record. Owner: Head of Health Visiting. Due: within two months.\n2. The perinatal mental health team will copy all discharge letters to the health visitor. Owner: Service Manager. Due: within one month.', note: 'rapid review actions' },
  { class: 'modal-weak', expect: 'report', template: 'rapid-review', text: '1. Agencies will consider the learning.\n2. The health visiting service will add a household field to the new birth record. Owner: Head of Health Visiting. Due: within two months.', note: 'rapid review action vague' },

  // ==== second batch, other voices: subjunctive "That …", existential "There should be …", headline
  // infinitives, perfect tense, multi-paragraph recommendations with a finding sentence first ====
  { class: 'vague-verb', expect: 'report', text: '1. That the Safeguarding Partnership reflects on the findings of this review.', note: 'subjunctive That + reflect' },
  { class: 'agentless-passive', expect: 'report', text: '1. Consideration should be given to the development of a neglect strategy.', note: 'consideration should be given' },
  { class: 'vague-verb', expect: 'report', text: '1. The ICB to raise awareness amongst GPs of the signs of fabricated or induced illness by the end of 2026.', note: 'headline to + raise awareness, with a date' },
  { class: 'modal-weak', expect: 'report', text: '1. Agencies are asked to ensure that practitioners are curious about who lives in the household.', note: 'are asked to ensure, no addressee' },
  { class: 'modal-weak', expect: 'report', text: '1. It would be helpful if health visitors had access to GP records by 2026.', note: 'would be helpful if' },
  { class: 'modal-weak', expect: 'report', text: '1. The Local Authority should look to develop a protocol for pre-birth assessments by April 2026.', note: 'look to develop' },
  { class: 'vague-verb', expect: 'report', text: '1. Leaders across the partnership should promote a culture of professional curiosity.', note: 'promote a culture' },
  { class: 'no-addressee', expect: 'report', text: 'R1. There should be a review of the threshold document by March 2026.', note: 'existential there should be' },
  { class: 'no-addressee', expect: 'report', text: '1. Multi-agency working around neglect needs to be more robust by the end of the year.', note: 'abstract subject, copula' },
  { class: 'no-measure', expect: 'report', text: '1. The Police are recommended to review their approach to children who go missing from care.', note: 'are recommended to review, no date' },
  { class: 'no-measure', expect: 'report', text: '1. The Board should satisfy itself that learning from this review is acted on by every agency.', note: 'satisfy itself, nothing measurable' },
  { class: 'table-cells', expect: 'report', text: '| Rec | Action required | Agency | Completion |\n|---|---|---|---|\n| 1 | Introduce a single chronology for children on long-term CIN plans. | All partners | Ongoing |', note: 'all partners, ongoing' },
  { class: 'table-cells', expect: 'report', text: '| No. | Recommendation | Lead | Target date |\n|---|---|---|---|\n| 1 | Offer every young carer a named worker. | Young carers service | TBC |\n| 2 | Publish a directory of young carers support. | Young carers service | tbc |', note: 'target dates TBC in every row: one finding on the table' },
  { class: 'unnumbered', expect: 'report', text: '- Ensure that fathers are routinely included in assessments. Owner: CSC. Timescale: March 2026.\n- Introduce a household question at the new birth visit. Owner: Health visiting. Timescale: April 2026.', note: 'bullets with labels' },
  { class: 'vague-verb', expect: 'silent', text: '1. By June 2026 the Integrated Care Board will have introduced a flag on GP records for children subject to a child protection plan.', note: 'future perfect' },
  { class: 'no-addressee', expect: 'silent', text: '1. Recommendation for the Police: officers attending domestic abuse incidents will record the name and age of every child present, with compliance audited quarterly.', note: 'addressee in a lead-in' },
  { class: 'modal-weak', expect: 'silent', text: '1. Westshire Safeguarding Children Partnership to commission an independent audit of 25 child in need closures by the end of Q2 2026.', note: 'headline to + commission' },
  { class: 'modal-weak', expect: 'silent', text: '1. Children\'s Social Care must ensure that every child subject to a child in need plan is seen alone at each visit; compliance will be reported monthly to the Partnership\'s Performance Group.', note: 'must ensure that every + reporting' },
  { class: 'vague-verb', expect: 'silent', text: '1. That the Integrated Care Board commissions a specialist perinatal mental health pathway by September 2026.', note: 'subjunctive That + commission' },
  { class: 'table-cells', expect: 'silent', text: '| Rec | Action required | Agency | Completion |\n|---|---|---|---|\n| 1 | Introduce a single chronology for children on long-term CIN plans. | Children\'s Social Care | End of Q1 2026 |', note: 'plain-words headers, filled' },
  { class: 'no-measure', expect: 'silent', text: '1. The designated safeguarding leads network will run termly case reviews of children missing education, starting in September 2025.', note: 'starting in September' },
  { class: 'no-measure', expect: 'silent', text: '1. The MASH Manager will report the proportion of contacts screened for cumulative harm to the Partnership each quarter.', note: 'reporting proportion' },
  { class: 'agentless-passive', expect: 'silent', text: '**Recommendation 1 – Hearing fathers**\n\nThe review found that fathers were rarely spoken to. CSC will amend its assessment template by January 2026 so that every assessment records the father\'s views, or why they could not be obtained.', note: 'finding sentence before the request' },
  { class: 'agentless-passive', expect: 'silent', text: '1. Where a baby is seen with a mark, the health visitor will be expected to refer the same day; the Designated Nurse will audit 20 referrals by May 2026.', note: 'fronted where-clause, be expected to' },
  { class: 'vague-verb', expect: 'silent', text: '1. CAMHS will introduce, by March 2026, a standard question asking every young person whether anyone is hurting them, and report uptake to the Partnership Board.', note: 'interrupted by a date' },

  // ==== third batch, written blind after the second round of fixes ====
  { class: 'no-addressee', expect: 'report', text: '1. Agencies need to work together better when a family moves between areas.', note: 'agencies need to' },
  { class: 'modal-weak', expect: 'report', text: '1. The Partnership should take steps to strengthen multi-agency working with schools.', note: 'take steps to strengthen' },
  { class: 'agentless-passive', expect: 'report', text: '1. Professional curiosity must be embedded in practice across the partnership.', note: 'must be embedded' },
  { class: 'modal-weak', expect: 'report', text: '1. CSC should endeavour to visit children within statutory timescales.', note: 'endeavour to' },
  { class: 'vague-verb', expect: 'report', text: '4.3 The Integrated Care Board should be more aware of the needs of young carers by the end of 2026.', note: 'be more aware of' },
  { class: 'no-measure', expect: 'report', text: '1. Children\'s Social Care should appoint a neglect lead in each locality team.', note: 'appoint, no date' },
  { class: 'no-addressee', expect: 'silent', text: '1. Health partners, led by the Designated Nurse, will introduce a standard bruising pathway across the ICB area by the end of 2026.', note: 'led by a role' },
  { class: 'modal-weak', expect: 'silent', text: '1. The Safeguarding Partnership should seek assurance from Children\'s Social Care, through a multi-agency audit of 20 cases by September 2026, that fathers are routinely assessed.', note: 'seek assurance through an audit' },
  { class: 'no-measure', expect: 'silent', text: '1. The Director of Public Health will commission an evaluation of the safe sleep campaign, reporting to the Board in Q4 2026.', note: 'evaluation reported in Q4' },
  { class: 'no-measure', expect: 'silent', text: '1. Every quarter, the MASH will report to the Partnership the number of contacts where previous history was checked.', note: 'fronted every quarter' },
  { class: 'vague-verb', expect: 'silent', text: '1. The Police will consult children who have been reported missing about the return home interview, and change its format by July 2026 in the light of what they say.', note: 'consult + change' },
  { class: 'vague-verb', expect: 'report', text: '1. The ICB will ensure that practitioners are curious about bruising in babies, by April 2026.', note: 'ensure + attitude clause' },
  { class: 'vague-verb', expect: 'report', text: '1. Children\'s Social Care will ensure lessons are learned from this review within six months.', note: 'ensure lessons are learned' },
  { class: 'vague-verb', expect: 'silent', text: '1. The Police will ensure that officers attending a domestic abuse incident speak to each child present, from April 2026.', note: 'ensure + an act in the clause' },
];
