// Blind batch of 2026-11-30 for recommendation-format and recommendation-count, written before
// reading the rules' code or the earlier cases (only the case types and docs/rules/ were read).
// Grammatical shapes the earlier batches did not lean on: "The LSCP should seek assurance from…",
// subjunctive "That the ICB …", "It is recommended that …", fronted dates, colon addressees,
// "Recommendation 3:" headings with a body, owner/date tables with plain headers, nested parts;
// and vague requests dressed up ("is invited to", "examine whether", "think creatively",
// "greater emphasis must be placed"). First-run (held-out) figures are recorded in
// test/unit/rules/recommendation-corpus.test.ts and test/corpus/README.md. Fictional throughout.
import type { FormatCase } from './format-cases';
import type { CountCase } from './count-cases';

export const FORMAT_BLIND_2026_11_30: FormatCase[] = [
  // ---- report: vague requests -----------------------------------------------------------------
  { class: 'vague-verb', expect: 'report', text: '1. That the ICB reflects on the learning from this review with its GP safeguarding leads by June 2026.', note: 'subjunctive That + reflect, date only' },
  { class: 'vague-verb', expect: 'report', text: '2.1 The Local Authority to examine whether the Front Door\'s screening form captures the history of previous contacts. Lead: Head of Service, Front Door. Timescale: September 2026.', note: 'headline infinitive + examine whether' },
  { class: 'vague-verb', expect: 'report', text: '**Recommendation 4:** Health partners to think creatively about how fathers are engaged in antenatal care, by December 2026.', note: 'think creatively about' },
  { class: 'vague-verb', expect: 'report', text: '### Recommendation 2\n\nChildren\'s Social Care should review whether its step-down procedure gives enough weight to the history of domestic abuse. Timescale: six months.', note: 'heading, review whether = thinking, timescale only' },
  { class: 'vague-verb', expect: 'report', text: '1. The Partnership will revisit its neglect strategy in light of this review within the next year.', note: 'revisit ... in light of, no measure' },
  { class: 'modal-weak', expect: 'report', text: '1. The ICB is invited to consider whether a named GP for safeguarding should be identified in each Primary Care Network.', note: 'is invited to consider' },
  { class: 'modal-weak', expect: 'report', text: '1. It would be beneficial for Children\'s Social Care to look again at how it records the names of adults in the household.', note: 'it would be beneficial for X to look again at' },
  { class: 'modal-weak', expect: 'report', text: '3. The Police might usefully explore how information from neighbourhood officers reaches the MASH, within six months.', note: 'might usefully explore' },
  { class: 'modal-weak', expect: 'report', text: '1. Schools are encouraged to reflect on how they respond when a pupil stops eating at lunchtime.', note: 'are encouraged to reflect' },
  { class: 'modal-weak', expect: 'report', text: '1. The Partnership may want to think about commissioning an independent evaluation of its front door.', note: 'may want to think about' },
  { class: 'agentless-passive', expect: 'report', text: '1. Professional curiosity should be promoted across the partnership by the end of 2026.', note: 'aim in the passive with a date' },
  { class: 'agentless-passive', expect: 'report', text: '1. Consideration needs to be given to how children who are educated at home are seen.', note: 'consideration needs to be given' },
  { class: 'agentless-passive', expect: 'report', text: '1. It is recommended that the learning from this review is embedded in practice across all agencies.', note: 'it is recommended that ... is embedded' },
  { class: 'agentless-passive', expect: 'report', text: '4.2 Greater emphasis must be placed on hearing the voice of babies and non-verbal children.', note: 'greater emphasis must be placed on' },
  // ---- report: nobody to act ----------------------------------------------------------------------
  { class: 'no-addressee', expect: 'report', text: '1. Practitioners need to be more curious about men who visit or live in the household.', note: 'practitioners need to be more curious' },
  { class: 'no-addressee', expect: 'report', text: '1. All partner agencies will audit ten cases involving a new partner in the household and report the findings to the Partnership Board by June 2026.', note: 'all partner agencies: measure and date, no owner' },
  { class: 'no-addressee', expect: 'report', text: '2. There needs to be a single point of contact for electively home-educated children by April 2026.', note: 'there needs to be' },
  { class: 'no-addressee', expect: 'report', text: '1. Each agency will report to the Board by March 2026 on how it records the details of fathers.', note: 'each agency' },
  // ---- report: no measure or timescale ------------------------------------------------------------
  { class: 'no-measure', expect: 'report', text: '1. The Designated Nurse will write a protocol on bruising in babies who are not yet mobile.', note: 'owner and action, no date or measure' },
  { class: 'no-measure', expect: 'report', text: 'Recommendation 3: The Police must share every domestic abuse notification involving a child with the child\'s school.', note: '"every" is not a measure' },
  { class: 'no-measure', expect: 'report', text: '1. That Children\'s Social Care introduces a weekend screening rota in the MASH.', note: 'subjunctive, no date' },
  // ---- report: tables -----------------------------------------------------------------------------
  { class: 'table-cells', expect: 'report', text: '| No. | Recommendation | Lead | Date |\n|---|---|---|---|\n| 1 | Introduce a named lead for children missing education. | Multi-agency | As soon as possible |\n| 2 | Add a household composition question to the referral form. | All partners | ASAP |', note: 'lead "Multi-agency", date "As soon as possible"' },
  { class: 'table-cells', expect: 'report', text: '| Ref | Action | Responsible | Completion |\n|---|---|---|---|\n| A1 | Audit 20 strategy discussions for police attendance. | To be agreed | Q3 2026 |\n| A2 | Publish a bruising protocol for non-mobile babies. | Designated Doctor | |', note: '"To be agreed" owner; empty completion' },
  { class: 'table-no-number', expect: 'report', text: '| Recommendation | Who | When |\n|---|---|---|\n| Audit 20 cases where a child was not brought to health appointments. | ICB | June 2026 |\n| Add a weekend screening rota to the MASH. | Children\'s Social Care | April 2026 |', note: 'sound rows, no number column' },
  { class: 'unnumbered', expect: 'report', text: 'The review recommends that the ICB audits 30 cases of children not brought to appointments by June 2026. It further recommends that Children\'s Social Care adds a household question to its referral form by March 2026.', note: 'prose paragraph recommendations' },
  { class: 'unnumbered', expect: 'report', text: '- The Police will notify the school of every domestic abuse incident before the next school day, from April 2026.\n- The MASH will screen every contact against previous referrals from January 2026, with a monthly dip sample.', note: 'SMART bullets, unnumbered' },
  // ---- silent: well-formed, many shapes ------------------------------------------------------------
  { class: 'vague-verb', expect: 'silent', text: '1. The LSCP should seek assurance from the ICB, by June 2026, that every GP practice records the names of all adults in a child\'s household, through an audit of 20 records reported to the Board.', note: 'seek assurance from, with audit and date' },
  { class: 'vague-verb', expect: 'silent', text: '1. That the ICB commissions a named GP for safeguarding in each Primary Care Network by April 2026 and reports coverage to the Partnership quarterly.', note: 'subjunctive That, concrete' },
  { class: 'vague-verb', expect: 'silent', text: '8.1 The Partnership Business Unit will, within six months of publication, produce a seven-minute briefing on this review and report its circulation to the Board.', note: 'interrupting adverbial between modal and verb' },
  { class: 'vague-verb', expect: 'silent', text: '### Recommendation 1: Fathers in assessments\n\nChildren\'s Social Care will add a mandatory section on the child\'s father to the single assessment by March 2026. The Quality Assurance team will dip sample 25 assessments six months later to see whether it is being completed.', note: 'heading with title and a body' },
  { class: 'vague-verb', expect: 'silent', text: '**Recommendation 2 – Weekend screening.** The MASH Manager will introduce weekend screening of police notifications by 31 January 2026, with the time from notification to decision reported monthly.', note: 'bold-titled recommendation, dash title' },
  { class: 'modal-weak', expect: 'silent', text: '1. Children\'s Social Care must see every child on a child protection plan alone at least every four weeks, with compliance reported quarterly to the Partnership.', note: 'must + concrete, compliance' },
  { class: 'modal-weak', expect: 'silent', text: '1. It is recommended that the ICB audits 30 records of babies under one with bruising by September 2026 to check that the protocol was followed.', note: 'it is recommended that + named agent' },
  { class: 'modal-weak', expect: 'silent', text: '1. The MASH will screen every contact against previous referrals, so that managers can consider cumulative harm, from January 2026, with a monthly dip sample of 10 contacts.', note: 'consider in a purpose clause' },
  { class: 'agentless-passive', expect: 'silent', text: '1. A named nurse for children excluded from school will be appointed by the ICB by April 2026.', note: 'passive with agent' },
  { class: 'agentless-passive', expect: 'silent', text: '1. By September 2026, the Designated Safeguarding Leads\' network will agree a single form for escalating concerns, and the Education Safeguarding Team will audit its use in 15 schools.', note: 'fronted date, two owners' },
  { class: 'no-addressee', expect: 'silent', text: '### For the Police\n\n1. Ensure that officers attending any domestic abuse incident speak to each child present and record what the child says, from April 2026.\n2. Report the proportion of incidents where children were spoken to, quarterly, to the Partnership.', note: 'addressee from the subheading, imperatives' },
  { class: 'no-addressee', expect: 'silent', text: '1. Health visiting service: offer a home visit within ten working days to every family who moves into the area with a child under five. Measure: percentage of visits within ten days, reported quarterly.', note: 'colon addressee label' },
  { class: 'no-addressee', expect: 'silent', text: '1. Children\'s Social Care will:\n   1. add a household question to the referral form;\n   2. require a check of every new adult against police records;\n\n   both by June 2026, with an audit of 20 referrals in the following quarter.', note: 'nested parts under one addressee' },
  { class: 'no-measure', expect: 'silent', text: 'R2 — The Education Safeguarding Team will visit every electively home-educated child known to it at least once a year, starting in the 2026/27 school year, and report the number seen to the Board.', note: 'R-number with em dash' },
  { class: 'no-measure', expect: 'silent', text: '1. The Youth Justice Service will complete a safeguarding screen for every child at first contact by Q4 2026/27.\n   Owner: Head of Youth Justice.', note: 'quarter with financial year, owner label after' },
  { class: 'table-cells', expect: 'silent', text: '| Rec | Recommendation | Agency responsible | Target date |\n|---|---|---|---|\n| 1 | Introduce a named lead for children missing education. | Education Safeguarding Team | April 2026 |\n| 2 | Add a household question to the referral form. | Children\'s Social Care | March 2026 |', note: 'Rec column, plain headers' },
  { class: 'table-cells', expect: 'silent', text: '| # | What will change | Owner | By when | How we will know |\n|---|---|---|---|---|\n| 1 | Every strategy discussion will include the police. | Detective Inspector, MASH | July 2026 | Monthly attendance figures |\n| 2 | Discharge letters will be copied to the health visitor. | Maternity safeguarding lead | May 2026 | Audit of 20 letters |', note: 'outcome-worded rows with a measure column' },
  { class: 'unnumbered', expect: 'silent', text: 'The review makes three recommendations.\n\n1. The ICB will audit 30 cases of children not brought to health appointments by June 2026.\n2. The Police will notify the school of each domestic abuse incident before the next school day, from April 2026.\n3. Children\'s Social Care will add a household question to its referral form by March 2026.', note: 'intro line then numbered' },
  { class: 'unnumbered', expect: 'silent', text: '**1.** The Partnership will commission an independent review of its escalation policy by May 2026 and publish the outcome.\n\n**2.** The Designated Nurse will report the number of babies with bruising referred under the protocol to the Board every six months.', note: 'bold numbers' },
  { class: 'no-addressee', expect: 'silent', text: '1. The Safeguarding Partnership should obtain assurance from all three safeguarding partners that their practitioners can access interpreters for deaf parents, with a report to the Executive by October 2026.', note: '"all three safeguarding partners" inside the object, owner is the Partnership' },
];

function rec(i: number, body: string): string {
  return `Recommendation ${i}: ${body}`;
}
const MANY = [
  'The ICB will appoint a named GP for safeguarding in each Primary Care Network by April 2026.',
  'The Police will notify the child\'s school of each domestic abuse incident before the next school day, from May 2026.',
  'Children\'s Social Care will add a question on every adult in the household to the referral form by March 2026.',
  'The MASH will introduce weekend screening of police notifications by January 2026.',
  // Was "publish a bruising protocol for non-mobile babies" on the first run: a policy whose content is
  // not set out, which recommendation-count rightly reports as policy-only, so it spoiled the silent
  // "at the limit" case below. Corrected after the first run.
  'The Designated Nurse will add a body map for every non-mobile baby with a bruise to the health record by June 2026.',
  'The Education Safeguarding Team will visit each electively home-educated child once a year from September 2026.',
  'The housing service will share notice of any eviction of a family with children with the MASH from July 2026.',
  'The probation service will tell Children\'s Social Care when a person on licence moves in with a family, from April 2026.',
  'The maternity service will copy every discharge letter to the health visitor by May 2026.',
  'CAMHS will offer an appointment within five days after any self-harm attendance by August 2026.',
  'The Youth Justice Service will screen every child for exploitation at first contact by October 2026.',
  'The ambulance service will record the names of adults present at every call to a child by November 2026.',
];

export const COUNT_BLIND_2026_11_30: CountCase[] = [
  { class: 'too-many', expect: 'report', text: MANY.slice(0, 11).map((body, i) => rec(i + 1, body)).join('\n\n'), note: '11 "Recommendation N:" paragraphs' },
  { class: 'too-many', expect: 'report', text: `| No. | Recommendation | Owner |\n|---|---|---|\n${MANY.map((body, i) => `| ${i + 1} | ${body} | See text |`).join('\n')}`, note: '12 table rows' },
  { class: 'too-many', expect: 'silent', text: MANY.slice(0, 10).map((body, i) => `### Recommendation ${i + 1}\n\n${body}`).join('\n\n'), note: '10 headed recommendations, at the limit' },
  { class: 'too-many', expect: 'silent', text: MANY.slice(0, 6).map((body, i) => `${i + 1}. ${body}\n   - The owner will report progress to the Board every quarter.\n   - An audit of 10 cases will follow.`).join('\n'), note: '6 items each with two detail bullets' },
  { class: 'duplicate', expect: 'report', text: '1. The LSCP will seek assurance from Children\'s Social Care that every non-resident father is contacted during a single assessment, by June 2026.\n2. CAMHS will offer an appointment within five days after any self-harm attendance by August 2026.\n3. The LSCP will obtain assurance from Children\'s Social Care that fathers who do not live with the child are approached during each assessment, by September 2026.', note: 'seek/obtain assurance, non-resident / do not live with' },
  { class: 'duplicate', expect: 'report', text: '1. The ICB will audit 25 records of babies with bruising to check that the protocol was followed, by June 2026.\n2. The Police will notify schools of domestic abuse incidents before the next school day from April 2026.\n3. The ICB will dip sample 25 bruising cases in babies to test compliance with the protocol, by December 2026.', note: 'audit / dip sample, records / cases' },
  { class: 'duplicate', expect: 'silent', text: '1. The ICB will audit 25 records of babies with bruising by June 2026.\n2. The ICB will audit 25 records of children not brought to dental appointments by June 2026.', note: 'same verb and owner, different subjects' },
  { class: 'training-only', expect: 'report', text: '1. The ICB will commission safeguarding training for GP receptionists on recognising domestic abuse by March 2026.', note: 'commission training' },
  { class: 'training-only', expect: 'report', text: '1. Designated Safeguarding Leads will be reminded, through the termly DSL newsletter, of the escalation policy, from January 2026. Owner: Education Safeguarding Team.', note: 'passive reminder with owner label' },
  { class: 'training-only', expect: 'report', text: '1. The Partnership will refresh its multi-agency neglect strategy by September 2026.', note: 'refresh a strategy with no content' },
  { class: 'training-only', expect: 'silent', text: '1. The Partnership will update the escalation policy so that a school can escalate directly to a Head of Service when it disagrees with a decision to close a case, by April 2026.', note: 'policy whose content is set out' },
  { class: 'training-only', expect: 'silent', text: '1. The Police will deliver training on speaking to children at domestic abuse incidents by April 2026, and will then audit 30 incident records to see how many children were spoken to.', note: 'training with an audit of practice' },
  { class: 'training-only', expect: 'silent', text: '1. The ICB will introduce a safeguarding prompt on the GP record that appears when a child under one is seen with any bruise, by June 2026.', note: 'a system change, no training' },
  { class: 'training-only', expect: 'silent', text: '1. The Partnership Business Unit will hold a learning event for the practitioners who worked with Child B within three months of publication.', note: 'sharing this review\'s own learning' },
];

// A second, smaller set written after the rules were generalised for the first set's misses, and before
// running them on it: the same failure shapes in other words, to see whether the changes generalise.
export const FORMAT_BLIND_2026_11_30_CHECK: FormatCase[] = [
  { class: 'vague-verb', expect: 'report', text: '1. The Partnership to investigate whether the front door receives enough information from schools, by July 2026.', note: 'investigate whether' },
  { class: 'vague-verb', expect: 'report', text: '1. Children\'s Social Care should assess how its step-down process could be improved. Timescale: 4 months.', note: 'assess how, duration under a label' },
  { class: 'vague-verb', expect: 'silent', text: '1. The SCP should seek assurance from the Police that every officer attending a domestic abuse incident speaks to each child present, through an audit of 20 incidents reported to the Board by June 2026.', note: 'seek assurance, SCP' },
  { class: 'no-addressee', expect: 'silent', text: '1. The LCSP will commission an independent audit of 30 step-down decisions by October 2026.', note: 'unknown acronym as subject' },
  { class: 'no-addressee', expect: 'silent', text: '1. Designated Safeguarding Leads: escalate any disagreement about closing a case to the Head of Service within two working days, from January 2026, with escalations counted termly.', note: 'role label before an imperative' },
  { class: 'no-measure', expect: 'report', text: '1. The Youth Justice Service should revise the screening tool. Timescale: ongoing.', note: '"ongoing" under a label is not a date' },
  { class: 'table-cells', expect: 'silent', text: '| No. | Recommendation | Lead | Timescale |\n|---|---|---|---|\n| 1 | Add a question on every adult in the household to the referral form. | Head of Front Door | 6 months |\n| 2 | Copy every discharge letter to the health visitor. | Maternity safeguarding lead | 3 months |', note: 'durations in a Timescale column' },
  { class: 'no-addressee', expect: 'report', text: '1. ALL AGENCIES will audit ten cases of children not brought to appointments by May 2026.', note: 'shouted generic subject is not an acronym of a body' },
];
export const COUNT_BLIND_2026_11_30_CHECK: CountCase[] = [
  { class: 'training-only', expect: 'silent', text: '1. The Partnership will run a learning event for the GP practice that knew Baby R, by March 2026.', note: 'the review\'s own learning, named by the child' },
  { class: 'training-only', expect: 'report', text: '1. The ICB will deliver domestic abuse training to all practice nurses by March 2026.', note: 'training only' },
];

// Not blind: written after reading the rules' code, in other voices, to look for more failure shapes
// ("Records show that …" frames, bullet chronologies, "we" analysis, a prison video call "saying that …",
// "Leaders across the partnership", "work with … to consider", training in a new protocol that requires an act).
// First run: 20 of 26 right (see test/corpus/README.md); the rules were then generalised for those shapes.
export const FORMAT_2026_11_30_AFTER: FormatCase[] = [
  { class: 'vague-verb', expect: 'report', text: '1. The ICB should work with GP practices to consider how fathers can be registered with the child\'s practice, by June 2026.', note: 'work with to consider' },
  { class: 'vague-verb', expect: 'report', text: '1. The Partnership will continue to promote the use of the neglect toolkit across all agencies, starting in April 2026.', note: 'continue to promote' },
  { class: 'no-addressee', expect: 'report', text: '1. Leaders across the partnership should champion professional curiosity by the end of 2026.', note: 'leaders champion' },
  { class: 'no-measure', expect: 'report', text: '2. Children\'s Social Care will ensure that every child on a child protection plan is seen alone.', note: 'ensure every no date' },
  { class: 'no-addressee', expect: 'silent', text: '1. Housing: the housing service will notify the MASH of any eviction notice served on a family with children, from April 2026, and report the number of notifications quarterly.', note: 'dash label housing' },
  { class: 'no-measure', expect: 'silent', text: '1. By the end of March 2026, the Front Door will have introduced a weekend screening rota, and its effect on decision times will be reported to the Partnership.', note: 'future perfect' },
  { class: 'no-addressee', expect: 'silent', text: '1. We recommend that the Integrated Care Board audits 40 records of children not brought to appointments by September 2026.', note: 'we recommend that' },
  { class: 'no-addressee', expect: 'silent', text: '1. Introduce a single multi-agency chronology for every child on a child protection plan, by September 2026, with compliance reported to the Board.\n   Lead: Head of Safeguarding, Westmere Council.', note: 'owner on next line' },
  { class: 'vague-verb', expect: 'report', text: '1. Westmere Police should review its approach to children present at domestic abuse incidents.', note: 'review its approach' },
];
export const COUNT_2026_11_30_AFTER: CountCase[] = [
  { class: 'duplicate', expect: 'report', text: '| No. | Recommendation | Owner | By |\n|---|---|---|---|\n| 1 | Add a field for the father\'s details to the referral form. | CSC | March 2026 |\n| 2 | Offer a same-week appointment after self-harm. | CAMHS | June 2026 |\n| 3 | Amend the referral form so that the father\'s details are recorded. | CSC | June 2026 |', note: 'table paraphrase' },
  { class: 'training-only', expect: 'silent', text: '1. The Police will train all response officers in the new Child Voice Protocol, which requires officers to speak to every child present, by June 2026.', note: 'train in protocol which requires' },
];
